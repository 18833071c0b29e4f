package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
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

// shortcutLabel is how the keyboard help writes a shortcut.
func shortcutLabel(sc fyne.Shortcut) string {
	switch sc.(type) {
	case *fyne.ShortcutUndo:
		return "Ctrl+Z"
	case *fyne.ShortcutCopy:
		return "Ctrl+C"
	case *fyne.ShortcutSelectAll:
		return "Ctrl+A"
	}
	cs, ok := sc.(*desktop.CustomShortcut)
	if !ok {
		return sc.ShortcutName()
	}
	keys := map[fyne.KeyName]string{fyne.KeyEqual: "=", fyne.KeyMinus: "-", fyne.KeyComma: ",",
		fyne.KeyPlus: "+", fyne.KeyHome: "Home", fyne.KeyEnd: "End"}
	key, ok := keys[cs.KeyName]
	if !ok {
		key = string(cs.KeyName)
	}
	mod := ""
	if cs.Modifier&fyne.KeyModifierShortcutDefault != 0 {
		mod += "Ctrl+"
	}
	if cs.Modifier&fyne.KeyModifierShift != 0 && cs.KeyName != fyne.KeyPlus {
		mod += "Shift+"
	}
	return mod + key
}

// The keyboard help lists every shortcut the menu, the window and the
// article take.
func TestKeyboardHelpListsEveryShortcut(t *testing.T) {
	s := newTestScreen(t, "")
	var all []fyne.Shortcut
	var walk func(items []*fyne.MenuItem)
	walk = func(items []*fyne.MenuItem) {
		for _, it := range items {
			if it.Shortcut != nil {
				all = append(all, it.Shortcut)
			}
			if it.ChildMenu != nil {
				walk(it.ChildMenu.Items)
			}
		}
	}
	for _, m := range s.mainMenu.Items {
		walk(m.Items)
	}
	all = append(all, scZoomInAlt...)
	all = append(all, &fyne.ShortcutCopy{}, &fyne.ShortcutSelectAll{}, scTop, scEnd)
	for _, sc := range all {
		if l := shortcutLabel(sc); !strings.Contains(keysText, l) {
			t.Errorf("got keyboard help without %s (%s); want every shortcut listed", l, sc.ShortcutName())
		}
	}
	s.showKeys()
	if shown := overlayTexts(t, s.w.Canvas()); !strings.Contains(shown, "Ctrl+End") {
		t.Errorf("got Keyboard dialog %q; want the help", shown)
	}
}

// Ctrl+Home and Ctrl+End go to the start and the end of the article.
func TestCtrlHomeAndEnd(t *testing.T) {
	s := newTestScreen(t, longArticle(20_000))
	s.w.Canvas().Focus(s.view)
	s.view.TypedShortcut(scEnd)
	s.view.settle()
	end := s.view.contentHeight() - s.view.Size().Height
	if end <= 0 {
		t.Fatalf("got an article %v high in a view %v high; want one longer than the view", s.view.contentHeight(), s.view.Size().Height)
	}
	if got := s.view.viewTop; got < end-1 {
		t.Errorf("got the view at %v after Ctrl+End; want the end, %v", got, end)
	}
	s.view.TypedShortcut(scTop)
	s.view.settle()
	if got := s.view.viewTop; got != 0 {
		t.Errorf("got the view at %v after Ctrl+Home; want the start, 0", got)
	}
}

// The zoom level is shown when it changes.
func TestZoomLevelShown(t *testing.T) {
	s := newTestScreen(t, "")
	s.setTextSize(defaultTextSize)
	s.zoom(+2)
	want := zoomLevel(defaultTextSize + 2)
	if got := s.note.Text; got != want || !strings.Contains(got, "111%") {
		t.Errorf("got note %q after zooming in; want %q", got, want)
	}
}

// Enter on a highlight does what a click does: the card, and its entry
// chosen in the glossary pane.
func TestEnterSelectsEntry(t *testing.T) {
	s := newTestScreen(t, "")
	s.w.Canvas().Focus(s.view)
	i := findSpan(t, s.doc, "ল্যাভরভের")
	s.view.setCurrent(i)
	s.view.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	want := s.doc.ann.Spans[i].Entry
	if s.sel.entry == nil || s.sel.entry.ID != want.ID {
		t.Fatalf("got pane selection %v after Enter; want %s", s.sel.entry, want.ID)
	}
	if !s.card.Visible() || !s.card.pinned || s.card.span != i {
		t.Errorf("got card visible %v pinned %v span %d; want the pinned card of span %d", s.card.Visible(), s.card.pinned, s.card.span, i)
	}
	if s.w.Canvas().Focused() != s.view {
		t.Error("got the focus moved off the article; want it kept for Tab and Enter")
	}
}

// Shortcuts that open things wait while a dialog is up: the main menu
// takes them even behind a modal dialog.
func TestShortcutsWaitBehindDialog(t *testing.T) {
	s := newTestScreen(t, "")
	items := map[string]*fyne.MenuItem{}
	for _, m := range s.mainMenu.Items {
		for _, it := range m.Items {
			if it.Shortcut != nil {
				items[it.Shortcut.ShortcutName()] = it
			}
		}
	}
	for _, sc := range []fyne.Shortcut{scOpen, scPaste, scExport, scSettings} {
		t.Run(sc.ShortcutName(), func(t *testing.T) {
			ov := s.w.Canvas().Overlays()
			s.showKeys()
			if ov.List() == nil || len(ov.List()) != 1 {
				t.Fatalf("got %d overlays after Help › Keyboard; want 1", len(ov.List()))
			}
			doc := s.doc
			s.a.Clipboard().SetContent("সের্গেই ল্যাভরভ")
			items[sc.ShortcutName()].Action()
			s.wait()
			if n := len(ov.List()); n != 1 || s.doc != doc {
				t.Errorf("got %d overlays and article changed %v; want the shortcut to wait behind the dialog", n, s.doc != doc)
			}
			for ov.Top() != nil {
				ov.Remove(ov.Top())
			}
		})
	}
}
