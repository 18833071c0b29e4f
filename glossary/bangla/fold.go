package bangla

// Fold appends the folding key of one word to dst: the spelling
// differences Bengali outlets make in foreign names disappear, so that
// লাভরভ meets ল্যাভরভ and কুর্স্ক meets কুরস্ক.
//
// Folded away: vowel length (ী/ি, ূ/ু, ঈ/ই, ঊ/উ), ya-phala (্য), the
// sibilants (শ ষ স), the nasal signs (ঙ/ং, ঁ, ণ/ন), the hasant, and the j
// sounds (য/জ). Latin letters are kept as they are: case carries meaning
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
		switch r {
		case '\u09cd': // hasant: drop it, and a ya-phala with it
			if i+1 < len(word) && word[i+1] == 'য' && (i+2 >= len(word) || word[i+2] != '\u09bc') {
				i++
			}
			continue
		case '\u0981': // chandrabindu
			continue
		case 'ী':
			r = 'ি'
		case 'ূ':
			r = 'ু'
		case 'ঈ':
			r = 'ই'
		case 'ঊ':
			r = 'উ'
		case 'শ', 'ষ':
			r = 'স'
		case 'ঙ':
			r = 'ং'
		case 'ণ':
			r = 'ন'
		case 'য':
			if i+1 < len(word) && word[i+1] == '\u09bc' {
				break // য় is a different letter
			}
			r = 'জ'
		}
		return r, i + 1, true
	}
	return 0, i, false
}

// Keys gives both keys of a name from one normalisation, and how many
// words it has: what the matcher's index needs of every form.
func Keys(s string) (exact, folded string, words int) {
	t := Normalize(s)
	var ex, fo []rune
	toks := Tokenize(t.Runes, nil)
	for _, tok := range toks {
		w := t.Runes[tok.Start:tok.End]
		ex = append(ex, w...)
		fo = Fold(w, fo)
	}
	return string(ex), string(fo), len(toks)
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
