package app

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"fyne.io/fyne/v2/test"
)

func TestSystemFontFiles(t *testing.T) {
	win := func(windir, name string) string { return filepath.Join(windir, "Fonts", name) }
	tests := []struct {
		name, goos, windir string
		bengali, hangul    []string
	}{
		// Windows: Nirmala UI first, Vrinda for older systems; Malgun Gothic for Hangul.
		{"windows", "windows", `D:\WIN`, []string{win(`D:\WIN`, "Nirmala.ttf"), win(`D:\WIN`, "NirmalaUI.ttf"), win(`D:\WIN`, "vrinda.ttf")}, []string{win(`D:\WIN`, "malgun.ttf")}},
		{"windows without WINDIR", "windows", "", []string{win(`C:\Windows`, "Nirmala.ttf"), win(`C:\Windows`, "NirmalaUI.ttf"), win(`C:\Windows`, "vrinda.ttf")}, []string{win(`C:\Windows`, "malgun.ttf")}},
		// Linux: Noto Sans Bengali where the distributions put it.
		{"linux", "linux", "", []string{"/usr/share/fonts/truetype/noto/NotoSansBengali-Regular.ttf", "/usr/share/fonts/noto/NotoSansBengali-Regular.ttf", "/usr/share/fonts/google-noto/NotoSansBengali-Regular.ttf"}, nil},
		{"plan9", "plan9", "", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, h := systemFontFiles(tt.goos, tt.windir)
			if !slices.Equal(b, tt.bengali) || !slices.Equal(h, tt.hangul) {
				t.Errorf("got %q, %q; want %q, %q", b, h, tt.bengali, tt.hangul)
			}
		})
	}
}

// TestFindBengaliFont: a Windows folder whose Nirmala.ttf is damaged and
// whose Vrinda is real yields Vrinda; one with neither yields nothing.
func TestFindBengaliFont(t *testing.T) {
	const noto = "/usr/share/fonts/truetype/noto/NotoSansBengali-Regular.ttf"
	data, err := os.ReadFile(noto)
	if err != nil {
		t.Skipf("needs fonts-noto-core: %v", err)
	}
	test.NewTempApp(t)
	windir := t.TempDir()
	fonts := filepath.Join(windir, "Fonts")
	if err := os.Mkdir(fonts, 0o755); err != nil {
		t.Fatal(err)
	}
	if res, path := findBengaliFont("windows", windir); res != nil {
		t.Errorf("empty Fonts folder: got %s; want none", path)
	}
	if err := os.WriteFile(filepath.Join(fonts, "Nirmala.ttf"), []byte("not a font"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(fonts, "vrinda.ttf"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	res, path := findBengaliFont("windows", windir)
	if want := filepath.Join(fonts, "vrinda.ttf"); path != want || res == nil {
		t.Errorf("got %q; want %q", path, want)
	}
}
