package app

import (
	"image"
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
)

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
