package app

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"runtime"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
	"github.com/go-text/typesetting/font"
	ot "github.com/go-text/typesetting/font/opentype"
)

// bengaliProbe is a row of consonants. Where no font covers them each is
// drawn as the "missing glyph" box, so all measure as the box does. Measuring is what Fyne will
// actually draw with, system fallback included, which no list of font
// files can tell.
const bengaliProbe = "কখগঘঙচছজঝঞটঠ"

// glyphsMissing reports whether every letter of sample measures as the
// missing-glyph box does: as wide as a noncharacter (U+FFFF), which no
// font draws. Comparing the letters only with one another is not enough:
// Hangul syllables all have the same advance in a real font too.
func glyphsMissing(sample string) bool {
	box := fyne.MeasureText("\uffff", 40, fyne.TextStyle{}).Width
	for _, r := range sample {
		w := fyne.MeasureText(string(r), 40, fyne.TextStyle{}).Width
		if math.Abs(float64(w-box)) > 0.01 {
			return false
		}
	}
	return true
}

// bengaliMissing reports whether Bengali would show as boxes.
func bengaliMissing() bool { return glyphsMissing(bengaliProbe) }

// hangulProbe is a row of Hangul syllables, for the same test.
const hangulProbe = "가나다라마바사아자차카타"

// hangulMissing reports whether Korean names' originals would show as boxes.
func hangulMissing() bool { return glyphsMissing(hangulProbe) }

// systemFontFiles are the font files an OS ships for Bengali and for
// Hangul, best first. Fyne falls back to system fonts by itself, but it
// cannot read collections (.ttc), and recent Windows ships Nirmala UI only
// as Nirmala.ttc: where Fyne's fallback finds no Bengali, Pathok looks for
// these by name. Windows keeps them in %WINDIR%\Fonts: Nirmala UI (Windows
// 8 and later; Nirmala.ttf until Windows 11), Vrinda (older Windows) and,
// for Hangul, Malgun Gothic (malgun.ttf).
func systemFontFiles(goos, windir string) (bengali, hangul []string) {
	switch goos {
	case "windows":
		if windir == "" {
			windir = `C:\Windows`
		}
		dir := filepath.Join(windir, "Fonts")
		for _, f := range []string{"Nirmala.ttf", "NirmalaUI.ttf", "vrinda.ttf"} {
			bengali = append(bengali, filepath.Join(dir, f))
		}
		hangul = []string{filepath.Join(dir, "malgun.ttf")}
	case "linux", "freebsd", "openbsd", "netbsd":
		bengali = []string{
			"/usr/share/fonts/truetype/noto/NotoSansBengali-Regular.ttf",
			"/usr/share/fonts/noto/NotoSansBengali-Regular.ttf",
			"/usr/share/fonts/google-noto/NotoSansBengali-Regular.ttf",
		}
	}
	return bengali, hangul
}

// findBengaliFont is the first of the system's Bengali font files that
// Fyne can load, or nil.
func findBengaliFont(goos, windir string) (fyne.Resource, string) {
	files, _ := systemFontFiles(goos, windir)
	for _, f := range files {
		if res, err := loadFontFile(f); err == nil {
			return res, f
		}
	}
	return nil, ""
}

// maxFontSize bounds the font file read: the largest Bengali fonts are
// a few megabytes, and whole-script CJK fonts stay under 32 MB.
const maxFontSize = 64 << 20

// loadFontFile reads a font file for the theme. It refuses what Fyne
// cannot draw with: anything that is not a single TrueType or OpenType
// font, font collections (.ttc, which Fyne 2.8 cannot load, keeping a nil
// face that panics when text is measured) and damaged or truncated files.
func loadFontFile(path string) (fyne.Resource, error) {
	name := filepath.Base(path)
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("the font could not be read: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxFontSize+1))
	if err != nil {
		return nil, fmt.Errorf("the font could not be read: %w", err)
	}
	if len(data) > maxFontSize {
		size := int64(len(data))
		if st, err := f.Stat(); err == nil {
			size = st.Size()
		}
		return nil, fmt.Errorf("%s is %d MB; Pathok reads font files up to %d MB", name, size>>20, maxFontSize>>20)
	}
	if err := checkFont(data); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return fyne.NewStaticResource(name, data), nil
}

// errFontCollection is the refusal of a .ttc file.
var errFontCollection = errors.New("font collections (.ttc) are not supported; pick a single .ttf or .otf font")

// checkFont parses data the way Fyne will, and reads every table it
// lists, so that a font is refused here rather than crash the app later.
func checkFont(data []byte) (err error) {
	if bytes.HasPrefix(data, []byte("ttcf")) {
		return errFontCollection
	}
	// The parser panics on some damaged files rather than return an error.
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("not a usable TrueType or OpenType font (.ttf, .otf): damaged (%v)", r)
		}
	}()
	ld, err := ot.NewLoader(bytes.NewReader(data))
	if err != nil {
		return fmt.Errorf("not a TrueType or OpenType font (.ttf, .otf): %w", err)
	}
	for _, tag := range ld.Tables() {
		if _, err := ld.RawTable(tag); err != nil {
			return fmt.Errorf("the font is damaged or cut short: table %s: %w", tag, err)
		}
	}
	if _, err := font.ParseTTF(bytes.NewReader(data)); err != nil {
		return fmt.Errorf("not a usable TrueType or OpenType font (.ttf, .otf): %w", err)
	}
	return nil
}

const fontHelp = `Pathok cannot find a font that has Bengali letters, so articles would show as rows of empty boxes.

To fix it, install a Bengali font:
  • Debian, Ubuntu: sudo apt install fonts-noto-core
  • Fedora: sudo dnf install google-noto-sans-bengali-fonts
  • Arch: sudo pacman -S noto-fonts
  • Windows: Settings ▸ Personalisation ▸ Fonts ▸ get the Bengali
    supplemental fonts (Nirmala UI), or choose C:\Windows\Fonts\Nirmala.ttf
macOS (Kohinoor Bangla) has one already.

Or choose a font file, such as NotoSansBengali-Regular.ttf, in Settings.`

const hangulHelp = "No Hangul font: Korean originals show as boxes (install fonts-noto-cjk; on Windows, Malgun Gothic)"

// checkHangul says so when Korean originals would show as boxes. It runs
// once the window's first frame is up, which has no Hangul: measuring it
// loads the CJK font.
func (s *mainScreen) checkHangul() {
	if hangulMissing() {
		s.flash(hangulHelp)
	}
}

// checkFonts says so when Bengali cannot be drawn, on every start until
// it is fixed: an article of boxes is no use to anyone.
func (s *mainScreen) checkFonts() {
	if !bengaliMissing() {
		return
	}
	// The user chose no font: use the system's Bengali font that Fyne's
	// fallback missed, for this run only, so that a font installed later
	// or chosen in Settings still wins.
	if s.font == nil {
		if res, _ := findBengaliFont(runtime.GOOS, os.Getenv("WINDIR")); res != nil {
			s.font = res
			s.applyTheme()
			if !bengaliMissing() {
				return
			}
			s.font = nil
			s.applyTheme()
		}
	}
	msg := widget.NewLabel(fontHelp)
	msg.Wrapping = fyne.TextWrapWord
	d := newCustomConfirm(s.w, "No Bengali font", "Open Settings", "Later", container.NewPadded(msg), func(ok bool) {
		if ok {
			s.showSettings()
		}
	})
	d.Resize(dialogSize(s.w, 560, 420))
	d.Show()
}
