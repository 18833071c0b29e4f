package app

import (
	"context"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/pathok/pathok/glossary/figures"
)

// BenchmarkOpenLargeArticle opens a 1 MB article: "annotate" is the
// engine's share, "layout" the UI's (indexing the spans, laying out and
// drawing the first screen), "open" both from the bytes on.
func BenchmarkOpenLargeArticle(b *testing.B) {
	test.NewTempApp(b)
	g := builtin(b)
	text := longArticle(1 << 20)
	ann := g.Annotate(text)
	b.Logf("%d bytes, %d spans", len(text), len(ann.Spans))
	v := newArticleView()
	w := test.NewTempWindow(b, v)
	w.Resize(fyne.NewSize(900, 800))

	b.Run("annotate", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			g.Annotate(text)
		}
	})
	b.Run("layout", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			v.m = nil // a fresh measure cache, as for a new article
			v.setDocument(newDocument("long", nil, ann))
		}
	})
	b.Run("open", func(b *testing.B) {
		b.ReportAllocs()
		src := pastedSource(text)
		for b.Loop() {
			d, err := readDocument(context.Background(), src, g)
			if err != nil {
				b.Fatal(err)
			}
			v.m = nil
			v.setDocument(d)
		}
	})
}

// BenchmarkHoverLookup finds the span under the mouse.
func BenchmarkHoverLookup(b *testing.B) {
	test.NewTempApp(b)
	v := newArticleView()
	w := test.NewTempWindow(b, v)
	w.Resize(fyne.NewSize(900, 800))
	d := newDocument("long", nil, builtin(b).Annotate(longArticle(1<<20)))
	v.setDocument(d)
	v.scrollToFraction(0.5)
	target := -1
	var at fyne.Position
	for i := range d.ann.Spans {
		if pos, size, ok := v.spanBounds(i); ok && pos.Y > 200 {
			target, at = i, pos.Add(fyne.NewPos(size.Width/2, size.Height/2))
			break
		}
	}
	if target < 0 {
		b.Fatal("no span in view")
	}
	b.ReportAllocs()
	for b.Loop() {
		if v.spanAt(at) != target {
			b.Fatal("missed the span")
		}
	}
}

// BenchmarkOpenFiveMB opens a 5 MB article the way the app does, step by
// step: "read" decodes the bytes, "plain" builds the document the text
// is drawn from, "first" marks its first part, "firstShown" shows that
// (its spans indexed, the view and the pane set), "whole" marks all of
// it. read + plain + first + firstShown is what stands between opening
// and a marked first screen.
func BenchmarkOpenFiveMB(b *testing.B) {
	test.NewTempApp(b)
	g := builtin(b)
	text := longArticle(5 << 20)
	src := pastedSource(text)
	cut, ok := firstPart(text)
	if !ok {
		b.Fatal("a 5 MB article has no first part")
	}
	s := newBenchScreen(b)
	b.Run("read", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		for b.Loop() {
			if _, err := readText(src); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("plain", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		for b.Loop() {
			plainDocument("long", nil, text)
		}
	})
	b.Run("first", func(b *testing.B) {
		b.SetBytes(int64(cut))
		b.ReportAllocs()
		for b.Loop() {
			if _, _, err := markStart(context.Background(), g, figures.Options{}, text, cut); err != nil {
				b.Fatal(err)
			}
		}
	})
	plain := plainDocument("long", nil, text)
	ann, to, _ := markStart(context.Background(), g, figures.Options{}, text, cut)
	b.Run("firstShown", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			s.showDocument(plain)
			s.showMarks(plain.remarked(ann, g, startMarked, to))
		}
	})
	b.Run("whole", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		for b.Loop() {
			if _, err := g.AnnotateContext(context.Background(), text); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// newBenchScreen is a main window on the test app with the built-in
// glossary, sized like a laptop screen.
func newBenchScreen(b *testing.B) *mainScreen {
	w := fyne.CurrentApp().NewWindow("Pathok")
	b.Cleanup(w.Close)
	s := newMainScreen(fyne.CurrentApp(), w)
	s.user.path = b.TempDir() + "/glossary.tsv"
	w.Resize(fyne.NewSize(1280, 820))
	s.g = builtin(b)
	return s
}

// BenchmarkFrame is one frame of a 5 MB article while the reader scrolls
// or hovers: the article view laid out and its objects drawn, the way
// Fyne does it each frame (test.RenderObjectToImage would add the
// software painter, which the app does not use). "scroll" moves by a
// few lines each frame, into paragraphs not laid out yet; "hover" moves
// the highlight under a still mouse from one span to the next.
func BenchmarkFrame(b *testing.B) {
	test.NewTempApp(b)
	v := newArticleView()
	w := test.NewTempWindow(b, v)
	w.Resize(fyne.NewSize(900, 800))
	d := newDocument("long", nil, builtin(b).Annotate(longArticle(5<<20)))
	v.setDocument(d)
	r := test.WidgetRenderer(v)
	b.Run("scroll", func(b *testing.B) {
		v.scrollToFraction(0.3)
		b.ReportAllocs()
		for b.Loop() {
			v.scrollBy(3 * v.geo.lineH)
			r.Layout(v.Size())
		}
	})
	b.Run("jump", func(b *testing.B) {
		b.ReportAllocs()
		f := float32(0)
		for b.Loop() {
			f += 0.013
			if f > 1 {
				f -= 1
			}
			v.scrollToFraction(f)
			r.Layout(v.Size())
		}
	})
	b.Run("hover", func(b *testing.B) {
		v.scrollToFraction(0.5)
		var inView []int
		for i := range d.ann.Spans {
			if _, _, ok := v.spanBounds(i); ok {
				inView = append(inView, i)
			}
		}
		if len(inView) < 2 {
			b.Fatal("no spans in view")
		}
		b.ReportAllocs()
		k := 0
		for b.Loop() {
			k++
			v.setHover(inView[k%len(inView)])
		}
	})
}
