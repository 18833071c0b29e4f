package bangla

// Fold appends the folding key of one word to dst: the spelling
// differences Bengali outlets make in foreign names disappear, so that
// লাভরভ meets ল্যাভরভ and কুর্স্ক meets কুরস্ক. src receives, for each key
// rune, the offset (from base) of the rune it came from.
//
// Folded away: vowel length (ী/ি, ূ/ু, ঈ/ই, ঊ/উ), ya-phala (্য), the
// sibilants (শ ষ স), the nasal signs (ঙ/ং, ঁ, ণ/ন), the hasant, and the j
// sounds (য/জ). Latin letters are kept as they are: case carries meaning
// in acronyms.
func Fold(word []rune, base int32, dst []rune, src []int32) ([]rune, []int32) {
	for i := 0; i < len(word); i++ {
		r := word[i]
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
		dst = append(dst, r)
		src = append(src, base+int32(i))
	}
	return dst, src
}

// FoldString is the folding key of a whole name: every word folded, the
// spaces and hyphens between words dropped (পিয়ং ইয়ং = পিয়ংইয়ং).
func FoldString(s string) string {
	t := Normalize(s)
	var key []rune
	for _, tok := range Tokenize(t.Runes, nil) {
		key, _ = Fold(t.Runes[tok.Start:tok.End], 0, key, nil)
	}
	return string(key)
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
