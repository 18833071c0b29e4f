package figures

// hourOf reads the hour of ৯টা, দশটায়, ১০ (before পিএম).
func hourOf(t *tok) (int, bool) { return clockPart(t, unitTa, 24) }

// minuteOf reads the minutes of ৪টা ৩০ মিনিটে.
func minuteOf(t *tok) (int, bool) { return clockPart(t, unitMinute, 59) }

// clockPart reads a small whole number, bare or with the given unit, of
// at most max: one part of a time of day.
func clockPart(t *tok, unit int, max int64) (int, bool) {
	if t.mult != nil || t.dayOrd || t.unit != nil && t.unit.n != unit {
		return 0, false
	}
	switch {
	case t.kind == tNum:
		if t.grouped || t.nfrac > 0 || t.ord || t.ndig > 2 {
			return 0, false
		}
	case !t.is(catNum):
		return 0, false
	}
	v, ok := t.val.int()
	return int(v), ok && v >= 0 && v <= max
}

// clock reads a time of day: ১০:২৩:১৬ অপরাহ্ন, ০৭:২২ পিএম,
// বিকেল ৪টা ৩০ মিনিটে, সকাল সাড়ে ৯টা, রাত ১১টা, ৯টায়.
func (p *parser) clock() result {
	k := 0
	// tod is the part of the day named before the time, or carried from
	// the first time of a range (বিকেল ৩টা থেকে ৫টা); it makes a bare ৫টা
	// a time. A part of the day named earlier in the sentence (রাতে …
	// ৯টা ৩০ মিনিটে) only turns the hour into 24-hour time.
	tod, named := p.inherit, (*entry)(nil)
	if t := p.at(k); t.is(catTOD) {
		tod, named = t.e, t.e
		k++
	}
	var shift *entry
	if t := p.at(k); t.is(catFrac) && t.sfx == 0 {
		shift = t.e
		k++
	}
	t := p.at(k)
	k++
	var h, m, s, ampm int
	sec := false
	switch {
	case t.kind == tTime && shift == nil:
		h, m, s, sec, ampm = t.h, t.m, t.s, t.sec, t.ampm
		if u := p.at(k); u.is(catDur) && u.e.n == unitMinute && u.bare() {
			k++ // ১০:৩০ মিনিটে
		}
	case t.kind == tNum && t.nfrac == 2 && t.ndig <= 2 && !t.grouped && t.mult == nil && t.unit == nil && tod != nil && shift == nil:
		// রাত ১১.৩০: after a part of the day, a dot separates the minutes.
		h, m = int(t.val.m/100), int(t.val.m%100)
		if u := p.at(k); u.is(catDur) && u.e.n == unitMinute && u.bare() {
			k++
		}
	default:
		hv, ok := hourOf(t)
		if !ok {
			return result{}
		}
		h = hv
		oclock := t.unit != nil
		at := oclock && t.sfx > 0 // ৯টায়, "at nine"
		if !oclock && t.sfx == 0 {
			if u := p.at(k); u.is(catClass) && u.e.n == unitTa && u.bare() {
				oclock, at = true, u.sfx > 0
				k++
			}
		}
		minutes := false
		past := false // ১০টা বেজে ২০ মিনিটে
		if b := p.at(k); oclock && !at && b.is(catPast) && b.sfx == 0 {
			past = true
			k++
		}
		if mt := p.at(k); oclock && !at {
			if mv, ok := minuteOf(mt); ok {
				switch u := p.at(k + 1); {
				case mt.unit != nil:
					m, minutes = mv, true
					k++
				case mt.sfx == 0 && u.is(catDur) && u.e.n == unitMinute && u.bare():
					m, minutes = mv, true
					k += 2
				case !past && mt.kind == tNum && mt.ndig == 2 && (te(t, p.at(k-1)) || tod != nil || mt.sfx > 0) &&
					(mt.sfx > 0 || !u.is(catMult) && !(u.kind == tWord && isUnitCat(u.e.cat))):
					// ৩টে ১৫, সকাল ১০টা ৩০, ৩টে ১৫-তে: minutes without মিনিট,
					// when nothing after them makes them a count.
					m, minutes = mv, true
					k++
				}
			}
		}
		if past && !minutes {
			return result{}
		}
		if u := p.at(k); u.is(catAMPM) && (oclock || t.kind == tNum) {
			ampm = u.e.n
			k++
		}
		switch {
		case !oclock && ampm == 0:
			return result{}
		case tod == nil && shift == nil && !at && !minutes && ampm == 0:
			return result{} // ৯টা alone is nine things
		case shift != nil && minutes:
			return result{}
		case shift != nil:
			switch shift.val.m {
			case 5: // সাড়ে
				m = 30
			case 25: // সোয়া
				m = 15
			default: // পৌনে: a quarter to
				h, m = h-1, 45
				if h <= 0 {
					h += 12 // পৌনে ১টা is 12:45
				}
			}
		}
	}
	if ampm == 0 {
		if u := p.at(k); u.is(catAMPM) {
			ampm = u.e.n
			k++
		}
	}
	if tod == nil {
		tod = p.carry
	}
	h = dayPart(h, tod, ampm)
	if h > 24 || m > 59 || s > 59 || h == 24 && (m > 0 || s > 0) {
		return result{}
	}
	var buf [8]byte
	b := appendPadded(buf[:0], h, 2)
	b = append(b, ':')
	b = appendPadded(b, m, 2)
	if sec {
		b = append(b, ':')
		b = appendPadded(b, s, 2)
	}
	v := string(b)
	return result{k: k, kind: "time", value: v, gloss: v, h: h, mi: m, tod: named}
}

// te reports whether the hour was written with the West Bengal টে
// (৩টে), glued or apart.
func te(hour, next *tok) bool {
	return hour.unit != nil && hour.unit.te || next.kind == tWord && next.e.te
}

// dayPart turns a 12-hour clock hour into a 24-hour one, from am/pm or the
// part of the day named before it.
func dayPart(h int, tod *entry, ampm int) int {
	if h > 12 {
		return h
	}
	switch ampm {
	case ampmPM:
		if h < 12 {
			h += 12
		}
		return h
	case ampmAM:
		if h == 12 {
			h = 0
		}
		return h
	}
	if tod == nil {
		return h
	}
	switch tod.n {
	case todNoon: // দুপুর ১২টা is noon, দুপুর ২টা is 14:00
		if h >= 1 && h <= 5 {
			h += 12
		}
	case todAfternoon, todEvening:
		if h < 12 {
			h += 12
		}
	case todNight: // রাত ১১টা is 23:00, রাত ২টা is 02:00, রাত ১২টা midnight
		switch {
		case h == 12:
			h = 0
		case h >= 6:
			h += 12
		}
	case todDay: // বেলা ১১টা, বেলা ২টা
		if h <= 6 {
			h += 12
		}
	}
	return h
}
