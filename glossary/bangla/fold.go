package bangla

import (
	"strings"
	"unicode/utf8"
)

// Fold appends the folding key of one word to dst: the spelling
// differences Bengali outlets make in foreign names disappear, so that
// লাভরভ meets ল্যাভরভ and কুর্স্ক meets কুরস্ক.
//
// Folded away: vowel length (ী/ি, ূ/ু, ঈ/ই, ঊ/উ), ya-phala (্য), the
// sibilants (শ ষ স), the nasal signs (ঙ/ং, ঁ, ণ/ন), the hasant, the j
// sounds (য/জ), and retroflex against dental stops (ট/ত, ঠ/থ, ড/দ, ঢ/ধ):
// a Russian or Korean t or d is written either way (টলস্টয়, তলস্তয়).
// ড় and ঢ় (with the nukta) are other letters and stay. Latin letters are kept as they are: case carries meaning
// in acronyms.
func Fold(word []rune, dst []rune) []rune {
	for i := 0; ; {
		r, next, ok := FoldNext(word, i)
		if !ok {
			return dst
		}
		dst = append(dst, r)
		i = next
	}
}

// FoldNext folds word from offset i: it returns the next key rune and the
// offset to continue from (just past the rune it came from); ok is
// false when nothing in word[i:] is left after folding. The matcher walks
// names with it rune by rune, folding only as far as a name can match.
func FoldNext(word []rune, i int) (r rune, next int, ok bool) {
	for ; i < len(word); i++ {
		r = word[i]
		if r < 0x0980 || r >= 0x0a00 {
			return r, i + 1, true
		}
		switch f := foldTable[r-0x0980]; f {
		case 0:
		case foldDrop:
			if r == '\u09cd' && i+1 < len(word) && word[i+1] == 'য' && (i+2 >= len(word) || word[i+2] != '\u09bc') {
				i++ // a ya-phala goes with its hasant
			}
			continue
		default:
			if f < 0 { // folds unless a nukta makes it another letter (ড়, ঢ়, য়)
				if i+1 < len(word) && word[i+1] == '\u09bc' {
					break
				}
				f = -f
			}
			r = f
		}
		return r, i + 1, true
	}
	return 0, i, false
}

// KeptByFold reports whether r is a Bengali code point folding leaves as
// it is, whatever surrounds it: the matcher's loop takes such a letter
// without calling FoldNext.
func KeptByFold(r rune) bool {
	return uint32(r-0x0980) < 0x80 && foldTable[(r-0x0980)&0x7f] == 0
}

// foldDrop marks the signs folding drops (hasant, chandrabindu).
const foldDrop rune = 1

// foldTable gives, for each code point of the Bengali block, what it
// folds to: 0 for itself, foldDrop, the letter it folds to, or that
// letter negated when a nukta after it keeps it apart. The matcher folds
// every letter of every word it walks: a table is quicker than a switch.
var foldTable = func() (t [0x80]rune) {
	set := func(from, to rune) { t[from-0x0980] = to }
	set('\u09cd', foldDrop) // hasant
	set('\u0981', foldDrop) // chandrabindu
	set('ী', 'ি')
	set('ূ', 'ু')
	set('ঈ', 'ই')
	set('ঊ', 'উ')
	set('শ', 'স')
	set('ষ', 'স')
	set('ঙ', 'ং')
	set('ণ', 'ন')
	set('ট', 'ত')
	set('ঠ', 'থ')
	set('ড', -'দ')
	set('ঢ', -'ধ')
	set('য', -'জ')
	return t
}()

// Keys gives both keys of a name from one normalisation, and how many
// words it has: what the matcher's index needs of every form.
func Keys(s string) (exact, folded string, words int) {
	var k Keyer
	ex, fo, words := k.Append(nil, nil, s)
	return string(ex), string(fo), words
}

// Keyer computes the keys of many names (see Keys) reusing its memory: a
// glossary's index needs them for every form of every entry at start-up.
type Keyer struct {
	text   Text
	tokens []Token
	folded []rune
}

// Append appends the UTF-8 exact and folded keys of s to exact and folded
// and returns them, with how many words s has.
func (k *Keyer) Append(exact, folded []byte, s string) ([]byte, []byte, int) {
	k.text.Reset(s)
	rs := k.text.Runes
	k.tokens = Tokenize(rs, k.tokens)
	k.folded = k.folded[:0]
	for _, tok := range k.tokens {
		w := rs[tok.Start:tok.End]
		for _, r := range w {
			exact = utf8.AppendRune(exact, r)
		}
		k.folded = Fold(w, k.folded)
	}
	for _, r := range k.folded {
		folded = utf8.AppendRune(folded, r)
	}
	return exact, folded, len(k.tokens)
}

// Key is the exact matching key of a name: normalised, with the spaces
// and hyphens between words dropped but every letter kept.
func Key(s string) string {
	t := Normalize(s)
	var key []rune
	for _, tok := range Tokenize(t.Runes, nil) {
		key = append(key, t.Runes[tok.Start:tok.End]...)
	}
	return string(key)
}

// Stops is the retroflex and dental stops of s in order (ড় and ঢ় are
// other letters, left out): two spellings that fold alike agree on their
// stops when they differ in nothing Fold drops but ট/ত, ঠ/থ, ড/দ, ঢ/ধ.
func Stops(s string) string {
	return string(AppendStops(nil, []rune(s)))
}

// AppendStops appends the stops of rs (see Stops) to dst.
func AppendStops(dst, rs []rune) []rune {
	for i, r := range rs {
		switch r {
		case 'ট', 'ত', 'ঠ', 'থ', 'দ', 'ধ':
			dst = append(dst, r)
		case 'ড', 'ঢ':
			if i+1 >= len(rs) || rs[i+1] != '\u09bc' {
				dst = append(dst, r)
			}
		}
	}
	return dst
}

// StopsAre reports whether the stops of s are stops, without making
// either as a string: the matcher asks it of every short name it finds.
func StopsAre(stops []rune, s string) bool {
	k := 0
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch r {
		case 'ট', 'ত', 'ঠ', 'থ', 'দ', 'ধ':
		case 'ড', 'ঢ':
			if strings.HasPrefix(s[i:], "\u09bc") {
				continue
			}
		default:
			continue
		}
		if k >= len(stops) || stops[k] != r {
			return false
		}
		k++
	}
	return k == len(stops)
}
