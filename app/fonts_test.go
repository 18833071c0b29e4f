package app

import (
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/test"
)

func TestBengaliFontCheck(t *testing.T) {
	test.NewTempApp(t)
	if bengaliMissing() {
		t.Error("Bengali reads as missing, but fonts-noto-core is installed")
	}
	// Unassigned code points have no glyph in any font: the check must
	// see them as missing, or it could never fire.
	if !glyphsMissing("\u0378\u0379\u0380\u0381") {
		t.Error("unassigned code points pass as drawable")
	}
}

func TestLoadFontFile(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "notes.ttf")
	if err := os.WriteFile(bad, []byte("hello"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := loadFontFile(bad); err == nil {
		t.Error("a text file loads as a font")
	}
	if _, err := loadFontFile(filepath.Join(dir, "none.ttf")); err == nil {
		t.Error("a missing file loads as a font")
	}
	for _, p := range []string{
		"/usr/share/fonts/truetype/noto/NotoSansBengali-Regular.ttf",
	} {
		if _, err := os.Stat(p); err != nil {
			continue
		}
		res, err := loadFontFile(p)
		if err != nil || res == nil {
			t.Errorf("%s: %v", p, err)
		}
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
