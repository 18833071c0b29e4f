package app

import "sort"

// Scrolling: the view keeps its position as an anchor paragraph and an
// offset, lays out what comes into view and clamps to the article.

// ensureTops brings the paragraphs' tops up to date with their heights.
func (v *articleView) ensureTops() {
	if !v.topsDirty {
		return
	}
	y := v.geo.padTop
	for p, h := range v.heights {
		v.tops[p] = y
		y += h
	}
	v.tops[len(v.heights)] = y
	v.topsDirty = false
}

// contentHeight is the height of the whole article as laid out so far.
func (v *articleView) contentHeight() float32 {
	v.ensureTops()
	return v.tops[len(v.heights)] + v.geo.padBottom
}

// paraAt is the paragraph at content y.
func (v *articleView) paraAt(y float32) int {
	n := len(v.heights)
	p := sort.Search(n, func(i int) bool { return v.tops[i+1] > y })
	return min(p, n-1)
}

// settle lays out the paragraphs in view and fixes viewTop, keeping the
// anchor paragraph where it is on screen.
func (v *articleView) settle() {
	size := v.Size()
	if !v.ensureLayout(size.Width) || len(v.doc.paras) == 0 {
		v.viewTop = 0
		return
	}
	n := len(v.doc.paras)
	var top float32
	for range 8 {
		v.ensureTops()
		top = v.tops[v.anchor] + v.anchorOff
		top = min(max(top, 0), max(0, v.contentHeight()-size.Height))
		first := v.paraAt(top)
		changed := false
		y := v.tops[first]
		for p := first; p < n && y < top+size.Height; p++ {
			if v.ensurePara(p) {
				changed = true
			}
			y += v.heights[p]
		}
		if !changed {
			v.anchor, v.anchorOff = first, top-v.tops[first]
			break
		}
	}
	v.viewTop = top
}

// scrollBy moves the view by dy; positive is down the article.
func (v *articleView) scrollBy(dy float32) {
	if v.doc == nil {
		return
	}
	v.anchorOff += dy
	v.Refresh()
	if v.onScroll != nil {
		v.onScroll()
	}
}

// scrollToFraction shows the article from f (0 to 1) of its height.
func (v *articleView) scrollToFraction(f float32) {
	if v.doc == nil || len(v.doc.paras) == 0 || v.m == nil {
		return
	}
	v.ensureTops()
	y := f * v.contentHeight()
	v.anchor = v.paraAt(y)
	v.anchorOff = y - v.tops[v.anchor]
	v.Refresh()
	if v.onScroll != nil {
		v.onScroll()
	}
}

// scrollToSpan brings span i into view, a third of the way down, unless
// it is in view already.
func (v *articleView) scrollToSpan(i int) {
	if v.doc == nil || i < 0 || i >= len(v.doc.ann.Spans) {
		return
	}
	v.settle()
	if v.m == nil {
		return
	}
	p := int(v.doc.spanPara[i])
	v.ensurePara(p)
	v.ensureTops()
	k := v.lineOf(p, int32(v.doc.ann.Spans[i].Start))
	y := v.tops[p] + float32(k)*v.geo.lineH
	h := v.Size().Height
	if y >= v.viewTop+v.geo.lineH && y+2*v.geo.lineH <= v.viewTop+h {
		return
	}
	v.anchor, v.anchorOff = p, float32(k)*v.geo.lineH-h/3
	v.Refresh()
	if v.onScroll != nil {
		v.onScroll()
	}
}
