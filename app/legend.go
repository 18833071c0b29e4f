package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// newLegend explains the highlight colours and underline shapes: one
// line when the window has room, wrapped onto more when it has not, so
// that it never sets the window's width.
func newLegend() *fyne.Container {
	box := container.New(&flowLayout{})
	for c := range numClasses {
		l := widget.NewLabel(classNames[c])
		l.SizeName = theme.SizeNameCaptionText
		box.Add(container.NewHBox(container.NewCenter(newSwatch(c)), l))
	}
	return box
}

// flowLayout puts its objects in a row, at their minimum sizes, and
// starts a new row where the next would not fit. Its minimum width is its
// widest object; its minimum height is that of the rows the last Layout
// made (as Fyne's GridWrap does), one row before the first.
type flowLayout struct {
	rows int
}

func (f *flowLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	rows := flowRows(objects, size.Width)
	f.rows = len(rows)
	var x, y float32
	for _, row := range rows {
		x = 0
		h := float32(0)
		for _, o := range row {
			m := o.MinSize()
			o.Move(fyne.NewPos(x, y))
			o.Resize(m)
			x += m.Width
			h = max(h, m.Height)
		}
		y += h
	}
}

func (f *flowLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var w, h float32
	for _, o := range objects {
		if o.Visible() {
			m := o.MinSize()
			w, h = max(w, m.Width), max(h, m.Height)
		}
	}
	return fyne.NewSize(w, h*float32(max(f.rows, 1)))
}

// naturalWidth is the width of all the objects on one row.
func (f *flowLayout) naturalWidth(objects []fyne.CanvasObject) float32 {
	w := float32(0)
	for _, o := range objects {
		if o.Visible() {
			w += o.MinSize().Width
		}
	}
	return w
}

// flowRows splits the visible objects into rows no wider than width
// (a row holds at least one object).
func flowRows(objects []fyne.CanvasObject, width float32) [][]fyne.CanvasObject {
	var rows [][]fyne.CanvasObject
	var row []fyne.CanvasObject
	x := float32(0)
	for _, o := range objects {
		if !o.Visible() {
			continue
		}
		w := o.MinSize().Width
		if len(row) > 0 && x+w > width {
			rows, row, x = append(rows, row), nil, 0
		}
		row = append(row, o)
		x += w
	}
	if len(row) > 0 {
		rows = append(rows, row)
	}
	return rows
}

// swatch is a small sample of a highlight class: its fill and underline.
type swatch struct {
	widget.BaseWidget
	class markClass
	fill  *canvas.Rectangle
	under *underline
}

func newSwatch(c markClass) *swatch {
	s := &swatch{class: c, fill: canvas.NewRectangle(color.Transparent)}
	s.fill.CornerRadius = 2
	s.under = newUnderline(classStyles[c], color.NRGBA{})
	s.ExtendBaseWidget(s)
	return s
}

func (s *swatch) setClass(c markClass) {
	if c == s.class {
		return
	}
	s.class = c
	s.Refresh()
}

func (s *swatch) CreateRenderer() fyne.WidgetRenderer {
	r := &swatchRenderer{s: s}
	r.applyColors()
	return r
}

type swatchRenderer struct{ s *swatch }

func (r *swatchRenderer) Destroy()           {}
func (r *swatchRenderer) MinSize() fyne.Size { return fyne.NewSize(22, 18) }
func (r *swatchRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.s.fill, r.s.under.raster}
}

func (r *swatchRenderer) Layout(size fyne.Size) {
	r.s.fill.Move(fyne.NewPos(0, 2))
	r.s.fill.Resize(fyne.NewSize(size.Width, size.Height-8))
	r.s.under.Move(fyne.NewPos(0, size.Height-5))
	r.s.under.Resize(fyne.NewSize(size.Width, 4))
}

func (r *swatchRenderer) Refresh() {
	r.applyColors()
	r.Layout(r.s.Size())
}

func (r *swatchRenderer) applyColors() {
	s := r.s
	pal := currentPalette(s.Theme(), fyne.CurrentApp().Settings().ThemeVariant())
	s.fill.FillColor = pal.fillStrong[s.class]
	if s.under.style != classStyles[s.class] || s.under.col != pal.line[s.class] {
		s.under.style, s.under.col = classStyles[s.class], pal.line[s.class]
		s.under.raster.Refresh()
	}
	s.fill.Refresh()
}
