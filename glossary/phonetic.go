package glossary

import (
	"strings"
	"unicode"

	"github.com/pathok/pathok/glossary/bangla"
	"golang.org/x/text/unicode/norm"
)

// The phonetic key lets a query in one script find a name written in
// another: every form is read into plain Latin letters (Bengali by the
// popular reading bangla.Romanize gives, Hangul by Revised Romanization,
// Cyrillic by the usual English transliteration) and then the
// differences romanisations make are folded away. Keys are compared,
// never shown.

// latinWords reads s into lower-case ASCII words.
func latinWords(s string) []string {
	var words []string
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			words = append(words, b.String())
			b.Reset()
		}
	}
	runes := []rune(s)
	for i := 0; i < len(runes); i++ {
		r := runes[i]
		switch {
		case r >= 0x0980 && r <= 0x09ff:
			j := i
			for j < len(runes) && runes[j] >= 0x0980 && runes[j] <= 0x09ff {
				j++
			}
			b.WriteString(strings.ToLower(bangla.Romanize(string(runes[i:j]))))
			i = j - 1
		case r >= 0xac00 && r <= 0xd7a3:
			hangulLatin(&b, r, i+1 < len(runes) && runes[i+1] >= 0xac00 && runes[i+1] <= 0xd7a3)
		case r >= 0x0400 && r <= 0x04ff:
			b.WriteString(cyrillicLatin(unicode.ToLower(r)))
		case r < 0x80:
			if r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' {
				b.WriteRune(unicode.ToLower(r))
			} else if r >= '0' && r <= '9' {
				b.WriteRune(r)
			} else if r == '\'' || r == '’' {
				// an apostrophe marks a soft sign or a syllable break
			} else {
				flush()
			}
		case unicode.IsLetter(r):
			// Latin with diacritics (ŏ, é): the base letters
			for _, d := range norm.NFD.String(string(unicode.ToLower(r))) {
				if d >= 'a' && d <= 'z' {
					b.WriteRune(d)
				}
			}
		case unicode.IsMark(r):
		default:
			flush()
		}
	}
	flush()
	return words
}

// Revised Romanization of Hangul jamo.
var (
	hangulInitials = []string{"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"}
	hangulMedials  = []string{"a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"}
	hangulFinals   = []string{"", "k", "k", "ks", "n", "nj", "nh", "t", "l", "lk", "lm", "lb", "ls", "lt", "lp", "lh", "m", "p", "ps", "t", "t", "ng", "t", "t", "k", "t", "p", "t"}
)

// hangulLatin writes one syllable. The vowel ㅡ after a consonant with no
// final is how Korean writes a consonant cluster of a foreign word
// (모스크바, Moskva): it is left out.
func hangulLatin(b *strings.Builder, r rune, _ bool) {
	s := int(r - 0xac00)
	ini, med, fin := s/(21*28), s%(21*28)/28, s%28
	b.WriteString(hangulInitials[ini])
	if med == 18 && fin == 0 && ini != 11 {
		return
	}
	b.WriteString(hangulMedials[med])
	b.WriteString(hangulFinals[fin])
}

var cyrillic = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "yo", 'ж': "zh",
	'з': "z", 'и': "i", 'й': "y", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o",
	'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u", 'ф': "f", 'х': "kh", 'ц': "ts",
	'ч': "ch", 'ш': "sh", 'щ': "shch", 'ъ': "", 'ы': "y", 'ь': "", 'э': "e", 'ю': "yu",
	'я': "ya", 'і': "i", 'ї': "yi", 'є': "ye", 'ґ': "g", 'ў': "u",
}

func cyrillicLatin(r rune) string { return cyrillic[r] }

// phoneticKey folds a lower-case ASCII word: consonants that
// romanisations swap (b/p/v/f/w, d/t, g/k/c/q, ch/j/zh/z, r/l, sh/s, an h
// after a consonant) meet, vowels fall into three classes (a; e i y; o u)
// and a run of vowels keeps only its back vowels (Seoul, Сеул and 서울
// are all "sul"), and doubled letters are single.
func phoneticKey(w string) string {
	out := make([]byte, 0, len(w))
	emit := func(c byte) {
		if n := len(out); n > 0 && out[n-1] == c {
			return
		}
		out = append(out, c)
	}
	isVowel := func(c byte) bool { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' }
	for i := 0; i < len(w); i++ {
		c := w[i]
		next := byte(0)
		if i+1 < len(w) {
			next = w[i+1]
		}
		if isVowel(c) {
			j := i
			for j < len(w) && isVowel(w[j]) {
				j++
			}
			emit(vowelClass(w[i:j]))
			i = j - 1
			continue
		}
		switch {
		case c == 'c' && next == 'h', c == 'z' && next == 'h':
			emit('j')
			i++
		case c == 'k' && next == 'h':
			i++
			if n := len(out); n > 0 && !isVowel(out[n-1]) {
				continue // пх is ph
			}
			emit('h')
		case c == 'n' && next == 'g':
			emit('n')
			i++
		case c == 'h':
			if n := len(out); n > 0 && !isVowel(out[n-1]) {
				continue // the h of sh, th, ph, bh, dh
			}
			emit('h')
		case c == 'b' || c == 'p' || c == 'v' || c == 'f' || c == 'w':
			emit('p')
		case c == 'd' || c == 't':
			emit('t')
		case c == 'g' || c == 'k' || c == 'c' || c == 'q':
			emit('k')
		case c == 'z' || c == 'j':
			emit('j')
		case c == 'r' || c == 'l':
			emit('l')
		case c == 'x':
			emit('k')
			emit('s')
		default:
			emit(c)
		}
	}
	return string(out)
}

// vowelClass folds a run of vowels to one class letter: its back vowels
// if it has any (a before o/u when both), else i.
func vowelClass(run string) byte {
	hasA, hasU := false, false
	for i := 0; i < len(run); i++ {
		switch run[i] {
		case 'a':
			hasA = true
		case 'o', 'u':
			hasU = true
		}
	}
	switch {
	case hasU:
		return 'u'
	case hasA:
		return 'a'
	}
	return 'i'
}

// searchKeys gives the phonetic key of a whole form, read as one word
// since Hangul writes names without spaces (김정은, Kim Jong Un), and the
// key of each of its words.
func searchKeys(s string) (whole string, words []string) {
	ws := latinWords(s)
	for _, w := range ws {
		if k := phoneticKey(w); k != "" {
			words = append(words, k)
		}
	}
	return phoneticKey(strings.Join(ws, "")), words
}
