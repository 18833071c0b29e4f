package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/pathok/pathok/glossary"
)

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
