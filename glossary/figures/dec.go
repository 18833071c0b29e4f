package figures

import "strconv"

// dec is an exact decimal, m × 10^-e. Figures need exact arithmetic:
// ১১.৬২ মিলিয়ন must come out as 11620000, not 11619999.999999998.
type dec struct {
	m int64
	e int8
}

// decLimit bounds mantissas so that no product or sum can overflow.
const decLimit = int64(1e17)

var pow10 = [...]int64{1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18}

func decInt(v int64) dec { return dec{m: v} }

func abs64(v int64) int64 {
	if v < 0 {
		return -v
	}
	return v
}

func (d dec) norm() dec {
	for d.e > 0 && d.m%10 == 0 {
		d.m /= 10
		d.e--
	}
	return d
}

// at returns the mantissa of d written with exponent e ≥ d.e.
func (d dec) at(e int8) (int64, bool) {
	diff := int(e) - int(d.e)
	if diff < 0 || diff >= len(pow10) {
		return 0, false
	}
	f := pow10[diff]
	if abs64(d.m) > decLimit/f {
		return 0, false
	}
	return d.m * f, true
}

func (d dec) add(o dec) (dec, bool) {
	d, o = d.norm(), o.norm()
	e := max(d.e, o.e)
	x, ok1 := d.at(e)
	y, ok2 := o.at(e)
	if !ok1 || !ok2 || abs64(x+y) > decLimit {
		return dec{}, false
	}
	return dec{x + y, e}.norm(), true
}

func (d dec) mul(k int64) (dec, bool) {
	d = d.norm()
	if k != 0 && abs64(d.m) > decLimit/abs64(k) {
		return dec{}, false
	}
	return dec{d.m * k, d.e}.norm(), true
}

// cmp compares d and o; both come from parsed text, so they always fit.
func (d dec) cmp(o dec) int {
	d, o = d.norm(), o.norm()
	e := max(d.e, o.e)
	x, ok1 := d.at(e)
	y, ok2 := o.at(e)
	if !ok1 || !ok2 {
		// Out of range only for absurd inputs; compare roughly.
		fx, fy := float64(d.m)/float64(pow10[min(int(d.e), 18)]), float64(o.m)/float64(pow10[min(int(o.e), 18)])
		switch {
		case fx < fy:
			return -1
		case fx > fy:
			return 1
		}
		return 0
	}
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}

func (d dec) sign() int {
	switch {
	case d.m < 0:
		return -1
	case d.m > 0:
		return 1
	}
	return 0
}

// int returns d as an integer when it is one.
func (d dec) int() (int64, bool) {
	d = d.norm()
	return d.m, d.e == 0
}

// String writes d plainly: 4700, 11.62, -5.
func (d dec) String() string {
	var buf [32]byte
	return string(d.appendPlain(buf[:0]))
}

// digits splits |d| into its integer and decimal digits.
func (d dec) digits(buf []byte) (intPart, frac []byte) {
	s := strconv.AppendInt(buf, abs64(d.m), 10)
	e := int(d.e)
	if e <= 0 {
		return s, nil
	}
	if len(s) <= e {
		// 0.05: pad with zeros, keeping them in buf's spare room when it has some.
		pad := make([]byte, 0, e+1)
		for i := len(s); i <= e; i++ {
			pad = append(pad, '0')
		}
		s = append(pad, s...)
	}
	return s[:len(s)-e], s[len(s)-e:]
}

func (d dec) appendPlain(b []byte) []byte {
	d = d.norm()
	if d.m < 0 {
		b = append(b, '-')
	}
	var buf [24]byte
	intPart, frac := d.digits(buf[:0])
	b = append(b, intPart...)
	if len(frac) > 0 {
		b = append(b, '.')
		b = append(b, frac...)
	}
	return b
}

// appendGrouped writes d with Western thousands separators: 1,234,567.5.
func (d dec) appendGrouped(b []byte) []byte {
	d = d.norm()
	if d.m < 0 {
		b = append(b, '-')
	}
	var buf [24]byte
	intPart, frac := d.digits(buf[:0])
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b = append(b, ',')
		}
		b = append(b, c)
	}
	if len(frac) > 0 {
		b = append(b, '.')
		b = append(b, frac...)
	}
	return b
}

var bigScales = [...]struct {
	e    int8
	name string
}{{12, "trillion"}, {9, "billion"}, {6, "million"}}

// appendHuman writes d for an English reader: 6,000, 11.62, 15 million,
// 2.5 billion. Millions and up read as words when that is exact with at
// most two decimals; otherwise every digit is kept.
func (d dec) appendHuman(b []byte) []byte {
	d = d.norm()
	if int(d.e) >= len(pow10) {
		return d.appendGrouped(b)
	}
	whole := abs64(d.m) / pow10[d.e]
	for _, s := range bigScales {
		if whole < pow10[s.e] {
			continue
		}
		if q := (dec{m: d.m, e: d.e + s.e}).norm(); q.e <= 2 {
			b = q.appendPlain(b)
			b = append(b, ' ')
			return append(b, s.name...)
		}
		break
	}
	return d.appendGrouped(b)
}

func (d dec) human() string {
	var buf [40]byte
	return string(d.appendHuman(buf[:0]))
}

// appendPadded writes v with at least width digits.
func appendPadded(b []byte, v, width int) []byte {
	var buf [20]byte
	s := strconv.AppendInt(buf[:0], int64(v), 10)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// ordinal writes 1st, 2nd, 3rd, 11th, 22nd.
func ordinal(n int64) string {
	s := strconv.FormatInt(n, 10)
	switch {
	case n%100 >= 11 && n%100 <= 13:
		return s + "th"
	case n%10 == 1:
		return s + "st"
	case n%10 == 2:
		return s + "nd"
	case n%10 == 3:
		return s + "rd"
	}
	return s + "th"
}

// appendFixed2 writes d with exactly two decimals, as money with paisa
// or cents is written: 54.20.
func (d dec) appendFixed2(b []byte) []byte {
	d = d.norm()
	if m, ok := d.at(2); ok && d.e <= 2 {
		d = dec{m: m, e: 2}
		if d.m < 0 {
			b = append(b, '-')
		}
		var buf [24]byte
		intPart, frac := d.digits(buf[:0])
		b = append(b, intPart...)
		b = append(b, '.')
		return append(b, frac...)
	}
	return d.appendPlain(b)
}
