package bangla

import (
	"strings"
	"unicode"
)

var consonants = map[rune]string{
	'ক': "k", 'খ': "kh", 'গ': "g", 'ঘ': "gh", 'ঙ': "ng",
	'চ': "ch", 'ছ': "chh", 'জ': "j", 'ঝ': "jh", 'ঞ': "n",
	'ট': "t", 'ঠ': "th", 'ড': "d", 'ঢ': "dh", 'ণ': "n",
	'ত': "t", 'থ': "th", 'দ': "d", 'ধ': "dh", 'ন': "n",
	'প': "p", 'ফ': "f", 'ব': "b", 'ভ': "v", 'ম': "m",
	'য': "j", 'র': "r", 'ল': "l", 'শ': "sh", 'ষ': "sh",
	'স': "s", 'হ': "h", 'ৎ': "t",
}

// nukta letters, written base + U+09BC after normalisation
var nuktaConsonants = map[rune]string{'ড': "r", 'ঢ': "rh", 'য': "y"}

var vowels = map[rune]string{
	'অ': "o", 'আ': "a", 'ই': "i", 'ঈ': "i", 'উ': "u", 'ঊ': "u", 'ঋ': "ri",
	'এ': "e", 'ঐ': "oi", 'ও': "o", 'ঔ': "ou",
}

var vowelSigns = map[rune]string{
	'া': "a", 'ি': "i", 'ী': "i", 'ু': "u", 'ূ': "u", 'ৃ': "ri",
	'ে': "e", 'ৈ': "oi", 'ো': "o", 'ৌ': "ou",
}

// syllable is one consonant (or vowel) with the vowel it carries.
type syllable struct {
	cons   string
	vowel  string
	schwa  bool // the inherent vowel, which may be silent
	nasal  string
	joined bool // the consonant is the first half of a conjunct
}

// Romanize gives a popular English-style reading of a Bengali name
// (ল্যাভরভ → Lavrov, খুসনুল্লিন → Khusnullin): a hint for names the
// glossary lacks, not a scholarly transliteration. The inherent vowel is
// dropped at the end of a word and between a vowel-consonant and a
// consonant-vowel, as Bengali speakers say foreign names.
func Romanize(s string) string {
	t := Normalize(s)
	var words []string
	for _, tok := range Tokenize(t.Runes, nil) {
		w := t.Runes[tok.Start:tok.End]
		if tok.Script != Bengali {
			words = append(words, string(w))
			continue
		}
		if r := romanizeWord(w); r != "" {
			words = append(words, capitalize(r))
		}
	}
	return strings.Join(words, " ")
}

// IsNameStart reports whether a word beginning with r can be read as a
// name: r is a Bengali consonant or vowel letter that Romanize reads, not
// a vowel sign, hasant or other mark that can only follow one.
func IsNameStart(r rune) bool {
	_, c := consonants[r]
	_, v := vowels[r]
	return c || v
}

func romanizeWord(w []rune) string {
	var syl []syllable
	for i := 0; i < len(w); i++ {
		r := w[i]
		if c, ok := consonants[r]; ok {
			if i+1 < len(w) && w[i+1] == nukta {
				if n, ok := nuktaConsonants[r]; ok {
					c = n
				}
				i++
			}
			// ya-phala after a consonant marks a vowel quality, not a y
			if i+2 < len(w) && w[i+1] == hasant && w[i+2] == 'য' && (i+3 >= len(w) || w[i+3] != nukta) {
				i += 2
			}
			syl = append(syl, syllable{cons: c, schwa: true})
			continue
		}
		if v, ok := vowels[r]; ok {
			// ই before য় only carries the y sound: ইয়েলেনা is Yelena
			if r == 'ই' && i+2 < len(w) && w[i+1] == 'য' && w[i+2] == nukta {
				continue
			}
			syl = append(syl, syllable{vowel: v})
			continue
		}
		n := len(syl) - 1
		switch {
		case n < 0:
		case r == hasant:
			syl[n].schwa, syl[n].joined = false, true
		case vowelSigns[r] != "":
			syl[n].vowel, syl[n].schwa = vowelSigns[r], false
		case r == 'ং' || r == 'ঙ':
			syl[n].nasal = "ng"
		case r == 'ঁ':
			syl[n].nasal = "n"
		case r == 'ঃ':
			syl[n].nasal = "h"
		}
	}
	dropSchwas(syl)
	var b strings.Builder
	for _, s := range syl {
		b.WriteString(s.cons)
		if s.schwa {
			b.WriteString("o")
		}
		b.WriteString(s.vowel)
		b.WriteString(s.nasal)
	}
	return b.String()
}

// dropSchwas silences inherent vowels right to left: always at the end of
// a word (unless a nasal sign needs a vowel to sit on), and in a
// vowel-consonant _ consonant-vowel context or before a cluster.
func dropSchwas(syl []syllable) {
	voiced := func(i int) bool {
		return i >= 0 && i < len(syl) && (syl[i].vowel != "" || syl[i].schwa)
	}
	for i := len(syl) - 1; i >= 0; i-- {
		s := &syl[i]
		if !s.schwa || s.cons == "" || s.nasal != "" {
			continue // a nasal sign needs a vowel to sit on: জং is "jong"
		}
		switch {
		case i == len(syl)-1:
			s.schwa = false
		case i > 0 && voiced(i-1) && !syl[i-1].joined && (voiced(i+1) || syl[i+1].joined) && syl[i+1].cons != "":
			s.schwa = false
		}
	}
}

func capitalize(s string) string {
	for i, r := range s {
		return string(unicode.ToUpper(r)) + s[i+len(string(r)):]
	}
	return s
}
