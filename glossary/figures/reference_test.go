package figures

import "unicode"

// The scanner as it was before it was made fast: one plain pass that
// tests every rune and every word the same way. FindAppend must give
// exactly what this gives; the tests and the fuzzer compare the two.

func findReference(text []rune, opt Options) []Match {
	var out []Match
	p := parser{text: text, opt: opt}
	for i := 0; i < len(text); {
		r := text[i]
		if r == ' ' {
			i++
			continue
		}
		if !isWordRuneReference(r) {
			if isSentenceEnd(r) {
				p.carry = nil
			}
			if canStartSymbol(text, i) {
				if m, ok := p.figureAt(i); ok {
					out = append(out, m)
					i = m.End
					continue
				}
			}
			i++
			continue
		}
		end := wordEndReference(text, i)
		if i > 0 && isWordRuneReference(text[i-1]) {
			i = end // never start inside a word
			continue
		}
		if canStartWordReference(text, i, end) {
			if m, ok := p.figureAt(i); ok {
				out = append(out, m)
				i = m.End
				continue
			}
			if p.n > 0 {
				end = max(end, p.toks[0].end)
				if t := &p.toks[0]; t.is(catTOD) {
					p.carry = t.e
				}
			}
		}
		i = end
	}
	return out
}

func canStartWordReference(text []rune, i, end int) bool {
	r := text[i]
	if isDigit(r) {
		if i >= 2 {
			prev := text[i-1]
			if prev == '-' && isWordRuneReference(text[i-2]) {
				return false
			}
			if isNumSep(prev) && isDigit(text[i-2]) {
				return false
			}
		}
		return true
	}
	return r >= 0x980 && r < 0xa00 && lex.startsFigure(text, i, end)
}

func isWordRuneReference(r rune) bool {
	if r >= 0x980 && r < 0xa00 {
		return r < 0x9f2 || r > 0x9fb
	}
	if r < 0x80 {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	if r >= 0x964 && r <= 0x965 || r >= 0x2000 && r <= 0x206f {
		return false
	}
	return unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r)
}

func wordEndReference(text []rune, i int) int {
	for ; i < len(text); i++ {
		r := text[i]
		if r >= 0x980 && r < 0x9f2 || isWordRuneReference(r) {
			continue
		}
		if !isApostrophe(r) || i == 0 || i+1 == len(text) || !isBengaliLetter(text[i-1]) || !isBengaliLetter(text[i+1]) {
			break
		}
	}
	return i
}
