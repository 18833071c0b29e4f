package app

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver"

	"github.com/pathok/pathok/app/internal/pointer"
)

// The screen shows a hover card while the mouse rests on a highlight and
// pins it on a click or Enter; a pinned card stays until Escape, a click
// elsewhere, or the mouse resting on another highlight.

// onHover shows the card of the highlight under the mouse, or hides it
// when the mouse leaves (a card the reader pinned stays).
func (s *mainScreen) onHover(i int) {
	if i < 0 {
		if !s.card.pinned {
			s.hideCard()
		}
		return
	}
	if s.card.Visible() && s.card.span == i {
		return
	}
	s.showCard(i, false)
}

func (s *mainScreen) showCard(i int, pinned bool) {
	if s.doc == nil || i < 0 || i >= len(s.doc.ann.Spans) {
		return
	}
	s.card.set(i, spanCard(s.g, &s.doc.ann.Spans[i]), s.view.pal, pinned)
	s.positionCard()
	if !pinned {
		s.watchPointerLeave()
	}
}

func (s *mainScreen) hideCard() {
	s.card.pinned = false
	s.card.span = -1
	s.card.Hide()
}

// positionCard puts the card next to its span, within the window.
func (s *mainScreen) positionCard() {
	pos, size, ok := s.view.cardBounds(s.card.span)
	if !ok {
		s.card.Hide()
		return
	}
	d := fyne.CurrentApp().Driver()
	view := d.AbsolutePositionForObject(s.view).Subtract(d.AbsolutePositionForObject(s.cardLayer))
	at := pos.Add(view)
	area := s.cardLayer.Size()
	cs := s.card.fit(min(cardWidth, area.Width-12))
	s.card.Move(placeCard(at, size, cs, area, view.X+s.view.Size().Width))
	s.card.Show()
	// A card shown for the first time is not yet known to the canvas, so
	// showing it asks for no redraw: nudge its layer, which is.
	canvas.Refresh(s.cardLayer)
}

// Fyne 2.8's GLFW driver never says that the pointer left the window: it
// registers no cursor-enter callback (internal/driver/glfw/
// window_desktop.go, the callbacks set after glfw.CreateWindow), and the
// highlight under the pointer gets MouseOut only from a pointer move
// inside the window. So while a hover card is up the screen asks the
// windowing system where the pointer is (X11 and Windows; see package
// pointer), and it hides the card when the app loses the focus, the
// nearest event Fyne does report (and the only one on macOS and
// Wayland).

// leaveCheckEvery is how often the pointer is looked for while a hover
// card is up: soon enough that a card does not linger, rare enough to
// cost nothing.
const leaveCheckEvery = 150 * time.Millisecond

// watchPointerLeave hides the hover card once the pointer is outside the
// window. One watcher runs while a hover card is up.
func (s *mainScreen) watchPointerLeave() {
	c := s.card
	if c.watching {
		return
	}
	if c.pointerInside == nil {
		c.pointerInside = nativePointerInside(s.w)
	}
	inWindow := c.pointerInside
	if inWindow == nil {
		return
	}
	c.watching = true
	go func() {
		t := time.NewTicker(leaveCheckEvery)
		defer t.Stop()
		for range t.C {
			inside, known := inWindow()
			done := false
			fyne.DoAndWait(func() {
				// Taking turns with results applied meanwhile, as onUI
				// does (Fyne's test driver runs this here, not on the UI
				// goroutine).
				s.tasks.applying.Lock()
				defer s.tasks.applying.Unlock()
				switch {
				case !c.Visible() || c.pinned:
					done = true
				case known && !inside:
					s.view.setHover(-1)
					done = true
				}
				if done {
					c.watching = false
				}
			})
			if done {
				return
			}
		}
	}()
}

// nativePointerInside asks the windowing system whether the pointer is in
// w, or is nil where it cannot tell.
func nativePointerInside(w fyne.Window) func() (inside, known bool) {
	var handle uintptr
	if nw, ok := w.(driver.NativeWindow); ok {
		nw.RunNative(func(ctx any) {
			switch c := ctx.(type) {
			case driver.X11WindowContext:
				handle = c.WindowHandle
			case driver.WindowsWindowContext:
				handle = c.HWND
			}
		})
	}
	if handle == 0 {
		return nil
	}
	return func() (bool, bool) { return pointer.Inside(handle) }
}

// hideCardWhenAppLeft hides a hover card (not a pinned one) when the
// reader turns to another program.
func (s *mainScreen) hideCardWhenAppLeft() {
	s.a.Lifecycle().SetOnExitedForeground(func() {
		// The highlight under the pointer goes too; a pinned card stays.
		s.view.setHover(-1)
	})
}

// onViewMoved follows a scroll or resize of the article: a pinned card
// moves with its word, a hover card goes.
func (s *mainScreen) onViewMoved() {
	if !s.card.Visible() {
		return
	}
	if s.card.pinned {
		s.positionCard()
	} else {
		s.hideCard()
	}
}
