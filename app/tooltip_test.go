package app

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// Toolbar buttons say what they do when the pointer rests on them: the
// tip waits, shows the button's action below it inside the window, and
// goes when the pointer leaves or the button is pressed. Screen readers
// still hear the same words.
func TestToolbarTooltips(t *testing.T) {
	s := newTestScreen(t, "")
	c := s.w.Canvas()
	// The tip's timer, run by the test on its own goroutine: Fyne's test
	// driver would run the timer's fyne.Do on the timer's goroutine.
	var waiting []func()
	var waited time.Duration
	s.tips.after = func(d time.Duration, f func()) {
		waited = d
		waiting = append(waiting, f)
	}
	elapse := func() {
		for len(waiting) > 0 {
			f := waiting[0]
			waiting = waiting[1:]
			f()
		}
	}
	d := fyne.CurrentApp().Driver()
	centre := func(o fyne.CanvasObject) fyne.Position {
		return d.AbsolutePositionForObject(o).Add(fyne.NewPos(o.Size().Width/2, o.Size().Height/2))
	}
	var buttons []*toolButton
	for _, o := range s.toolbar.Objects {
		if b, ok := o.(*toolButton); ok {
			buttons = append(buttons, b)
		}
	}
	if len(buttons) < 10 {
		t.Fatalf("got %d toolbar buttons; want the toolbar's", len(buttons))
	}
	win := c.Size()
	for _, b := range buttons {
		t.Run(b.action, func(t *testing.T) {
			test.MoveMouse(c, centre(b))
			if s.tips.box.Visible() {
				t.Fatal("got the tip at once; want it after the pointer rests")
			}
			if waited != tooltipDelay {
				t.Errorf("got a wait of %v; want %v", waited, tooltipDelay)
			}
			elapse()
			if !s.tips.box.Visible() || s.tips.text.Text != b.action {
				t.Fatalf("got tip %q (shown %v); want %q", s.tips.text.Text, s.tips.box.Visible(), b.action)
			}
			if got := b.AccessibilityLabel(); got != b.action {
				t.Errorf("got screen-reader label %q; want %q", got, b.action)
			}
			// Below the button, whole and inside the window.
			tip := d.AbsolutePositionForObject(s.tips.box)
			size := s.tips.box.Size()
			below := d.AbsolutePositionForObject(b).Y + b.Size().Height
			if tip.Y < below || tip.X < 0 || tip.X+size.Width > win.Width || tip.Y+size.Height > win.Height {
				t.Errorf("got the tip at %v, %v; want it below the button (y ≥ %v) inside the window %v", tip, size, below, win)
			}
			if size.Width < s.tips.text.MinSize().Width {
				t.Errorf("got the tip %v wide for text %v wide; want it whole", size.Width, s.tips.text.MinSize().Width)
			}
			// The pointer leaves: the tip goes.
			test.MoveMouse(c, fyne.NewPos(win.Width/3, win.Height/2))
			if s.tips.box.Visible() {
				t.Error("got the tip still shown after the pointer left")
			}
		})
	}

	t.Run("leaving before the wait ends", func(t *testing.T) {
		test.MoveMouse(c, centre(buttons[0]))
		test.MoveMouse(c, fyne.NewPos(win.Width/3, win.Height/2))
		elapse()
		if s.tips.box.Visible() {
			t.Error("got a tip after the pointer left before the wait ended")
		}
	})
	t.Run("a press hides it", func(t *testing.T) {
		zoom := buttons[len(buttons)-5] // Larger text: acts without a dialog
		if zoom.action != "Larger text" {
			t.Fatalf("got %q; want the Larger text button", zoom.action)
		}
		test.MoveMouse(c, centre(zoom))
		elapse()
		size := s.view.textSize
		test.TapCanvas(c, centre(zoom))
		if s.tips.box.Visible() {
			t.Error("got the tip still shown after a press")
		}
		if s.view.textSize <= size {
			t.Error("got no action from the press; want the click to reach the button, not the tip")
		}
	})
}
