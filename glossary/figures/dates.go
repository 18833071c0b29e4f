package figures

import (
	"strconv"
	"time"
)

func daysIn(y, m int) int {
	switch m {
	case 2:
		if isLeap(y) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

func validDate(y, m, d int) bool {
	return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m)
}

// dayOf reads a day of the month: ১২, ০৩, ১২ই, ২১শে, একুশে, পহেলা.
func dayOf(t *tok) (int, bool) {
	var v int64
	switch {
	case t.kind == tNum:
		if t.grouped || t.nfrac > 0 || t.mult != nil || t.unit != nil || t.ord || t.ndig > 2 || t.sfx > 0 {
			return 0, false
		}
		v = t.val.m
	case t.is(catNum) && t.mult == nil && t.unit == nil:
		n, ok := t.val.int()
		if !ok {
			return 0, false
		}
		v = n
	case t.is(catDayWord):
		v = int64(t.e.n)
	default:
		return 0, false
	}
	return int(v), v >= 1 && v <= 31
}

// yearOf reads a year written in four digits.
func yearOf(t *tok) (int, bool) {
	if t.kind != tNum || t.ndig != 4 || t.grouped || t.nfrac > 0 || t.mult != nil || t.unit != nil || t.ord || t.dayOrd {
		return 0, false
	}
	return int(t.val.m), t.val.m >= 1000 && t.val.m <= 2999
}

func appendISO(b []byte, y, m, d int) []byte {
	b = appendPadded(b, y, 4)
	b = append(b, '-')
	b = appendPadded(b, m, 2)
	b = append(b, '-')
	return appendPadded(b, d, 2)
}

// appendDayMonth writes "12 July".
func appendDayMonth(b []byte, d int, m time.Month) []byte {
	b = appendPadded(b, d, 1)
	b = append(b, ' ')
	return append(b, m.String()...)
}

// appendLong writes "Saturday, 12 July 2025".
func appendLong(b []byte, y, m, d int) []byte {
	b = append(b, time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Weekday().String()...)
	b = append(b, ", "...)
	b = appendDayMonth(b, d, time.Month(m))
	b = append(b, ' ')
	return appendPadded(b, y, 1)
}

func fullDate(y, m, d int) (value, gloss string) {
	var buf [48]byte
	b := appendISO(buf[:0], y, m, d)
	n := len(b)
	return splitString(appendLong(b, y, m, d), n)
}

// valueGloss makes one string of v and g and returns its two halves.
func valueGloss(v, g []byte) (value, gloss string) {
	var buf [128]byte
	return splitString(append(append(buf[:0], v...), g...), len(v))
}

// splitString returns b as two strings, cut at n, that share one
// allocation: every figure found has a value and a gloss, and most are
// a few bytes each.
func splitString(b []byte, n int) (string, string) {
	s := string(b)
	return s[:n], s[n:]
}

// monthDay writes --MM-DD, a day of a month in no particular year.
func appendMonthDay(b []byte, m, d int) []byte {
	b = append(b, "--"...)
	b = appendPadded(b, m, 2)
	b = append(b, '-')
	return appendPadded(b, d, 2)
}

// date reads a date starting the window.
func (p *parser) date() result {
	t := p.at(0)
	switch {
	case t.kind == tDate:
		k := 1
		if p.at(1).is(catEra) {
			k = 2
		}
		v, g := fullDate(t.y, t.mo, t.d)
		return result{k: k, kind: "date", value: v, gloss: g, y: t.y, mo: t.mo, d: t.d}
	case t.is(catWeekday):
		// A weekday is its own figure even right before a date: the two
		// are glossed separately.
		name := time.Weekday(t.e.n).String()
		return result{k: 1, kind: "date", value: name, gloss: name}
	case t.is(catMonth):
		return p.monthFirst(t)
	case t.is(catBMonth):
		return p.bengaliMonthFirst(t)
	case t.isPunct('\'') || t.isPunct('’'):
		return p.apostropheYear(t)
	}
	if y, ok := twoDigitYear(t); ok {
		if e := p.at(1); t.sfx == 0 && e.is(catEra) {
			s := strconv.Itoa(y)
			return result{k: 2, kind: "date", value: s, gloss: s}
		}
	}
	if d, ok := dayOf(t); ok {
		return p.dayFirst(d)
	}
	if y, ok := yearOf(t); ok {
		return p.yearFirst(t, y)
	}
	return result{}
}

// twoDigitYear reads a year written in two digits: ৭১ সালে is 1971, ২৪
// সালের 2024. Bengali news writes the century only when it is unclear,
// so the nearer reading wins: 00–40 are this century (targets such as
// ৩০ সালের মধ্যে included), 41–99 the last.
func twoDigitYear(t *tok) (int, bool) {
	if t.kind != tNum || t.ndig != 2 {
		return 0, false
	}
	v, ok := t.plainInt()
	if !ok {
		return 0, false
	}
	if v <= 40 {
		return 2000 + int(v), true
	}
	return 1900 + int(v), true
}

// apostropheYear reads '৭১ and ’৭১-এর: the year with its century cut off.
func (p *parser) apostropheYear(ap *tok) result {
	t := p.at(1)
	y, ok := twoDigitYear(t)
	if !ok || t.start != ap.end {
		return result{}
	}
	k := 2
	if e := p.at(2); t.sfx == 0 && e.is(catEra) {
		k = 3
	} else if t.sfx == 0 {
		return result{} // '১০ জন' is a number in quotes
	}
	s := strconv.Itoa(y)
	return result{k: k, kind: "date", value: s, gloss: s}
}

// bengaliMonthFirst reads শ্রাবণ ৫, ১৪৩২: a Bengali month needs a day and
// a year after it to be a date.
func (p *parser) bengaliMonthFirst(m *tok) result {
	if m.sfx > 0 {
		return result{}
	}
	t := p.at(1)
	d, ok := dayOf(t)
	if !ok || t.kind != tNum {
		return result{}
	}
	if _, _, ok := p.yearAfter(2, m); !ok {
		return result{}
	}
	return p.bengaliDay(2, m, d)
}

// yearAfter reads an optional year (with its era word) at token k, after
// the month token m.
func (p *parser) yearAfter(k int, m *tok) (y, next int, ok bool) {
	if m.sfx > 0 {
		return 0, k, false
	}
	kk := k
	if p.at(kk).isPunct(',') {
		kk++
	}
	t := p.at(kk)
	y, ok = yearOf(t)
	if !ok {
		return 0, k, false
	}
	kk++
	// A Bengali year may be called সন or সাল too; a Gregorian one is never বঙ্গাব্দ.
	if e := p.at(kk); t.sfx == 0 && (e.is(catEra) || e.is(catBEra) && m.e.cat == catBMonth) {
		kk++
	}
	return y, kk, true
}

// dayFirst reads ১২ই জুলাই ২০২৫, ১২ জুলাই, ১২-১৫ জুলাই, ২ অগ্রহায়ণ ১৪৩২.
func (p *parser) dayFirst(d int) result {
	k, d2 := 1, 0
	if j := p.at(1); j.isPunct('-') || j.is(catFrom) && j.sfx == 0 {
		if dd, ok := dayOf(p.at(2)); ok && dd > d {
			d2, k = dd, 3
		}
	}
	m := p.at(k)
	k++
	switch {
	case m.is(catMonth):
		return p.gregorianDay(k, m, d, d2)
	case m.is(catBMonth) && d2 == 0:
		return p.bengaliDay(k, m, d)
	}
	return result{}
}

// gregorianDay reads the year, if any, after day d (or days d–d2) and
// month m.
func (p *parser) gregorianDay(k int, m *tok, d, d2 int) result {
	mo := m.e.n
	y, k, hasYear := p.yearAfter(k, m)
	if !hasYear {
		y = 2024 // a leap year, so that 29 February passes
	}
	if !validDate(y, mo, max(d, d2)) {
		return result{}
	}
	r := result{k: k, kind: "date"}
	var vb, gb [64]byte
	v, g := vb[:0], gb[:0]
	switch {
	case d2 > 0:
		r.kind = "range"
		if hasYear {
			v = appendISO(v, y, mo, d)
			v = append(v, '/')
			v = appendISO(v, y, mo, d2)
		} else {
			v = appendMonthDay(v, mo, d)
			v = append(v, '/')
			v = appendMonthDay(v, mo, d2)
		}
		g = appendPadded(g, d, 1)
		g = append(g, "–"...)
		g = appendDayMonth(g, d2, time.Month(mo))
		if hasYear {
			g = append(g, ' ')
			g = appendPadded(g, y, 1)
		}
	case hasYear:
		v = appendISO(v, y, mo, d)
		g = appendLong(g, y, mo, d)
		r.y, r.mo, r.d = y, mo, d
	default:
		v = appendMonthDay(v, mo, d)
		g = appendDayMonth(g, d, time.Month(mo))
		r.mo, r.d = mo, d
	}
	r.value, r.gloss = valueGloss(v, g)
	return r
}

// bengaliDay converts day d of Bengali month m, with the year after it if
// there is one, to the Gregorian date.
func (p *parser) bengaliDay(k int, m *tok, d int) result {
	mo := m.e.n
	var vb, gb [80]byte
	v, g := vb[:0], gb[:0]
	y, k, hasYear := p.yearAfter(k, m)
	if hasYear {
		t, ok := bengaliToGregorian(y, mo, d)
		if !ok || y >= 2000 { // a Gregorian year after a Bengali month is a slip, not a date
			return result{}
		}
		v = appendISO(v, t.Year(), int(t.Month()), t.Day())
		g = appendLong(g, t.Year(), int(t.Month()), t.Day())
	} else {
		gm, gd, ok := bengaliDayMonth(mo, d)
		if !ok {
			return result{}
		}
		v = appendMonthDay(v, int(gm), gd)
		g = appendDayMonth(g, gd, gm)
	}
	g = append(g, " ("...)
	g = appendPadded(g, d, 1)
	g = append(g, ' ')
	g = append(g, bengaliMonthNames[mo]...)
	if hasYear {
		g = append(g, ' ')
		g = appendPadded(g, y, 1)
	}
	g = append(g, ')')
	value, gloss := valueGloss(v, g)
	return result{k: k, kind: "date", value: value, gloss: gloss}
}

// monthFirst reads জুলাই ১২, ২০২৫; জুলাই ২০২৫; জুলাই মাসে; জুলাই.
func (p *parser) monthFirst(m *tok) result {
	mo := m.e.n
	if m.sfx == 0 {
		if t := p.at(1); t.kind == tNum {
			if d, ok := dayOf(t); ok {
				if y, kk, ok := p.yearAfter(2, m); ok && validDate(y, mo, d) {
					v, g := fullDate(y, mo, d)
					return result{k: kk, kind: "date", value: v, gloss: g, y: y, mo: mo, d: d}
				}
			}
		}
		if y, kk, ok := p.yearAfter(1, m); ok {
			return monthYear(kk, y, mo)
		}
	}
	if mo == 3 && p.prevWordIs("লং") {
		return result{} // লং মার্চ, a protest march
	}
	k := 1
	if t := p.at(1); m.sfx == 0 && t.is(catDur) && t.e.n == unitMonth && t.bare() {
		k = 2 // জুলাই মাসে
	}
	return result{k: k, kind: "date", value: monthOnly[mo], gloss: time.Month(mo).String()}
}

var monthOnly = [13]string{"", "--01", "--02", "--03", "--04", "--05", "--06", "--07", "--08", "--09", "--10", "--11", "--12"}

// monthYear is a month of a year: 2025-07, "July 2025".
func monthYear(k, y, m int) result {
	var vb, gb [32]byte
	v := appendPadded(vb[:0], y, 4)
	v = append(v, '-')
	v = appendPadded(v, m, 2)
	g := append(gb[:0], time.Month(m).String()...)
	g = append(g, ' ')
	g = appendPadded(g, y, 1)
	value, gloss := valueGloss(v, g)
	return result{k: k, kind: "date", value: value, gloss: gloss}
}

// yearFirst reads ২০২৩ সালে, ২০২৩ সালের জুলাই মাসে, ২০২৫-এর, ১৪৩২ বঙ্গাব্দ.
func (p *parser) yearFirst(t *tok, y int) result {
	e := p.at(1)
	switch {
	case t.sfx == 0 && e.is(catEra):
		if e.sfx > 0 {
			if m := p.at(2); m.is(catMonth) {
				k := 3
				if u := p.at(3); m.sfx == 0 && u.is(catDur) && u.e.n == unitMonth && u.bare() {
					k = 4
				}
				return monthYear(k, y, m.e.n)
			}
			if d, ok := dayOf(p.at(2)); ok {
				if m := p.at(3); m.is(catMonth) && validDate(y, m.e.n, d) {
					v, g := fullDate(y, m.e.n, d)
					return result{k: 4, kind: "date", value: v, gloss: g, y: y, mo: m.e.n, d: d}
				}
			}
		}
		s := strconv.Itoa(y)
		return result{k: 2, kind: "date", value: s, gloss: s}
	case t.sfx == 0 && e.is(catBEra):
		// A Bengali year alone runs across two Gregorian years.
		g := y + bengaliEpoch
		return result{k: 2, kind: "number", value: strconv.Itoa(y),
			gloss: "Bengali year " + strconv.Itoa(y) + " (" + strconv.Itoa(g) + "–" + strconv.Itoa(g+1) + ")"}
	case t.sfx > 0 && y >= 1900 && y <= 2100:
		s := strconv.Itoa(y)
		return result{k: 1, kind: "date", value: s, gloss: s}
	}
	return result{}
}

// prevWordIs reports whether the word before the window is w.
func (p *parser) prevWordIs(w string) bool {
	j := p.toks[0].start
	for j > 0 && p.text[j-1] == ' ' {
		j--
	}
	end := j
	for j > 0 && isWordRune(p.text[j-1]) {
		j--
	}
	i := 0
	for _, r := range w {
		if j+i >= end || p.text[j+i] != r {
			return false
		}
		i++
	}
	return j+i == end
}
