package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// splitLayout lays out a leading and a trailing object with a draggable
// divider between them, like container.Split. It exists because Fyne's
// screen-reader walk on Windows descends only into *fyne.Container
// children, never into a widget's renderer: inside a container.Split the
// article view (and everything else in the window's body) would be
// invisible to Narrator and NVDA. A plain container with this layout keeps
// them in reach.
type splitLayout struct {
	// Offset is the leading object's share of the space left after the
	// divider, 0–1; it is clamped so neither side goes below its MinSize.
	Offset     float64
	horizontal bool
	box        *fyne.Container
	divider    *splitDivider
}

var _ fyne.Layout = (*splitLayout)(nil)

// newHSplit puts leading left of trailing; the returned container is what
// goes into the window, the layout is where the offset lives.
func newHSplit(leading, trailing fyne.CanvasObject) (*fyne.Container, *splitLayout) {
	return newSplit(true, leading, trailing)
}

// newVSplit puts top above bottom.
func newVSplit(top, bottom fyne.CanvasObject) (*fyne.Container, *splitLayout) {
	return newSplit(false, top, bottom)
}

func newSplit(horizontal bool, leading, trailing fyne.CanvasObject) (*fyne.Container, *splitLayout) {
	l := &splitLayout{Offset: 0.5, horizontal: horizontal}
	l.divider = newSplitDivider(l)
	l.box = container.New(l, leading, l.divider, trailing)
	return l.box, l
}

// SetOffset moves the divider.
func (l *splitLayout) SetOffset(offset float64) {
	if l.Offset == offset {
		return
	}
	l.Offset = offset
	l.box.Refresh()
}

func (l *splitLayout) parts() (leading, trailing fyne.CanvasObject) {
	return l.box.Objects[0], l.box.Objects[2]
}

// along is a size's length in the split's direction, across the other.
func (l *splitLayout) along(s fyne.Size) float32 {
	if l.horizontal {
		return s.Width
	}
	return s.Height
}

func (l *splitLayout) across(s fyne.Size) float32 {
	if l.horizontal {
		return s.Height
	}
	return s.Width
}

func (l *splitLayout) size(along, across float32) fyne.Size {
	if l.horizontal {
		return fyne.NewSize(along, across)
	}
	return fyne.NewSize(across, along)
}

func (l *splitLayout) pos(along float32) fyne.Position {
	if l.horizontal {
		return fyne.NewPos(along, 0)
	}
	return fyne.NewPos(0, along)
}

// lengths is how much of total each side gets at the current offset.
func (l *splitLayout) lengths(total float32) (lead, trail float32) {
	leading, trailing := l.parts()
	free := float64(total - l.divider.thickness())
	if free <= 0 {
		return 0, 0
	}
	minLead, minTrail := float64(l.along(leading.MinSize())), float64(l.along(trailing.MinSize()))
	offset := l.Offset
	if lo, hi := minLead/free, 1-minTrail/free; lo <= hi {
		offset = min(max(offset, lo), hi)
	} else {
		offset = minLead / (minLead + minTrail)
	}
	lead = float32(offset * free)
	return lead, float32(free) - lead
}

func (l *splitLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	leading, trailing := l.parts()
	across := l.across(size)
	switch {
	case !leading.Visible():
		trailing.Move(fyne.NewPos(0, 0))
		trailing.Resize(size)
		l.divider.Hide()
		return
	case !trailing.Visible():
		leading.Move(fyne.NewPos(0, 0))
		leading.Resize(size)
		l.divider.Hide()
		return
	}
	l.divider.Show()
	lead, trail := l.lengths(l.along(size))
	thick := l.divider.thickness()
	leading.Move(fyne.NewPos(0, 0))
	leading.Resize(l.size(lead, across))
	l.divider.Move(l.pos(lead))
	l.divider.Resize(l.size(thick, across))
	trailing.Move(l.pos(lead + thick))
	trailing.Resize(l.size(trail, across))
}

func (l *splitLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var along, across float32
	leading, trailing := l.parts()
	if leading.Visible() && trailing.Visible() {
		along = l.divider.thickness()
	}
	for _, o := range []fyne.CanvasObject{leading, trailing} {
		if !o.Visible() {
			continue
		}
		m := o.MinSize()
		along += l.along(m)
		across = max(across, l.across(m))
	}
	return l.size(along, across)
}

// splitDivider is the bar between the two sides: it shows a handle, takes
// the resize cursor and moves the offset as it is dragged.
type splitDivider struct {
	widget.BaseWidget
	split   *splitLayout
	hovered bool
	// dragAt is where the pointer is along the split, from the split's
	// origin, while a drag lasts; dragging is false between drags.
	dragAt   float32
	dragging bool
}

var (
	_ fyne.Draggable     = (*splitDivider)(nil)
	_ desktop.Cursorable = (*splitDivider)(nil)
	_ desktop.Hoverable  = (*splitDivider)(nil)
)

func newSplitDivider(l *splitLayout) *splitDivider {
	d := &splitDivider{split: l}
	d.ExtendBaseWidget(d)
	return d
}

func (d *splitDivider) thickness() float32 {
	if t := d.Theme().Size(theme.SizeNameSplitThickness); t > 0 {
		return t
	}
	return 5
}

func (d *splitDivider) Cursor() desktop.Cursor {
	if d.split.horizontal {
		return desktop.HResizeCursor
	}
	return desktop.VResizeCursor
}

func (d *splitDivider) Dragged(e *fyne.DragEvent) {
	l := d.split
	if !d.dragging {
		// Keep the grab point under the pointer: the divider's leading
		// edge follows the pointer minus where in the bar it was caught.
		d.dragging = true
		d.dragAt = l.along(fyne.NewSize(d.Position().X, d.Position().Y))
	}
	d.dragAt += l.along(fyne.NewSize(e.Dragged.DX, e.Dragged.DY))
	free := l.along(l.box.Size()) - d.thickness()
	if free <= 0 {
		return
	}
	leading, trailing := l.parts()
	lo := float64(l.along(leading.MinSize()) / free)
	hi := 1 - float64(l.along(trailing.MinSize())/free)
	l.SetOffset(min(max(float64(d.dragAt/free), lo), max(lo, hi)))
}

func (d *splitDivider) DragEnd() { d.dragging = false }

func (d *splitDivider) MouseIn(*desktop.MouseEvent) {
	d.hovered = true
	d.Refresh()
}

func (d *splitDivider) MouseMoved(*desktop.MouseEvent) {}

func (d *splitDivider) MouseOut() {
	d.hovered = false
	d.Refresh()
}

func (d *splitDivider) CreateRenderer() fyne.WidgetRenderer {
	r := &splitDividerRenderer{d: d, bg: canvas.NewRectangle(nil), handle: canvas.NewRectangle(nil)}
	r.Refresh()
	return r
}

type splitDividerRenderer struct {
	d          *splitDivider
	bg, handle *canvas.Rectangle
}

func (r *splitDividerRenderer) Layout(size fyne.Size) {
	th := r.d.Theme()
	l := r.d.split
	thick, long := th.Size(theme.SizeNameSeparatorThickness), th.Size(theme.SizeNamePadding)*4
	r.bg.Resize(size)
	r.handle.Resize(l.size(thick, long)) // thin along the split, long across it
	r.handle.Move(fyne.NewPos((size.Width-r.handle.Size().Width)/2, (size.Height-r.handle.Size().Height)/2))
}

func (r *splitDividerRenderer) MinSize() fyne.Size {
	return r.d.split.size(r.d.thickness(), r.d.Theme().Size(theme.SizeNamePadding)*6)
}

func (r *splitDividerRenderer) Refresh() {
	th, v := r.d.Theme(), fyne.CurrentApp().Settings().ThemeVariant()
	r.bg.FillColor = th.Color(theme.ColorNameShadow, v)
	if r.d.hovered {
		r.bg.FillColor = th.Color(theme.ColorNameHover, v)
	}
	r.handle.FillColor = th.Color(theme.ColorNameForeground, v)
	r.bg.Refresh()
	r.handle.Refresh()
	r.Layout(r.d.Size())
}

func (r *splitDividerRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.bg, r.handle}
}

func (r *splitDividerRenderer) Destroy() {}
