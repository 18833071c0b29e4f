package app

import (
	"image"
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"
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

	texts  map[lineKey]*canvas.Text
	marks  map[markKey]*underline
	rects  []*canvas.Rectangle
	nrects int
}

type lineKey struct{ para, line int }

type markKey struct {
	span, para, line int
}

func newArticleRenderer(v *articleView) *articleRenderer {
	r := &articleRenderer{
		v:       v,
		paper:   canvas.NewRectangle(color.Transparent),
		message: canvas.NewText("", color.Gray{0x80}),
		texts:   map[lineKey]*canvas.Text{},
		marks:   map[markKey]*underline{},
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
	var texts, unders, rings []fyne.CanvasObject
	seenText := make(map[lineKey]*canvas.Text, len(r.texts))
	seenMark := make(map[markKey]*underline, len(r.marks))

	if v.doc == nil || len(v.doc.paras) == 0 || v.m == nil {
		r.message.Text = v.emptyMessage()
		r.message.Color = pal.muted
		r.message.TextSize = 15
		r.message.Resize(fyne.NewSize(size.Width, 30))
		r.message.Move(fyne.NewPos(0, size.Height/2-15))
		r.objects = append(fills, r.message)
		r.texts, r.marks = seenText, seenMark
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
			if t == nil || t.Text != l.text || t.TextSize != v.textSize || t.Color != pal.text {
				t = canvas.NewText(l.text, pal.text)
				t.TextSize = v.textSize
			}
			t.Move(fyne.NewPos(g.colX, top+g.textY))
			t.Resize(fyne.NewSize(g.colW+v.textSize, g.textH))
			seenText[key] = t
			texts = append(texts, t)

			if !l.measured {
				l.measurePieces(v.doc, pp.spanLo, pp.spanHi, v.m)
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
	r.texts, r.marks = seenText, seenMark
	objs := append(fills, texts...)
	objs = append(objs, unders...)
	objs = append(objs, rings...)
	r.objects = append(objs, r.bar)
	r.bar.Refresh()
	canvas.Refresh(r.paper)
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

// underline is the marker drawn under a highlight, in its class's shape.
type underline struct {
	raster *canvas.Raster
	style  markStyle
	col    color.NRGBA
	width  float32 // logical width, to find the canvas scale
}

func newUnderline(style markStyle, col color.NRGBA) *underline {
	u := &underline{style: style, col: col}
	u.raster = canvas.NewRaster(u.generate)
	return u
}

func (u *underline) Move(p fyne.Position) { u.raster.Move(p) }

func (u *underline) Resize(s fyne.Size) {
	if s == u.raster.Size() {
		return
	}
	u.width = s.Width
	u.raster.Resize(s)
	// The painter keeps a raster's texture until told it is stale.
	u.raster.Refresh()
}

// generate draws the pattern at the pixel size the painter asks for.
func (u *underline) generate(w, h int) image.Image {
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	if w <= 0 || h <= 0 {
		return img
	}
	scale := float64(1)
	if u.width > 0 {
		scale = float64(w) / float64(u.width)
	}
	drawPattern(img, u.style, u.col, scale)
	return img
}

// drawPattern paints one underline style into img; scale is pixels per
// logical unit, so the pattern keeps its shape on HiDPI screens.
func drawPattern(img *image.NRGBA, style markStyle, c color.NRGBA, scale float64) {
	w, h := img.Rect.Dx(), img.Rect.Dy()
	px := func(f float64) int { return max(1, int(math.Round(f*scale))) }
	set := func(x, y int, a float64) {
		if x < 0 || y < 0 || x >= w || y >= h || a <= 0 {
			return
		}
		i := img.PixOffset(x, y)
		na := uint8(math.Min(1, a) * float64(c.A))
		if na > img.Pix[i+3] {
			img.Pix[i], img.Pix[i+1], img.Pix[i+2], img.Pix[i+3] = c.R, c.G, c.B, na
		}
	}
	band := func(x0, x1, y0, y1 int) {
		for y := y0; y < y1; y++ {
			for x := x0; x < x1; x++ {
				set(x, y, 1)
			}
		}
	}
	thick := px(2)
	switch style {
	case markSolid:
		band(0, w, 0, thick)
	case markDouble:
		t := px(1)
		band(0, w, 0, t)
		band(0, w, h-t, h)
	case markDashed:
		dash, gap := px(6), px(3)
		for x := 0; x < w; x += dash + gap {
			band(x, min(x+dash, w), 0, thick)
		}
	case markDashDot:
		dash, dot, gap := px(7), px(2), px(2.5)
		for x := 0; x < w; x += dash + dot + 2*gap {
			band(x, min(x+dash, w), 0, thick)
			d := x + dash + gap
			band(d, min(d+dot, w), 0, thick)
		}
	case markDotted:
		dot, gap := px(2), px(2)
		for x := 0; x < w; x += dot + gap {
			band(x, min(x+dot, w), 0, thick)
		}
	case markWavy:
		period := 6 * scale
		amp := (float64(h) - 1.6*scale) / 2
		half := 0.8 * scale
		for x := 0; x < w; x++ {
			yc := amp + amp*math.Sin(2*math.Pi*float64(x)/period) + half
			for y := 0; y < h; y++ {
				d := math.Abs(float64(y)+0.5-yc) - half
				set(x, y, 1-d)
			}
		}
	}
}

// scrollBar is the view's own scroll bar: a thin track with a thumb that
// can be dragged, or clicked above or below to move a page.
type scrollBar struct {
	widget.BaseWidget
	v     *articleView
	thumb *canvas.Rectangle
}

func newScrollBar(v *articleView) *scrollBar {
	b := &scrollBar{v: v, thumb: canvas.NewRectangle(color.Transparent)}
	b.thumb.CornerRadius = 3
	b.ExtendBaseWidget(b)
	return b
}

// thumbGeometry is the thumb's top and height in the track.
func (b *scrollBar) thumbGeometry() (top, height float32, ok bool) {
	v := b.v
	track := b.Size().Height
	if v.doc == nil || v.m == nil || len(v.doc.paras) == 0 {
		return 0, 0, false
	}
	total := v.contentHeight()
	view := v.Size().Height
	if total <= view || track <= 0 {
		return 0, 0, false
	}
	height = max(24, track*view/total)
	top = (track - height) * v.viewTop / (total - view)
	return top, height, true
}

func (b *scrollBar) Dragged(e *fyne.DragEvent) {
	_, h, ok := b.thumbGeometry()
	if !ok {
		return
	}
	v := b.v
	total, view, track := v.contentHeight(), v.Size().Height, b.Size().Height
	if track-h <= 0 {
		return
	}
	v.scrollBy(e.Dragged.DY * (total - view) / (track - h))
}

func (b *scrollBar) DragEnd() {}

func (b *scrollBar) Tapped(e *fyne.PointEvent) {
	top, h, ok := b.thumbGeometry()
	if !ok {
		return
	}
	page := b.v.Size().Height - 2*b.v.geo.lineH
	if e.Position.Y < top {
		b.v.scrollBy(-page)
	} else if e.Position.Y > top+h {
		b.v.scrollBy(page)
	}
}

func (b *scrollBar) CreateRenderer() fyne.WidgetRenderer {
	return &scrollBarRenderer{b: b}
}

type scrollBarRenderer struct{ b *scrollBar }

func (r *scrollBarRenderer) Destroy()                     {}
func (r *scrollBarRenderer) MinSize() fyne.Size           { return fyne.NewSize(scrollBarWidth, 24) }
func (r *scrollBarRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.b.thumb} }
func (r *scrollBarRenderer) Layout(fyne.Size)             { r.Refresh() }

func (r *scrollBarRenderer) Refresh() {
	b := r.b
	top, h, ok := b.thumbGeometry()
	if !ok {
		b.thumb.Hide()
		return
	}
	if b.v.pal != nil {
		c := b.v.pal.muted
		if rc, ok := c.(color.NRGBA); ok {
			rc.A = 0x90
			c = rc
		}
		b.thumb.FillColor = c
	}
	b.thumb.Show()
	b.thumb.Move(fyne.NewPos(3, top+2))
	b.thumb.Resize(fyne.NewSize(scrollBarWidth-6, h-4))
}
