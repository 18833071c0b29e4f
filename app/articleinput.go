package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// The article view takes the mouse (hover, click, wheel) and the keyboard
// (n and p or Tab and Shift+Tab between highlights, Enter for a card,
// Escape, scrolling keys, Ctrl+C and Ctrl+A).

// MouseIn is part of desktop.Hoverable.
func (v *articleView) MouseIn(e *desktop.MouseEvent) {
	v.pointer = e.Position
	v.setHover(v.spanAt(e.Position))
}

// MouseMoved is part of desktop.Hoverable.
func (v *articleView) MouseMoved(e *desktop.MouseEvent) {
	v.pointer = e.Position
	v.setHover(v.spanAt(e.Position))
}

// MouseOut is part of desktop.Hoverable.
func (v *articleView) MouseOut() { v.setHover(-1) }

// Cursor shows a pointer over highlights, which can be clicked.
func (v *articleView) Cursor() desktop.Cursor {
	if v.hover >= 0 {
		return desktop.PointerCursor
	}
	return desktop.TextCursor
}

// Tapped focuses the view and reports a click on a highlight.
func (v *articleView) Tapped(e *fyne.PointEvent) {
	if c := fyne.CurrentApp().Driver().CanvasForObject(v); c != nil {
		c.Focus(v)
	}
	v.clearSelection()
	i := v.spanAt(e.Position)
	if i < 0 {
		if v.onEscape != nil {
			v.onEscape()
		}
		return
	}
	v.current = i
	v.Refresh()
	if v.onTap != nil {
		v.onTap(i)
	}
}

// TappedSecondary asks for the article's context menu, keeping the
// selection that its "Add selection to glossary…" works on.
func (v *articleView) TappedSecondary(e *fyne.PointEvent) {
	if v.onContext != nil {
		v.onContext(e.AbsolutePosition, v.spanAt(e.Position))
	}
}

// Scrolled is part of fyne.Scrollable.
func (v *articleView) Scrolled(e *fyne.ScrollEvent) { v.scrollBy(-e.Scrolled.DY) }

// FocusGained is part of fyne.Focusable.
func (v *articleView) FocusGained() { v.focused = true; v.Refresh() }

// FocusLost is part of fyne.Focusable.
func (v *articleView) FocusLost() { v.focused = false; v.shift = false; v.Refresh() }

// AcceptsTab lets Tab move between highlights rather than widgets.
func (v *articleView) AcceptsTab() bool { return true }

// KeyDown tracks Shift, which TypedKey does not report.
func (v *articleView) KeyDown(e *fyne.KeyEvent) {
	if e.Name == desktop.KeyShiftLeft || e.Name == desktop.KeyShiftRight {
		v.shift = true
	}
}

// KeyUp is part of desktop.Keyable.
func (v *articleView) KeyUp(e *fyne.KeyEvent) {
	if e.Name == desktop.KeyShiftLeft || e.Name == desktop.KeyShiftRight {
		v.shift = false
	}
}

// TypedRune handles the reading keys n and p.
func (v *articleView) TypedRune(r rune) {
	switch r {
	case 'n', 'N', 'j':
		v.next(+1)
	case 'p', 'P', 'k':
		v.next(-1)
	}
}

// TypedKey handles navigation.
func (v *articleView) TypedKey(e *fyne.KeyEvent) {
	if v.doc == nil {
		return
	}
	page := max(v.Size().Height-2*v.geo.lineH, v.geo.lineH)
	switch e.Name {
	case fyne.KeyTab:
		if v.shift {
			v.next(-1)
		} else {
			v.next(+1)
		}
	case fyne.KeyReturn, fyne.KeyEnter, fyne.KeySpace:
		if v.current < 0 {
			v.next(+1)
		}
		if v.current >= 0 && v.onActivate != nil {
			v.onActivate(v.current)
		}
	case fyne.KeyEscape:
		v.clearSelection()
		if v.onEscape != nil {
			v.onEscape()
		}
	case fyne.KeyDown:
		v.scrollBy(v.geo.lineH)
	case fyne.KeyUp:
		v.scrollBy(-v.geo.lineH)
	case fyne.KeyPageDown:
		v.scrollBy(page)
	case fyne.KeyPageUp:
		v.scrollBy(-page)
	case fyne.KeyHome:
		v.scrollToFraction(0)
	case fyne.KeyEnd:
		v.scrollToFraction(1)
	}
}
