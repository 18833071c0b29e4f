package user

import (
	"reflect"
	"strings"
	"testing"
)

// TestUndoImport undoes a large group of adds and edits at once, back to
// the file exactly as it was, and keeps no copy of the file per step.
func TestUndoImport(t *testing.T) {
	start := &File{Version: FormatVersion, Entries: rows(0, 50), Hidden: []string{"kp-pyongyang"}}
	ed := NewEditor(testBuiltin(), start)
	want := ed.User()
	ed.Group(func() string {
		for _, e := range rows(50, 2000) {
			if ps, err := ed.Add(e); err != nil || len(ps) > 0 {
				t.Fatal(ps, err)
			}
		}
		for _, e := range rows(0, 50) {
			e.NoteEN = "changed"
			if ps, err := ed.Update(e); err != nil || len(ps) > 0 {
				t.Fatal(ps, err)
			}
		}
		ed.Delete("user-row-7")
		ed.Unhide("kp-pyongyang")
		return "Imported"
	})
	if n := len(ed.User().Entries); n != 2049 {
		t.Fatalf("got %d entries after the import; want 2049", n)
	}
	// The step holds the 50 entries as they were and the 2,000 ids, not
	// a copy of the file.
	if b := ed.history.bytes; b > 2050*200 {
		t.Errorf("got an undo step of %d bytes; want under %d", b, 2050*200)
	}
	if desc, ok := ed.Undo(); !ok || desc != "Imported" {
		t.Fatalf("got undo %q, %v; want the import", desc, ok)
	}
	if got := ed.User(); !reflect.DeepEqual(got, want) {
		t.Errorf("got %d entries, hidden %v after undo; want the file as before", len(got.Entries), got.Hidden)
	}
	if ed.CanUndo() {
		t.Errorf("got more to undo; want nothing")
	}
}

// TestUndoBudget: the history keeps the newest steps that fit in its
// memory budget, and always the last one.
func TestUndoBudget(t *testing.T) {
	defer func(b int) { undoBudget = b }(undoBudget)
	undoBudget = 100_000
	ed := NewEditor(testBuiltin(), &File{Version: FormatVersion, Entries: rows(0, 1)})
	e := rows(0, 1)[0]
	for i := range 30 {
		e.NoteEN = strings.Repeat("নোট ", 2000+i) // about 20 kB an edit
		if ps, err := ed.Update(e); err != nil || len(ps) > 0 {
			t.Fatal(ps, err)
		}
	}
	if ed.history.bytes > undoBudget {
		t.Errorf("got %d bytes of history; want at most %d", ed.history.bytes, undoBudget)
	}
	if n := len(ed.history.steps); n < 3 || n >= 30 {
		t.Errorf("got %d steps kept; want the few newest that fit", n)
	}
	undoBudget = 10 // smaller than any step
	ed.Update(rows(0, 1)[0])
	if n := len(ed.history.steps); n != 1 {
		t.Errorf("got %d steps over budget; want the last one kept", n)
	}
}
