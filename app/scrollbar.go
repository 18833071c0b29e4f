package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"
)

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
