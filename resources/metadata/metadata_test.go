package metadata

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/pathok/pathok/resources"
)

// TestEmbeddedCopyIsCurrent: resources/FyneApp.toml is ../FyneApp.toml
// under its DO NOT EDIT header, so the binaries say what the packages say.
func TestEmbeddedCopyIsCurrent(t *testing.T) {
	src, err := os.ReadFile("../../FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	emb := resources.FyneAppTOML
	if !bytes.HasPrefix(emb, []byte("# DO NOT EDIT")) {
		t.Errorf("resources/FyneApp.toml has no DO NOT EDIT header")
	}
	if !bytes.HasSuffix(emb, src) {
		t.Errorf("resources/FyneApp.toml is not a copy of FyneApp.toml: run make metadata")
	}
	body := emb[len(emb)-len(src):]
	for _, line := range strings.Split(string(emb[:len(emb)-len(body)]), "\n") {
		if line != "" && !strings.HasPrefix(line, "#") {
			t.Errorf("header line %q is not a comment", line)
		}
	}
}

func TestPathok(t *testing.T) {
	if got, want := ID(), "io.github.pathok.reader"; got != want {
		t.Errorf("ID() = %q; want %q", got, want)
	}
	if got, want := Name(), "Pathok"; got != want {
		t.Errorf("Name() = %q; want %q", got, want)
	}
	if !regexp.MustCompile(`^\d+\.\d+\.\d+$`).MatchString(Version()) {
		t.Errorf("Version() = %q; want MAJOR.MINOR.PATCH (Fyne's packager requires it)", Version())
	}
	if Build() < 1 {
		t.Errorf("Build() = %d; want ≥ 1", Build())
	}
	if _, err := resources.Files.Open(Pathok.Details.Icon[len("resources/"):]); err != nil {
		t.Errorf("icon %q is not embedded: %v", Pathok.Details.Icon, err)
	}
}

func TestParse(t *testing.T) {
	tests := []struct {
		name, toml string
		wantErr    string // "" for none
	}{
		{"complete", "[Details]\nName = \"P\"\nID = \"a.b.c\"\nVersion = \"1.2.3\"\nBuild = 4\n", ""},
		{"no version", "[Details]\nName = \"P\"\nID = \"a.b.c\"\nBuild = 4\n", "Details.Version is missing"},
		{"empty id", "[Details]\nName = \"P\"\nID = \"\"\nVersion = \"1.2.3\"\nBuild = 4\n", "Details.ID is missing"},
		{"no build", "[Details]\nName = \"P\"\nID = \"a.b.c\"\nVersion = \"1.2.3\"\n", "Details.Build is missing"},
		{"not toml", "[Details\n", "x.toml:"},
		{"version as a number", "[Details]\nName = \"P\"\nID = \"a\"\nVersion = 1.2\nBuild = 1\n", "x.toml:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("x.toml", []byte(tt.toml))
			switch {
			case tt.wantErr == "" && err != nil:
				t.Errorf("got error %v; want none", err)
			case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
				t.Errorf("got error %v; want one containing %q", err, tt.wantErr)
			}
		})
	}
}

// TestEveryPlaceAgrees: nothing but FyneApp.toml spells out the app ID or
// the version; the Makefile reads both from FyneApp.toml, and what it reads
// is what this package reads.
func TestEveryPlaceAgrees(t *testing.T) {
	root := "../.."
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == ".git" || d.Name() == "bin" || d.Name() == "dist" || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if d.IsDir() || !(strings.HasSuffix(path, ".go") || d.Name() == "Makefile") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if bytes.Contains(data, []byte(ID())) {
			t.Errorf("%s spells out the app ID %q; read it from package metadata", path, ID())
		}
		if bytes.Contains(data, []byte(`"`+Version()+`"`)) {
			t.Errorf("%s spells out the version %q; read it from package metadata", path, Version())
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := exec.LookPath("make"); err != nil {
		t.Skip("no make: the Makefile's reading of FyneApp.toml is not checked")
	}
	for v, want := range map[string]string{"VERSION": Version(), "APP_ID": ID()} {
		out, err := exec.Command("make", "-s", "-C", root, "print-"+v).Output()
		if err != nil {
			t.Fatalf("make print-%s: %v", v, err)
		}
		if got := strings.TrimSpace(string(out)); got != want {
			t.Errorf("Makefile %s = %q; want %q (FyneApp.toml)", v, got, want)
		}
	}
}
