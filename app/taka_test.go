package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/pathok/pathok/glossary/figures"
)

// findSelect is the first Select in the dialog on top.
func findSelect(t *testing.T, c fyne.Canvas) *widget.Select {
	t.Helper()
	var found *widget.Select
	if top := c.Overlays().Top(); top != nil {
		walkObjects(t, top, func(o fyne.CanvasObject) bool {
			found, _ = o.(*widget.Select)
			return found == nil
		})
	}
	if found == nil {
		t.Fatal("no choice for টাকা in the Settings dialog")
	}
	return found
}

// TestSettingsTaka: Settings says what টাকা stands for; the article is
// marked again with the choice, which is kept, and an unknown saved value
// falls back to deciding per article.
func TestSettingsTaka(t *testing.T) {
	s := newTestScreen(t, "বাজারে চালের দাম কেজিতে ৫০০ টাকা।")
	money := func() string {
		t.Helper()
		return s.doc.ann.Spans[findSpan(t, s.doc, "৫০০ টাকা")].Value
	}
	if got, want := money(), "500 BDT"; got != want {
		t.Fatalf("per article: got %q; want %q", got, want)
	}
	var sel *widget.Select
	ui(s, func() {
		s.showSettings()
		sel = findSelect(t, s.w.Canvas())
	})
	if got, want := sel.Selected, "Decide per article"; got != want {
		t.Errorf("Settings shows %q; want %q", got, want)
	}
	ui(s, func() { sel.SetSelected("Indian rupee (INR)") })
	s.wait()
	if got, want := money(), "500 INR"; got != want {
		t.Errorf("after choosing the rupee: got %q; want %q", got, want)
	}
	if got := s.prefs.String(prefTaka); got != figures.TakaINR {
		t.Errorf("saved %q; want %q", got, figures.TakaINR)
	}
	// A new article is read with the choice too.
	ui(s, func() { s.open(pastedSource("ভাড়া ২০০ টাকা বেড়েছে।")) })
	s.wait()
	if got, want := s.doc.ann.Spans[findSpan(t, s.doc, "২০০ টাকা")].Value, "200 INR"; got != want {
		t.Errorf("a new article: got %q; want %q", got, want)
	}
	// An unknown saved value reads as per article.
	ui(s, func() {
		s.prefs.SetString(prefTaka, "GBP")
		s.loadSettings()
	})
	if s.taka != figures.TakaAuto {
		t.Errorf("saved GBP: got %q; want %q", s.taka, figures.TakaAuto)
	}
}
