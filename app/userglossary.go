package app

import (
	"path/filepath"
	"sync"
	"sync/atomic"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"

	"github.com/pathok/pathok/glossary"
	"github.com/pathok/pathok/glossary/user"
)

// The user's own glossary. One user.Editor holds the built-in entries
// with the user's file over them. The editor lives on the UI goroutine:
// a form must hear of an entry's problems while it is still open. Each
// change is then snapshotted, and the snapshot is saved and indexed off
// the UI goroutine, so that the editor is never shared between goroutines.
//
// The files: userglossary_load.go reads the file (and the recovered copy
// of a broken one), userglossary_save.go shows and saves each change,
// userglossary_show.go puts the changed glossary on screen, and
// userglossary_actions.go holds the reader's actions (delete, hide,
// revert, undo).

// recoveredGlossaryName is where edits go while the user's file
// (user.FileName) cannot be read.
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
	ed      *user.Editor

	// base is the file as the editor last took it from the disk (at
	// load, or from a save that found changes of another program): the
	// editor holds base and the reader's changes since. A save tells
	// what another program changed on disk apart from the reader's own
	// changes by comparing with it.
	base *user.File
	// saved is the newest save whose result has been taken in.
	saved int64

	// saveMu keeps writes in order; latestSave is the newest snapshot
	// asked for, so that a write overtaken by a newer one is skipped.
	saveMu     sync.Mutex
	latestSave atomic.Int64
	// written is the snapshot this session last wrote (under saveMu):
	// the ancestor of every newer snapshot, whatever the UI goroutine
	// has taken in yet, so that our own earlier writes on disk are never
	// mistaken for another program's changes.
	written *user.File
	// saving counts the writes not yet done, for the flush at quit.
	saving sync.WaitGroup

	editMsg  string // what the last change did, for the status line
	saveMsg  string // "Saved", "Saving…" or why not
	saveFail bool
	// warned keeps a failing disk from raising a dialog at every edit.
	warned string
	// overruled gathers, over the saves of a burst of edits, the entries
	// another program had changed too, until the last save says so.
	overruled []string
}

// userGlossaryPath is glossary.json at the root of the app's storage:
// ~/.config/fyne/<app id>/glossary.json on Linux, wherever Fyne keeps
// app data elsewhere, and the temporary folder under the test app.
func userGlossaryPath(a fyne.App) string {
	root := a.Storage().RootURI()
	if u, err := storage.Child(root, user.FileName); err == nil {
		return u.Path()
	}
	return filepath.Join(root.Path(), user.FileName)
}

// recoveredPath is where edits go while the user's file is unreadable.
func recoveredPath(path string) string {
	return filepath.Join(filepath.Dir(path), recoveredGlossaryName)
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
