package app

import (
	"sort"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/pathok/pathok/glossary"
	"github.com/pathok/pathok/glossary/highlight"
)

// articleView draws an annotated article and reports what the reader
// points at. It lays out and draws only the paragraphs in view, scrolls
// itself (so that it knows the viewport without a container's help) and
// keeps a "current" highlight for the keyboard.
type articleView struct {
	widget.BaseWidget
	// ShortcutHandler takes the shortcuts typed while the article has the
	// focus: Ctrl+C and Ctrl+A of its own, and those the screen adds.
	fyne.ShortcutHandler

	doc      *document
	textSize float32
	pal      *palette

	// Layout, valid for key; see textlayout.go.
	key       layoutKey
	m         *measurer
	heads     headingStyles // measurers of headings; see headings.go
	lay       []*paraLayout // nil: not laid out, heights holds an estimate
	heights   []float32
	tops      []float32 // len(paras)+1; tops[p] is paragraph p's y in the content
	topsDirty bool
	advance   float32 // estimated width of a rune, for unlaid paragraphs
	geo       geometry

	// The scroll position: the viewport's top is anchorOff below the top
	// of paragraph anchor. Anchoring to a paragraph keeps the text in
	// place while paragraphs above it get their real heights.
	anchor    int
	anchorOff float32
	viewTop   float32 // the content y at the viewport's top, after settle

	placeholder string // shown while there is no article; "" for the usual hint

	current int           // the keyboard's highlight, or -1
	hover   int           // the span under the mouse, or -1
	pointer fyne.Position // where the mouse is, in the view
	marked  []bool        // occurrences of the entry selected in the glossary pane
	shift   bool
	focused bool

	selFrom, selTo int32 // the dragged selection; see selection.go
	dragging       bool

	onHover    func(span int) // -1 when the mouse leaves a highlight
	onTap      func(span int)
	onActivate func(span int) // Enter or Space on the current highlight
	onEscape   func()
	onScroll   func()
	onDrawText func(*document) // lines of d are about to be drawn (for -timings)
	onCopy     func()          // Ctrl+C
	// onContext is a right click at pos (on the canvas), on span or -1.
	onContext func(pos fyne.Position, span int)
}

// layoutKey is what a layout depends on; a change discards it.
type layoutKey struct {
	width    float32
	textSize float32
	theme    fyne.Theme
}

// geometry is the view's metrics at one text size and width.
type geometry struct {
	lineH, textH, textY float32 // textY: the text's top within its line
	fillY, fillH        float32
	underY, underH      float32
	paraGap             float32
	padTop, padBottom   float32
	colX, colW          float32
}

const (
	scrollBarWidth = 12
	minColumn      = 120
	// atTop as an anchor offset scrolls to the very top, above the first
	// paragraph's padding; settle clamps it.
	atTop = -1e9
)

func newArticleView() *articleView {
	v := &articleView{textSize: defaultTextSize, current: -1, hover: -1}
	v.ExtendBaseWidget(v)
	v.AddShortcut(&fyne.ShortcutCopy{}, func(fyne.Shortcut) {
		if v.onCopy != nil {
			v.onCopy()
		}
	})
	v.AddShortcut(&fyne.ShortcutSelectAll{}, func(fyne.Shortcut) { v.selectAll() })
	// Ctrl+Home and Ctrl+End, as in any document, besides Home and End.
	v.AddShortcut(scTop, func(fyne.Shortcut) { v.scrollToFraction(0) })
	v.AddShortcut(scEnd, func(fyne.Shortcut) { v.scrollToFraction(1) })
	return v
}

// setDocument shows d from its top.
func (v *articleView) setDocument(d *document) {
	v.doc = d
	v.current, v.hover = -1, -1
	v.selFrom, v.selTo = 0, 0
	v.anchor, v.anchorOff = 0, atTop
	v.marked = nil
	if d != nil {
		v.marked = make([]bool, len(d.ann.Spans))
	}
	v.key = layoutKey{}
	v.Refresh()
}

// replaceDocument shows d, a re-annotation of the same text, where the
// reader was. When d shares the text of the article on screen (its
// first paragraphs marked, then all of it) the lines laid out so far
// hold, and only where the highlights lie on them is found again, so
// that the text does not move or flicker as the marks arrive.
func (v *articleView) replaceDocument(d *document) {
	anchor, off := v.anchor, v.anchorOff
	if sameText(v.doc, d) && v.m != nil {
		v.doc = d
		v.current, v.hover = -1, -1
		v.marked = make([]bool, len(d.ann.Spans))
		for _, pl := range v.lay {
			if pl == nil {
				continue
			}
			for k := range pl.lines {
				pl.lines[k].measured = false
				pl.lines[k].pieces = nil
			}
		}
		v.Refresh()
		return
	}
	v.setDocument(d)
	if d != nil && anchor < len(d.paras) {
		v.anchor, v.anchorOff = anchor, off
	}
	v.Refresh()
}

// setPlaceholder says what is happening while no article is open.
func (v *articleView) setPlaceholder(s string) {
	if s != v.placeholder {
		v.placeholder = s
		v.Refresh()
	}
}

func (v *articleView) setTextSize(s float32) {
	s = clampTextSize(s)
	if s == v.textSize {
		return
	}
	v.textSize = s
	v.Refresh()
}

// ensureLayout discards the layout when what it depends on changed,
// keeping the paragraph at the top of the view in place.
func (v *articleView) ensureLayout(width float32) bool {
	if v.doc == nil || width <= 0 {
		return false
	}
	k := layoutKey{width: width, textSize: v.textSize, theme: v.Theme()}
	if k == v.key && v.m != nil {
		return true
	}
	frac := float32(0)
	if v.anchorOff == atTop {
		frac = atTop
	} else if v.anchor < len(v.heights) && v.heights[v.anchor] > 0 {
		frac = v.anchorOff / v.heights[v.anchor]
	}
	if v.m == nil || v.m.size != v.textSize || v.key.theme != k.theme {
		// A new size or theme (and so perhaps a new font) makes every
		// cached width wrong.
		v.m = newMeasurer(v.textSize)
	}
	v.key = k
	v.geo = computeGeometry(v.m, v.textSize, width)
	n := len(v.doc.paras)
	v.lay = make([]*paraLayout, n)
	v.heights = make([]float32, n)
	v.tops = make([]float32, n+1)
	v.advance = estimateAdvance(v.doc, v.m)
	for p, pp := range v.doc.paras {
		lines := estimateLines(pp.end-pp.start, v.advance, v.geo.colW)
		v.heights[p] = float32(lines)*v.geo.lineH + v.geo.paraGap
	}
	v.topsDirty = true
	if v.anchor >= n {
		v.anchor, v.anchorOff = 0, atTop
	}
	if n > 0 {
		v.ensurePara(v.anchor)
		if frac != atTop {
			v.anchorOff = frac * v.heights[v.anchor]
		}
	}
	return true
}

func computeGeometry(m *measurer, size, width float32) geometry {
	var g geometry
	g.lineH = float32(int(size*2 + 0.5))
	g.textH = fyne.MeasureText("কৃষ্ণ Ag", size, fyne.TextStyle{}).Height
	g.textY = float32(int((g.lineH - g.textH) / 2))
	g.fillY = max(0, g.textY-2)
	g.underH = max(3, float32(int(size/5)))
	g.fillH = min(g.lineH-g.fillY-g.underH, g.textH+4)
	g.underY = g.fillY + g.fillH
	g.paraGap = float32(int(g.lineH * 0.45))
	g.padTop = float32(int(size * 1.2))
	g.padBottom = g.lineH * 2
	avail := width - scrollBarWidth - 2*float32(int(size*1.6))
	g.colW = max(minColumn, min(avail, size*40))
	g.colX = float32(int(max(8, (width-scrollBarWidth-g.colW)/2)))
	return g
}

// estimateAdvance is the average width of a rune in the article's first
// paragraphs, for guessing the height of those not laid out yet.
func estimateAdvance(d *document, m *measurer) float32 {
	var runes, width float32
	for p := 0; p < len(d.paras) && runes < 600; p++ {
		pp := d.paras[p]
		end := min(pp.end, pp.start+300)
		s := string(d.runes[pp.start:end])
		width += fyne.MeasureText(s, m.size, m.style).Width
		runes += float32(end - pp.start)
	}
	if runes == 0 {
		return m.size * 0.5
	}
	return width / runes
}

// ensurePara lays out paragraph p if it is not yet, and reports whether
// its height changed.
func (v *articleView) ensurePara(p int) bool {
	if v.lay[p] != nil {
		return false
	}
	pp := v.doc.paras[p]
	pl := layoutParagraph(v.doc.runes, pp.start, pp.end, v.geo.colW, v.measurerAt(pp.start))
	v.lay[p] = pl
	h := float32(len(pl.lines))*v.geo.lineH + v.geo.paraGap
	if h == v.heights[p] {
		return false
	}
	v.heights[p] = h
	v.topsDirty = true
	return true
}

// lineOf is the line of laid-out paragraph p holding rune r.
func (v *articleView) lineOf(p int, r int32) int {
	lines := v.lay[p].lines
	k := sort.Search(len(lines), func(i int) bool { return lines[i].end > r })
	return min(k, len(lines)-1)
}

// spanAt is the span under pos (in the view's coordinates), or -1. A
// highlight answers over its whole line's height, so that the mouse can
// move from a word straight onto its card below.
func (v *articleView) spanAt(pos fyne.Position) int {
	if v.doc == nil || v.m == nil || len(v.doc.paras) == 0 {
		return -1
	}
	y := v.viewTop + pos.Y
	p := v.paraAt(y)
	pl := v.lay[p]
	if pl == nil || y < v.tops[p] {
		return -1
	}
	k := int((y - v.tops[p]) / v.geo.lineH)
	if k < 0 || k >= len(pl.lines) {
		return -1
	}
	l := &pl.lines[k]
	if !l.measured {
		pp := v.doc.paras[p]
		l.measurePieces(v.doc, pp.spanLo, pp.spanHi, v.measurerAt(pp.start))
	}
	x := pos.X - v.geo.colX
	for _, pc := range l.pieces {
		if x >= pc.x0-1 && x < pc.x1+1 {
			return int(pc.span)
		}
	}
	return -1
}

// cardBounds is the box a card for span i stands by: the piece under the
// mouse when the span wraps onto several lines and the mouse is on it,
// else the box around all of it.
func (v *articleView) cardBounds(i int) (pos fyne.Position, size fyne.Size, ok bool) {
	pos, size, ok = v.spanBounds(i)
	if !ok || v.hover != i || size.Height <= v.geo.lineH {
		return pos, size, ok
	}
	p := int(v.doc.spanPara[i])
	k := int((v.viewTop + v.pointer.Y - v.tops[p]) / v.geo.lineH)
	pl := v.lay[p]
	if pl == nil || k < 0 || k >= len(pl.lines) {
		return pos, size, ok
	}
	for _, pc := range pl.lines[k].pieces {
		if int(pc.span) == i {
			top := v.tops[p] + float32(k)*v.geo.lineH - v.viewTop
			return fyne.NewPos(v.geo.colX+pc.x0, top), fyne.NewSize(pc.x1-pc.x0, v.geo.lineH), true
		}
	}
	return pos, size, ok
}

// spanBounds is the box around every piece of span i in view, in the
// view's coordinates, with ok false when none is in view.
func (v *articleView) spanBounds(i int) (pos fyne.Position, size fyne.Size, ok bool) {
	if v.doc == nil || v.m == nil || i < 0 || i >= len(v.doc.ann.Spans) {
		return
	}
	p := int(v.doc.spanPara[i])
	pl := v.lay[p]
	if pl == nil {
		return
	}
	var x0, y0, x1, y1 float32
	for k := range pl.lines {
		l := &pl.lines[k]
		if !l.measured {
			pp := v.doc.paras[p]
			l.measurePieces(v.doc, pp.spanLo, pp.spanHi, v.measurerAt(pp.start))
		}
		for _, pc := range l.pieces {
			if int(pc.span) != i {
				continue
			}
			top := v.tops[p] + float32(k)*v.geo.lineH - v.viewTop
			if !ok {
				x0, y0, x1, y1 = pc.x0, top, pc.x1, top+v.geo.lineH
				ok = true
				continue
			}
			x0, x1 = min(x0, pc.x0), max(x1, pc.x1)
			y1 = top + v.geo.lineH
		}
	}
	if !ok {
		return
	}
	h := v.Size().Height
	if y1 <= 0 || y0 >= h {
		return fyne.Position{}, fyne.Size{}, false
	}
	return fyne.NewPos(v.geo.colX+x0, y0), fyne.NewSize(x1-x0, y1-y0), true
}

// setCurrent makes span i the keyboard's highlight and brings it into view.
func (v *articleView) setCurrent(i int) {
	if v.doc == nil || i >= len(v.doc.ann.Spans) {
		return
	}
	v.current = i
	if i >= 0 {
		v.scrollToSpan(i)
	}
	v.Refresh()
}

// firstInView is the first span at or below the top of the view.
func (v *articleView) firstInView() int {
	if v.doc == nil || len(v.doc.paras) == 0 || v.m == nil {
		return 0
	}
	p := v.paraAt(v.viewTop)
	for ; p < len(v.doc.paras); p++ {
		if pp := v.doc.paras[p]; pp.spanHi > pp.spanLo {
			return int(pp.spanLo)
		}
	}
	return len(v.doc.ann.Spans)
}

// next moves the current highlight by dir (+1 or -1) and reports the new one.
func (v *articleView) next(dir int) int {
	if v.doc == nil || len(v.doc.ann.Spans) == 0 {
		return -1
	}
	n := len(v.doc.ann.Spans)
	i := v.current
	switch {
	case i < 0 && dir > 0:
		i = min(v.firstInView(), n-1)
	case i < 0:
		i = max(v.firstInView()-1, 0)
	default:
		i = (i + dir + n) % n
	}
	v.setCurrent(i)
	return i
}

// setMarked marks the spans of the entry selected in the glossary pane.
func (v *articleView) setMarked(spans []int32) {
	if v.doc == nil {
		return
	}
	clear(v.marked)
	for _, s := range spans {
		v.marked[s] = true
	}
	v.Refresh()
}

func (v *articleView) setHover(i int) {
	if i == v.hover {
		return
	}
	v.hover = i
	v.Refresh()
	if v.onHover != nil {
		v.onHover(i)
	}
}

// currentParagraph is the text of the paragraph holding the current
// highlight, or of the one at the top of the view.
func (v *articleView) currentParagraph() string {
	if v.doc == nil || len(v.doc.paras) == 0 {
		return ""
	}
	p := 0
	if v.current >= 0 {
		p = int(v.doc.spanPara[v.current])
	} else if v.m != nil {
		p = v.paraAt(v.viewTop)
	}
	return v.doc.paraText(p)
}

// classOf is the highlight class of a span.
func classOf(s *glossary.Span) markClass { return highlight.ClassOf(s) }

// CreateRenderer is part of fyne.Widget.
func (v *articleView) CreateRenderer() fyne.WidgetRenderer {
	return newArticleRenderer(v)
}
