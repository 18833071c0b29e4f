package figures

// Reading the number itself: digits and number words combined with
// multipliers, fractions and a decimal point written as a word.

// amount is a number read from one or more tokens: ৪ হাজার ৭০০,
// এক কোটি ৫০ লাখ, সাড়ে তিন হাজার, দেড়শো.
type amount struct {
	v        dec
	lead     dec   // the first number before its multipliers (২৫ of ২৫ হাজার)
	mag      int64 // the product of the first group's multipliers
	end      int   // the token after the amount
	unit     *entry
	weak     uint8
	mults    int
	vague    string // "thousands" for হাজার হাজার
	ord      bool
	dayOrd   bool
	inflect  bool // the last token carries a case ending: nothing more may follow but a qualifier
	plain    bool // a single token of bare digits
	yearlike bool // bare digits that read as a year: 4 digits, 1000–2999
	digits   bool // the first number is written in digits
	twoDigit bool // bare digits of length two (the ২৭ of ২০২৬-২৭)
	lead0    bool
}

// atomOf returns the number a token stands for before multipliers.
func atomOf(t *tok) (dec, uint8, bool) {
	switch {
	case t.kind == tNum:
		return t.val, 0, true
	case t.is(catNum):
		return t.val, t.e.weak, true
	}
	return dec{}, 0, false
}

// amount reads a number starting at token k. A Bengali number is a sum of
// groups, each a small number times multipliers, largest first; a
// multiplier larger than all before it multiplies the whole sum
// (১০ হাজার ৫০০ কোটি is 10,500 crore).
func (p *parser) amount(k int) (amount, bool) {
	var a amount
	t := p.at(k)
	if t.is(catVague) {
		return amount{v: t.e.val, end: k + 1, vague: t.e.one, inflect: t.sfx > 0}, true
	}
	if t.is(catMult) && t.sfx == 0 {
		if n := p.at(k + 1); n.is(catMult) && n.e.val == t.e.val {
			return amount{v: t.e.val, end: k + 2, vague: redupGloss(t.e.val), inflect: n.sfx > 0}, true
		}
	}
	var total dec
	var largest, lastMag int64 // the largest multiplier so far, and the last group's
	for first := true; ; first = false {
		start := k
		t := p.at(k)
		var shift *entry
		if t.is(catFrac) && t.sfx == 0 {
			shift = t.e
			k++
			t = p.at(k)
		}
		cur, weak, ok := atomOf(t)
		bareMult := false
		if !ok {
			if !first || shift != nil || !t.is(catMult) || !t.e.start {
				if first {
					return a, false
				}
				k = start
				break
			}
			// A multiplier standing for one of itself, which needs a unit
			// to be a figure: হাজার কোটি টাকা, শত বছরের.
			cur, weak, bareMult = decInt(1), weakNeedsUnit, true
		}
		if t.ord || t.dayOrd {
			if !first || shift != nil {
				k = start
				break
			}
			v, isInt := cur.int()
			if !isInt || v <= 0 {
				return a, false
			}
			return amount{v: cur, end: k + 1, ord: t.ord, dayOrd: t.dayOrd}, true
		}
		if f, n, ok := p.pointFraction(k, t); ok {
			// ৩৮ দশমিক ৫: what is glued to the fraction (বিলিয়ন, টি, -এর) counts.
			if cur, ok = cur.add(f); !ok {
				return a, false
			}
			k += n
			t = p.at(k)
			weak = 0 // শূন্য দশমিক ৪৫ is a figure whatever follows
		}
		if shift != nil {
			if _, isInt := cur.int(); !isInt || cur.sign() <= 0 {
				return a, false
			}
			if cur, ok = cur.add(shift.val); !ok {
				return a, false
			}
		}
		if !first && (cur.sign() <= 0 || cur.cmp(decInt(lastMag)) >= 0) {
			k = start // not part of this number: ১৫ হাজার ২০২৫ সালে
			break
		}
		atom, group := cur, cur
		var mag int64 = 1 // this group's multipliers
		mults, wrapped := 0, false
		last, next := t, t.mult
		if bareMult {
			next = t.e
		}
		k++
	multipliers:
		for {
			if next == nil {
				n := p.at(k)
				if last.unit != nil || last.sfx > 0 || !n.is(catMult) {
					break
				}
				next, last = n.e, n
				k++
			}
			m := next.val.m
			next = nil
			if mag > decLimit/m {
				return a, false
			}
			switch {
			case m > largest:
				// A multiplier larger than any before takes in everything
				// read so far: ১০ হাজার ৫০০ কোটি is 10,500 crore.
				if total, ok = total.add(group); ok {
					total, ok = total.mul(m)
				}
				group, largest, wrapped = dec{}, m, true
			case wrapped:
				// লাখ হাজার: nothing left to multiply; the word is not ours.
				k--
				last = p.at(k - 1)
				break multipliers
			default:
				group, ok = group.mul(m)
			}
			if !ok {
				return a, false
			}
			mag *= m
			mults++
		}
		if first && weak == weakNeedsMultiple {
			// কয়েক হাজার: several thousand.
			if mults == 0 || shift != nil || last.unit != nil {
				return a, false
			}
			return amount{v: decInt(mag), end: k, vague: "several " + multName(mag), inflect: last.sfx > 0}, true
		}
		if !first && !wrapped && group.cmp(decInt(lastMag)) >= 0 {
			k = start // ১৫ হাজার ২০ হাজার: two numbers, not one
			break
		}
		if total, ok = total.add(group); !ok {
			return a, false
		}
		if first {
			a.lead, a.mag = atom, mag
			a.weak = weak
			a.digits = p.at(start).kind == tNum || shift != nil && p.at(start+1).kind == tNum
			if mults > 0 && !bareMult {
				a.weak = 0
			}
			if tn := p.at(start); start == k-1 && tn.kind == tNum && mults == 0 {
				if v, ok := tn.plainInt(); ok {
					a.plain = true
					a.yearlike = tn.ndig == 4 && v >= 1000 && v <= 2999
					a.twoDigit = tn.ndig == 2
				}
				a.lead0 = tn.lead0
			}
		} else {
			a.plain, a.yearlike, a.twoDigit = false, false, false
		}
		a.mults += mults
		a.end = k
		a.unit = last.unit
		a.inflect = last.sfx > 0
		if a.unit != nil || a.inflect || mults == 0 {
			break
		}
		if wrapped {
			lastMag = largest
		} else {
			lastMag = mag
		}
	}
	a.v = total
	return a, true
}

// pointFraction reads the decimals of a number whose decimal point is
// written as a word: ৩৮ দশমিক ৫ is 38.5, ২ দশমিক ০৫ is 2.05, শূন্য
// দশমিক ৪৫ is 0.45, তিন দশমিক পাঁচ is 3.5. It returns the fraction and
// how many tokens on from k its last token is.
func (p *parser) pointFraction(k int, t *tok) (dec, int, bool) {
	switch {
	case t.kind == tNum:
		if t.nfrac > 0 || !t.bare() || t.sfx > 0 || t.ord {
			return dec{}, 0, false
		}
	case t.is(catNum):
		if _, isInt := t.val.int(); !isInt || !t.bare() || t.sfx > 0 || t.e.weak == weakNeedsMultiple {
			return dec{}, 0, false
		}
	default:
		return dec{}, 0, false
	}
	if pt := p.at(k + 1); !pt.is(catPoint) || pt.sfx > 0 {
		return dec{}, 0, false
	}
	f := p.at(k + 2)
	if f.kind == tNum {
		if f.grouped || f.nfrac > 0 || f.ord || f.dayOrd || f.ndig > 6 {
			return dec{}, 0, false
		}
		return dec{m: f.val.m, e: int8(f.ndig)}, 2, true
	}
	// Decimals in words are read digit by digit, and may mix in digits:
	// দশমিক চার পাঁচ is .45, দশমিক শূন্য ৩ is .03.
	var m int64
	n, digits := 0, 0
	for ; n < 6 && digits < 6; n++ {
		w := p.at(k + 2 + n)
		if w.kind == tNum && n > 0 {
			if w.grouped || w.nfrac > 0 || w.ord || w.dayOrd || w.mult != nil || digits+w.ndig > 6 {
				break
			}
			m = m*pow10[w.ndig] + w.val.m
			digits += w.ndig
			n++
			break
		}
		v, isInt := w.val.int()
		if !w.is(catNum) || !isInt || v > 9 || w.e.weak == weakNeedsMultiple || w.dayOrd {
			break
		}
		m = m*10 + v
		digits++
		if w.mult != nil || w.unit != nil || w.sfx > 0 {
			n++
			break
		}
	}
	if n == 0 {
		return dec{}, 0, false
	}
	return dec{m: m, e: int8(digits)}, n + 1, true
}

// redupGloss names a doubled multiplier: হাজার হাজার is "thousands".
func redupGloss(v dec) string {
	switch v.m {
	case 100:
		return "hundreds"
	case 1000:
		return "thousands"
	case 1e5:
		return "hundreds of thousands"
	case 1e6:
		return "millions"
	case 1e7:
		return "tens of millions"
	case 1e9:
		return "billions"
	case 1e12:
		return "trillions"
	}
	return "many"
}

// multName names a multiplier after কয়েক ("several thousand").
func multName(v int64) string {
	switch v {
	case 100:
		return "hundred"
	case 1000:
		return "thousand"
	case 1e5:
		return "hundred thousand"
	case 1e6:
		return "million"
	case 1e7:
		return "ten million"
	case 1e9:
		return "billion"
	}
	return decInt(v).human()
}
