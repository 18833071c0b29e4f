package glossary

import (
	"strings"

	"github.com/pathok/pathok/glossary/bangla"
)

// Suggest prefills an entry for a name the glossary lacks, from its span:
// the base form (without the case ending) as the headword, the form as
// written too when it is more than base and ending, the romanised reading
// as the English headword, the kind the text suggests (other when it
// says nothing) and ZZ for the country, which only the reader knows.
func Suggest(s Span) *Entry {
	base := strings.TrimSpace(s.Base)
	text := strings.TrimSpace(s.Text)
	if base == "" {
		base = text
	}
	e := &Entry{Kind: Other, Country: "ZZ", Origin: "user"}
	if base != "" {
		e.Bengali = []string{base}
	}
	if text != "" && text != base && !isBasePlusEnding(text, base, s.Suffix) {
		e.Bengali = append(e.Bengali, text)
	}
	gloss := strings.TrimSpace(s.Gloss)
	if gloss == "" {
		gloss = bangla.Romanize(base)
	}
	if gloss != "" {
		e.English = []string{gloss}
	}
	if k := Kind(s.Kind); k.Valid() {
		e.Kind = k
	}
	return e
}

func isBasePlusEnding(text, base, suffix string) bool {
	rest, ok := strings.CutPrefix(text, base)
	if !ok {
		return false
	}
	return rest == suffix || bangla.LookupSuffix([]rune(bangla.NormalizeString(rest))) != nil
}
