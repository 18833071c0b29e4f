package figures

// Everything around a number: qualifiers, signs, currencies, ranges and
// units, and the English gloss they make together.

// symbolCurrency returns the currency a sign written before digits stands for.
func symbolCurrency(r rune) string {
	switch r {
	case '$':
		return "USD"
	case '৳':
		return "BDT"
	case '€':
		return "EUR"
	case '£':
		return "GBP"
	case '₹':
		return "INR"
	case '₽':
		return "RUB"
	case '₩':
		return "KRW"
	}
	return ""
}

var currencyGloss = map[string]string{
	"USD": "US$", "BDT": "Tk ", "EUR": "€", "GBP": "£", "INR": "₹", "RUB": "₽", "KRW": "₩",
	"JPY": "¥", "CNY": "CN¥", "PKR": "PKR ",
}

// qty is a quantity being read: the amount and what surrounds it.
type qty struct {
	pre, post *entry // qualifiers before and after
	pctWord   bool   // শতকরা before the number
	neg       bool
	cur       string // ISO 4217 code
	pct       bool
	a, last   amount // the amount, and the last one read (the end of a range)
	lo, hi    dec
	isRange   bool
	unit      *entry
	glued     bool       // the unit was glued to the number: একটি, একদিন
	inflect   bool       // the last token read carries a case ending
	more      [3]durPart // the finer parts of a compound duration: the ৪০ মিনিট of ২ ঘণ্টা ৪০ মিনিট
	nmore     int
	paisa     bool   // টাকা with পয়সা: the amount has two decimals
	pound     bool   // পাউন্ড read as weight
	note      string // what was assumed: taka read as rupees
}

// quantity reads a number with what may surround it: a qualifier
// (প্রায়, অন্তত), a sign, a currency, a range, a unit, and a trailing
// qualifier (-এর বেশি, মতো). It gives a result only when it is longer
// than beat tokens, so that no gloss is written for a quantity a date or
// a time read further than (the ১২ of ১২ই জুলাই).
func (p *parser) quantity(beat int) result {
	var q qty
	k := p.prefixes(&q)
	a, ok := p.amount(k)
	if !ok {
		return result{}
	}
	q.a, q.last, q.lo = a, a, a.v
	k = a.end
	if a.vague != "" || a.ord || a.dayOrd {
		if k <= beat {
			return result{}
		}
		return p.roundOrOrdinal(&q, k)
	}
	if k, ok = p.rangeTail(&q, k); !ok {
		return result{}
	}
	k = p.unitAfter(&q, k)
	if !q.enough() {
		return result{}
	}
	k = p.durationTail(&q, k)
	if q.isRange && q.unit == nil && q.cur == "" && !q.pct && q.a.yearlike && q.last.plain {
		if t := p.at(k); t.is(catEra) || t.is(catFY) {
			k++ // ২০২৬-২৭ সালের, ২০২২-২৩ অর্থবছরে
		}
	}
	k = p.postQualifier(&q, k)
	if k <= beat {
		return result{}
	}
	return q.result(k)
}

// prefixes reads what may come before the number: প্রায়, শতকরা, মাইনাস
// or a minus sign, a currency sign. It returns the token after them.
func (p *parser) prefixes(q *qty) int {
	k := 0
	if t := p.at(k); t.is(catPre) && t.sfx == 0 {
		q.pre = t.e
		k++
	}
	if p.at(k).is(catPctPre) {
		q.pctWord = true
		k++
	}
	if p.at(k).is(catNeg) {
		q.neg = true
		k++
	} else if t := p.at(k); t.isPunct('-') {
		if n := p.at(k + 1); n.kind == tNum && n.start == t.end {
			q.neg = true
			k++
		}
	}
	if t := p.at(k); t.kind == tPunct {
		if q.cur = symbolCurrency(t.r); q.cur != "" {
			k++
		}
	}
	return k
}

// roundOrOrdinal finishes a vague quantity (হাজার হাজার) or an ordinal
// (১০ম, ১২ই), which take nothing around them.
func (p *parser) roundOrOrdinal(q *qty, k int) result {
	a := q.a
	if q.pre != nil || q.pctWord || q.neg || q.cur != "" {
		return result{}
	}
	if a.vague != "" {
		return result{k: k, kind: "number", value: a.v.String(), gloss: a.vague}
	}
	// A number word with a day ending (একুশে) is only ever a date.
	if v, _ := a.v.int(); a.ord || p.at(0).kind == tNum {
		return result{k: k, kind: "number", value: a.v.String(), gloss: ordinal(v)}
	}
	return result{}
}

// rangeTail reads the second half of a range: ২০২৬-২৭, ১০-১৫ জন,
// ২৫,০০০ থেকে ৩০,০০০, ২৫ থেকে ৩০ হাজার. It fails for what only looks
// like a range: a score (২-১) or a phone number.
func (p *parser) rangeTail(q *qty, k int) (int, bool) {
	a := q.a
	t := p.at(k)
	if a.unit != nil || a.inflect || !(t.isPunct('-') || t.is(catFrom) && t.sfx == 0) {
		return k, true
	}
	b, ok := p.amount(k + 1)
	if !ok || b.vague != "" || b.ord || b.dayOrd {
		return k, !(t.isPunct('-') && p.at(k+1).kind == tBad)
	}
	lo, hi := a.v, b.v
	if a.yearlike && b.twoDigit {
		// ২০২৬-২৭, ১৯৯৯-০০: the second year keeps the first one's century.
		if hi, ok = a.v.add(decInt(b.v.m - a.v.m%100)); ok && hi.cmp(lo) <= 0 {
			hi, ok = hi.add(decInt(100))
		}
	} else if a.mults == 0 && b.mults > 0 && lo.cmp(b.lead) < 0 {
		lo, ok = lo.mul(b.mag) // ২৫ থেকে ৩০ হাজার: both are thousands
	}
	if ok && hi.cmp(lo) > 0 && !a.lead0 && !(b.lead0 && !a.yearlike) {
		q.lo, q.hi, q.isRange, q.last = lo, hi, true, b
		return b.end, true
	}
	glued := t.isPunct('-') && t.start == p.toks[k-1].end && p.at(k+1).start == t.end
	return k, !glued
}

func isUnitCat(c cat) bool {
	return c == catClass || c == catUnit || c == catDur || c == catCur || c == catPct
}

// unitAfter reads the unit of the quantity, glued to the number or the
// next word: জন, কিলোমিটার, দিন, মার্কিন ডলার, শতাংশ, %.
func (p *parser) unitAfter(q *qty, k int) int {
	q.unit, q.inflect = q.last.unit, q.last.inflect
	q.glued = q.unit != nil
	if q.unit == nil && !q.inflect {
		t := p.at(k)
		switch {
		case t.is(catCurMod) && t.sfx == 0 && p.at(k+1).is(catCur) && p.at(k+1).e.n == t.e.n:
			// মার্কিন ডলার, ভারতীয় রুপি
			n := p.at(k + 1)
			q.cur, q.unit, q.inflect = t.e.code, n.e, n.sfx > 0
			k += 2
		case t.kind == tWord && t.bare() && isUnitCat(t.e.cat) && (!t.e.digitsOnly || q.a.digits):
			q.unit, q.inflect = t.e, t.sfx > 0
			k++
		case t.isPunct('%'):
			q.pct = true
			k++
		}
	}
	if t := p.at(k); q.unit != nil && q.unit.cat == catUnit && !q.inflect && t.is(catScale) {
		q.unit, q.inflect = t.e, t.sfx > 0 // ডিগ্রি সেলসিয়াস
		k++
	}
	if q.unit != nil {
		switch q.unit.cat {
		case catCur:
			switch {
			case q.cur != "":
			case q.unit.n == curTaka:
				tr := p.taka()
				q.cur, q.note = tr.code, tr.note
				k = p.paisa(q, k)
			case q.unit.n == curPound:
				if t := p.at(k); !q.inflect && t.is(catSterling) {
					q.cur, q.inflect = q.unit.code, t.sfx > 0
					k++
				} else if p.weighing() {
					q.pound = true // a pound of weight
				} else {
					q.cur = q.unit.code
				}
			default:
				q.cur = q.unit.code
			}
		case catPct:
			q.pct = true
		}
	}
	if q.pctWord {
		if t := p.at(k); !q.inflect && (t.is(catPctTail) || t.is(catPct)) {
			k++ // শতকরা ৪০ ভাগ
		}
		q.pct = true
	}
	return k
}

// enough checks that a number word that is also an ordinary word (এক as
// "a", নয় as "not") has what makes it a figure.
func (q *qty) enough() bool {
	if q.pctWord && (q.unit != nil && q.unit.cat != catPct || q.cur != "") {
		return false // শতকরা ৪০ টাকা is not a percentage of anything
	}
	if q.isRange {
		return true
	}
	measured := q.cur != "" || q.pct
	switch q.a.weak {
	case weakNeedsUnit:
		return q.unit != nil || measured
	case weakNeedsMeasure:
		return !q.glued && (q.unit != nil && q.unit.cat != catClass || measured)
	case weakNeedsMultiple:
		return false
	}
	return true
}

// postQualifier reads ৫০০-এর বেশি, হাজারেরও বেশি, ১০ জনের চেয়ে কম,
// ১০০ জনের মতো.
func (p *parser) postQualifier(q *qty, k int) int {
	t := p.at(k)
	switch {
	case t.is(catMore) || t.is(catLess) || t.is(catAbout):
		q.post = t.e
		return k + 1
	case t.is(catGen) || t.is(catThan) || t.is(catFrom) && t.sfx == 0:
		if n := p.at(k + 1); n.is(catMore) || n.is(catLess) {
			q.post = n.e
			return k + 2
		}
	}
	return k
}

func (q *qty) result(k int) result {
	if q.neg {
		q.lo.m, q.hi.m = -q.lo.m, -q.hi.m
		if q.isRange {
			q.lo, q.hi = q.hi, q.lo
		}
	}
	r := result{k: k}
	var vb [128]byte // the value, then the gloss after it
	v := q.lo.appendPlain(vb[:0])
	if q.paisa {
		v = q.lo.appendFixed2(vb[:0])
	}
	switch {
	case q.isRange && q.unit != nil && q.unit.cat == catDur:
		r.kind = "range"
		var ok1, ok2 bool
		v, ok1 = q.iso(vb[:0], q.lo, false)
		v = append(v, '/')
		v, ok2 = q.iso(v, q.hi, false)
		if !ok1 || !ok2 {
			v = q.lo.appendPlain(vb[:0])
			v = append(v, '/')
			v = q.hi.appendPlain(v)
		}
	case q.isRange:
		r.kind = "range"
		v = append(v, '/')
		v = q.hi.appendPlain(v)
	case q.pct:
		r.kind = "percent"
		v = append(v, '%')
	case q.cur != "":
		r.kind = "money"
		v = append(v, ' ')
		v = append(v, q.cur...)
	case q.unit != nil && q.unit.cat == catDur && q.post != nil && q.post.cat != catAbout:
		// ৫০০ দিনেরও বেশি: ISO 8601 has no "more than"; the bound stays in
		// the gloss and the value is the count, as the seed gold reads it.
		r.kind = "number"
	case q.unit != nil && q.unit.cat == catDur:
		if iso, ok := q.iso(vb[:0], q.lo, true); ok {
			r.kind, v = "duration", iso
		} else {
			r.kind = "number"
		}
	default:
		r.kind = "number"
	}
	r.value, r.gloss = splitString(q.appendGloss(v), len(v))
	if q.note != "" {
		r.gloss += " (" + q.note + ")"
	}
	return r
}

// paisa reads the পয়সা after টাকা: ৫৪ টাকা ২০ পয়সা is 54.20.
func (p *parser) paisa(q *qty, k int) int {
	if q.inflect || q.isRange || q.nmore > 0 {
		return k
	}
	t := p.at(k)
	ps, ok := t.plainInt()
	if !ok || t.ndig > 2 || ps >= 100 || !p.at(k+1).is(catPaisa) {
		return k
	}
	lo, ok := q.lo.mul(100)
	if !ok {
		return k
	}
	m, isInt := lo.int()
	if !isInt {
		return k
	}
	q.lo, q.paisa, q.inflect = dec{m: m + ps, e: 2}, true, p.at(k+1).sfx > 0
	return k + 2
}

// weighing reports whether the sentence around the window speaks of
// weight rather than money, so that পাউন্ড is a pound of weight.
func (p *parser) weighing() bool {
	i := p.toks[0].start
	for i > 0 && !isSentenceEnd(p.text[i-1]) {
		i--
	}
	for ; i < len(p.text) && !isSentenceEnd(p.text[i]); i++ {
		if i > 0 && isWordRune(p.text[i-1]) || !isBengaliLetter(p.text[i]) {
			continue
		}
		for _, w := range weightWords {
			if hasPrefixAt(p.text, i, w) {
				return true
			}
		}
	}
	return false
}

// weightWords begin the words that make পাউন্ড a weight: ওজন, কেজি,
// গ্রাম, আউন্স, and what is bought by weight in recipes and markets.
var weightWords = runeSet("ওজন কেজি কিলো গ্রাম আউন্স মাংস ময়দা চিনি আলু মাছ")

func hasPrefixAt(text []rune, i int, w []rune) bool {
	if i+len(w) > len(text) {
		return false
	}
	for k, r := range w {
		if text[i+k] != r {
			return false
		}
	}
	return true
}

func isSentenceEnd(r rune) bool {
	return r == '।' || r == '?' || r == '!' || r == '\n' || r == '\r'
}

// qualifier picks the phrase for the qualifiers: প্রায় … মতো is just
// "about"; কম is "fewer than" for counts and "less than" for amounts.
func (q *qty) qualifier() string {
	s := ""
	switch {
	case q.post != nil && (q.post.cat != catAbout || q.pre == nil):
		s = q.post.one
	case q.pre != nil:
		s = q.pre.one
	}
	count := q.cur == "" && !q.pct && q.lo.norm().e == 0 && (q.unit == nil || q.unit.cat == catClass)
	if s == "fewer than" && !count {
		s = "less than"
	}
	return s
}

func (q *qty) appendNum(b []byte, d dec) []byte {
	if q.paisa {
		return d.appendFixed2(b)
	}
	if q.a.yearlike && (!q.isRange || q.last.plain) && q.unit == nil && q.cur == "" && !q.pct {
		return d.appendPlain(b) // 2026, not 2,026
	}
	return d.appendHuman(b)
}

// appendGloss writes the quantity in English: "more than 6,000",
// "US$11.62 million", "10–15 people", "40%".
func (q *qty) appendGloss(b []byte) []byte {
	if s := q.qualifier(); s != "" {
		b = append(b, s...)
		b = append(b, ' ')
	}
	if q.cur != "" {
		if g, ok := currencyGloss[q.cur]; ok {
			b = append(b, g...)
		} else {
			b = append(b, q.cur...)
			b = append(b, ' ')
		}
	}
	b = q.appendNum(b, q.lo)
	if q.isRange {
		b = append(b, "–"...)
		b = q.appendNum(b, q.hi)
	}
	switch {
	case q.pct:
		b = append(b, '%')
	case q.cur != "":
	case q.unit != nil && q.unit.one != "":
		b = appendUnit(b, q.unit, q.isRange || q.lo.cmp(decInt(1)) != 0)
		for _, d := range q.more[:q.nmore] {
			b = append(b, ' ')
			b = d.v.appendHuman(b)
			b = appendUnit(b, d.unit, d.v.cmp(decInt(1)) != 0)
		}
	}
	return b
}

func appendUnit(b []byte, u *entry, plural bool) []byte {
	b = append(b, ' ')
	if plural {
		return append(b, u.many...)
	}
	return append(b, u.one...)
}

// iso writes n of the quantity's duration unit as ISO 8601, with the
// finer parts of a compound duration when all is set.
func (q *qty) iso(b []byte, n dec, all bool) ([]byte, bool) {
	parts := [4]durPart{{n, q.unit}}
	np := 1
	if all {
		np += copy(parts[1:], q.more[:q.nmore])
	}
	return isoOf(b, parts[:np])
}

// durationTail reads the finer parts of a compound duration:
// ২ ঘণ্টা ৪০ মিনিট, ৩ বছর ৬ মাস, ১ মিনিট ২০ সেকেন্ডে.
func (p *parser) durationTail(q *qty, k int) int {
	if q.unit == nil || q.unit.cat != catDur || q.isRange || q.inflect || q.neg || q.pre != nil && q.pre.one == "" {
		return k
	}
	last := q.unit
	for q.nmore < len(q.more) {
		a, ok := p.amount(k)
		if !ok || a.vague != "" || a.ord || a.dayOrd || a.weak != 0 && a.weak != weakNeedsMeasure {
			return k
		}
		u, end, inflect := a.unit, a.end, a.inflect
		if u == nil && !a.inflect {
			if t := p.at(end); t.kind == tWord && t.bare() && t.is(catDur) {
				u, inflect = t.e, t.sfx > 0
				end++
			}
		}
		if u == nil || u.cat != catDur || !finerUnit(u.dur, last.dur) {
			return k
		}
		q.more[q.nmore] = durPart{a.v, u}
		q.nmore++
		k, last = end, u
		if inflect {
			break
		}
	}
	return k
}

// finerUnit reports whether u is a smaller unit than v, as a compound
// duration goes: years, months, weeks, days, hours, minutes, seconds.
func finerUnit(u, v durUnit) bool {
	rank := func(d durUnit) int {
		switch d {
		case durCentury:
			return 0
		case durDecade:
			return 1
		}
		return int(d) + 1
	}
	return rank(u) > rank(v)
}
