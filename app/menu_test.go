package app

import (
	"testing"

	"fyne.io/fyne/v2"
)

// Each shortcut has one handler: the zoom keys the menu cannot show work
// with the article focused, and Ctrl+Z is the Edit menu's alone (the menu
// sees every shortcut first), so that one key press never undoes twice.
// (Fyne's test canvas cannot be sent a shortcut, so the window's own
// handler is not exercised here.)
func TestShortcutsHaveOneHandler(t *testing.T) {
	s := newTestScreen(t, "")
	c := s.w.Canvas()
	size := s.view.textSize
	for _, sc := range scZoomInAlt {
		c.Focus(s.view)
		s.view.TypedShortcut(sc)
	}
	if got, want := s.view.textSize, size+float32(len(scZoomInAlt)); got != want {
		t.Errorf("got text size %v after the other zoom-in keys; want %v", got, want)
	}

	i := findSpan(t, s.doc, "ল্যাভরভের")
	lavrov := s.doc.ann.Spans[i].Entry
	s.onHideEntry(lavrov)
	s.wait()
	c.Focus(s.view)
	s.view.TypedShortcut(&fyne.ShortcutUndo{})
	s.wait()
	if _, ok := s.g.ByID(lavrov.ID); ok {
		t.Fatal("got the hide undone by the article; want Ctrl+Z left to the Edit menu")
	}
	if _, ok := s.undoItem.Shortcut.(*fyne.ShortcutUndo); !ok {
		t.Fatalf("got Edit › Undo with shortcut %v; want Ctrl+Z", s.undoItem.Shortcut)
	}
	s.undoItem.Action()
	s.wait()
	if _, ok := s.g.ByID(lavrov.ID); !ok {
		t.Error("got the entry still hidden after Edit › Undo; want it back")
	}
}
