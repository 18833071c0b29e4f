package app

import (
	"testing"
)

// Rapid edits (or Ctrl+Z held down) each ask for a full rebuild; only the
// newest may run to the end, one at a time, and the screen ends up
// showing the last state.
func TestRapidEditsRebuildLatestOnly(t *testing.T) {
	s := newTestScreen(t, "")
	var ids []string
	seen := map[string]bool{}
	for _, sp := range s.doc.ann.Spans {
		if e := sp.Entry; e != nil && !seen[e.ID] && len(ids) < 12 {
			seen[e.ID] = true
			ids = append(ids, e.ID)
		}
	}
	if len(ids) < 12 {
		t.Fatalf("got %d glossary entries in the sample; want 12 to hide", len(ids))
	}
	// The test is the UI goroutine here: results wait while it works.
	s.tasks.applying.Lock()
	for _, id := range ids {
		if err := s.user.ed.Hide(id); err != nil {
			t.Fatal(err)
		}
		s.commit("Hid "+id, "")
	}
	// Held Ctrl+Z: the edits come back one by one, as fast as keys repeat.
	for range 6 {
		s.onUndo()
	}
	s.tasks.applying.Unlock()
	s.wait()

	edits := int32(len(ids) + 6)
	if got := s.rebuilding.mostAtOnce.Load(); got != 1 {
		t.Errorf("got %d rebuilds running at once; want 1", got)
	}
	if got := s.rebuilding.ran.Load(); got >= edits/2 {
		t.Errorf("got %d of %d rebuilds run to the end; want the overtaken ones cancelled", got, edits)
	}
	for i, id := range ids {
		_, inGlossary := s.g.ByID(id)
		if wantHidden := i < len(ids)-6; inGlossary == wantHidden {
			t.Errorf("%s: in the glossary %v; want %v after the last edit", id, inGlossary, !wantHidden)
		}
		shown := false
		for _, sp := range s.doc.ann.Spans {
			shown = shown || sp.Entry != nil && sp.Entry.ID == id
		}
		if shown != inGlossary {
			t.Errorf("%s: marked in the article %v; want %v, as in the glossary", id, shown, inGlossary)
		}
	}
	if s.progressBox.Visible() || s.tasks.busy != 0 || s.tasks.pending != 0 {
		t.Errorf("progress still shown after the work: busy %d, pending %d", s.tasks.busy, s.tasks.pending)
	}
}
