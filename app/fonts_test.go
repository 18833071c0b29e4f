package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/pathok/pathok/glossary/user"
)

func TestScriptFontCheck(t *testing.T) {
	test.NewTempApp(t)
	if bengaliMissing() {
		t.Error("Bengali letters all measure alike, as missing-glyph boxes: this machine has no Bengali font " +
			"(Debian, Ubuntu: apt install fonts-noto-core), or the check no longer sees the font it has")
	}
	// Hangul syllables all have one advance in a real font: equal widths
	// alone must not read as missing (fonts-noto-cjk is installed by
	// make deps).
	if hangulMissing() {
		t.Error("Hangul syllables measure as missing-glyph boxes: this machine has no Hangul font " +
			"(Debian, Ubuntu: apt install fonts-noto-cjk), or the check mistakes their equal widths for boxes")
	}
	// Unassigned code points have no glyph in any font: the check must
	// see them as missing, or it could never fire.
	if !glyphsMissing("\u0378\u0379\u0380\u0381") {
		t.Error("unassigned code points pass as drawable")
	}
}

// fontFiles writes font files of every kind a reader might pick, made
// from Fyne's own bundled font so that the test needs no system fonts.
func fontFiles(t *testing.T) (dir string, good []byte) {
	t.Helper()
	dir = t.TempDir()
	good = theme.DefaultTextFont().Content()
	// A collection header over one font: Fyne cannot load collections.
	ttc := append([]byte("ttcf\x00\x01\x00\x00\x00\x00\x00\x01\x00\x00\x00\x10"), good...)
	for name, data := range map[string][]byte{
		"good.ttf":    good,
		"notes.ttf":   []byte("hello"),
		"empty.ttf":   nil,
		"half.ttf":    good[:len(good)/2],
		"short.ttf":   good[:len(good)-100],
		"header.ttf":  good[:12],
		"fonts.ttc":   ttc,
		"renamed.ttf": ttc,
		"notes.otf":   []byte("OTTO but not really a font"),
	} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir, good
}

func TestLoadFontFile(t *testing.T) {
	dir, _ := fontFiles(t)
	for _, tc := range []struct {
		file string
		want string // in the error; "" for a font that loads
	}{
		// Fonts Fyne can draw with.
		{"good.ttf", ""},
		// Not fonts at all.
		{"notes.ttf", "not a TrueType or OpenType font"},
		{"empty.ttf", "not a TrueType or OpenType font"},
		{"notes.otf", "not a TrueType or OpenType font"},
		{"none.ttf", "could not be read"},
		// Cut short: the parser panics on some, accepts others whose
		// last tables are missing.
		{"half.ttf", "half.ttf"},
		{"short.ttf", "cut short"},
		{"header.ttf", "header.ttf"},
		// Collections, whatever the name says.
		{"fonts.ttc", "collections (.ttc) are not supported; pick a single .ttf or .otf"},
		{"renamed.ttf", "collections (.ttc) are not supported"},
	} {
		t.Run(tc.file, func(t *testing.T) {
			res, err := loadFontFile(filepath.Join(dir, tc.file))
			switch {
			case tc.want == "" && err != nil:
				t.Fatalf("got error %v; want the font loaded", err)
			case tc.want == "" && res == nil:
				t.Fatal("got no resource; want the font")
			case tc.want != "" && err == nil:
				t.Fatalf("got the font loaded; want an error saying %q", tc.want)
			case tc.want != "" && !strings.Contains(err.Error(), tc.want):
				t.Fatalf("got error %q; want it to say %q", err, tc.want)
			}
		})
	}
	const system = "/usr/share/fonts/truetype/noto/NotoSansBengali-Regular.ttf"
	if _, err := os.Stat(system); err == nil {
		if _, err := loadFontFile(system); err != nil {
			t.Errorf("%s: got %v; want it loaded", system, err)
		}
	}
}

// Choosing a font that Fyne cannot draw with is refused before anything
// is saved, so that it cannot crash this start or the next.
func TestSettingsRefuseBadFont(t *testing.T) {
	dir, _ := fontFiles(t)
	s := newTestScreen(t, "")
	for _, file := range []string{"fonts.ttc", "half.ttf", "short.ttf"} {
		t.Run(file, func(t *testing.T) {
			err := s.setFont(filepath.Join(dir, file))
			if err == nil {
				t.Fatal("got the font accepted; want it refused")
			}
			if got := s.prefs.String(prefFontPath); got != "" {
				t.Errorf("font preference %q after a refusal; want it unchanged (empty)", got)
			}
			if s.font != nil {
				t.Error("the theme uses the refused font")
			}
			fyne.MeasureText("কখগ abc", 18, fyne.TextStyle{}) // would panic with a nil face
		})
	}
}

// A font saved by an older version that Fyne cannot load is dropped at
// start, with a message, rather than crash every start.
func TestStartDropsUnloadableFont(t *testing.T) {
	dir, _ := fontFiles(t)
	for _, file := range []string{"fonts.ttc", "half.ttf", "gone.ttf"} {
		t.Run(file, func(t *testing.T) {
			a := test.NewTempApp(t)
			a.Preferences().SetString(prefFontPath, filepath.Join(dir, file))
			w := a.NewWindow("Pathok")
			t.Cleanup(w.Close)
			s := newMainScreen(a, w)
			s.user.path = filepath.Join(t.TempDir(), user.FileName)
			if got := a.Preferences().String(prefFontPath); got != "" {
				t.Errorf("font preference %q after start; want it dropped", got)
			}
			if s.font != nil {
				t.Error("the theme uses a font that did not load")
			}
			s.start(Options{Sample: true})
			s.wait()
			shown := overlayTexts(t, w.Canvas())
			if !strings.Contains(shown, "Font not loaded") || !strings.Contains(shown, file) {
				t.Errorf("got dialog %q; want one saying the font %s was not loaded", shown, file)
			}
			fyne.MeasureText("কখগ abc", 18, fyne.TextStyle{})
		})
	}
}

func TestSettingsPersist(t *testing.T) {
	s := newTestScreen(t, "")
	s.setThemeMode(themeDark)
	if got := s.prefs.String(prefTheme); got != "dark" {
		t.Errorf("theme saved as %q", got)
	}
	if !currentPalette(s.a.Settings().Theme(), s.a.Settings().ThemeVariant()).dark {
		t.Error("the dark theme does not paint dark")
	}
	s.setThemeMode(themeLight)
	if currentPalette(s.a.Settings().Theme(), s.a.Settings().ThemeVariant()).dark {
		t.Error("the light theme paints dark")
	}
	font := "/usr/share/fonts/truetype/noto/NotoSansBengali-Regular.ttf"
	if _, err := os.Stat(font); err == nil {
		if err := s.setFont(font); err != nil {
			t.Errorf("set font: %v", err)
		}
		if s.prefs.String(prefFontPath) != font {
			t.Error("the font is not saved")
		}
		if err := s.setFont(""); err != nil || s.prefs.String(prefFontPath) != "" {
			t.Errorf("resetting the font: %v", err)
		}
	}
}
