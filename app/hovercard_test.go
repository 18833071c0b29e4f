package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/pathok/pathok/glossary"
)

func TestHoverShowsCard(t *testing.T) {
	s := newTestScreen(t, "")
	c := s.w.Canvas()
	for _, tc := range []struct {
		name  string
		word  string // as written in the sample
		lines []string
	}{
		{"inflected Russian name", "ল্যাভরভের", []string{"Sergei Lavrov", "Сергей Лавров", "person · Russia", "Foreign Minister", "ল্যাভরভের = ল্যাভরভ + -এর", "genitive"}},
		{"Korean place", "পিয়ংইয়ংয়ের", []string{"Pyongyang", "평양", "place · North Korea"}},
		{"figure", "প্রায় ৪০ শতাংশ", []string{"about 40%", "figure · percentage", "value: 40%"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			i := findSpan(t, s.doc, tc.word)
			at := spanPoint(t, s, i)
			test.MoveMouse(c, at)
			if !s.card.Visible() || s.card.span != i {
				t.Fatalf("no card for %s (visible %v, span %d)", tc.word, s.card.Visible(), s.card.span)
			}
			if s.card.title.Text != tc.word {
				t.Errorf("card title %q, want the word as written %q", s.card.title.Text, tc.word)
			}
			shown := s.card.content.String()
			for _, want := range tc.lines {
				if !strings.Contains(shown, want) {
					t.Errorf("card lacks %q; it says:\n%s", want, shown)
				}
			}
			// The card must not cover the word under the cursor, and must
			// stay inside the window.
			wordPos, wordSize, _ := s.view.spanBounds(i)
			d := fyne.CurrentApp().Driver()
			word := rect{d.AbsolutePositionForObject(s.view).Add(wordPos), wordSize}
			card := rect{d.AbsolutePositionForObject(s.card), s.card.Size()}
			if word.overlaps(card) {
				t.Errorf("card %v covers the word %v", card, word)
			}
			win := rect{fyne.Position{}, c.Size()}
			if !win.contains(card) {
				t.Errorf("card %v leaves the window %v", card, win)
			}

			// Moving off the highlight, to the margin, hides the card.
			test.MoveMouse(c, fyne.NewPos(d.AbsolutePositionForObject(s.view).X+4, at.Y))
			if s.card.Visible() {
				t.Errorf("card still shown after the mouse moved away")
			}
		})
	}
}

func TestUnknownNameCanBeAdded(t *testing.T) {
	s := newTestScreen(t, "সিউলে মার্কিন মুখপাত্র জন ম্যাকার্থি বলেন, সের্গেই ল্যাভরভের সঙ্গে বৈঠক হয়েছে।")
	unknown := -1
	for i, sp := range s.doc.ann.Spans {
		if sp.Unknown {
			unknown = i
		}
	}
	if unknown < 0 {
		t.Fatalf("got no unknown name in %q; want জন ম্যাকার্থি marked as one (the test needs a name the glossary lacks)", s.doc.ann.Text)
	}
	name := s.doc.ann.Spans[unknown].Text
	test.MoveMouse(s.w.Canvas(), spanPoint(t, s, unknown))
	if !s.card.Visible() || !s.card.content.unknown {
		t.Fatal("no card for the unknown name")
	}
	if !strings.Contains(s.card.content.String(), "Not in the glossary") {
		t.Errorf("the card says %q", s.card.content.String())
	}
	if s.card.addRow.Visible() {
		t.Error("a hover card offers Add; only a pinned card should")
	}
	s.view.Tapped(&fyne.PointEvent{Position: mustBounds(t, s, unknown)})
	if !s.card.pinned || !s.card.addRow.Visible() {
		t.Fatal("clicking the unknown name does not pin a card with Add to glossary")
	}

	// The hook gets the span; by default it opens the form.
	var asked glossary.Span
	hook := s.onAddName
	s.onAddName = func(sp glossary.Span) { asked = sp; hook(sp) }
	test.Tap(s.card.add)
	if asked.Text != name {
		t.Errorf("Add to glossary passed %q, want %q", asked.Text, name)
	}
	if shown := overlayTexts(t, s.w.Canvas()); !strings.Contains(shown, "Add to glossary") {
		t.Errorf("no form: %q", shown)
	}

	if s.form == nil || !strings.Contains(s.form.bengali.Text, unknownKey(&asked)) {
		t.Error("the form is not filled with the name")
	}
}

func mustBounds(t *testing.T, s *mainScreen, i int) fyne.Position {
	t.Helper()
	pos, size, ok := s.view.spanBounds(i)
	if !ok {
		t.Fatalf("span %d not in view", i)
	}
	return pos.Add(fyne.NewPos(size.Width/2, size.Height/2))
}

type rect struct {
	pos  fyne.Position
	size fyne.Size
}

func (r rect) overlaps(o rect) bool {
	return r.pos.X < o.pos.X+o.size.Width && o.pos.X < r.pos.X+r.size.Width &&
		r.pos.Y < o.pos.Y+o.size.Height && o.pos.Y < r.pos.Y+r.size.Height
}

func (r rect) contains(o rect) bool {
	return o.pos.X >= r.pos.X && o.pos.Y >= r.pos.Y &&
		o.pos.X+o.size.Width <= r.pos.X+r.size.Width && o.pos.Y+o.size.Height <= r.pos.Y+r.size.Height
}

func TestPlaceCard(t *testing.T) {
	area := fyne.NewSize(800, 600)
	card := fyne.NewSize(300, 200)
	for _, tc := range []struct {
		name      string
		at        fyne.Position
		size      fyne.Size
		right     float32 // the article view's right edge
		wantBelow bool
		wantRight float32 // the card's right edge at most this
	}{
		{"room below", fyne.NewPos(100, 100), fyne.NewSize(80, 36), 800, true, 800},
		{"near the bottom", fyne.NewPos(100, 500), fyne.NewSize(80, 36), 800, false, 800},
		{"near the right edge", fyne.NewPos(760, 100), fyne.NewSize(40, 36), 800, true, 800},
		{"tall word near the top", fyne.NewPos(10, 0), fyne.NewSize(80, 72), 800, true, 800},
		// a pane on the right: the card keeps off it when the view is wide enough
		{"near the pane", fyne.NewPos(450, 100), fyne.NewSize(80, 36), 560, true, 560},
		{"view narrower than the card", fyne.NewPos(100, 100), fyne.NewSize(80, 36), 250, true, 800},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := placeCard(tc.at, tc.size, card, area, tc.right)
			word, c := rect{tc.at, tc.size}, rect{p, card}
			if word.overlaps(c) {
				t.Errorf("card at %v covers the word at %v", p, tc.at)
			}
			if !(rect{fyne.Position{}, area}).contains(c) {
				t.Errorf("card at %v leaves the area", p)
			}
			if below := p.Y >= tc.at.Y+tc.size.Height; below != tc.wantBelow {
				t.Errorf("below = %v, want %v", below, tc.wantBelow)
			}
			if r := p.X + card.Width; r > tc.wantRight {
				t.Errorf("card's right edge = %v; want at most %v", r, tc.wantRight)
			}
		})
	}
}

// A card for a name wrapped across two lines stands by the part under
// the pointer, not by the box around both parts.
func TestCardForWrappedNameByPartUnderPointer(t *testing.T) {
	s := newTestScreen(t, "")
	c := s.w.Canvas()
	v := s.view
	span, width := -1, float32(0)
	for w := float32(900); w >= 600 && span < 0; w -= 13 {
		s.w.Resize(fyne.NewSize(w, 820))
		for i := range s.doc.ann.Spans {
			v.scrollToSpan(i)
			if _, size, ok := v.spanBounds(i); ok && size.Height > v.geo.lineH {
				span, width = i, w
				break
			}
		}
	}
	if span < 0 {
		t.Fatal("got no name wrapped across lines at any width from 900 to 600; want one to test with")
	}
	v.scrollToSpan(span)
	v.settle()
	p := int(v.doc.spanPara[span])
	var parts []rect
	for k, l := range v.lay[p].lines {
		for _, pc := range l.pieces {
			if int(pc.span) == span {
				top := v.tops[p] + float32(k)*v.geo.lineH - v.viewTop
				parts = append(parts, rect{fyne.NewPos(v.geo.colX+pc.x0, top), fyne.NewSize(pc.x1-pc.x0, v.geo.lineH)})
			}
		}
	}
	if len(parts) < 2 {
		t.Fatalf("got %d parts of span %q at width %v; want two or more", len(parts), s.doc.ann.Spans[span].Text, width)
	}
	d := fyne.CurrentApp().Driver()
	viewAt := d.AbsolutePositionForObject(v)
	for n, part := range []rect{parts[0], parts[len(parts)-1]} {
		s.hideCard()
		test.MoveMouse(c, fyne.NewPos(0, 0))
		at := viewAt.Add(part.pos).Add(fyne.NewPos(min(part.size.Width/2, 10), part.size.Height/2))
		test.MoveMouse(c, at)
		if !s.card.Visible() || s.card.span != span {
			t.Fatalf("part %d: no card for %q", n, s.doc.ann.Spans[span].Text)
		}
		card := rect{d.AbsolutePositionForObject(s.card), s.card.Size()}
		word := rect{viewAt.Add(part.pos), part.size}
		below := card.pos.Y - (word.pos.Y + word.size.Height)
		above := word.pos.Y - (card.pos.Y + card.size.Height)
		if word.overlaps(card) || (below < 0 || below > 3) && (above < 0 || above > 3) {
			t.Errorf("part %d at %v: got the card at %v; want it just below or above that part", n, word, card)
		}
	}
}

// The card's labels stand close, in the compact theme, from the first
// card shown on: the theme is put over them only then, not when the
// window is built (which loaded fonts the first frame does not need).
func TestCardCompactFromFirstShow(t *testing.T) {
	s := newTestScreen(t, "")
	i := findSpan(t, s.doc, "ল্যাভরভের")
	test.MoveMouse(s.w.Canvas(), spanPoint(t, s, i))
	if !s.card.Visible() {
		t.Fatal("no card shown")
	}
	for name, l := range map[string]*widget.Label{"title": s.card.title, "headline": s.card.headline, "note": s.card.note} {
		if got := theme.CurrentForWidget(l).Size(theme.SizeNamePadding); got != 2 {
			t.Errorf("%s: got padding %v; want the compact theme's 2", name, got)
		}
	}
	if got := s.card.inner.MinSize().Height; got <= 0 {
		t.Errorf("got the card's content %v high; want its lines", got)
	}
}
