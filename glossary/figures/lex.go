package figures

import "unicode"

type tokKind uint8

const (
	tEnd   tokKind = iota // end of text, a line break, or the window is full
	tOther                // a word that plays no part in figures
	tBad                  // digits that must not be read: glued to letters, too long, malformed
	tPunct                // one rune of punctuation
	tNum                  // digits, possibly with a glued classifier, unit or ending
	tWord                 // a lexicon word, possibly a number word with glued parts
	tTime                 // H:MM or H:MM:SS
	tDate                 // a numeric date: 12/07/2025, 2025-07-12
)

// tok is one token of a figure phrase.
type tok struct {
	start, end int
	kind       tokKind
	r          rune   // tPunct
	e          *entry // tWord: the stem
	mult       *entry // a multiplier glued to a number: তিনশো, ৫কোটি
	unit       *entry // a classifier or unit glued to a number: ১০টি, তিনজন
	val        dec    // tNum, and number words; as written (১১.৩০ keeps both decimals)
	sfx        int    // runes of case ending at the end
	ndig       int    // integer digits as written
	nfrac      int    // decimal digits as written
	grouped    bool   // written with thousands separators
	lead0      bool   // written with a leading zero: ০৩
	ord        bool   // ১ম, ২য়, ১১তম
	dayOrd     bool   // ১২ই, ২১শে, একুশে: a day of the month
	h, m, s    int    // tTime
	sec        bool   // tTime has seconds
	ampm       int    // tTime with a glued am/pm
	y, mo, d   int    // tDate
}

var endTok = tok{kind: tEnd}

func (t *tok) is(c cat) bool { return t.kind == tWord && t.e.cat == c }

func (t *tok) isPunct(r rune) bool { return t.kind == tPunct && t.r == r }

// bare reports a lexicon word with nothing glued to it.
func (t *tok) bare() bool { return t.mult == nil && t.unit == nil && !t.dayOrd }

// plainInt returns the integer a tNum token is when written as bare
// digits: no separators, decimals, suffixes or glued words.
func (t *tok) plainInt() (int64, bool) {
	if t.kind != tNum || t.grouped || t.nfrac > 0 || t.mult != nil || t.unit != nil || t.ord || t.dayOrd {
		return 0, false
	}
	return t.val.int()
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' || r >= '০' && r <= '৯' }

func digitVal(r rune) int64 {
	if r <= '9' {
		return int64(r - '0')
	}
	return int64(r - '০')
}

// isWordRune reports runes that belong to a word: letters, marks and
// digits. It runs for nearly every rune of a text, so everything up to
// the end of the Bengali block is one table lookup that inlines.
func isWordRune(r rune) bool {
	if uint32(r) < uint32(len(wordRunes)) {
		return wordRunes[r]
	}
	return isOtherWordRune(r)
}

var wordRunes = func() (t [0xa00]bool) {
	for r := range rune(len(t)) {
		t[r] = isOtherWordRune(r)
	}
	return t
}()

// isOtherWordRune is isWordRune without the table.
func isOtherWordRune(r rune) bool {
	switch {
	case r >= 0x980 && r < 0xa00:
		return r < 0x9f2 || r > 0x9fb // ৲–৻ are currency and fraction signs
	case r < 0x80:
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	case r >= 0x964 && r <= 0x965 || r >= 0x2000 && r <= 0x206f:
		return false // dandas, general punctuation
	}
	return unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r)
}

// isBengaliWordRune reports the Bengali letters, signs and digits: the
// runes of nearly every word.
func isBengaliWordRune(r rune) bool { return uint32(r)-0x980 < 0x72 }

// isBengaliLetterOrSign is isBengaliWordRune without the digits.
func isBengaliLetterOrSign(r rune) bool { return uint32(r)-0x980 < 0x66 }

func isBengaliLetter(r rune) bool {
	return r >= 0x980 && r < 0xa00 && !(r >= 0x9e6 && r <= 0x9fb)
}

func isLatinLetter(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

// wordEnd returns the end of the word starting at i. An apostrophe
// between Bengali letters stays inside the word: দু'জন, ছ'টা.
func wordEnd(text []rune, i int) int {
	for ; i < len(text); i++ {
		r := text[i]
		if isBengaliWordRune(r) || isWordRune(r) {
			continue
		}
		if !isApostrophe(r) || i == 0 || i+1 == len(text) || !isBengaliLetter(text[i-1]) || !isBengaliLetter(text[i+1]) {
			break
		}
	}
	return i
}

// lex reads into t the token starting at j, which is not a space.
func (p *parser) lex(t *tok, j int) {
	r := p.text[j]
	if isDigit(r) {
		*t = p.lexNumber(j)
		return
	}
	if !isWordRune(r) {
		if _, ok := vulgarFraction(p.text, j); ok {
			*t = p.lexFraction(j)
			return
		}
		*t = tok{start: j, end: j + 1, kind: tPunct, r: r}
		return
	}
	we := wordEnd(p.text, j)
	if !p.lexWord(t, j, we) {
		*t = tok{start: j, end: we, kind: tOther}
		return
	}
	p.hyphenEnding(t)
}

// lexWord reads into t the lexicon word text[j:we], with its glued parts
// and ending.
func (p *parser) lexWord(t *tok, j, we int) bool {
	ss := lex.stems(p.text, j, we, p.stemBuf[:0])
	for i := len(ss) - 1; i >= 0; i-- {
		s := ss[i]
		*t = tok{start: j, end: we, kind: tWord, e: s.e}
		if s.e.cat == catNum {
			t.val = s.e.val
			if p.numberTail(t, s.end, we, false) {
				return true
			}
			continue
		}
		if n, ok := p.ending(s.e, s.end, we); ok {
			t.sfx = n
			return true
		}
	}
	return false
}

// ending checks that text[q:we] is an ending e may carry; it returns its
// length.
func (p *parser) ending(e *entry, q, we int) (int, bool) {
	if q == we {
		return 0, true
	}
	if e.sfx == sfxCase && inSet(caseEndings, p.text[q:we]) {
		return we - q, true
	}
	return 0, false
}

// numberTail reads what is glued to a number (digits, or a number word):
// an ordinal or day ending, a multiplier (তিনশো), a classifier or unit
// (১০টি, তিনজন, দুদিন), and a case ending on the last of them.
func (p *parser) numberTail(t *tok, q, we int, digits bool) bool {
	if q == we {
		return true
	}
	rest := p.text[q:we]
	if digits {
		if inSet(ordinalEndings, rest) {
			t.ord = true
			return true
		}
		if inSet(dayDigitEndings, rest) {
			t.dayOrd = true
			return true
		}
	} else if inSet(dayWordEndings, rest) {
		t.dayOrd = true
		return true
	}
	if isApostrophe(p.text[q]) {
		q++
	}
	var buf [8]stem
	ss := lex.stems(p.text, q, we, buf[:0])
	for i := len(ss) - 1; i >= 0; i-- {
		s := ss[i]
		switch s.e.cat {
		case catMult:
			if p.unitTail(t, s.end, we) {
				t.mult = s.e
				return true
			}
			t.unit, t.sfx = nil, 0
		case catClass, catUnit, catDur, catCur, catPct:
			if n, ok := p.ending(s.e, s.end, we); ok {
				t.unit, t.sfx = s.e, n
				return true
			}
		}
	}
	if digits && inSet(caseEndings, rest) {
		t.sfx = len(rest)
		return true
	}
	return false
}

// unitTail reads an optional glued classifier or unit and ending after a
// glued multiplier: দুশোটি, তিনশোর.
func (p *parser) unitTail(t *tok, q, we int) bool {
	if q == we {
		return true
	}
	if inSet(caseEndings, p.text[q:we]) {
		t.sfx = we - q
		return true
	}
	var buf [8]stem
	ss := lex.stems(p.text, q, we, buf[:0])
	for i := len(ss) - 1; i >= 0; i-- {
		s := ss[i]
		switch s.e.cat {
		case catClass, catUnit, catDur, catCur, catPct:
			if n, ok := p.ending(s.e, s.end, we); ok {
				t.unit, t.sfx = s.e, n
				return true
			}
		}
	}
	return false
}

// hyphenEnding takes in an ending written after a hyphen: ২০২৫-এর,
// ৫০০-এর, মে-তে, ১০-টি.
func (p *parser) hyphenEnding(t *tok) {
	i := t.end
	if t.sfx > 0 || t.ord || t.dayOrd || i+1 >= len(p.text) || p.text[i] != '-' || !isBengaliLetter(p.text[i+1]) {
		return
	}
	we := wordEnd(p.text, i+1)
	if t.kind == tNum && t.unit == nil && t.mult == nil {
		u := *t
		if p.numberTail(&u, i+1, we, true) && !u.ord {
			u.end = we
			*t = u
		} else if rest := p.text[i+1 : we]; inSet(caseEndings, rest) {
			// ১৫-য় is "at fifteen"; ২য় without the hyphen is "2nd".
			t.sfx, t.end = len(rest), we
		}
		return
	}
	if t.kind == tWord && inSet(caseEndings, p.text[i+1:we]) {
		t.sfx = we - i - 1
		t.end = we
	}
}

// latinWord reports whether rs spells the lower-case ASCII word w in
// either case.
func latinWord(rs []rune, w string) bool {
	if len(rs) != len(w) {
		return false
	}
	for i, r := range rs {
		if r >= 'A' && r <= 'Z' {
			r += 'a' - 'A'
		}
		if r != rune(w[i]) {
			return false
		}
	}
	return true
}
