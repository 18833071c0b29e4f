package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// newLegend explains the highlight colours and underline shapes.
func newLegend() fyne.CanvasObject {
	box := container.NewHBox()
	for c := range numClasses {
		l := widget.NewLabel(classNames[c])
		l.SizeName = theme.SizeNameCaptionText
		box.Add(container.NewHBox(container.NewCenter(newSwatch(c)), l))
	}
	return box
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
