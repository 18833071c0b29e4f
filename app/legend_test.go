package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
)

// The window fits a 1,024 px screen with the sample article open, the
// glossary pane shown and a long note beside the status line: neither the
// legend nor a message may set its width (the window grows to its
// content's minimum and never narrows again by itself).
func TestWindowFitsNarrowScreen(t *testing.T) {
	s := newTestScreen(t, "")
	s.onSpanTapped(findSpan(t, s.doc, "ল্যাভরভের")) // the pane's card filled
	s.flash("Not kept in the library: " + strings.Repeat("the disk is full and the library file cannot grow ", 4))
	if got := s.w.Content().MinSize().Width; got > 1024 {
		t.Errorf("got the window at least %v px wide; want at most 1024", got)
	}
	for _, width := range []float32{1024, 1366, 1920} {
		s.w.Resize(fyne.NewSize(width, 800))
		bar := s.statusBar.Size()
		if bar.Width > width {
			t.Errorf("at %v px: got a status bar %v wide; want it inside the window", width, bar.Width)
		}
		// status, note and legend side by side, none cut by the window.
		objs := []fyne.CanvasObject{s.status, s.note, s.legend}
		for i, a := range objs {
			if a.Position().X < 0 || a.Position().X+a.Size().Width > bar.Width+0.5 {
				t.Errorf("at %v px: got object %d at x %v, %v wide; want inside the bar (%v)", width, i, a.Position().X, a.Size().Width, bar.Width)
			}
			if a.Position().Y < 0 || a.Position().Y+a.Size().Height > bar.Height+0.5 {
				t.Errorf("at %v px: got object %d at y %v, %v high; want inside the bar (%v)", width, i, a.Position().Y, a.Size().Height, bar.Height)
			}
			for j, b := range objs[i+1:] {
				if a.Position().X+a.Size().Width > b.Position().X+0.5 {
					t.Errorf("at %v px: got object %d (ends at %v) over object %d (starts at %v)", width, i, a.Position().X+a.Size().Width, i+1+j, b.Position().X)
				}
			}
		}
		if s.status.Size().Width < statusTextMin/2 {
			t.Errorf("at %v px: got the status line %v wide; want room to read it", width, s.status.Size().Width)
		}
		// every legend item whole and inside the legend
		for _, it := range s.legend.Objects {
			if it.Size() != it.MinSize() || it.Position().X+it.Size().Width > s.legend.Size().Width+0.5 {
				t.Errorf("at %v px: got a legend item %v at %v in a legend %v wide; want it whole", width, it.Size(), it.Position(), s.legend.Size().Width)
			}
		}
	}
	// A note that comes after the layout gets room beside the status
	// line, cut short before the legend (it kept its old width, none, and
	// ran over the legend).
	s.w.Resize(fyne.NewSize(1100, 800))
	s.flash("")
	s.note.Resize(fyne.NewSize(0, s.note.Size().Height)) // as laid out with no note
	s.flash("No Bengali letters in this text, so nothing is highlighted")
	if w := s.note.Size().Width; w <= 0 {
		t.Errorf("got the note %v wide after it was set; want room for it", w)
	}
	if end, legend := s.note.Position().X+s.note.Size().Width, s.legend.Position().X; end > legend+0.5 {
		t.Errorf("got the note ending at %v, over the legend at %v", end, legend)
	}

	// Wide enough, the legend takes one row; narrow, it wraps.
	rows := func() int { return len(flowRows(s.legend.Objects, s.legend.Size().Width)) }
	s.flash("")
	s.w.Resize(fyne.NewSize(1920, 800))
	if got := rows(); got != 1 {
		t.Errorf("at 1920 px: got the legend on %d rows; want 1", got)
	}
	s.w.Resize(fyne.NewSize(900, 800))
	if got := rows(); got < 2 {
		t.Errorf("at 900 px: got the legend on %d rows; want it wrapped", got)
	}
	if h := s.statusBar.Size().Height; h < s.legend.Size().Height {
		t.Errorf("at 900 px: got a status bar %v high for a legend %v high; want room for its rows", h, s.legend.Size().Height)
	}
}
