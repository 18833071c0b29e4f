package app

import (
	"fyne.io/fyne/v2"
)

// Selecting text by dragging, for copying part of an article. The
// selection is a range of runes [selFrom, selTo), in either order while
// the mouse moves; it is drawn by the renderer under the text.

// runeAt is the rune edge nearest to pos (in the view's coordinates):
// between clusters, never inside one.
func (v *articleView) runeAt(pos fyne.Position) int32 {
	if v.doc == nil || v.m == nil || len(v.doc.paras) == 0 {
		return 0
	}
	y := min(max(v.viewTop+pos.Y, 0), v.tops[len(v.heights)]-1)
	p := v.paraAt(y)
	v.ensurePara(p)
	pl := v.lay[p]
	k := int((y - v.tops[p]) / v.geo.lineH)
	if k >= len(pl.lines) {
		return v.doc.paras[p].end // in the gap after the paragraph
	}
	k = max(k, 0)
	l := &pl.lines[k]
	x := pos.X - v.geo.colX
	runes := v.doc.runes
	for _, w := range l.words {
		if x <= w.x {
			return w.start
		}
		if x >= w.x+w.w {
			continue
		}
		best, bestD := w.start, x-w.x
		for r := w.start + 1; r <= w.end; r++ {
			if r < w.end && !clusterBreakOK(runes, r) {
				continue
			}
			d := x - (w.x + v.measurerAt(l.start).width(string(runes[w.start:r])))
			if d < 0 {
				d = -d
			}
			if d < bestD {
				best, bestD = r, d
			}
		}
		return best
	}
	return l.end
}

// selection is the selected range in order, and whether there is one.
func (v *articleView) selection() (from, to int32, ok bool) {
	from, to = v.selFrom, v.selTo
	if from > to {
		from, to = to, from
	}
	return from, to, v.doc != nil && from < to
}

// hasSelection reports whether any text is selected, without copying it.
func (v *articleView) hasSelection() bool {
	_, _, ok := v.selection()
	return ok
}

func (v *articleView) selectedText() string {
	from, to, ok := v.selection()
	if !ok {
		return ""
	}
	return string(v.doc.runes[from:to])
}

func (v *articleView) clearSelection() {
	if v.selFrom != v.selTo {
		v.selFrom, v.selTo = 0, 0
		v.Refresh()
	}
}

func (v *articleView) selectAll() {
	if v.doc == nil {
		return
	}
	v.selFrom, v.selTo = 0, int32(len(v.doc.runes))
	v.Refresh()
}

// Dragged selects from where the drag began to the mouse, scrolling when
// the mouse leaves the view above or below.
func (v *articleView) Dragged(e *fyne.DragEvent) {
	if v.doc == nil {
		return
	}
	if !v.dragging {
		v.dragging = true
		v.selFrom = v.runeAt(e.Position.Subtract(e.Dragged))
		v.setHover(-1)
	}
	switch h := v.Size().Height; {
	case e.Position.Y < 0:
		v.scrollBy(max(e.Position.Y, -v.geo.lineH))
	case e.Position.Y > h:
		v.scrollBy(min(e.Position.Y-h, v.geo.lineH))
	}
	v.selTo = v.runeAt(e.Position)
	v.Refresh()
}

// DragEnd is part of fyne.Draggable.
func (v *articleView) DragEnd() { v.dragging = false }

// selectionBox is where the selection lies on line l,
// in column coordinates, or ok false.
func (v *articleView) selectionBox(l *lineLayout) (x0, x1 float32, ok bool) {
	from, to, has := v.selection()
	if !has || to <= l.start || from >= l.end && !(from == l.end && to > l.end) {
		return 0, 0, false
	}
	a, b := max(from, l.start), min(to, l.end)
	m := v.measurerAt(l.start)
	x0 = l.xAt(v.doc.runes, a, m)
	x1 = l.xAt(v.doc.runes, b, m)
	if to > l.end {
		x1 += m.space // the selection goes on past the line's end
	}
	return x0, x1, x1 > x0
}
