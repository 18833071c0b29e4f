package figures

// Tokens that begin with a digit: numbers with separators and decimals,
// numeric dates and clock times, and what is glued to them.

// isNumSep reports the separators that may stand between the digits of
// one figure: ৬,০০০, ১১.৬২, ১০:২৩, ১২/০৭/২০২৫.
func isNumSep(r rune) bool { return r == '.' || r == ',' || r == ':' || r == '/' }

// bad returns a tBad token covering the digit cluster from j: digits,
// letters glued to them, and separators between digits. Nothing in it is
// read again.
func (p *parser) bad(j, i int) tok {
	text := p.text
	for i < len(text) && (isWordRune(text[i]) || isNumSep(text[i]) && i+1 < len(text) && isDigit(text[i+1])) {
		i++
	}
	return tok{start: j, end: i, kind: tBad}
}

// digitsAt reads a run of digits at i: its value (when it fits) and length.
func digitsAt(text []rune, i int) (v int64, n int) {
	for i+n < len(text) && isDigit(text[i+n]) {
		if n < 18 {
			v = v*10 + digitVal(text[i+n])
		}
		n++
	}
	return v, n
}

// lexNumber reads the token starting with the digit at j.
func (p *parser) lexNumber(j int) tok {
	if t, ok := p.lexNumericDate(j); ok {
		return t
	}
	if t, ok := p.lexClock(j); ok {
		return t
	}
	text := p.text
	t := tok{start: j, kind: tNum}
	var m int64
	v, n := digitsAt(text, j)
	m, t.ndig = v, n
	t.lead0 = n > 1 && digitVal(text[j]) == 0
	i := j + n
	// Thousands separators, Western (৬,০০০) or Indian (১২,৩৪,৫৬৭).
	if i+1 < len(text) && text[i] == ',' && isDigit(text[i+1]) {
		var groups [8]int
		ng := 0
		for i+1 < len(text) && text[i] == ',' && isDigit(text[i+1]) {
			v, n := digitsAt(text, i+1)
			if ng == len(groups) || n > 3 || t.ndig+n > 15 {
				return p.bad(j, i)
			}
			groups[ng] = n
			ng++
			m = m*pow10[n] + v
			t.ndig += n
			i += 1 + n
		}
		if !validGrouping(t.ndig-sum(groups[:ng]), groups[:ng]) || t.lead0 {
			return p.bad(j, i)
		}
		t.grouped = true
	}
	if i+1 < len(text) && text[i] == '.' && isDigit(text[i+1]) {
		v, n := digitsAt(text, i+1)
		if n > 6 || t.ndig+n > 17 {
			return p.bad(j, i)
		}
		m = m*pow10[n] + v
		t.nfrac = n
		i += 1 + n
	}
	// Too long to be a quantity, or a phone or ID number (০১৭১১…).
	if t.ndig > 15 || t.lead0 && t.ndig > 3 || i+1 < len(text) && isNumSep(text[i]) && isDigit(text[i+1]) {
		return p.bad(j, i)
	}
	t.val = dec{m: m, e: int8(t.nfrac)}
	if f, ok := vulgarFraction(text, i); ok && t.nfrac == 0 && !t.grouped {
		// ১½ কাপ: a whole number and a fraction sign.
		if v, ok := t.val.add(f); ok {
			t.val, t.nfrac = v, 2
			i++
		}
	}
	if i < len(text) && isWordRune(text[i]) {
		we := wordEnd(text, i)
		switch {
		case !isLatinLetter(text[i]) && p.numberTail(&t, i, we, true):
			i = we
		case gluedWord(text, i, we) && !t.lead0 && t.nfrac == 0:
			// ৯১২ভোট: a number run into the next word, as hurried copy
			// does. The figure is the digits alone.
			t.end = i
			return t
		default:
			return p.bad(j, i)
		}
	}
	t.end = i
	p.hyphenEnding(&t)
	return t
}

func sum(xs []int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

// validGrouping checks separators: Western groups of three, or Indian
// (lakh) groups of two ending in a group of three.
func validGrouping(first int, groups []int) bool {
	if len(groups) == 0 || first < 1 {
		return false
	}
	western := first <= 3
	for _, g := range groups {
		western = western && g == 3
	}
	if western {
		return true
	}
	if first > 2 || groups[len(groups)-1] != 3 {
		return false
	}
	for _, g := range groups[:len(groups)-1] {
		if g != 2 {
			return false
		}
	}
	return true
}

// lexNumericDate reads 12/07/2025, 12.07.2025, 12-07-2025 or 2025-07-12.
func (p *parser) lexNumericDate(j int) (tok, bool) {
	text := p.text
	a, la := digitsAt(text, j)
	i := j + la
	if i+1 >= len(text) {
		return tok{}, false
	}
	sep := text[i]
	if sep != '/' && sep != '.' && sep != '-' || !isDigit(text[i+1]) {
		return tok{}, false
	}
	b, lb := digitsAt(text, i+1)
	i += 1 + lb
	if i+1 >= len(text) || text[i] != sep || !isDigit(text[i+1]) {
		return tok{}, false
	}
	c, lc := digitsAt(text, i+1)
	i += 1 + lc
	var y, mo, d int64
	switch {
	case la == 4 && lb <= 2 && lc <= 2 && sep != '.':
		y, mo, d = a, b, c
	case la <= 2 && lb <= 2 && lc == 4:
		d, mo, y = a, b, c
		if mo > 12 && d <= 12 {
			d, mo = mo, d // American order, when nothing else fits
		}
	default:
		return tok{}, false
	}
	if i < len(text) && (isWordRune(text[i]) || isNumSep(text[i]) && i+1 < len(text) && isDigit(text[i+1])) || !validDate(int(y), int(mo), int(d)) {
		return p.bad(j, i), true
	}
	return tok{start: j, end: i, kind: tDate, y: int(y), mo: int(mo), d: int(d)}, true
}

// lexClock reads 10:23, 10:23:16, and a glued am/pm or টা/টায়.
func (p *parser) lexClock(j int) (tok, bool) {
	text := p.text
	h, lh := digitsAt(text, j)
	i := j + lh
	if lh > 2 || i+2 >= len(text) || text[i] != ':' || !isDigit(text[i+1]) {
		return tok{}, false
	}
	m, lm := digitsAt(text, i+1)
	if lm != 2 {
		return tok{}, false
	}
	i += 3
	t := tok{start: j, kind: tTime, h: int(h), m: int(m)}
	if i+2 < len(text) && text[i] == ':' && isDigit(text[i+1]) {
		s, ls := digitsAt(text, i+1)
		if ls != 2 {
			return p.bad(j, i), true
		}
		t.s, t.sec = int(s), true
		i += 3
	}
	if h > 24 || m > 59 || t.s > 59 || i+1 < len(text) && isNumSep(text[i]) && isDigit(text[i+1]) {
		return p.bad(j, i), true
	}
	if i < len(text) && isWordRune(text[i]) {
		we := wordEnd(text, i)
		switch w := text[i:we]; {
		case latinWord(w, "am"):
			t.ampm = ampmAM
		case latinWord(w, "pm"):
			t.ampm = ampmPM
		default:
			u := t
			if isLatinLetter(text[i]) || !p.numberTail(&u, i, we, false) || u.dayOrd || u.mult != nil ||
				u.unit != nil && u.unit.n != unitTa {
				return p.bad(j, i), true
			}
		}
		i = we
	}
	t.end = i
	return t, true
}

// gluedWord reports whether text[i:we], glued to digits, is a Bengali word
// of its own (ভোট of ৯১২ভোট) rather than a letter marking a sub-item
// (ধারা ১২৩ক) or a code.
func gluedWord(text []rune, i, we int) bool {
	if we-i < 3 {
		return false
	}
	for _, r := range text[i:we] {
		if !isBengaliLetter(r) {
			return false
		}
	}
	return true
}

// vulgarFraction reads a fraction sign at i: ½, ¼, ¾, as recipes write
// them.
func vulgarFraction(text []rune, i int) (dec, bool) {
	if i >= len(text) {
		return dec{}, false
	}
	switch text[i] {
	case '½':
		return dec{5, 1}, true
	case '¼':
		return dec{25, 2}, true
	case '¾':
		return dec{75, 2}, true
	}
	return dec{}, false
}

// lexFraction reads a fraction sign standing alone: ½ কাপ.
func (p *parser) lexFraction(j int) tok {
	f, _ := vulgarFraction(p.text, j)
	t := tok{start: j, end: j + 1, kind: tNum, val: f, ndig: 1, nfrac: int(f.e)}
	p.hyphenEnding(&t)
	return t
}
