package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// The status line and note keep at least statusTextMin beside the legend
// (the legend wraps onto another row sooner), and as much as they need
// up to statusTextMax while the legend has room on one row.
const (
	statusTextMin = 240
	statusTextMax = 480
)

// statusLabel is a line of the status bar: setting its text lays the bar
// out again, for the layout gives the status line and the note widths by
// their texts (a label cut with an ellipsis asks for no more room when
// its text grows, so nothing else would).
type statusLabel struct {
	widget.Label
	changed func()
}

func newStatusLabel(text string) *statusLabel {
	l := &statusLabel{}
	l.Text = text
	l.Truncation = fyne.TextTruncateEllipsis
	l.ExtendBaseWidget(l)
	return l
}

// SetText shows text and lays the status bar out again.
func (l *statusLabel) SetText(text string) {
	l.Label.SetText(text)
	if l.changed != nil {
		l.changed()
	}
}

func (s *mainScreen) buildStatus() {
	s.status = newStatusLabel("Loading the glossary…")
	// The note is a message of any length (an error, a feed's title): it
	// is cut short with an ellipsis rather than widening the window, which
	// never narrows again by itself.
	s.note = newStatusLabel("")
	s.note.SizeName = theme.SizeNameCaptionText
	s.progress = widget.NewProgressBarInfinite()
	s.progress.Stop()
	s.legend = newLegend()
	s.progressBox = container.NewGridWrap(fyne.NewSize(120, s.progress.MinSize().Height), s.progress)
	s.progressBox.Hide()
	s.statusBar = container.New(&statusLayout{width: func() float32 { return s.w.Canvas().Size().Width }},
		s.progressBox, s.status, s.note, s.legend)
	s.status.changed = s.statusBar.Refresh
	s.note.changed = s.statusBar.Refresh
}

// statusLayout lays out the status bar: the progress bar (while busy),
// the status line, the note, and the legend at the right. The legend
// keeps one row while the status line has the room it wants beside it
// (statusTextMin to statusTextMax) and wraps below that; the note takes
// what the status line leaves, or half the text's room when both are
// long. So the bar's minimum width is its widest legend item plus
// statusTextMin, whatever the texts.
//
// Its height depends on its width (the legend's rows). A layout's minimum
// size is asked before it is given a width, so it works its rows out for
// the width of the window, which the bar spans.
type statusLayout struct {
	width func() float32 // the window's
}

func (statusLayout) parts(objects []fyne.CanvasObject) (progress fyne.CanvasObject, status, note *statusLabel, legend *fyne.Container) {
	return objects[0], objects[1].(*statusLabel), objects[2].(*statusLabel), objects[3].(*fyne.Container)
}

// textWant is the room the status line would like beside the legend.
// The note is left out: a passing message should not make the bar taller
// and the article shorter while it shows.
func textWant(status *statusLabel) float32 {
	return min(max(labelWidth(&status.Label), statusTextMin), statusTextMax)
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

	legendW, legendH := l.legendSize(legend, size.Width-x, textWant(status))
	legend.Move(fyne.NewPos(size.Width-legendW, (size.Height-legendH)/2))
	legend.Resize(fyne.NewSize(legendW, legendH))

	text := max(size.Width-legendW-pad-x, 0)
	statusW, noteW := text, float32(0)
	if note.Text != "" {
		want := labelWidth(&note.Label)
		noteW = min(want, max(text-labelWidth(&status.Label), text/2))
		statusW = text - noteW
	}
	place := func(lb *statusLabel, at, w float32) {
		h := lb.MinSize().Height
		lb.Move(fyne.NewPos(at, (size.Height-h)/2))
		lb.Resize(fyne.NewSize(w, h))
	}
	place(status, x, statusW)
	place(note, x+statusW, noteW)
}

// legendSize is the legend's width and height when the legend and the
// text share room (the bar's width less the progress bar): one row while
// the text has what it wants beside it, else as many rows as leave it
// that.
func (statusLayout) legendSize(legend *fyne.Container, room, text float32) (float32, float32) {
	flow := legend.Layout.(*flowLayout)
	widest := flow.MinSize(legend.Objects).Width
	natural := flow.naturalWidth(legend.Objects)
	w := natural
	if room-text-theme.Padding() < natural {
		w = max(widest, room-text-theme.Padding())
		// As narrow as keeps the same rows: balanced rows leave the text
		// the rest.
		rows := len(flowRows(legend.Objects, w))
		lo, hi := widest, w
		for hi-lo > 1 {
			mid := (lo + hi) / 2
			if len(flowRows(legend.Objects, mid)) <= rows {
				hi = mid
			} else {
				lo = mid
			}
		}
		w = hi
	}
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
	_, lh := l.legendSize(legend, max(room, w), textWant(status))
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
