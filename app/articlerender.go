package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
)

// articleRenderer turns the lines in view into canvas objects. Texts and
// underlines are keyed by the line they draw and kept while that line
// stays in view, because a canvas.Text or Raster whose content changes
// must have its texture rebuilt; highlight boxes are plain rectangles and
// come from a pool.
type articleRenderer struct {
	v       *articleView
	paper   *canvas.Rectangle
	message *canvas.Text
	bar     *scrollBar
	objects []fyne.CanvasObject

	texts map[lineKey]*canvas.Text
	marks map[markKey]*underline
	// The maps of the frame before, cleared and filled anew by the next,
	// so that a frame allocates no maps.
	oldTexts map[lineKey]*canvas.Text
	oldMarks map[markKey]*underline
	// and the lists a frame gathers its objects in, by layer
	textObjs, underObjs, ringObjs []fyne.CanvasObject
	rects                         []*canvas.Rectangle
	nrects                        int
}

type lineKey struct{ para, line int }

type markKey struct {
	span, para, line int
}

func newArticleRenderer(v *articleView) *articleRenderer {
	r := &articleRenderer{
		v:        v,
		paper:    canvas.NewRectangle(color.Transparent),
		message:  canvas.NewText("", color.Gray{0x80}),
		texts:    map[lineKey]*canvas.Text{},
		marks:    map[markKey]*underline{},
		oldTexts: map[lineKey]*canvas.Text{},
		oldMarks: map[markKey]*underline{},
	}
	r.message.Alignment = fyne.TextAlignCenter
	r.bar = newScrollBar(v)
	return r
}

func (r *articleRenderer) Destroy() {}

func (r *articleRenderer) MinSize() fyne.Size { return fyne.NewSize(minColumn+scrollBarWidth, 80) }

func (r *articleRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *articleRenderer) Layout(size fyne.Size) {
	r.paper.Resize(size)
	r.bar.Move(fyne.NewPos(size.Width-scrollBarWidth, 0))
	r.bar.Resize(fyne.NewSize(scrollBarWidth, size.Height))
	r.draw()
	// A resize moves the text under a pinned card.
	if r.v.onScroll != nil {
		r.v.onScroll()
	}
}

func (r *articleRenderer) Refresh() {
	v := r.v
	v.pal = currentPalette(v.Theme(), fyne.CurrentApp().Settings().ThemeVariant())
	r.paper.FillColor = v.pal.paper
	r.draw()
}

func (r *articleRenderer) rect() *canvas.Rectangle {
	if r.nrects == len(r.rects) {
		r.rects = append(r.rects, canvas.NewRectangle(color.Transparent))
	}
	rc := r.rects[r.nrects]
	r.nrects++
	return rc
}

// draw rebuilds the object list for the lines in view.
func (r *articleRenderer) draw() {
	v := r.v
	if v.pal == nil {
		v.pal = currentPalette(v.Theme(), fyne.CurrentApp().Settings().ThemeVariant())
		r.paper.FillColor = v.pal.paper
	}
	v.settle()
	size := v.Size()
	pal := v.pal
	r.nrects = 0
	fills := r.objects[:0]
	fills = append(fills, r.paper)
	texts, unders, rings := r.textObjs[:0], r.underObjs[:0], r.ringObjs[:0]
	seenText, seenMark := r.oldTexts, r.oldMarks
	clear(seenText)
	clear(seenMark)

	if v.doc == nil || len(v.doc.paras) == 0 || v.m == nil {
		r.message.Text = v.emptyMessage()
		r.message.Color = pal.muted
		r.message.TextSize = 15
		r.message.Resize(fyne.NewSize(size.Width, 30))
		r.message.Move(fyne.NewPos(0, size.Height/2-15))
		r.objects = append(fills, r.message)
		r.keep(seenText, seenMark)
		r.message.Refresh()
		canvas.Refresh(r.paper)
		return
	}

	g := &v.geo
	n := len(v.doc.paras)
	spans := v.doc.ann.Spans
	for p := v.paraAt(v.viewTop); p < n && v.tops[p] < v.viewTop+size.Height; p++ {
		pl := v.lay[p]
		if pl == nil {
			continue
		}
		pp := v.doc.paras[p]
		for k := range pl.lines {
			top := v.tops[p] + float32(k)*g.lineH - v.viewTop
			if top+g.lineH <= 0 || top >= size.Height {
				continue
			}
			l := &pl.lines[k]
			if x0, x1, ok := v.selectionBox(l); ok {
				sel := r.rect()
				sel.FillColor = pal.selection
				sel.CornerRadius = 0
				sel.StrokeWidth = 0
				sel.Move(fyne.NewPos(g.colX+x0, top+g.fillY-1))
				sel.Resize(fyne.NewSize(x1-x0, g.underY+g.underH-g.fillY+2))
				fills = append(fills, sel)
			}
			key := lineKey{p, k}
			t := r.texts[key]
			size, style, rise := v.lineStyle(pp.start)
			if t == nil || t.Text != l.text || t.TextSize != size || t.TextStyle != style || t.Color != pal.text {
				t = canvas.NewText(l.text, pal.text)
				t.TextSize, t.TextStyle = size, style
			}
			t.Move(fyne.NewPos(g.colX, top+g.textY-rise))
			t.Resize(fyne.NewSize(g.colW+v.textSize, g.textH))
			seenText[key] = t
			texts = append(texts, t)

			if !l.measured {
				l.measurePieces(v.doc, pp.spanLo, pp.spanHi, v.measurerAt(pp.start))
			}
			for _, pc := range l.pieces {
				si := int(pc.span)
				s := &spans[si]
				cl := classOf(s)
				fill := r.rect()
				fill.CornerRadius = 3
				fill.StrokeWidth = 0
				if si == v.hover || v.marked[si] {
					fill.FillColor = pal.fillStrong[cl]
				} else {
					fill.FillColor = pal.fill[cl]
				}
				x0, x1 := g.colX+pc.x0-1, g.colX+pc.x1+1
				fill.Move(fyne.NewPos(x0, top+g.fillY))
				fill.Resize(fyne.NewSize(x1-x0, g.fillH))
				fills = append(fills, fill)

				mk := markKey{si, p, k}
				u := r.marks[mk]
				if u == nil || u.style != classStyles[cl] || u.col != pal.line[cl] {
					u = newUnderline(classStyles[cl], pal.line[cl])
				}
				u.Move(fyne.NewPos(x0, top+g.underY))
				u.Resize(fyne.NewSize(x1-x0, g.underH))
				seenMark[mk] = u
				unders = append(unders, u.raster)

				if si == v.current {
					ring := r.rect()
					ring.FillColor = color.Transparent
					ring.StrokeColor = pal.focus
					ring.StrokeWidth = 2
					if !v.focused {
						ring.StrokeWidth = 1
					}
					ring.CornerRadius = 4
					ring.Move(fyne.NewPos(x0-2, top+g.fillY-2))
					ring.Resize(fyne.NewSize(x1-x0+4, g.underY+g.underH-g.fillY+4))
					rings = append(rings, ring)
				}
			}
		}
	}
	r.keep(seenText, seenMark)
	r.textObjs, r.underObjs, r.ringObjs = texts, unders, rings
	if len(texts) > 0 && v.onDrawText != nil {
		v.onDrawText(v.doc)
	}
	objs := append(fills, texts...)
	objs = append(objs, unders...)
	objs = append(objs, rings...)
	r.objects = append(objs, r.bar)
	r.bar.Refresh()
	canvas.Refresh(r.paper)
}

// keep makes the texts and marks of this frame those the next one
// reuses, and the last frame's maps the next one's to fill.
func (r *articleRenderer) keep(texts map[lineKey]*canvas.Text, marks map[markKey]*underline) {
	r.oldTexts, r.oldMarks = r.texts, r.marks
	r.texts, r.marks = texts, marks
}

func (v *articleView) emptyMessage() string {
	if v.placeholder != "" {
		return v.placeholder
	}
	if v.doc != nil {
		return "This article has no text."
	}
	return "Open an article with Ctrl+O, paste one with Ctrl+Shift+V, or drop a file here."
}
