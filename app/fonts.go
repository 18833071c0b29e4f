package app

import (
	"bytes"
	"fmt"
	"math"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// bengaliProbe is a row of consonants. In any real Bengali font they have
// several widths; where no font covers them each is drawn as the same
// "missing glyph" box, so all measure alike. Measuring is what Fyne will
// actually draw with, system fallback included, which no list of font
// files can tell.
const bengaliProbe = "কখগঘঙচছজঝঞটঠ"

// glyphsMissing reports whether every letter of sample measures the same,
// the sign that all are drawn as the missing-glyph box.
func glyphsMissing(sample string) bool {
	first := float32(-1)
	for _, r := range sample {
		w := fyne.MeasureText(string(r), 40, fyne.TextStyle{}).Width
		if first < 0 {
			first = w
			continue
		}
		if math.Abs(float64(w-first)) > 0.01 {
			return false
		}
	}
	return true
}

// bengaliMissing reports whether Bengali would show as boxes.
func bengaliMissing() bool { return glyphsMissing(bengaliProbe) }

// fontMagic are the first bytes of the font files Fyne can load.
var fontMagic = [][]byte{{0, 1, 0, 0}, []byte("OTTO"), []byte("true"), []byte("ttcf")}

// loadFontFile reads a font file for the theme, refusing files that are
// not TrueType or OpenType (Fyne cannot draw with them).
func loadFontFile(path string) (fyne.Resource, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("the font could not be read: %w", err)
	}
	ok := false
	for _, m := range fontMagic {
		ok = ok || bytes.HasPrefix(data, m)
	}
	if !ok {
		return nil, fmt.Errorf("%s is not a TrueType or OpenType font (.ttf, .otf)", filepath.Base(path))
	}
	return fyne.NewStaticResource(filepath.Base(path), data), nil
}

const fontHelp = `Pathok cannot find a font that has Bengali letters, so articles would show as rows of empty boxes.

To fix it, install a Bengali font:
  • Debian, Ubuntu: sudo apt install fonts-noto-core
  • Fedora: sudo dnf install google-noto-sans-bengali-fonts
  • Arch: sudo pacman -S noto-fonts
Windows (Nirmala UI) and macOS (Kohinoor Bangla) have one already.

Or choose a font file, such as NotoSansBengali-Regular.ttf, in Settings.`

// checkFonts says so when Bengali cannot be drawn, on every start until
// it is fixed: an article of boxes is no use to anyone.
func (s *mainScreen) checkFonts() {
	if !bengaliMissing() {
		return
	}
	msg := widget.NewLabel(fontHelp)
	msg.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomConfirm("No Bengali font", "Open Settings", "Later", container.NewPadded(msg), func(ok bool) {
		if ok {
			s.showSettings()
		}
	}, s.w)
	d.Resize(dialogSize(s.w, 560, 420))
	d.Show()
}
