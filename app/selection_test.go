package app

import (
	"runtime"
	"testing"

	"fyne.io/fyne/v2"
)

// allocated is the bytes f allocates.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// A right-click must not copy the whole article (it once converted all
// of it to []rune to decide whether "Add selection" is enabled).
func TestRightClickDoesNotCopyArticle(t *testing.T) {
	text := longArticle(400_000)
	s := newTestScreen(t, text)
	article := uint64(len(s.doc.runes) * 4) // what a []rune copy takes

	s.view.selFrom, s.view.selTo = 10, 18
	if got := s.view.selectedText(); got != string(s.doc.runes[10:18]) {
		t.Fatalf("got selection %q; want %q", got, string(s.doc.runes[10:18]))
	}
	menu := func() {
		s.onArticleMenu(fyne.NewPos(100, 100), -1)
		s.w.Canvas().Overlays().Top().Hide()
		s.w.Canvas().Overlays().Remove(s.w.Canvas().Overlays().Top())
	}
	menu() // the first menu builds Fyne's caches
	for _, tc := range []struct {
		name   string
		from   int32
		to     int32
		action func()
	}{
		{"menu with a selection", 10, 18, menu},
		{"menu without one", 0, 0, menu},
		{"selected text", 10, 18, func() { _ = s.view.selectedText() }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s.view.selFrom, s.view.selTo = tc.from, tc.to
			if got := allocated(tc.action); got >= article/4 {
				t.Errorf("got %d bytes allocated; want far fewer than the %d of copying the article", got, article)
			}
		})
	}
}
