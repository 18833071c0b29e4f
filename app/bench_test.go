package app

import (
	"context"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
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
