package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// rowLine is one line of differently styled runs (a pane row's names),
// cut to its width with an ellipsis. Fyne 2.8's RichText truncates each
// run on its own, against the whole width: the runs after the first
// spilled past the line's end and were clipped mid-letter, over the
// occurrence count. A run is cut only between Bengali clusters, so a
// vowel sign or conjunct is never drawn without its consonant.
type rowLine struct {
	widget.BaseWidget
	segs []textSeg
}

func newRowLine() *rowLine {
	l := &rowLine{}
	l.ExtendBaseWidget(l)
	return l
}

func (l *rowLine) setSegments(segs []textSeg) {
	l.segs = segs
	l.Refresh()
}

// String is the whole text, as a screen reader or a test reads it.
func (l *rowLine) String() string {
	s := ""
	for _, g := range l.segs {
		s += g.text
	}
	return s
}

func (l *rowLine) CreateRenderer() fyne.WidgetRenderer {
	return &rowLineRenderer{l: l}
}

type rowLineRenderer struct {
	l     *rowLine
	texts []*canvas.Text
}

func (r *rowLineRenderer) Destroy() {}

func (r *rowLineRenderer) Objects() []fyne.CanvasObject {
	out := make([]fyne.CanvasObject, len(r.texts))
	for i, t := range r.texts {
		out[i] = t
	}
	return out
}

func (r *rowLineRenderer) textSize() float32 { return r.l.Theme().Size(theme.SizeNameText) }

// MinSize is an ellipsis wide: the line gives way to what is beside it.
func (r *rowLineRenderer) MinSize() fyne.Size {
	th := r.l.Theme()
	h := fyne.MeasureText("Ag", r.textSize(), fyne.TextStyle{}).Height
	pad := th.Size(theme.SizeNameInnerPadding)
	return fyne.NewSize(fyne.MeasureText("…", r.textSize(), fyne.TextStyle{}).Width+pad, h+2*pad)
}

func (r *rowLineRenderer) Refresh() {
	th := r.l.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	for len(r.texts) < len(r.l.segs) {
		r.texts = append(r.texts, canvas.NewText("", nil))
	}
	r.texts = r.texts[:len(r.l.segs)]
	for i, s := range r.l.segs {
		t := r.texts[i]
		t.TextSize = r.textSize()
		t.TextStyle = fyne.TextStyle{Bold: s.bold, Italic: s.italic}
		switch {
		case s.muted:
			t.Color = th.Color(theme.ColorNamePlaceHolder, v)
		case s.bold || s.italic:
			t.Color = th.Color(theme.ColorNamePrimary, v)
		default:
			t.Color = th.Color(theme.ColorNameForeground, v)
		}
	}
	r.Layout(r.l.Size())
	for _, t := range r.texts {
		t.Refresh()
	}
}

// Layout sets the runs side by side and cuts the first that does not
// fit, with an ellipsis; the runs after it are hidden.
func (r *rowLineRenderer) Layout(size fyne.Size) {
	pad := r.l.Theme().Size(theme.SizeNameInnerPadding)
	x, width := pad, size.Width-pad
	cut := false
	for i, t := range r.texts {
		t.Text = r.l.segs[i].text
		if cut {
			t.Hide()
			continue
		}
		t.Show()
		m := t.MinSize()
		if x+m.Width > width {
			cut = true
			t.Text = ellipsize(t.Text, width-x, t)
			if t.Text == "" && i > 0 {
				// No room even for the ellipsis: the run before ends
				// with it instead.
				t.Hide()
				prev := r.texts[i-1]
				prev.Text = ellipsize(r.l.segs[i-1].text, width-prev.Position().X, prev)
				prev.Resize(prev.MinSize())
				continue
			}
			m = t.MinSize()
		}
		t.Move(fyne.NewPos(x, (size.Height-m.Height)/2))
		t.Resize(m)
		x += m.Width
	}
}

// ellipsize is the longest start of text, cut between clusters, that
// fits room with "…" after it in the style of t ("" when not even the
// ellipsis fits).
func ellipsize(text string, room float32, t *canvas.Text) string {
	width := func(s string) float32 { return fyne.MeasureText(s, t.TextSize, t.TextStyle).Width }
	if width("…") > room {
		return ""
	}
	runes := []rune(text)
	lo, hi := 0, len(runes) // lo fits
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if width(string(runes[:mid])+"…") <= room {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	for lo > 0 && lo < len(runes) && !clusterBreakOK(runes, int32(lo)) {
		lo--
	}
	return strings.TrimRight(string(runes[:lo]), " ") + "…"
}
