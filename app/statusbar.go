package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// statusTextMin is the least width the status line and note keep beside
// the legend before the legend wraps onto another row.
const statusTextMin = 240

func (s *mainScreen) buildStatus() {
	s.status = widget.NewLabel("Loading the glossary…")
	s.status.Truncation = fyne.TextTruncateEllipsis
	// The note is a message of any length (an error, a feed's title): it
	// is cut short with an ellipsis rather than widening the window, which
	// never narrows again by itself.
	s.note = widget.NewLabel("")
	s.note.SizeName = theme.SizeNameCaptionText
	s.note.Truncation = fyne.TextTruncateEllipsis
	s.progress = widget.NewProgressBarInfinite()
	s.progress.Stop()
	s.legend = newLegend()
	s.progressBox = container.NewGridWrap(fyne.NewSize(120, s.progress.MinSize().Height), s.progress)
	s.progressBox.Hide()
	s.statusBar = container.New(&statusLayout{width: func() float32 { return s.w.Canvas().Size().Width }},
		s.progressBox, s.status, s.note, s.legend)
}

// statusLayout lays out the status bar: the progress bar (while busy),
// the status line, the note, and the legend at the right. The legend
// keeps one row while the text has statusTextMin beside it and wraps
// below that; the note takes what the status line leaves, or half the
// text's room when both are long. So the bar's minimum width is its
// widest legend item plus statusTextMin, whatever the texts.
//
// Its height depends on its width (the legend's rows). A layout's minimum
// size is asked before it is given a width, so it works its rows out for
// the width of the window, which the bar spans.
type statusLayout struct {
	width func() float32 // the window's
}

func (statusLayout) parts(objects []fyne.CanvasObject) (progress fyne.CanvasObject, status, note *widget.Label, legend *fyne.Container) {
	return objects[0], objects[1].(*widget.Label), objects[2].(*widget.Label), objects[3].(*fyne.Container)
}

func (l statusLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	progress, status, note, legend := l.parts(objects)
	pad := theme.Padding()
	x := float32(0)
	if progress.Visible() {
		m := progress.MinSize()
		progress.Move(fyne.NewPos(0, (size.Height-m.Height)/2))
		progress.Resize(m)
		x = m.Width + pad
	}

	legendW, legendH := l.legendSize(legend, size.Width-x)
	legend.Move(fyne.NewPos(size.Width-legendW, (size.Height-legendH)/2))
	legend.Resize(fyne.NewSize(legendW, legendH))

	text := max(size.Width-legendW-pad-x, 0)
	statusW, noteW := text, float32(0)
	if note.Text != "" {
		want := labelWidth(note)
		noteW = min(want, max(text-labelWidth(status), text/2))
		statusW = text - noteW
	}
	place := func(lb *widget.Label, at, w float32) {
		h := lb.MinSize().Height
		lb.Move(fyne.NewPos(at, (size.Height-h)/2))
		lb.Resize(fyne.NewSize(w, h))
	}
	place(status, x, statusW)
	place(note, x+statusW, noteW)
}

// legendSize is the legend's width and height when the legend and the
// text share room (the bar's width less the progress bar).
func (statusLayout) legendSize(legend *fyne.Container, room float32) (float32, float32) {
	flow := legend.Layout.(*flowLayout)
	widest := flow.MinSize(legend.Objects).Width
	w := min(flow.naturalWidth(legend.Objects), max(widest, room-statusTextMin-theme.Padding()))
	rowH := float32(0)
	for _, o := range legend.Objects {
		rowH = max(rowH, o.MinSize().Height)
	}
	return w, rowH * float32(max(len(flowRows(legend.Objects, w)), 1))
}

func (l statusLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	progress, status, note, legend := l.parts(objects)
	room := l.width()
	w := statusTextMin + theme.Padding() + legend.Layout.MinSize(legend.Objects).Width
	h := max(status.MinSize().Height, note.MinSize().Height)
	if progress.Visible() {
		m := progress.MinSize()
		w += m.Width + theme.Padding()
		h = max(h, m.Height)
		room -= m.Width + theme.Padding()
	}
	_, lh := l.legendSize(legend, max(room, w))
	return fyne.NewSize(w, max(h, lh))
}

// labelWidth is how wide a label would be to show all of its text.
func labelWidth(l *widget.Label) float32 {
	th := l.Theme()
	name := l.SizeName
	if name == "" {
		name = theme.SizeNameText
	}
	return fyne.MeasureText(l.Text, th.Size(name), l.TextStyle).Width + 2*th.Size(theme.SizeNameInnerPadding)
}
