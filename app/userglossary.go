package app

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/pathok/pathok/glossary"
)

// The user's own glossary. One glossary.Editor holds the built-in entries
// with the user's file over them. The editor lives on the UI goroutine:
// a form must hear of an entry's problems while it is still open. Each
// change is then snapshotted, and the snapshot is saved and indexed off
// the UI goroutine, so that the editor is never shared between goroutines.

// recoveredGlossaryName is where edits go while the user's file
// (glossary.UserFileName) cannot be read.
const recoveredGlossaryName = "glossary.recovered.json"

// userGlossary is the state of the user's glossary for this session.
type userGlossary struct {
	// path is glossary.json in the app's storage.
	path string
	// savePath is where edits are saved: path, or the recovered copy
	// beside it when path could not be read (it is then never written
	// this session); "" keeps edits in memory only.
	savePath string
	// loadErr says why path could not be read; nil when it was.
	loadErr error

	builtin []*glossary.Entry
	ed      *glossary.Editor

	// saveMu keeps writes in order; saveSeq is the newest snapshot asked
	// for, so that a write overtaken by a newer one is skipped.
	saveMu  sync.Mutex
	saveSeq atomic.Int64

	editMsg  string // what the last change did, for the status line
	saveMsg  string // "Saved", "Saving…" or why not
	saveFail bool
	// warned keeps a failing disk from raising a dialog at every edit.
	warned string
}

// userGlossaryPath is glossary.json at the root of the app's storage:
// ~/.config/fyne/<app id>/glossary.json on Linux, wherever Fyne keeps
// app data elsewhere, and the temporary folder under the test app.
func userGlossaryPath(a fyne.App) string {
	root := a.Storage().RootURI()
	if u, err := storage.Child(root, glossary.UserFileName); err == nil {
		return u.Path()
	}
	return filepath.Join(root.Path(), glossary.UserFileName)
}

// recoveredPath is where edits go while the user's file is unreadable.
func recoveredPath(path string) string {
	return filepath.Join(filepath.Dir(path), recoveredGlossaryName)
}

// loadedGlossary is what loading finds, handed to the UI goroutine.
type loadedGlossary struct {
	builtin    []*glossary.Entry
	builtinErr error
	ed         *glossary.Editor
	g          *glossary.Glossary
	sorted     []*glossary.Entry
	savePath   string
	loadErr    error
	recovered  bool // edits of an earlier session were read from the recovered copy
}

// loadUserGlossary reads the built-in entries and the user's file at
// path. It runs off the UI goroutine. A file it cannot read is left
// alone: the glossary starts from the built-in entries (or from the
// recovered copy of an earlier session) and edits go to the recovered
// copy.
func loadUserGlossary(path string) *loadedGlossary {
	l := &loadedGlossary{savePath: path}
	l.builtin, l.builtinErr = glossary.BuiltinEntries()
	if l.builtinErr != nil {
		l.builtin = nil
	}
	user, err := glossary.LoadUserFile(path)
	if err == nil {
		l.ed = glossary.NewEditor(l.builtin, user)
		if l.g, err = l.ed.Glossary(); err != nil {
			// Readable, but its entries do not go with the built-in
			// ones: as unusable as a broken file, and as precious.
			err = fmt.Errorf("%s cannot be used: %w", filepath.Base(path), err)
		}
	}
	if err != nil {
		l.loadErr = err
		l.savePath = ""
		rec := recoveredPath(path)
		if r, rerr := glossary.LoadUserFile(rec); rerr == nil {
			ed := glossary.NewEditor(l.builtin, r)
			if g, gerr := ed.Glossary(); gerr == nil {
				l.ed, l.g, l.savePath = ed, g, rec
				l.recovered = len(r.Entries) > 0 || len(r.Hidden) > 0
			}
		}
		if l.savePath == "" {
			// The recovered copy is broken too: keep edits in memory.
			l.ed = glossary.NewEditor(l.builtin, &glossary.UserFile{Version: glossary.FormatVersion})
			l.g, _ = l.ed.Glossary()
		}
	}
	if l.g == nil {
		// Names cannot be glossed, but figures still can.
		l.g, _ = glossary.New(nil)
	}
	l.sorted = l.g.Sorted()
	l.g.Search("ক", 1) // builds the search index before the first keystroke
	return l
}

// loadProblem says, for a person, what is wrong with the user's file
// and what Pathok does about it.
func (u *userGlossary) loadProblem() string {
	name := filepath.Base(u.path)
	var b strings.Builder
	var le *glossary.LineError
	switch {
	case errors.As(u.loadErr, &le):
		fmt.Fprintf(&b, "Line %d of %s is wrong: %s.", le.Line, name, strings.TrimSuffix(le.Msg, "."))
	case errors.Is(u.loadErr, os.ErrPermission):
		fmt.Fprintf(&b, "You do not have permission to read %s.", name)
	default:
		fmt.Fprintf(&b, "%s could not be read: %v.", name, u.loadErr)
	}
	fmt.Fprintf(&b, "\n\nThe file is %s", u.path)
	b.WriteString("\n\nPathok started with the built-in glossary and will not change this file. ")
	if u.savePath != "" {
		fmt.Fprintf(&b, "Entries you add or change now are saved to %s beside it. ", filepath.Base(u.savePath))
		fmt.Fprintf(&b, "Fix the line above, or replace %s with %s, and start Pathok again to use your glossary.", name, filepath.Base(u.savePath))
	} else {
		fmt.Fprintf(&b, "%s cannot be read either, so entries you add or change now are kept only until you quit. ", recoveredGlossaryName)
		b.WriteString("Fix the line above and start Pathok again to use your glossary.")
	}
	return b.String()
}

// editable reports whether the glossary can be edited yet, saying why
// not when it cannot.
func (s *mainScreen) editable() bool {
	if s.user.ed == nil {
		s.flash("The glossary is still loading")
		return false
	}
	return true
}

// errSuperseded is a save skipped because a newer snapshot follows it.
var errSuperseded = errors.New("superseded by a newer save")

// commit shows and saves the editor's state after a change. msg says
// what changed; focus is the id of the entry to select afterwards (""
// keeps the selection).
//
// One job does both: off the UI goroutine it writes the snapshot while
// it indexes it over the built-in entries and marks the open article
// again, then applies all of it in one go. (Two jobs would each call
// fyne.Do, and the test driver runs those on the jobs' own goroutines.)
func (s *mainScreen) commit(msg, focus string) {
	s.refreshUndo()
	snap := s.user.ed.User() // a copy, free to go to other goroutines
	s.user.editMsg = msg
	path := s.user.savePath
	var seq int64
	if path != "" {
		seq = s.user.saveSeq.Add(1)
		s.user.saveMsg, s.user.saveFail = "Saving…", false
	} else {
		s.user.saveMsg, s.user.saveFail = "kept until you quit: "+recoveredGlossaryName+" cannot be read", true
	}
	doc, builtin := s.doc, s.user.builtin
	if focus == "" && s.sel.entry != nil {
		focus = s.sel.entry.ID
	}
	s.backgroundLatest(s.rebuilding, "Updating the glossary…", func(ctx context.Context) func() {
		saved := make(chan error, 1)
		if path != "" {
			go func() { saved <- s.writeUserFile(path, snap, seq) }()
		}
		var g *glossary.Glossary
		var err error
		if ctx.Err() == nil { // not overtaken while it waited its turn
			g, err = glossary.NewEditor(builtin, snap).Glossary()
		}
		var sorted []*glossary.Entry
		var d2 *document
		if g != nil && err == nil && ctx.Err() == nil {
			sorted = g.Sorted()
			g.Search("ক", 1)
			if doc != nil {
				if ann, aerr := g.AnnotateContext(ctx, doc.ann.Text); aerr == nil {
					d2 = newDocument(doc.name, doc.uri, ann)
				}
			}
		}
		var serr error
		if path != "" {
			serr = <-saved
		}
		return func() {
			if path != "" {
				s.onSaved(seq, path, serr)
			}
			if ctx.Err() != nil {
				return // a newer change shows this one too
			}
			if err != nil {
				s.updateStatus()
				s.showError("Cannot use the changed glossary", err)
				return
			}
			s.setGlossary(g, sorted)
			switch {
			case d2 != nil && s.doc == doc:
				s.replaceDocument(d2, focus)
			case s.doc != nil:
				// Another article opened meanwhile, marked with the old
				// glossary.
				s.reannotate(focus)
			default:
				s.reselect(focus)
			}
			s.updateStatus()
			s.showEditNote()
		}
	})
}

// writeUserFile saves a snapshot, in the order snapshots were taken: a
// write that a newer one has overtaken is skipped. It runs off the UI
// goroutine.
func (s *mainScreen) writeUserFile(path string, snap *glossary.UserFile, seq int64) error {
	s.user.saveMu.Lock()
	defer s.user.saveMu.Unlock()
	if s.user.saveSeq.Load() != seq {
		return errSuperseded
	}
	return glossary.WriteUserFile(path, snap)
}

func (s *mainScreen) onSaved(seq int64, path string, err error) {
	switch {
	case errors.Is(err, errSuperseded):
		return
	case err != nil:
		s.user.saveMsg, s.user.saveFail = "Not saved: "+err.Error(), true
		s.showEditNote()
		if msg := err.Error(); msg != s.user.warned {
			s.user.warned = msg
			s.showError("Your glossary was not saved", fmt.Errorf(
				"%w\n\nYour changes are still in use; Pathok tries again at your next change.", err))
		}
		return
	case seq != s.user.saveSeq.Load():
		return // "Saving…" stays until the newest write is done
	}
	s.user.warned = ""
	s.user.saveMsg, s.user.saveFail = "Saved", false
	if path != s.user.path {
		s.user.saveMsg = "Saved to " + filepath.Base(path)
	}
	s.showEditNote()
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

// reannotate marks the open article again with the current glossary.
func (s *mainScreen) reannotate(focus string) {
	doc, g := s.doc, s.g
	if doc == nil || g == nil {
		return
	}
	s.backgroundLatest(s.marking, "Marking the article again…", func(ctx context.Context) func() {
		ann, err := g.AnnotateContext(ctx, doc.ann.Text)
		var d2 *document
		if err == nil {
			d2 = newDocument(doc.name, doc.uri, ann)
		}
		return func() {
			if d2 != nil && s.doc == doc && s.g == g {
				s.replaceDocument(d2, focus)
				s.updateStatus()
				s.showEditNote()
			}
		}
	})
}

// replaceDocument shows a new annotation of the article on screen,
// keeping the scroll position, and selects the entry focus.
func (s *mainScreen) replaceDocument(d *document, focus string) {
	s.doc = d
	s.hideCard() // it shows a span of the old annotation
	s.view.replaceDocument(d)
	s.pane.setDocument(d)
	s.sel = choice{item: -1}
	s.reselect(focus)
}

// reselect selects the entry with id in the pane and marks it in the
// article; an entry that is gone (deleted or hidden) leaves the card empty.
func (s *mainScreen) reselect(id string) {
	if id == "" || s.g == nil {
		return
	}
	e, ok := s.g.ByID(id)
	if !ok {
		s.pane.selected = ""
		s.pane.card.clear()
		return
	}
	item := s.doc.itemFor(e)
	s.selectItem("e:"+e.ID, e, item)
	if item >= 0 {
		s.pane.reveal(item)
	} else {
		s.pane.selected = "e:" + e.ID
		s.pane.allList.Refresh()
		s.pane.found.Refresh()
	}
}

// entryTag says how an entry differs from the built-in glossary, for
// the pane's lists: "edited" for a built-in entry the user changed,
// "yours" for the user's own.
func (s *mainScreen) entryTag(e *glossary.Entry) string {
	ed := s.user.ed
	switch {
	case ed == nil:
		return ""
	case ed.IsOverridden(e.ID):
		return "edited"
	case !ed.IsBuiltin(e.ID):
		return "yours"
	}
	return ""
}

// entryState says whether an entry is built in and whether the user
// changed it, for the pane's card.
func (s *mainScreen) entryState(e *glossary.Entry) (builtin, overridden bool) {
	if s.user.ed == nil {
		return e.Origin != "user", false
	}
	return s.user.ed.IsBuiltin(e.ID), s.user.ed.IsOverridden(e.ID)
}

// quoted names an entry in messages: “কিম ইয়ো জং”. The status line
// has room for little more.
func quoted(e *glossary.Entry) string {
	h := e.Headword()
	if h == "" {
		h = e.EnglishHeadword()
	}
	return "“" + h + "”"
}

// onDeleteEntry removes one of the user's own entries.
func (s *mainScreen) onDeleteEntry(e *glossary.Entry) {
	if !s.editable() {
		return
	}
	if err := s.user.ed.Delete(e.ID); err != nil {
		s.showError("Cannot delete the entry", err)
		return
	}
	s.commit("Deleted "+quoted(e), "")
}

// onRevertEntry drops the user's changes to a built-in entry.
func (s *mainScreen) onRevertEntry(e *glossary.Entry) {
	if !s.editable() {
		return
	}
	// Deleting an override brings the built-in entry back.
	if err := s.user.ed.Delete(e.ID); err != nil {
		s.showError("Cannot revert the entry", err)
		return
	}
	s.commit("Reverted "+quoted(e)+" to the built-in entry", e.ID)
}

// onHideEntry takes a built-in entry out of matching.
func (s *mainScreen) onHideEntry(e *glossary.Entry) {
	if !s.editable() {
		return
	}
	if err := s.user.ed.Hide(e.ID); err != nil {
		s.showError("Cannot hide the entry", err)
		return
	}
	s.commit("Hid "+quoted(e), "")
}

// unhide puts a hidden built-in entry back.
func (s *mainScreen) unhide(e *glossary.Entry) error {
	if err := s.user.ed.Unhide(e.ID); err != nil {
		return err
	}
	s.commit("Showing "+quoted(e)+" again", e.ID)
	return nil
}

// onUndo takes back the last change to the glossary.
func (s *mainScreen) onUndo() {
	if !s.editable() {
		return
	}
	ed := s.user.ed
	if !ed.CanUndo() {
		s.flash("Nothing to undo")
		return
	}
	desc, ok := ed.Undo()
	if !ok {
		s.flash("Nothing to undo")
		return
	}
	s.commit("Undid “"+desc+"”", "")
}

// onUndoShortcut is Ctrl+Z. The main menu sees shortcuts before the
// focused widget does, so text being typed in a field is given its own
// undo rather than losing the last glossary edit.
func (s *mainScreen) onUndoShortcut() {
	if e, ok := s.w.Canvas().Focused().(*widget.Entry); ok {
		e.TypedShortcut(&fyne.ShortcutUndo{})
		return
	}
	s.onUndo()
}

// refreshUndo names the next undo in the Edit menu.
func (s *mainScreen) refreshUndo() {
	if s.undoItem == nil {
		return
	}
	s.undoItem.Label, s.undoItem.Disabled = "Undo", true
	if s.user.ed != nil {
		if desc, ok := s.user.ed.NextUndo(); ok {
			s.undoItem.Label, s.undoItem.Disabled = "Undo “"+desc+"”", false
		}
	}
	if s.mainMenu != nil {
		s.mainMenu.Refresh()
	}
}
