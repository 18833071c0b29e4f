package app

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2/widget"

	"github.com/pathok/pathok/glossary/user"
)

// saveAtQuitLimit bounds how long quitting waits for the last change to
// reach the disk.
var saveAtQuitLimit = 5 * time.Second

// errSuperseded is a save skipped because a newer snapshot follows it.
var errSuperseded = errors.New("superseded by a newer save")

// saved is what a save did, for the UI goroutine.
type saved struct {
	seq  int64
	path string
	err  error
	// snap is the snapshot saved, and merged what was written: snap with
	// the changes another program saved meanwhile (taken of them).
	snap, merged *user.File
	taken        int
	// overruled are the entries both changed, where the reader's
	// version was kept.
	overruled []string
}

// commit shows and saves the editor's state after a change. msg says
// what changed; focus is the id of the entry to select afterwards (""
// keeps the selection).
func (s *mainScreen) commit(msg, focus string) {
	s.user.editMsg = msg
	snap := s.user.ed.User() // a copy, free to go to other goroutines
	s.showChange(focus, snap, s.startSave(snap))
}

// startSave writes snap, a snapshot of the editor, off the UI
// goroutine, and says on the status line that it does. The result comes
// on the channel; nil when edits are kept in memory only.
func (s *mainScreen) startSave(snap *user.File) <-chan saved {
	u := &s.user
	path := u.savePath
	if path == "" {
		u.saveMsg, u.saveFail = "kept until you quit: "+recoveredGlossaryName+" cannot be read", true
		return nil
	}
	base := u.base
	seq := u.latestSave.Add(1)
	u.saveMsg, u.saveFail = "Saving…", false
	done := make(chan saved, 1)
	u.saving.Add(1)
	go func() {
		defer u.saving.Done()
		done <- u.write(path, base, snap, seq)
	}()
	return done
}

// write saves snap, the editor's state over base, in the order
// snapshots were taken: a write that a newer one has overtaken is
// skipped. Under the file's lock it reads what is on disk, and what
// another program changed there since base is kept under the reader's
// own changes, never written over. It runs off the UI goroutine.
func (u *userGlossary) write(path string, base, snap *user.File, seq int64) saved {
	u.saveMu.Lock()
	defer u.saveMu.Unlock()
	res := saved{seq: seq, path: path, snap: snap}
	if u.latestSave.Load() != seq {
		res.err = errSuperseded
		return res
	}
	if u.written != nil {
		base = u.written
	}
	if base == nil {
		base = &user.File{}
	}
	res.err = user.Update(path, func(disk *user.File) (*user.File, error) {
		res.merged, res.taken, res.overruled = user.Rebase(base, snap, disk)
		return res.merged, nil
	})
	if res.err == nil {
		u.written = snap
	}
	return res
}

// onSaved shows how a save went, and has the editor take in what
// another program had saved to the file meanwhile. It runs on the UI
// goroutine.
func (s *mainScreen) onSaved(res saved) {
	u := &s.user
	switch {
	case errors.Is(res.err, errSuperseded):
		return
	case res.err != nil:
		u.saveMsg, u.saveFail = "Not saved: "+res.err.Error(), true
		s.showEditNote()
		if msg := res.err.Error(); msg != u.warned {
			u.warned = msg
			s.showError("Your glossary was not saved", fmt.Errorf("%w\n\n%s", res.err, notSavedAdvice(res.err)))
		}
		return
	}
	if res.seq > u.saved {
		// The editor holds snap and the changes made since; it now
		// holds merged and those changes.
		u.saved = res.seq
		if res.taken > 0 {
			u.ed.Rebase(res.snap, res.merged)
		}
		u.base = res.merged
	}
	u.overruled = append(u.overruled, res.overruled...)
	if res.seq != u.latestSave.Load() {
		return // "Saving…" stays until the newest write is done
	}
	u.warned = ""
	u.saveMsg, u.saveFail = "Saved", false
	if res.path != u.path {
		u.saveMsg = "Saved to " + filepath.Base(res.path)
	}
	if res.taken > 0 {
		u.saveMsg += fmt.Sprintf(", with %s another program saved", plural(res.taken, "change", "changes"))
	}
	if len(u.overruled) > 0 {
		u.saveMsg += "; another program had also changed " + listNames(slices.Compact(u.overruled), 3) + ": your version is kept"
		u.overruled = nil
	}
	s.showEditNote()
}

// notSavedAdvice says what becomes of changes that could not be saved.
func notSavedAdvice(err error) string {
	if errors.Is(err, user.ErrReadOnly) {
		return "Your changes are in use until you quit. Pathok saves them at your next change once the file is writable."
	}
	return "Your changes are still in use; Pathok tries again at your next change."
}

// finishSaving waits, at quit, for the last change to be written, but
// no longer than saveAtQuitLimit. It reports whether everything was
// written.
func (s *mainScreen) finishSaving() bool {
	done := make(chan struct{})
	go func() {
		s.user.saving.Wait()
		close(done)
	}()
	select {
	case <-done:
		return true
	case <-time.After(saveAtQuitLimit):
		// The window is gone: the terminal is all that is left to tell.
		fmt.Fprintf(os.Stderr, "pathok: the glossary was still being saved after %s; your last change may be lost\n", saveAtQuitLimit)
		return false
	}
}

// showEditNote puts what the last change did and whether it was saved
// beside the status line.
func (s *mainScreen) showEditNote() {
	msg := s.user.editMsg
	if s.user.saveMsg != "" {
		if msg != "" {
			msg += " — "
		}
		msg += s.user.saveMsg
	}
	s.note.Importance = widget.MediumImportance
	if s.user.saveFail {
		s.note.Importance = widget.DangerImportance
	}
	s.note.SetText(msg)
}

// listNames lists up to n names, and says how many more there are.
func listNames(names []string, n int) string {
	if len(names) <= n {
		return strings.Join(names, ", ")
	}
	return strings.Join(names[:n], ", ") + fmt.Sprintf(" and %d more", len(names)-n)
}
