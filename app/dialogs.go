package app

import (
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// Every dialog Pathok shows is made here, so that every one answers the
// keyboard as a desktop dialog does: Enter does its default action and
// Escape cancels or closes it. Fyne 2.8's dialogs answer neither (only
// their buttons, once focused, answer Space). TestDialogsMadeInOnePlace
// keeps other files from calling Fyne's dialog constructors.
//
// While a dialog is up nothing behind it has the focus (each overlay has
// its own), so keys reach the window's typed-key handler, which hands
// them to the dialog on top. Inside a dialog, a focused dialogEntry does
// the same for Escape, and for Enter where the field has no use for it.

// modal is a dialog and what its keys do.
type modal struct {
	dialog.Dialog
	w      fyne.Window
	enter  func() // nil: Enter does nothing
	escape func() // nil: Escape dismisses the dialog
	popup  fyne.CanvasObject
	onShow func() // after Show, such as sizing a file dialog
}

// Show shows the dialog and gives it the keyboard while it is on top.
func (m *modal) Show() {
	m.Dialog.Show()
	c := m.w.Canvas()
	m.popup = c.Overlays().Top()
	if m.onShow != nil {
		m.onShow()
	}
	modals.add(c, m)
	m.Dialog.SetOnClosed(func() { modals.remove(c, m) })
}

func (m *modal) onEnter() {
	if m.enter != nil {
		m.enter()
	}
}

func (m *modal) onEscape() {
	if m.escape != nil {
		m.escape()
		return
	}
	m.Dismiss()
}

// modalKeys are the dialogs up in each window.
type modalKeys struct {
	mu sync.Mutex
	up map[fyne.Canvas][]*modal
}

var modals = &modalKeys{up: map[fyne.Canvas][]*modal{}}

func (k *modalKeys) add(c fyne.Canvas, m *modal) {
	k.mu.Lock()
	k.up[c] = append(k.up[c], m)
	k.mu.Unlock()
	// The app sets no other typed-key handler on its windows: keys that
	// no widget has go to the dialog on top, or nowhere.
	c.SetOnTypedKey(func(ev *fyne.KeyEvent) { k.typedKey(c, ev) })
}

func (k *modalKeys) remove(c fyne.Canvas, m *modal) {
	k.mu.Lock()
	defer k.mu.Unlock()
	list := k.up[c]
	for i, x := range list {
		if x == m {
			list = append(list[:i:i], list[i+1:]...)
			break
		}
	}
	if len(list) == 0 {
		delete(k.up, c) // a closed window's canvas is not kept
		return
	}
	k.up[c] = list
}

// top is the dialog on top of the canvas, or nil when the top overlay is
// not one of ours (a pop-up menu) or there is none.
func (k *modalKeys) top(c fyne.Canvas) *modal {
	if c == nil {
		return nil
	}
	over := c.Overlays().Top()
	if over == nil {
		return nil
	}
	k.mu.Lock()
	defer k.mu.Unlock()
	for _, m := range k.up[c] {
		if m.popup == over {
			return m
		}
	}
	return nil
}

func (k *modalKeys) typedKey(c fyne.Canvas, ev *fyne.KeyEvent) {
	m := k.top(c)
	if m == nil {
		return
	}
	switch ev.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		m.onEnter()
	case fyne.KeyEscape:
		m.onEscape()
	}
}

// showInformation tells something; Enter and Escape close it.
func showInformation(w fyne.Window, title, message string) {
	d := &modal{Dialog: dialog.NewInformation(title, message, w), w: w}
	d.enter = d.Hide
	d.Show()
}

// showConfirm asks a yes-or-no question; Enter answers yes, Escape no.
func showConfirm(w fyne.Window, title, message string, answer func(bool)) {
	cd := dialog.NewConfirm(title, message, answer, w)
	d := &modal{Dialog: cd, w: w, enter: cd.Confirm}
	d.Show()
}

// newCustom is a dialog of content with one button that closes it
// (dismiss); Enter and Escape close it too.
func newCustom(w fyne.Window, title, dismiss string, content fyne.CanvasObject) *modal {
	d := &modal{Dialog: dialog.NewCustom(title, dismiss, content, w), w: w}
	d.enter = d.Hide
	return d
}

// newCustomConfirm is a dialog of content with confirm and dismiss
// buttons; Enter confirms, Escape dismisses.
func newCustomConfirm(w fyne.Window, title, confirm, dismiss string, content fyne.CanvasObject, answer func(bool)) *modal {
	cd := dialog.NewCustomConfirm(title, confirm, dismiss, content, answer, w)
	return &modal{Dialog: cd, w: w, enter: cd.Confirm}
}

// newCustomButtons is a dialog of content with buttons of its own: Enter
// does enter (its default button's action) and Escape does escape (its
// cancel button's).
func newCustomButtons(w fyne.Window, title string, content fyne.CanvasObject, buttons []fyne.CanvasObject, enter, escape func()) *modal {
	cd := dialog.NewCustomWithoutButtons(title, content, w)
	cd.SetButtons(buttons)
	return &modal{Dialog: cd, w: w, enter: enter, escape: escape}
}

// newFileOpen and newFileSave are Fyne's file dialogs, shown at a
// comfortable size: Escape cancels; Enter is left to the dialog's fields
// (a file is chosen by a double click or its button). Fyne 2.8's
// FileDialog.Resize dereferences the dialog that only Show creates, so
// the size is set after showing it.
func newFileOpen(w fyne.Window, chosen func(fyne.URIReadCloser, error)) (*modal, *dialog.FileDialog) {
	fd := dialog.NewFileOpen(chosen, w)
	return fileModal(w, fd), fd
}

func newFileSave(w fyne.Window, chosen func(fyne.URIWriteCloser, error)) (*modal, *dialog.FileDialog) {
	fd := dialog.NewFileSave(chosen, w)
	return fileModal(w, fd), fd
}

func fileModal(w fyne.Window, fd *dialog.FileDialog) *modal {
	return &modal{Dialog: fd, w: w, onShow: func() { fd.Resize(dialogSize(w, 860, 600)) }}
}

func dialogSize(w fyne.Window, width, height float32) fyne.Size {
	ws := w.Canvas().Size()
	if ws.Width > 0 {
		width = min(width, ws.Width-40)
		height = min(height, ws.Height-40)
	}
	return fyne.NewSize(width, height)
}

// dialogEntry is a text field for dialogs: Escape reaches the dialog
// rather than stopping in the field, and so does Enter in a one-line
// field that does nothing with it itself.
type dialogEntry struct {
	widget.Entry
}

func newDialogEntry() *dialogEntry {
	e := &dialogEntry{}
	e.ExtendBaseWidget(e)
	return e
}

func newDialogMultiLineEntry() *dialogEntry {
	e := &dialogEntry{}
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	e.ExtendBaseWidget(e)
	return e
}

func (e *dialogEntry) TypedKey(ev *fyne.KeyEvent) {
	if m := modals.top(fyne.CurrentApp().Driver().CanvasForObject(e)); m != nil {
		switch {
		case ev.Name == fyne.KeyEscape:
			m.onEscape()
			return
		case (ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter) && !e.MultiLine && e.OnSubmitted == nil:
			m.onEnter()
			return
		}
	}
	e.Entry.TypedKey(ev)
}
