package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
)

func TestKeyboardMovesBetweenHighlights(t *testing.T) {
	s := newTestScreen(t, "")
	v := s.view
	s.w.Canvas().Focus(v)
	n := len(s.doc.ann.Spans)
	steps := []struct {
		name string
		do   func()
		want int
	}{
		{"n starts at the first", func() { test.Type(v, "n") }, 0},
		{"n", func() { test.Type(v, "n") }, 1},
		{"Tab", func() { v.TypedKey(&fyne.KeyEvent{Name: fyne.KeyTab}) }, 2},
		{"p", func() { test.Type(v, "p") }, 1},
		{"Shift+Tab", func() {
			v.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
			v.TypedKey(&fyne.KeyEvent{Name: fyne.KeyTab})
			v.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
		}, 0},
		{"p wraps to the last", func() { test.Type(v, "p") }, n - 1},
		{"n wraps to the first", func() { test.Type(v, "n") }, 0},
	}
	for _, st := range steps {
		st.do()
		if v.current != st.want {
			t.Fatalf("%s: current highlight %d, want %d", st.name, v.current, st.want)
		}
	}

	// Walking through them all keeps each in view.
	for i := 1; i < n; i++ {
		test.Type(v, "n")
		if _, _, ok := v.spanBounds(v.current); !ok {
			t.Fatalf("highlight %d is out of view", v.current)
		}
	}

	v.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if !s.card.Visible() || s.card.span != v.current || !s.card.pinned {
		t.Fatal("Enter does not open the card of the current highlight")
	}
	test.MoveMouse(s.w.Canvas(), fyne.NewPos(5, 300))
	if !s.card.Visible() {
		t.Error("a card opened with the keyboard closed when the mouse moved")
	}
	v.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if s.card.Visible() {
		t.Error("Escape does not close the card")
	}
	v.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
	if !s.card.Visible() {
		t.Error("Space does not open the card")
	}
}

func TestCopy(t *testing.T) {
	s := newTestScreen(t, "")
	v := s.view
	i := findSpan(t, s.doc, "ল্যাভরভের")
	v.setCurrent(i)
	v.TypedShortcut(&fyne.ShortcutCopy{})
	want := s.doc.paraText(int(s.doc.spanPara[i]))
	if got := s.a.Clipboard().Content(); got != want {
		t.Errorf("Ctrl+C copied %q, want the paragraph %q", got, want)
	}
	s.onCopyArticle()
	if got := s.a.Clipboard().Content(); got != s.doc.ann.Text {
		t.Errorf("Copy article copied %d bytes of %d", len(got), len(s.doc.ann.Text))
	}
}

func TestLayoutWrapsAndHitsEverySpan(t *testing.T) {
	for _, width := range []float32{320, 700, 1400} {
		test.NewTempApp(t)
		v := newArticleView()
		w := test.NewTempWindow(t, v)
		w.Resize(fyne.NewSize(width, 2400))
		d := newDocument("sample", nil, builtin(t).Annotate(sampleText(t)))
		v.setDocument(d)
		if v.viewTop != 0 {
			t.Fatalf("width %v: opens at %v", width, v.viewTop)
		}
		for p, pl := range v.lay {
			if pl == nil {
				continue
			}
			for _, l := range pl.lines {
				if n := len(l.words); n > 0 && l.words[n-1].x+l.words[n-1].w > v.geo.colW+0.5 {
					t.Errorf("width %v: paragraph %d has a line %v wide in a %v column", width, p, l.words[n-1].x+l.words[n-1].w, v.geo.colW)
				}
			}
		}
		hit := 0
		for i := range d.ann.Spans {
			pos, size, ok := v.spanBounds(i)
			if !ok {
				continue
			}
			if size.Height > v.geo.lineH {
				continue // wrapped over two lines: its box holds text between
			}
			if got := v.spanAt(pos.Add(fyne.NewPos(size.Width/2, size.Height/2))); got != i {
				t.Errorf("width %v: the middle of span %d (%s) hits %d", width, i, d.ann.Spans[i].Text, got)
			}
			hit++
		}
		if hit == 0 {
			t.Errorf("width %v: no span in view", width)
		}
		if got := v.spanAt(fyne.NewPos(2, 2)); got != -1 {
			t.Errorf("the margin hits span %d", got)
		}
	}
}

func TestScrollKeepsPlaceAndClamps(t *testing.T) {
	test.NewTempApp(t)
	v := newArticleView()
	w := test.NewTempWindow(t, v)
	w.Resize(fyne.NewSize(900, 600))
	v.setDocument(newDocument("long", nil, builtin(t).Annotate(longArticle(200_000))))
	v.scrollBy(-500)
	if v.viewTop != 0 {
		t.Errorf("scrolled above the top: %v", v.viewTop)
	}
	v.scrollToFraction(0.5)
	mid := v.viewTop
	if mid <= 0 {
		t.Fatalf("half way is at %v", mid)
	}
	v.scrollBy(300)
	if d := v.viewTop - mid; d < 299 || d > 301 {
		t.Errorf("scrolling 300 moved %v", d)
	}
	v.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEnd})
	if end := v.contentHeight() - v.Size().Height; v.viewTop < end-1 || v.viewTop > end+1 {
		t.Errorf("End shows %v, want %v", v.viewTop, end)
	}
	v.scrollBy(10_000)
	if end := v.contentHeight() - v.Size().Height; v.viewTop > end+1 {
		t.Errorf("scrolled past the end: %v > %v", v.viewTop, end)
	}
	// Only what is in view is laid out.
	laid := 0
	for _, pl := range v.lay {
		if pl != nil {
			laid++
		}
	}
	if laid > len(v.lay)/4 {
		t.Errorf("%d of %d paragraphs laid out for a few screens", laid, len(v.lay))
	}
}

func TestZoomChangesLayout(t *testing.T) {
	s := newTestScreen(t, "")
	h := s.view.geo.lineH
	s.zoom(+4)
	s.view.Refresh()
	if s.view.geo.lineH <= h {
		t.Errorf("zooming in kept the line height at %v", s.view.geo.lineH)
	}
	if got := s.prefs.Float(prefTextSize); got != defaultTextSize+4 {
		t.Errorf("text size saved as %v", got)
	}
	s.setTextSize(1000)
	if s.view.textSize != maxTextSize {
		t.Errorf("text size %v beyond the limit", s.view.textSize)
	}
}

func TestDragSelectsAndCopies(t *testing.T) {
	s := newTestScreen(t, "")
	v := s.view
	i := findSpan(t, s.doc, "ল্যাভরভের")
	pos, size, ok := v.spanBounds(i)
	if !ok {
		t.Fatal("the span is not in view")
	}
	// Drag from just before the name to just after it.
	from := pos.Add(fyne.NewPos(1, size.Height/2))
	to := pos.Add(fyne.NewPos(size.Width-1, size.Height/2))
	v.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: from.Add(fyne.NewPos(5, 0))}, Dragged: fyne.NewDelta(5, 0)})
	v.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: to}, Dragged: fyne.NewDelta(to.X-from.X-5, 0)})
	v.DragEnd()
	if got := v.selectedText(); got != "ল্যাভরভের" {
		t.Fatalf("selected %q", got)
	}
	v.TypedShortcut(&fyne.ShortcutCopy{})
	if got := s.a.Clipboard().Content(); got != "ল্যাভরভের" {
		t.Errorf("Ctrl+C copied %q", got)
	}
	// The edges never fall inside a cluster, wherever the mouse is.
	for x := float32(0); x < size.Width; x++ {
		r := v.runeAt(pos.Add(fyne.NewPos(x, size.Height/2)))
		if r > 0 && r < int32(len(s.doc.runes)) && !clusterBreakOK(s.doc.runes, r) {
			t.Fatalf("x %v gives an edge inside a cluster at %d", x, r)
		}
	}
	v.TypedShortcut(&fyne.ShortcutSelectAll{})
	if got := v.selectedText(); got != s.doc.ann.Text {
		t.Errorf("Ctrl+A selected %d of %d bytes", len(got), len(s.doc.ann.Text))
	}
	v.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if v.selectedText() != "" {
		t.Error("Escape keeps the selection")
	}
}

func TestDrawsTheLinesInView(t *testing.T) {
	test.NewTempApp(t)
	v := newArticleView()
	w := test.NewTempWindow(t, v)
	w.Resize(fyne.NewSize(900, 600))
	g := builtin(t)
	check := func(when string) {
		lines := map[string]bool{}
		for _, pl := range v.lay {
			if pl == nil {
				continue
			}
			for _, l := range pl.lines {
				lines[l.text] = true
			}
		}
		texts := 0
		for _, o := range test.TempWidgetRenderer(t, v).Objects() {
			if tx, ok := o.(*canvas.Text); ok {
				texts++
				if !lines[tx.Text] {
					t.Errorf("%s: drawn text %q is no line of the article", when, tx.Text)
				}
				if y := tx.Position().Y; y < -v.geo.lineH || y > v.Size().Height {
					t.Errorf("%s: a text is drawn out of view, at %v", when, y)
				}
			}
		}
		if maxLines := int(v.Size().Height/v.geo.lineH) + 2; texts == 0 || texts > maxLines {
			t.Errorf("%s: %d texts drawn for at most %d lines in view", when, texts, maxLines)
		}
	}
	v.setDocument(newDocument("sample", nil, g.Annotate(sampleText(t))))
	check("the sample")
	// A second article reuses no line of the first.
	v.setDocument(newDocument("long", nil, g.Annotate(longArticle(100_000))))
	check("a second article")
	v.scrollToFraction(0.4)
	check("scrolled")
	w.Resize(fyne.NewSize(600, 600))
	check("narrower")
}
