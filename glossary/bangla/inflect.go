package bangla

import "strings"

// Suffix is an inflectional ending that a name may carry in running text.
type Suffix struct {
	Text string // as written, normalised: "এর", "কে", "য়ের"
	Note string // what it does, in English: "genitive"
	// Gloss renders the inflected name in English given its headword
	// ("Lavrov" → "Lavrov's"); %s stands for the name.
	Gloss string
}

// case and number endings; each may be followed by an emphatic ও or ই.
var baseSuffixes = []Suffix{
	{"এর", "genitive", "%s's"},
	{"ের", "genitive", "%s's"},
	{"র", "genitive", "%s's"},
	{"য়ের", "genitive", "%s's"},
	{"য়র", "genitive", "%s's"},
	{"কে", "object", "(to) %s"},
	{"েকে", "object", "(to) %s"},
	{"এ", "locative", "in/at %s"},
	{"ে", "locative", "in/at %s"},
	{"তে", "locative", "in/at %s"},
	{"েতে", "locative", "in/at %s"},
	{"য়", "locative", "in/at %s"},
	{"য়ে", "locative", "in/at %s"},
	{"রা", "plural", "%s (plural)"},
	{"েরা", "plural", "%s (plural)"},
	{"এরা", "plural", "%s (plural)"},
	{"দের", "plural genitive", "of the %s"},
	{"েদের", "plural genitive", "of the %s"},
	{"দেরকে", "plural object", "(to) the %s"},
	{"গুলো", "plural", "%s (plural)"},
	{"গুলি", "plural", "%s (plural)"},
	{"গুলোর", "plural genitive", "of the %s"},
	{"গুলির", "plural genitive", "of the %s"},
	{"গুলোকে", "plural object", "(to) the %s"},
	{"গুলোতে", "plural locative", "in the %s"},
	{"টি", "classifier", "the %s"},
	{"টা", "classifier", "the %s"},
	{"টির", "classifier + genitive", "the %s's"},
	{"টার", "classifier + genitive", "the %s's"},
	{"টিকে", "classifier + object", "(to) the %s"},
	{"টিতে", "classifier + locative", "in the %s"},
	{"সহ", "postposition সহ", "including %s"},
}

var emphatics = []Suffix{
	{"ও", "emphatic ও", "%s too"},
	{"ই", "emphatic ই", "%s itself"},
}

var suffixes = buildSuffixes()

// maxSuffixRunes bounds the work of trying a word's tail as an ending.
var maxSuffixRunes int

func buildSuffixes() map[string]*Suffix {
	m := make(map[string]*Suffix)
	add := func(s Suffix) {
		s.Text = NormalizeString(s.Text)
		m[s.Text] = &s
		if n := len([]rune(s.Text)); n > maxSuffixRunes {
			maxSuffixRunes = n
		}
	}
	for _, e := range emphatics {
		add(e)
	}
	for _, b := range baseSuffixes {
		add(b)
		for _, e := range emphatics {
			add(Suffix{
				Text:  b.Text + e.Text,
				Note:  b.Note + " + " + e.Note,
				Gloss: strings.Replace(e.Gloss, "%s", b.Gloss, 1),
			})
		}
	}
	return m
}

// LookupSuffix returns the inflectional ending tail (normalised) is, or
// nil. The Suffix is shared: do not change it.
func LookupSuffix(tail []rune) *Suffix {
	if len(tail) == 0 || len(tail) > maxSuffixRunes {
		return nil
	}
	return suffixes[string(tail)]
}

// IsSuffixStart reports whether r can begin an ending; it lets callers
// skip the map lookup for most word tails.
func IsSuffixStart(r rune) bool {
	switch r {
	case 'এ', 'ে', 'র', 'য', 'ক', 'ত', 'দ', 'গ', 'ট', 'স', 'ও', 'ই':
		return true
	}
	return false
}
