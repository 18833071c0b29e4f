package app

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// tooltipDelay is how long the pointer rests on a toolbar button before
// it says what it does.
const tooltipDelay = 600 * time.Millisecond

// tooltips is where the toolbar's icon-only buttons say what they do when
// the pointer rests on them (Fyne 2.8 has no tooltips). The tip is drawn
// in a layer of its own over the window, not in a pop-up: a pop-up takes
// the next click for itself, and the click meant for the button would
// only close the tip. Nothing in the layer takes the pointer.
type tooltips struct {
	layer *fyne.Container // over the window, without a layout
	box   *fyne.Container
	bg    *canvas.Rectangle
	text  *widget.Label

	owner *toolButton // the button whose tip is shown or waited for
	gen   int         // drops a wait that the pointer left meanwhile
	// after runs f on the UI goroutine after d (a timer, in the app).
	after func(d time.Duration, f func())
}

func newTooltips() *tooltips {
	t := &tooltips{
		bg:   canvas.NewRectangle(nil),
		text: widget.NewLabel(""),
		after: func(d time.Duration, f func()) {
			time.AfterFunc(d, func() { fyne.Do(f) })
		},
	}
	t.text.SizeName = theme.SizeNameCaptionText
	t.bg.CornerRadius = 4
	t.bg.StrokeWidth = 1
	t.box = container.NewStack(t.bg, t.text)
	t.box.Hide()
	t.layer = container.NewWithoutLayout(t.box)
	return t
}

// hover starts the wait for b's tip.
func (t *tooltips) hover(b *toolButton) {
	if t.owner != b {
		t.hide()
	}
	t.owner = b
	t.gen++
	gen := t.gen
	t.after(tooltipDelay, func() {
		if gen == t.gen && t.owner == b {
			t.show(b)
		}
	})
}

// leave hides b's tip, or stops the wait for it.
func (t *tooltips) leave(b *toolButton) {
	if t.owner == b {
		t.owner = nil
		t.gen++
		t.hide()
	}
}

func (t *tooltips) hide() {
	if t.box.Visible() {
		t.box.Hide()
		t.layer.Refresh()
	}
}

// show puts b's tip just below it, inside the window.
func (t *tooltips) show(b *toolButton) {
	d := fyne.CurrentApp().Driver()
	c := d.CanvasForObject(b)
	if c == nil {
		return // the button is no longer on screen
	}
	th := b.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	t.bg.FillColor = th.Color(theme.ColorNameOverlayBackground, v)
	t.bg.StrokeColor = th.Color(theme.ColorNameInputBorder, v)
	t.text.SetText(b.action)
	size := t.box.MinSize()
	pos := d.AbsolutePositionForObject(b).Subtract(d.AbsolutePositionForObject(t.layer))
	pos.Y += b.Size().Height + 2
	pos.X += (b.Size().Width - size.Width) / 2
	pos.X = max(2, min(pos.X, t.layer.Size().Width-size.Width-2))
	t.box.Move(pos)
	t.box.Resize(size)
	t.box.Show()
	t.bg.Refresh()
	t.layer.Refresh()
}

var _ desktop.Hoverable = (*toolButton)(nil)

// MouseIn starts the wait for the button's tip.
func (b *toolButton) MouseIn(ev *desktop.MouseEvent) {
	b.Button.MouseIn(ev)
	if b.tips != nil {
		b.tips.hover(b)
	}
}

// MouseOut hides the button's tip.
func (b *toolButton) MouseOut() {
	b.Button.MouseOut()
	if b.tips != nil {
		b.tips.leave(b)
	}
}

// Tapped hides the tip, which has said its piece, and acts.
func (b *toolButton) Tapped(ev *fyne.PointEvent) {
	if b.tips != nil {
		b.tips.leave(b)
	}
	b.Button.Tapped(ev)
}
