package app

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/pathok/pathok/glossary"
	"github.com/pathok/pathok/glossary/user"
)

// villages are n entries of our own, numbered from first, with Bengali
// names no built-in entry uses.
func villages(first, n int) []*glossary.Entry {
	letters := []rune("কখগঘচছজঝটঠডঢতথদধনপফবভমযরলশসহ")
	var es []*glossary.Entry
	for i := first; i < first+n; i++ {
		name := string(letters[i%len(letters)]) + string(letters[i/len(letters)%len(letters)]) + "পুর"
		es = append(es, &glossary.Entry{ID: fmt.Sprintf("user-village-%d", i), Kind: glossary.Place, Country: "BD",
			Bengali: []string{"গ্রাম " + name}, English: []string{fmt.Sprintf("Village %d", i)}, Origin: "user"})
	}
	return es
}

// addOne adds e in the editor and commits it, as the entry form does.
func addOne(t *testing.T, s *mainScreen, e *glossary.Entry) {
	t.Helper()
	if ps, err := s.user.ed.Add(e.Clone()); len(ps) > 0 || err != nil {
		t.Fatal(ps, err)
	}
	s.commit("Added "+quoted(e), "")
}

// TestAppKeepsChangesOfAnotherProgram: while the app is open, another
// program (pathok-cli glossary import) adds 300 entries to the file. The
// app's next save keeps them under its own change instead of writing
// the file it read at start over them, and shows them.
func TestAppKeepsChangesOfAnotherProgram(t *testing.T) {
	s := newTestScreen(t, mccarthy)
	addOne(t, s, villages(0, 1)[0])
	s.wait()

	err := user.Update(s.user.path, func(disk *user.File) (*user.File, error) {
		disk.Entries = append(disk.Entries, villages(1, 300)...)
		return disk, nil
	})
	if err != nil {
		t.Fatal(err)
	}

	addOne(t, s, villages(301, 1)[0])
	s.wait()
	if u := userEntries(t, s.user.path); len(u.Entries) != 302 {
		t.Errorf("got %d entries in the file; want 302 (the app's 2 and the other program's 300)", len(u.Entries))
	}
	if n := len(s.user.ed.User().Entries); n != 302 {
		t.Errorf("got %d entries in the editor; want 302", n)
	}
	if _, ok := s.g.ByID("user-village-150"); !ok {
		t.Errorf("got the other program's entries missing from the glossary shown; want them there")
	}
	if !strings.Contains(s.note.Text, "300 changes another program saved") {
		t.Errorf("got note %q; want it to say what came from another program", s.note.Text)
	}
	// Undo takes back the reader's own change only.
	s.onUndo()
	s.wait()
	if u := userEntries(t, s.user.path); len(u.Entries) != 301 {
		t.Errorf("got %d entries after undo; want 301", len(u.Entries))
	}
}

// TestAppSaysWhenBothChangedAnEntry: the reader and another program both
// change one entry; the reader's version is kept, and the status line
// says whose change was set aside rather than dropping it silently.
func TestAppSaysWhenBothChangedAnEntry(t *testing.T) {
	s := newTestScreen(t, mccarthy)
	v := villages(0, 1)[0]
	addOne(t, s, v)
	s.wait()
	err := user.Update(s.user.path, func(disk *user.File) (*user.File, error) {
		for _, e := range disk.Entries {
			if e.ID == v.ID {
				e.English = []string{"Village Zero (theirs)"}
			}
		}
		return disk, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	mine := v.Clone()
	mine.English = []string{"Village Zero (mine)"}
	if ps, err := s.user.ed.Update(mine); len(ps) > 0 || err != nil {
		t.Fatal(ps, err)
	}
	s.commit("Changed "+quoted(mine), "")
	s.wait()
	if u := userEntries(t, s.user.path); len(u.Entries) != 1 || u.Entries[0].EnglishHeadword() != "Village Zero (mine)" {
		t.Errorf("got %d entries in the file (%v); want the reader's version only", len(u.Entries), u.Entries)
	}
	if want := "another program had also changed Village Zero (mine): your version is kept"; !strings.Contains(s.note.Text, want) {
		t.Errorf("got note %q; want it to say %q", s.note.Text, want)
	}
}

// TestLastEditSavedOnClose: closing the window waits for the save of
// the last change (here held up by another program's lock for a while),
// but no longer than saveAtQuitLimit.
func TestLastEditSavedOnClose(t *testing.T) {
	cases := []struct {
		name      string
		holdLock  time.Duration // how long the other program keeps the file
		limit     time.Duration
		wantSaved bool
	}{
		{"save done within the limit", 300 * time.Millisecond, 5 * time.Second, true},
		{"save stuck past the limit", time.Hour, 200 * time.Millisecond, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			defer func(d time.Duration) { saveAtQuitLimit = d }(saveAtQuitLimit)
			saveAtQuitLimit = c.limit
			s := newScreenToClose(t)
			release, err := user.Lock(s.user.path, 0)
			if err != nil {
				t.Fatal(err)
			}
			released := make(chan struct{})
			let := func() {
				select {
				case <-released:
				default:
					close(released)
					release()
				}
			}
			defer let()
			go func() {
				select {
				case <-time.After(c.holdLock):
					let()
				case <-released:
				}
			}()
			addOne(t, s, villages(0, 1)[0])
			s.w.Close()
			_, err = os.Stat(s.user.path)
			if saved := err == nil; saved != c.wantSaved {
				t.Errorf("got the edit saved %v when the window closed; want %v", saved, c.wantSaved)
			}
			let()
			s.wait()
		})
	}
}

// newScreenToClose is newTestScreen for a test that closes the window
// itself (the test driver cannot close a window twice).
func newScreenToClose(t *testing.T) *mainScreen {
	t.Helper()
	a := test.NewTempApp(t)
	s := newMainScreen(a, a.NewWindow("Pathok"))
	s.user.path = filepath.Join(t.TempDir(), user.FileName)
	s.loadGlossary(nil)
	s.wait()
	if s.user.ed == nil {
		t.Fatal("the glossary did not load")
	}
	return s
}

// TestReadOnlyGlossaryIsKept: a glossary file the reader made read-only
// is not replaced. The app says so once, not at every edit, and keeps
// the edits in use.
func TestReadOnlyGlossaryIsKept(t *testing.T) {
	path := filepath.Join(t.TempDir(), user.FileName)
	writeJSON(t, path, &user.File{Version: user.FormatVersion, Entries: villages(0, 1)})
	if err := os.Chmod(path, 0o444); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(path)
	s := newTestScreenAt(t, mccarthy, path)

	addOne(t, s, villages(1, 1)[0])
	s.wait()
	shown := overlayTexts(t, s.w.Canvas())
	for _, want := range []string{"not saved", "read-only", path, "until you quit"} {
		if !strings.Contains(shown, want) {
			t.Errorf("got dialog\n%s\nwant it to say %q", shown, want)
		}
	}
	if top := s.w.Canvas().Overlays().Top(); top != nil {
		s.w.Canvas().Overlays().Remove(top)
	}
	addOne(t, s, villages(2, 1)[0])
	s.wait()
	if shown := overlayTexts(t, s.w.Canvas()); shown != "" {
		t.Errorf("got a second dialog\n%s\nwant the problem told once", shown)
	}
	if !strings.Contains(s.note.Text, "Not saved") {
		t.Errorf("got note %q; want it to say the change is not saved", s.note.Text)
	}
	if data, _ := os.ReadFile(path); !bytes.Equal(data, before) {
		t.Errorf("got the read-only file replaced; want it as it was")
	}
	if _, ok := s.g.ByID("user-village-2"); !ok {
		t.Errorf("got the unsaved entry missing from the glossary; want it in use")
	}
}
