package app

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
)

func TestOpenBadFileShowsError(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	for _, tc := range []struct {
		name string
		path string
		want string // in the dialog
	}{
		{"binary", write("photo.txt", append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), bytes.Repeat([]byte{0, 1, 2, 3}, 64)...)), "PNG image"},
		{"invalid UTF-8", write("latin1.txt", []byte("রাশিয়া \xe9t\xe9 \xff moscou")), "not valid UTF-8"},
		{"empty", write("empty.txt", []byte("  \n\n ")), "is empty"},
		{"missing", filepath.Join(dir, "gone.txt"), "no longer there"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := newTestScreen(t, "")
			before := s.doc
			s.openPath(tc.path)
			s.wait()
			shown := overlayTexts(t, s.w.Canvas())
			if !strings.Contains(shown, tc.want) {
				t.Errorf("the dialog says %q; want %q in it", shown, tc.want)
			}
			if s.doc != before {
				t.Error("a bad file replaced the article on screen")
			}
		})
	}
}

func TestOpenFileRemembersRecent(t *testing.T) {
	s := newTestScreen(t, "")
	p := filepath.Join(t.TempDir(), "খবর.txt")
	if err := os.WriteFile(p, []byte("পিয়ংইয়ংয়ে সের্গেই ল্যাভরভ।\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	s.openPath(p)
	s.wait()
	if s.doc.uri == nil || s.doc.uri.Path() != p {
		t.Fatalf("opened %v", s.doc.uri)
	}
	if got := recentFiles(s.prefs); len(got) != 1 || got[0] != storage.NewFileURI(p).String() {
		t.Errorf("recent files: %v", got)
	}
	if items := s.recentMenu.ChildMenu.Items; len(items) == 0 || !strings.HasPrefix(items[0].Label, "খবর.txt") {
		t.Errorf("the Recent menu does not list the file first")
	}
	if s.doc.counts.Names < 2 {
		t.Errorf("counts %+v", s.doc.counts)
	}
	if !strings.Contains(s.status.Text, "names") {
		t.Errorf("status line %q", s.status.Text)
	}

	// Next start: the most recent article comes back.
	s.doc = nil
	s.openInitial(Options{})
	s.wait()
	if s.doc == nil || s.doc.uri == nil || s.doc.uri.Path() != p {
		t.Errorf("the most recent article was not reopened")
	}
	// -sample wins over it.
	s.openInitial(Options{Sample: true})
	s.wait()
	if s.doc.uri != nil {
		t.Errorf("-sample opened %v", s.doc.uri)
	}
}

func TestDropFile(t *testing.T) {
	s := newTestScreen(t, "")
	dir := t.TempDir()
	page := filepath.Join(dir, "page.html")
	html := "<!DOCTYPE html><html><body><script>var x;</script><p>পিয়ংইয়ংয়ে কিম জং উন।</p></body></html>"
	if err := os.WriteFile(page, []byte(html), 0o644); err != nil {
		t.Fatal(err)
	}
	s.onDropped(fyne.NewPos(10, 10), []fyne.URI{storage.NewFileURI(page), storage.NewFileURI(filepath.Join(dir, "other.txt"))})
	s.wait()
	if s.doc.uri == nil || s.doc.uri.Name() != "page.html" {
		t.Fatalf("dropping opened %v", s.doc.uri)
	}
	if strings.Contains(s.doc.ann.Text, "var x") || s.doc.counts.Names < 2 {
		t.Errorf("the page was not read as HTML: %q", s.doc.ann.Text)
	}
}

func TestPasteArticle(t *testing.T) {
	s := newTestScreen(t, "")
	s.a.Clipboard().SetContent("উত্তর কোরিয়ার পররাষ্ট্রমন্ত্রী চোয়ে সন হুই মস্কো যান।")
	s.onPaste()
	s.wait()
	if s.doc.name != "Pasted article" || s.doc.counts.Names < 2 {
		t.Errorf("pasted: %s, %+v", s.doc.name, s.doc.counts)
	}
	s.a.Clipboard().SetContent("  ")
	s.onPaste()
	if !strings.Contains(overlayTexts(t, s.w.Canvas()), "clipboard holds no text") {
		t.Error("pasting nothing says nothing")
	}
}

func TestExportHTML(t *testing.T) {
	s := newTestScreen(t, "")
	var b bytes.Buffer
	if err := exportHTML(&b, s.doc); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if !strings.Contains(out, "<mark") || !strings.Contains(out, "Sergei Lavrov") {
		t.Errorf("the page lacks its highlights: %.300s", out)
	}
	if got := exportName(s.doc); got != "article-pathok.html" {
		t.Errorf("export name %q", got)
	}
}

// Pasting text with no Bengali says why nothing is highlighted.
func TestPasteWithoutBengaliSaysWhy(t *testing.T) {
	s := newTestScreen(t, "")
	for _, tc := range []struct {
		name, text string
		warned     bool
	}{
		{"English", "Sergei Lavrov met Kim Jong Un in Pyongyang on Tuesday.", true},
		{"Russian", "Сергей Лавров прибыл в Пхеньян.", true},
		{"Bengali", "সের্গেই ল্যাভরভ পিয়ংইয়ংয়ে পৌঁছেছেন।", false},
		{"Bengali digits only", "১২৩", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s.a.Clipboard().SetContent(tc.text)
			s.onPaste()
			s.wait()
			if s.doc == nil || s.doc.ann.Text != tc.text {
				t.Fatal("the pasted text is not open")
			}
			warned := strings.Contains(s.note.Text, "No Bengali")
			if warned != tc.warned {
				t.Errorf("got note %q; want a word on missing Bengali: %v", s.note.Text, tc.warned)
			}
		})
	}
}

// The first article's read starts the glossary's load at once when the
// file is long enough to be marked in two steps.
func TestLongFile(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, n int) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, bytes.Repeat([]byte("ক\n"), n/4), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	tests := []struct {
		name string
		src  source
		want bool
	}{
		{"long file", pathSource(write("দীর্ঘ.txt", 3*firstPartBytes)), true},
		{"short file", pathSource(write("ছোট.txt", firstPartBytes)), false},
		// Not a regular file, or none at all: read as any other.
		{"missing", pathSource(filepath.Join(dir, "নেই.txt")), false},
		{"folder", pathSource(dir), false},
		{"sample", sampleSource(), false},
		{"pasted", pastedSource(strings.Repeat("ক\n", firstPartBytes)), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := longFile(tt.src); got != tt.want {
				t.Errorf("got longFile %v; want %v", got, tt.want)
			}
		})
	}
}
