package figures

// Match is one figure found in normalised text.
type Match struct {
	Start, End int    // rune offsets into the runes given to Find, [Start, End)
	Kind       string // "number", "percent", "money", "date", "time", "range", "duration"
	Gloss      string // human-readable English: "more than 6,000", "Saturday, 12 July 2025"
	Value      string // normalised value: 6000, 2025-07-12, 22:23:16, 40%, 11620000 USD
	// What was assumed in reading a figure ends its gloss, for the card:
	// "₹500 (taka read as Indian rupees: the article names Kolkata)".
}

// Find returns the figures in text, sorted by Start, non-overlapping,
// deciding per article what টাকা means. text must have been normalised
// by bangla.Normalize.
func Find(text []rune) []Match { return FindWith(text, Options{}) }

// FindWith is Find with options.
func FindWith(text []rune, opt Options) []Match { return FindAppend(nil, text, opt) }

// FindAppend is FindWith appending the figures to dst, so that a caller
// scanning text after text (the annotator, chunk by chunk) reuses one
// slice.
func FindAppend(dst []Match, text []rune, opt Options) []Match {
	p := parser{text: text, opt: opt}
	for i := 0; i < len(text); {
		r := text[i]
		if r == ' ' {
			i++
			continue
		}
		// Most words of a text are Bengali words whose first letters
		// begin no figure word: turn them away before finding their end,
		// with no call (the tables are lex's; see indexStarts). The loop
		// never stands inside a word here (see pastWord), so this is a
		// word's first letter.
		if isBengaliLetterOrSign(r) {
			switch b := runeAt(text, i+1); {
			case b == ' ':
				if !lex.startsAlone(r) { // ও, এ
					i++
					continue
				}
			case isBengaliWordRune(b):
				if !lex.mayStart(r, b) {
					i = skipWord(text, i+2)
					continue
				}
				switch c := runeAt(text, i+2); {
				case c == ' ':
					if !lex.pairStartsAlone(r, b) { // সে, বা
						i += 2
						continue
					}
				case isBengaliWordRune(c):
					if !lex.mayStart3(r, b, c) {
						i = skipWord(text, i+3)
						continue
					}
				}
			}
		}
		if !isWordRune(r) {
			if isSentenceEnd(r) {
				p.carry = nil
			}
			if canStartSymbol(text, i) {
				if m, ok := p.figureAt(i); ok {
					dst = append(dst, m)
					i = pastWord(text, m.End)
					continue
				}
			}
			i++
			continue
		}
		end := wordEnd(text, i)
		if canStartWord(text, i, end) {
			if m, ok := p.figureAt(i); ok {
				dst = append(dst, m)
				i = pastWord(text, m.End)
				continue
			}
			if p.n > 0 {
				end = pastWord(text, max(end, p.toks[0].end))
				if t := &p.toks[0]; t.is(catTOD) {
					p.carry = t.e // রাতে …, for a time later in the sentence
				}
			}
		}
		i = end
	}
	return dst
}

// runeAt returns text[i], or a space past the end of text: the end of a
// word either way.
func runeAt(text []rune, i int) rune {
	if i < len(text) {
		return text[i]
	}
	return ' '
}

// skipWord returns the end of the word that runs on at i, and the space
// after it: wordEnd, with the common case (Bengali up to a space) inline.
func skipWord(text []rune, i int) int {
	for i < len(text) && isBengaliWordRune(text[i]) {
		i++
	}
	if i < len(text) {
		if text[i] != ' ' {
			return wordEnd(text, i)
		}
		i++
	}
	return i
}

// pastWord returns i, or the end of the word when i is inside one: a
// figure or a token may end inside a word, and no figure starts there.
func pastWord(text []rune, i int) int {
	if i > 0 && i < len(text) && isWordRune(text[i]) && isWordRune(text[i-1]) {
		return wordEnd(text, i)
	}
	return i
}

// canStartWord is the cheap test every word text[i:end] goes through.
func canStartWord(text []rune, i, end int) bool {
	r := text[i]
	if isDigit(r) {
		if i >= 2 {
			prev := text[i-1]
			// MiG-29, F-16, হোয়াসং-১৮, the 1 of a 2-1 score.
			if prev == '-' && isWordRune(text[i-2]) {
				return false
			}
			// The tail of something the lexer already refused: 1.2.3.
			if isNumSep(prev) && isDigit(text[i-2]) {
				return false
			}
		}
		return true
	}
	return r >= 0x980 && r < 0xa00 && lex.startsFigure(text, i, end)
}

// canStartSymbol accepts a currency sign or a minus sign before digits, a
// fraction sign (½ কাপ), and the apostrophe of a year (’৭১).
func canStartSymbol(text []rune, i int) bool {
	if _, ok := vulgarFraction(text, i); ok {
		return i == 0 || !isWordRune(text[i-1])
	}
	if i+1 >= len(text) {
		return false
	}
	r := text[i]
	if r == '-' {
		return isDigit(text[i+1]) && (i == 0 || !isWordRune(text[i-1]) && text[i-1] != '-')
	}
	if isApostrophe(r) {
		// '৭১: a year with its century cut off.
		return (i == 0 || !isWordRune(text[i-1])) && i+2 < len(text) && isDigit(text[i+1]) && isDigit(text[i+2]) &&
			(i+3 == len(text) || !isDigit(text[i+3]))
	}
	if symbolCurrency(r) == "" {
		return false
	}
	j := i + 1
	if text[j] == ' ' {
		j++
	}
	return j < len(text) && isDigit(text[j])
}

const maxToks = 24

// parser reads the tokens of one candidate figure, lexing lazily: most
// candidates are rejected after a token or two.
type parser struct {
	text     []rune
	toks     [maxToks]tok
	n        int  // tokens lexed
	next     int  // where lexing continues
	stop     bool // a line break or the end of text was reached
	stemBuf  [8]stem
	opt      Options
	takaRead takaReading
	// carry is the part of the day last named in this sentence; inherit
	// the one of the first time of a range, while its second is read.
	carry, inherit *entry
}

// at returns token k of the window, or endTok. The grammar asks for the
// same few tokens again and again: those already lexed cost no call.
func (p *parser) at(k int) *tok {
	if k < p.n {
		return &p.toks[k]
	}
	return p.lexTo(k)
}

// lexTo lexes the window up to token k; it returns token k, or endTok.
func (p *parser) lexTo(k int) *tok {
	for p.n <= k {
		if p.stop || p.n == maxToks {
			return &endTok
		}
		j := p.next
		for j < len(p.text) && (p.text[j] == ' ' || p.text[j] == '\t') {
			j++
		}
		if j >= len(p.text) || p.text[j] == '\n' || p.text[j] == '\r' {
			p.stop = true
			return &endTok
		}
		p.lex(&p.toks[p.n], j)
		p.next = p.toks[p.n].end
		p.n++
	}
	return &p.toks[k]
}

// reset starts a window at i, keeping what the last window already lexed
// from there on: the word after a figure was usually read as lookahead.
func (p *parser) reset(i int) {
	for x := 1; x < p.n; x++ {
		if p.toks[x].start == i {
			copy(p.toks[:], p.toks[x:p.n])
			p.n -= x
			return
		}
	}
	p.n, p.next, p.stop = 0, i, false
}

// result is a figure read from the first k tokens of the window.
type result struct {
	k                  int
	kind, value, gloss string
	y, mo, d           int    // a date's parts, 0 where not given
	h, mi              int    // a time's
	tod                *entry // the part of the day a time named
}

// figureAt reads the longest figure starting at i; on a tie a date beats
// a clock time beats a plain quantity.
func (p *parser) figureAt(i int) (Match, bool) {
	p.reset(i)
	if t := p.at(0); t.kind == tOther || t.kind == tBad || t.kind == tWord && !t.e.start {
		return Match{}, false
	}
	best := p.date()
	if r := p.clock(); r.k > best.k {
		best = r
	}
	if r := p.quantity(best.k); r.k > best.k {
		best = r
	}
	if best.k == 0 {
		return Match{}, false
	}
	m := Match{Start: i, End: p.toks[best.k-1].end, Kind: best.kind, Gloss: best.gloss, Value: best.value}
	if best.tod != nil {
		p.carry = best.tod
	}
	if best.kind == "time" || best.kind == "date" && best.d > 0 {
		p.rangeFrom(&m, best)
	}
	return m, true
}
