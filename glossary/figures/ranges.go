package figures

import "time"

// rangeFrom widens the date or time just read into a range when থেকে,
// হতে or a dash joins it to a second one: ১০ জুন থেকে ১৫ জুলাই,
// সকাল ৭টা থেকে রাত ১১টা, বিকেল ৩টা থেকে ৫টা (the part of the day
// carries to the second time).
func (p *parser) rangeFrom(m *Match, first result) {
	j := p.at(first.k)
	if !(j.is(catFrom) && j.sfx == 0 || j.isPunct('-') || j.isPunct('–')) {
		return
	}
	n := p.at(first.k + 1)
	if n.kind == tEnd || n.kind == tPunct || n.kind == tBad || n.kind == tOther {
		return
	}
	p.reset(n.start)
	var second result
	if first.kind == "time" {
		p.inherit = first.tod
		if p.inherit == nil {
			p.inherit = p.carry
		}
		second = p.clock()
		p.inherit = nil
	} else {
		second = p.date()
	}
	if second.k == 0 || second.kind != first.kind {
		return
	}
	var v, g []byte
	if first.kind == "time" {
		h := second.h
		if second.tod == nil && h < first.h && h < 12 {
			h += 12 // সকাল ১০টা থেকে ১টা: one in the afternoon
		}
		v = appendClock(v, first.h, first.mi)
		v = append(v, '/')
		v = appendClock(v, h, second.mi)
		g = appendClock(g, first.h, first.mi)
		g = append(g, "–"...)
		g = appendClock(g, h, second.mi)
	} else {
		if second.d == 0 {
			return
		}
		y1, y2 := first.y, second.y
		switch {
		case y1 == 0 && y2 != 0:
			y1 = y2
			if first.mo > second.mo || first.mo == second.mo && first.d > second.d {
				y1-- // ২০ ডিসেম্বর থেকে ১০ জানুয়ারি ২০২৫
			}
		case y1 != 0 && y2 == 0:
			y2 = y1
			if second.mo < first.mo {
				y2++
			}
		}
		a, b := dayKey(y1, first.mo, first.d), dayKey(y2, second.mo, second.d)
		if y1 == 0 && !validDate(2024, first.mo, first.d) || y1 != 0 && !validDate(y1, first.mo, first.d) ||
			y2 != 0 && !validDate(y2, second.mo, second.d) || b <= a && y1 == y2 {
			return
		}
		v = appendDateValue(v, y1, first.mo, first.d)
		v = append(v, '/')
		v = appendDateValue(v, y2, second.mo, second.d)
		g = appendDayMonth(g, first.d, time.Month(first.mo))
		if y1 != y2 {
			g = append(g, ' ')
			g = appendPadded(g, y1, 1)
		}
		g = append(g, "–"...)
		g = appendDayMonth(g, second.d, time.Month(second.mo))
		if y2 != 0 {
			g = append(g, ' ')
			g = appendPadded(g, y2, 1)
		}
	}
	m.Kind, m.Value, m.Gloss = "range", string(v), string(g)
	m.End = p.toks[second.k-1].end
	if second.tod != nil {
		p.carry = second.tod
	}
}

func dayKey(y, m, d int) int { return y*400 + m*32 + d }

func appendClock(b []byte, h, m int) []byte {
	b = appendPadded(b, h, 2)
	b = append(b, ':')
	return appendPadded(b, m, 2)
}

// appendDateValue writes YYYY-MM-DD, or --MM-DD without a year.
func appendDateValue(b []byte, y, m, d int) []byte {
	if y == 0 {
		return appendMonthDay(b, m, d)
	}
	return appendISO(b, y, m, d)
}
