package app

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/pathok/pathok/glossary"
	"github.com/pathok/pathok/glossary/user"
)

func TestFirstPart(t *testing.T) {
	para := strings.Repeat("ক", 1000) + "\n"
	long := strings.Repeat(para, 3*firstPartBytes/len(para))
	tests := []struct {
		name    string
		text    string
		wantCut int // -1: not cut
	}{
		// Short articles are marked whole at once.
		{"empty", "", -1},
		{"sample-sized", strings.Repeat(para, 3), -1},
		{"just under twice the part", strings.Repeat("খ", 2*firstPartBytes/3), -1},
		// A long article is cut at the first line break after the part.
		{"long", long, (firstPartBytes/len(para) + 1) * len(para)},
		// One long paragraph has nowhere to cut.
		{"one paragraph", strings.Repeat("গ", firstPartBytes), -1},
		// A break only near the end leaves too little for a second step.
		{"break near the end", strings.Repeat("ঘ", firstPartBytes) + "\n" + strings.Repeat("ঙ", 100), -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cut, ok := firstPart(tt.text)
			if tt.wantCut < 0 {
				if ok || cut != len(tt.text) {
					t.Errorf("got cut %d, %v; want the whole %d bytes", cut, ok, len(tt.text))
				}
				return
			}
			if !ok || cut != tt.wantCut {
				t.Errorf("got cut %d, %v; want %d, true", cut, ok, tt.wantCut)
			}
			if cut > 0 && tt.text[cut-1] != '\n' {
				t.Errorf("got a cut after %q; want one after a line break", tt.text[cut-1])
			}
		})
	}
}

// onScreen runs f with the results of background work held off, so that
// a test reads the screen as the UI goroutine would.
func onScreen(s *mainScreen, f func()) {
	s.tasks.applying.Lock()
	defer s.tasks.applying.Unlock()
	f()
}

// waitFor waits until ok holds on the screen; work that a test holds
// up keeps s.wait from returning.
func waitFor(t *testing.T, s *mainScreen, what string, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for {
		done := false
		onScreen(s, func() { done = ok() })
		if done {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// checkSpans fails unless every span of d lies in its text as its Text
// says, and none starts at or after rune to.
func checkSpans(t *testing.T, d *document, to int32) {
	t.Helper()
	for i, sp := range d.ann.Spans {
		if sp.End > len(d.runes) || string(d.runes[sp.Start:sp.End]) != sp.Text {
			t.Fatalf("span %d %q at %d–%d is not the text there", i, sp.Text, sp.Start, sp.End)
		}
		if int32(sp.Start) >= to {
			t.Fatalf("span %d %q starts at %d; want spans only before %d", i, sp.Text, sp.Start, to)
		}
	}
}

// sameSpans fails unless got has exactly the spans of want.
func sameSpans(t *testing.T, got, want *glossary.Annotation) {
	t.Helper()
	if len(got.Spans) != len(want.Spans) {
		t.Fatalf("got %d spans; want %d", len(got.Spans), len(want.Spans))
	}
	for i := range got.Spans {
		g, w := got.Spans[i], want.Spans[i]
		if g.Start != w.Start || g.End != w.End || g.Text != w.Text {
			t.Fatalf("span %d: got %q at %d–%d; want %q at %d–%d", i, g.Text, g.Start, g.End, w.Text, w.Start, w.End)
		}
	}
}

// A long article shows with its first part marked while the rest is
// marked in the background; then the whole marking replaces it in place.
func TestLongArticleFirstPartThenWhole(t *testing.T) {
	s := newTestScreen(t, "")
	text := longArticle(3 * firstPartBytes)
	cut, ok := firstPart(text)
	if !ok {
		t.Fatal("the test article is too short to be cut")
	}
	s.marking.turn <- struct{}{} // hold the whole marking back
	held := true
	defer func() {
		if held {
			<-s.marking.turn
		}
	}()
	onScreen(s, func() { s.open(pastedSource(text)) })
	waitFor(t, s, "the first part shown", func() bool { return s.doc != nil && s.doc.ann.Text == text })

	var first *document
	onScreen(s, func() {
		first = s.doc
		if first.marks != startMarked {
			t.Fatalf("got marks %d; want the first part marked (%d)", first.marks, startMarked)
		}
		if want := int32(len([]rune(text[:cut]))); first.markedTo != want {
			t.Errorf("got marked to rune %d; want %d", first.markedTo, want)
		}
		if len(first.ann.Spans) == 0 {
			t.Fatal("got no spans in the first part; want its names and figures")
		}
		checkSpans(t, first, first.markedTo)
		if s.view.doc != first || s.pane.doc != first {
			t.Error("the view and the pane do not show the first part's marks")
		}
		if got := s.status.Text; !strings.Contains(got, "Marking the rest of the article") {
			t.Errorf("got status %q; want it to say the rest is being marked", got)
		}
		s.view.scrollToFraction(0.005)
	})
	anchor := s.view.anchor

	<-s.marking.turn
	held = false
	s.wait()
	onScreen(s, func() {
		d := s.doc
		if d.marks != fullyMarked || d.g != s.g {
			t.Fatalf("got marks %d by %p; want all marked (%d) by the glossary in force %p", d.marks, d.g, fullyMarked, s.g)
		}
		if !sameText(first, d) {
			t.Error("the whole marking built the text again; want it to share the first part's")
		}
		sameSpans(t, d.ann, s.g.Annotate(text))
		checkSpans(t, d, int32(len(d.runes)))
		if s.view.doc != d || s.view.anchor != anchor {
			t.Errorf("got view on %p at paragraph %d; want %p at %d, where the reader was", s.view.doc, s.view.anchor, d, anchor)
		}
		if got := s.status.Text; strings.Contains(got, "Marking") {
			t.Errorf("got status %q; want the counts", got)
		}
	})
}

// Opening another article while the first is still being marked drops
// that marking: no marks of the first land on the second.
func TestOpenCancelsMarking(t *testing.T) {
	s := newTestScreen(t, "")
	long := longArticle(3 * firstPartBytes)
	short := "মস্কোতে লাভরভ বলেন, সিউল থেকে ৩০০ কিলোমিটার দূরে।"
	s.marking.turn <- struct{}{}
	onScreen(s, func() { s.open(pastedSource(long)) })
	waitFor(t, s, "the long article's first part", func() bool { return s.doc != nil && s.doc.ann.Text == long })
	ran := s.marking.ran.Load()
	onScreen(s, func() { s.open(pastedSource(short)) })
	waitFor(t, s, "the short article", func() bool { return s.doc != nil && s.doc.ann.Text == short })
	<-s.marking.turn
	s.wait()
	onScreen(s, func() {
		d := s.doc
		if d.ann.Text != short || s.view.doc != d {
			t.Fatalf("got %q on screen; want the short article", d.ann.Text)
		}
		if d.marks != fullyMarked {
			t.Errorf("got marks %d; want the short article marked whole (%d)", d.marks, fullyMarked)
		}
		checkSpans(t, d, int32(len(d.runes)))
		sameSpans(t, d.ann, s.g.Annotate(short))
	})
	if got := s.marking.ran.Load(); got != ran {
		t.Errorf("got %d markings run to the end; want %d: the long article's was moot", got, ran)
	}
}

// An article opened while the glossary is still loading shows as text at
// once, and its marks follow when the glossary is ready.
func TestTextBeforeGlossary(t *testing.T) {
	tests := []struct {
		name string
		text string
	}{
		// Short: marked whole when the glossary comes.
		{"sample", sampleText(t)},
		// Long: its first part, then the whole.
		{"long", longArticle(3 * firstPartBytes)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := test.NewTempApp(t)
			w := a.NewWindow("Pathok")
			t.Cleanup(w.Close)
			s := newMainScreen(a, w)
			s.user.path = filepath.Join(t.TempDir(), user.FileName)
			w.Resize(fyne.NewSize(1280, 820))

			s.open(pastedSource(tt.text))
			s.wait()
			d := s.doc
			if d == nil || d.ann.Text != tt.text {
				t.Fatal("got no article on screen; want its text before the glossary")
			}
			if d.marks != notMarked || len(d.ann.Spans) != 0 {
				t.Fatalf("got marks %d with %d spans; want the text alone", d.marks, len(d.ann.Spans))
			}
			if s.view.doc != d || len(test.WidgetRenderer(s.view).Objects()) < 10 {
				t.Error("the article's text is not drawn")
			}
			if got := s.status.Text; !strings.HasPrefix(got, "Loading the glossary") {
				t.Errorf("got status %q; want it to say the glossary is loading", got)
			}

			s.loadGlossary(nil)
			s.wait()
			d = s.doc
			if d.marks != fullyMarked || d.g != s.g || s.g == nil {
				t.Fatalf("got marks %d; want all marked (%d) with the loaded glossary", d.marks, fullyMarked)
			}
			sameSpans(t, d.ann, s.g.Annotate(tt.text))
			if s.pane.g != s.g {
				t.Error("the glossary pane did not get the glossary")
			}
		})
	}
}

// The marks of the whole article replace those of its first part under
// a card the reader has open, and the card stays on its name.
func TestWholeMarkingKeepsCard(t *testing.T) {
	s := newTestScreen(t, "")
	text := longArticle(3 * firstPartBytes)
	s.marking.turn <- struct{}{}
	onScreen(s, func() { s.open(pastedSource(text)) })
	waitFor(t, s, "the first part shown", func() bool { return s.doc != nil && s.doc.ann.Text == text })
	var want glossary.Span
	onScreen(s, func() {
		i := findSpan(t, s.doc, "ভ্লাদিভোস্টকে")
		want = s.doc.ann.Spans[i]
		s.view.scrollToSpan(i)
		s.showCard(i, true)
	})
	<-s.marking.turn
	s.wait()
	onScreen(s, func() {
		if s.doc.marks != fullyMarked {
			t.Fatalf("got marks %d; want all marked", s.doc.marks)
		}
		if !s.card.Visible() || !s.card.pinned {
			t.Fatal("the pinned card went away when the marks were replaced")
		}
		got := s.doc.ann.Spans[s.card.span]
		if got.Start != want.Start || got.End != want.End {
			t.Errorf("got the card on %q at %d; want %q at %d", got.Text, got.Start, want.Text, want.Start)
		}
	})
}

// In the app, what follows an article's first marks (marking the rest,
// keeping it in the library) waits for the frame that shows those marks:
// started beside it, it held that frame up on two cores.
func TestRestWaitsForMarksFrame(t *testing.T) {
	s := newTestScreen(t, "")
	s.followFrames = true
	s.painted.latest = time.Hour // only a drawn frame lets it go on
	text := longArticle(3 * firstPartBytes)
	ran := s.marking.ran.Load()
	onScreen(s, func() { s.open(pastedSource(text)) })
	s.wait()
	onScreen(s, func() {
		if s.doc.ann.Text != text || s.doc.marks != startMarked {
			t.Fatalf("got marks %d; want the first part marked (%d) as the article is read", s.doc.marks, startMarked)
		}
	})
	if got := s.marking.ran.Load(); got != ran {
		t.Errorf("got %d markings run before the marks were drawn; want %d", got, ran)
	}
	drawNextFrame(t, s)
	onScreen(s, func() {
		if s.doc.marks != fullyMarked {
			t.Errorf("got marks %d once the first marks were drawn; want the rest marked too (%d)", s.doc.marks, fullyMarked)
		}
	})
}

// The first screen of a long article, marked before the rest, shows
// exactly the marks the whole article's marking gives it: the first part
// is read as a document of its own, so what decides a reading must lie
// in it. It does here: a short name (কিম) whose full name comes further
// down, টাকা read as rupees by Indian places further down, and names and
// figures on every line, so that some stand at the screen's lower edge.
func TestFirstScreenMarksAsWhole(t *testing.T) {
	dense := "মস্কোতে ল্যাভরভ ও সিউলে লি জে মিয়ং ১২ মার্চ ৩৫ শতাংশ শুল্কের কথা বলেন; পিয়ংইয়ংয়ের ৫০০ কোটি টাকার চুক্তি ২০২৫ সালে। "
	var screen strings.Builder
	screen.WriteString("কিম বলেছেন, ২০০ টাকায় চাল মিলবে।\n")
	for range 12 {
		screen.WriteString(strings.Repeat(dense, 3) + "\n")
	}
	below := "পরে কিম ইয়ো জং কলকাতা, দিল্লি ও মুম্বাই সফর করেন।\n"
	tests := []struct {
		name     string
		text     string
		wantKim  string // the first screen's কিম, as the whole reads it
		wantTaka string // its ২০০ টাকা
	}{
		// What decides the readings lies below the first screen, within
		// the first part.
		{"decided further down", screen.String() + strings.Repeat(dense+"\n", 40) + below + longArticle(3*firstPartBytes), "Kim Yo Jong", "200 INR"},
		// Nothing below decides anything: the first screen is read alone.
		{"no later clues", screen.String() + longArticle(3*firstPartBytes), "Kim Jong Un", "200 BDT"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newTestScreen(t, "")
			s.marking.turn <- struct{}{} // hold the whole marking back
			held := true
			defer func() {
				if held {
					<-s.marking.turn
				}
			}()
			onScreen(s, func() { s.open(pastedSource(tt.text)) })
			waitFor(t, s, "the first part shown", func() bool { return s.doc != nil && s.doc.ann.Text == tt.text })
			capture(s) // lays the first screen out
			whole := s.g.Annotate(tt.text)
			if kim := whole.Spans[0]; kim.Text != "কিম" || kim.Gloss != tt.wantKim {
				t.Fatalf("the whole article reads %q as %q; the test needs কিম read as %q", kim.Text, kim.Gloss, tt.wantKim)
			}
			if taka := whole.Spans[1]; taka.Text != "২০০ টাকায়" || taka.Value != tt.wantTaka {
				t.Fatalf("the whole article reads %q as %q; the test needs ২০০ টাকায় read as %q", taka.Text, taka.Value, tt.wantTaka)
			}
			onScreen(s, func() {
				d := s.doc
				if d.marks != startMarked {
					t.Fatalf("got marks %d; want the first part marked (%d)", d.marks, startMarked)
				}
				v := s.view
				last := v.paraAt(v.viewTop)
				for last+1 < len(d.paras) && v.tops[last+1] < v.viewTop+v.Size().Height {
					last++
				}
				end := int(d.paras[last].end)
				if pp := d.paras[last]; pp.spanHi == pp.spanLo {
					t.Fatal("the paragraph at the screen's lower edge has no marks; want names and figures there")
				}
				if end >= int(d.markedTo) {
					t.Fatalf("the first screen ends at rune %d, past the first part's %d", end, d.markedTo)
				}
				got := spansBefore(d.ann.Spans, end)
				want := spansBefore(whole.Spans, end)
				if len(got) != len(want) {
					t.Fatalf("got %d marks on the first screen; want %d, as the whole article's", len(got), len(want))
				}
				for i := range got {
					if g, w := got[i], want[i]; g.Start != w.Start || g.End != w.End || g.Text != w.Text ||
						g.Kind != w.Kind || g.Gloss != w.Gloss || g.Value != w.Value || g.Entry != w.Entry {
						t.Errorf("mark %d: got %q at %d–%d read %q %q; want %q at %d–%d read %q %q",
							i, g.Text, g.Start, g.End, g.Gloss, g.Value, w.Text, w.Start, w.End, w.Gloss, w.Value)
					}
				}
			})
			<-s.marking.turn
			held = false
			s.wait()
		})
	}
}

// spansBefore is the spans that start before rune end.
func spansBefore(spans []glossary.Span, end int) []glossary.Span {
	n := 0
	for n < len(spans) && spans[n].Start < end {
		n++
	}
	return spans[:n]
}
