package app

import (
	"image"
	"image/color"
	"image/draw"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// TestUnderlinePatterns draws each class's underline on both papers, at
// 1× and 2× scale, and compares with testdata/underlines.png: the shapes
// are what tell the kinds apart for readers who cannot tell the colours.
func TestUnderlinePatterns(t *testing.T) {
	const w, h, gap = 120, 4, 8
	colW := gap + w + gap + 2*w + gap // a 1× and a 2× sample side by side
	rowH := 2*h + gap
	img := image.NewNRGBA(image.Rect(0, 0, 2*colW, int(numClasses)*rowH+gap))
	for set, paper := range []color.NRGBA{{0xfd, 0xfc, 0xf8, 0xff}, {0x1d, 0x1f, 0x21, 0xff}} {
		x0 := set * colW
		draw.Draw(img, image.Rect(x0, 0, x0+colW, img.Rect.Dy()), image.NewUniform(paper), image.Point{}, draw.Src)
		for c := range numClasses {
			y := gap + int(c)*rowH
			for _, scale := range []int{1, 2} {
				pat := image.NewNRGBA(image.Rect(0, 0, w*scale, h*scale))
				drawPattern(pat, classStyles[c], classColors[set][c], float64(scale))
				at := image.Pt(x0+gap, y)
				if scale == 2 {
					at.X += w + gap
				}
				draw.Draw(img, pat.Bounds().Add(at), pat, image.Point{}, draw.Over)
			}
		}
	}
	test.AssertImageMatches(t, "underlines.png", img)
}

func TestPaletteFollowsTheme(t *testing.T) {
	for _, tc := range []struct {
		mode themeMode
		dark bool
	}{{themeLight, false}, {themeDark, true}} {
		th := newPathokTheme(tc.mode, nil)
		for _, v := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
			p := currentPalette(th, v)
			if p.dark != tc.dark {
				t.Errorf("%s theme under variant %d paints dark=%v", tc.mode, v, p.dark)
			}
			// Text on a highlight must stay readable: the fill is a tint.
			for c := range numClasses {
				if p.fillStrong[c].A > 0x80 {
					t.Errorf("%s: class %d fill is opaque enough to hide text", tc.mode, c)
				}
			}
		}
	}
	if parseThemeMode("nonsense") != themeSystem || parseThemeMode("dark") != themeDark {
		t.Error("parseThemeMode")
	}
}

// Every size name of our own must be answered by the app's theme, not
// only by an override: Fyne forgets overrides of widgets it has not drawn
// for a minute, and a size of 0 makes a label panic.
func TestAppThemeAnswersCustomSizes(t *testing.T) {
	th := newPathokTheme(themeSystem, nil)
	for n, want := range customSizes {
		if got := th.Size(n); got != want || got <= 0 {
			t.Errorf("app theme size %q: got %v; want %v", n, got, want)
		}
	}
	if _, ok := customSizes[sizeNameCardTitle]; !ok {
		t.Errorf("the card title size %q is not among the app theme's sizes", sizeNameCardTitle)
	}
}
