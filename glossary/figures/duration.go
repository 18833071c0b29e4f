package figures

// Durations are written as ISO 8601 durations (FORMAT.md): তিন বছর is
// P3Y, ২ ঘণ্টা ৪০ মিনিট PT2H40M, দেড় ঘণ্টা PT1H30M.

// durUnit is the time unit a catDur word names.
type durUnit uint8

const (
	durNone durUnit = iota
	durYear
	durMonth
	durWeek
	durDay
	durHour
	durMinute
	durSecond
	durDecade
	durCentury
)

// isoField is a designator of an ISO 8601 duration, in the order written.
type isoField uint8

const (
	isoY isoField = iota
	isoMo
	isoW
	isoD
	isoH
	isoMin
	isoS
	isoFields
)

var isoDesignator = [isoFields]byte{'Y', 'M', 'W', 'D', 'H', 'M', 'S'}

// field is where a unit goes and how many of that field one unit is.
func (u durUnit) field() (isoField, int64) {
	switch u {
	case durYear:
		return isoY, 1
	case durMonth:
		return isoMo, 1
	case durWeek:
		return isoW, 1
	case durDay:
		return isoD, 1
	case durHour:
		return isoH, 1
	case durMinute:
		return isoMin, 1
	case durSecond:
		return isoS, 1
	case durDecade:
		return isoY, 10
	case durCentury:
		return isoY, 100
	}
	return isoS, 0
}

// finer is the field a fraction of f is written in, and how many of it
// make one f; a fraction of a month or week stays a decimal fraction.
func (f isoField) finer() (isoField, int64) {
	switch f {
	case isoY:
		return isoMo, 12
	case isoD:
		return isoH, 24
	case isoH:
		return isoMin, 60
	case isoMin:
		return isoS, 60
	}
	return f, 0
}

// isoDuration holds the fields of a duration being built.
type isoDuration struct {
	v   [isoFields]dec
	set [isoFields]bool
}

// add adds n units of u; it fails only on absurd sizes.
func (d *isoDuration) add(n dec, u durUnit) bool {
	f, per := u.field()
	if per == 0 {
		return false
	}
	n, ok := n.mul(per)
	if !ok {
		return false
	}
	for n.sign() >= 0 {
		n = n.norm()
		whole, frac := n, dec{}
		if n.e > 0 {
			whole = dec{m: n.m / pow10[n.e]}
			frac = dec{m: n.m % pow10[n.e], e: n.e}
		}
		g, k := f.finer()
		var fk dec
		if frac.sign() != 0 && k > 0 {
			if fk, ok = frac.mul(k); ok {
				if _, isInt := fk.int(); !isInt {
					ok = false
				}
			}
		}
		if frac.sign() != 0 && !ok || frac.sign() != 0 && k == 0 {
			whole = n // a decimal fraction in this field: P1.5M
			frac = dec{}
		}
		if whole.sign() != 0 || frac.sign() == 0 { // দেড় ঘণ্টা is PT1H30M, আধা ঘণ্টা PT30M
			if d.v[f], ok = d.v[f].add(whole); !ok {
				return false
			}
			d.set[f] = true
		}
		if frac.sign() == 0 {
			return true
		}
		f, n = g, fk
	}
	return false
}

// appendTo writes the duration: P3Y, PT2H40M, P1DT12H.
func (d *isoDuration) appendTo(b []byte) []byte {
	b = append(b, 'P')
	for f := isoY; f < isoFields; f++ {
		if !d.set[f] {
			continue
		}
		if f >= isoH && !d.anyTimeBefore(f) {
			b = append(b, 'T')
		}
		b = d.v[f].appendPlain(b)
		b = append(b, isoDesignator[f])
	}
	return b
}

// anyTimeBefore reports whether a time field before f is set, so that
// the T is written once.
func (d *isoDuration) anyTimeBefore(f isoField) bool {
	for g := isoH; g < f; g++ {
		if d.set[g] {
			return true
		}
	}
	return false
}

// durPart is one number and unit of a compound duration.
type durPart struct {
	v    dec
	unit *entry
}

// isoOf writes the parts as one ISO 8601 duration.
func isoOf(b []byte, parts []durPart) ([]byte, bool) {
	var d isoDuration
	for _, p := range parts {
		if !d.add(p.v, p.unit.dur) {
			return b, false
		}
	}
	return d.appendTo(b), true
}
