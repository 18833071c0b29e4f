package glossary

import (
	"testing"

	"github.com/pathok/pathok/resources"
)

// BenchmarkLoadBuiltin is what the app does with the built-in glossary
// at start: "stored" reads the stored index (resources/glossary.index,
// checksum included), which is what start-up costs; "parse" reads the
// embedded files, "index" builds what marking needs (New) from entries
// that are not the built-in ones, "over" from a user's glossary over
// them (most taken from the stored index), "sort"
// and "search" what the glossary pane needs, which the app builds after
// the article's first marks.
func BenchmarkLoadBuiltin(b *testing.B) {
	b.Run("stored", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(resources.GlossaryIndex)))
		for b.Loop() {
			sum, err := sourceSum(resources.Files, resources.GlossaryFiles)
			if err != nil {
				b.Fatal(err)
			}
			if _, err := decodeIndex(resources.GlossaryIndex, sum); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("parse", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := LoadFS(resources.Files, resources.GlossaryFiles...); err != nil {
				b.Fatal(err)
			}
		}
	})
	builtin, err := BuiltinEntries()
	if err != nil {
		b.Fatal(err)
	}
	// A copy of each entry: New cannot take the stored index for them.
	es := make([]*Entry, len(builtin))
	for i, e := range builtin {
		es[i] = e.Clone()
	}
	b.Run("index", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := New(es); err != nil {
				b.Fatal(err)
			}
		}
	})
	// A user's glossary over the built-in one: an entry changed, one
	// added. The built-in entries' forms come from the stored index.
	over := append([]*Entry(nil), builtin...)
	over[0] = builtin[0].Clone()
	over = append(over, &Entry{ID: "user-rahim-karim", Kind: Person, Bengali: []string{"রহিম করিম"}, English: []string{"Rahim Karim"}})
	b.Run("over", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := New(over); err != nil {
				b.Fatal(err)
			}
		}
	})
	g, _ := New(es)
	b.Run("sort", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			g.Sorted()
		}
	})
	b.Run("search", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			g2, _ := New(es)
			g2.Search("ক", 1)
		}
	})
}

// BenchmarkBengaliWord is a lookup in the ordinary-words list, which is
// searched where it is embedded rather than loaded: a word in the list,
// one that is not, and one past its end.
func BenchmarkBengaliWord(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		isBengaliWord("সম্মেলন")
		isBengaliWord("সম্মেলনেরগুলোতে")
		isBengaliWord("\U0010ffff")
	}
}
