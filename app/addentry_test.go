package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// The Edit dialog's multi-line fields are tall enough to show every form
// and the whole note of the entry they open on.
func TestEditFormShowsAllLines(t *testing.T) {
	s := newTestScreen(t, "")
	i := findSpan(t, s.doc, "ল্যাভরভের")
	lavrov := s.doc.ann.Spans[i].Entry
	noteW := fyne.MeasureText(lavrov.NoteEN, theme.TextSize(), fyne.TextStyle{}).Width
	if len(lavrov.Bengali) < 4 || noteW <= fieldWidth {
		t.Fatalf("got %d Bengali forms and a note %v wide; the test needs many forms and a note wider than a field", len(lavrov.Bengali), noteW)
	}
	s.onSpanTapped(i)
	test.Tap(s.pane.card.edit)
	f := s.form
	if f == nil {
		t.Fatal("Edit does not open the form")
	}
	rowsHigh := func(n int) float32 {
		e := widget.NewMultiLineEntry()
		e.SetMinRowsVisible(n)
		return e.MinSize().Height
	}
	if lines := strings.Count(f.bengali.Text, "\n") + 1; f.bengali.MinSize().Height < rowsHigh(lines) {
		t.Errorf("got the Bengali field %v high for %d forms; want at least %v", f.bengali.MinSize().Height, lines, rowsHigh(lines))
	}
	if f.noteEN.MinSize().Height < rowsHigh(2) {
		t.Errorf("got the note field %v high for a note of %d letters; want at least two rows (%v)", f.noteEN.MinSize().Height, len(f.noteEN.Text), rowsHigh(2))
	}
	// A new entry keeps the compact fields.
	f.hide()
	s.showNewEntry()
	if got, want := s.form.bengali.MinSize().Height, rowsHigh(2); got != want {
		t.Errorf("got a new entry's Bengali field %v high; want two rows, %v", got, want)
	}
}
