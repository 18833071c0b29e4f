package figures

import (
	"fmt"
	"testing"
	"unicode/utf8"

	"github.com/pathok/pathok/glossary/bangla"
)

// FuzzFind checks what must hold for any input: no panic, matches that
// are sorted, non-overlapping, inside the text and fully described, and
// exactly what the plain reference scan finds.
func FuzzFind(f *testing.F) {
	for _, table := range allCases() {
		for _, c := range table {
			f.Add(c.in)
		}
	}
	for _, c := range everydayCases {
		f.Add(c.in)
	}
	for _, c := range takaCases {
		f.Add(c.in)
	}
	for _, s := range benchSentences {
		f.Add(s)
	}
	for _, s := range scanEdgeTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		text := bangla.Normalize(s).Runes
		got := Find(text)
		if want := findReference(text, Options{}); fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("Find(%q):\n got %v;\nwant %v (the reference scan)", s, figsOf(text, got), figsOf(text, want))
		}
		prev := 0
		for _, m := range got {
			if m.Start < prev || m.End <= m.Start || m.End > len(text) {
				t.Fatalf("Find(%q): match [%d,%d) out of order or out of range (previous end %d, text %d runes)", s, m.Start, m.End, prev, len(text))
			}
			if m.Kind == "" || m.Value == "" || m.Gloss == "" {
				t.Fatalf("Find(%q): match %q has kind %q, value %q, gloss %q; want all set", s, string(text[m.Start:m.End]), m.Kind, m.Value, m.Gloss)
			}
			prev = m.End
		}
	})
}
