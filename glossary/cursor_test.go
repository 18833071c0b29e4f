package glossary

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// byteOffsets gives the byte offset of every code point of s, and len(s)
// last, as ranging over the string counts them.
func byteOffsets(s string) []int {
	var out []int
	for i := range s {
		out = append(out, i)
	}
	return append(out, len(s))
}

func checkCursor(t *testing.T, s string, valid bool) {
	t.Helper()
	want := byteOffsets(s)
	if !valid {
		// Invalid bytes are a code point each, as utf8 decodes them.
		want = want[:0]
		for i := 0; i < len(s); {
			want = append(want, i)
			_, n := utf8.DecodeRuneInString(s[i:])
			i += n
		}
		want = append(want, len(s))
	}
	// Forwards from every start, as spans move.
	for step := 1; step <= 13; step += 4 {
		c := cursor{s: s, valid: valid}
		for r := 0; r < len(want); r += step {
			if got := c.byteAt(r); got != want[r] {
				t.Fatalf("%q: byteAt(%d) after steps of %d = %d; want %d", s, r, step, got, want[r])
			}
		}
	}
	// Backwards starts over.
	c := cursor{s: s, valid: valid}
	for r := len(want) - 1; r >= 0; r -= 3 {
		if got := c.byteAt(r); got != want[r] {
			t.Fatalf("%q: byteAt(%d) going back = %d; want %d", s, r, got, want[r])
		}
	}
}

func TestCursor(t *testing.T) {
	tests := []struct {
		name  string
		s     string
		valid bool
	}{
		// one script at a time
		{"Bengali", strings.Repeat("মস্কোয় পুতিন ", 9), true},
		{"ASCII", strings.Repeat("Moscow 2025 ", 9), true},
		// every width of UTF-8 mixed, so eight bytes end inside a character
		{"mixed widths", strings.Repeat("ক a Д 서울 😀 ’২০২৫’ ", 7), true},
		{"four-byte runs", strings.Repeat("😀", 20) + "ক", true},
		{"short", "কিম", true},
		{"empty", "", true},
		// not UTF-8: the byte-at-a-time path
		{"bad bytes", "ক\x80খ\xe0\xa6গ" + strings.Repeat("ঘ", 12), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkCursor(t, tt.s, tt.valid) })
	}
}

func FuzzCursor(f *testing.F) {
	for _, s := range []string{"মস্কোয় পুতিন", "ক a Д 서울 😀", "\x80ক"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkCursor(t, s, utf8.ValidString(s))
	})
}

// BenchmarkCursor slices news text at a span every few words, as
// fillText does for an article's spans.
func BenchmarkCursor(b *testing.B) {
	text := benchText(b, 1<<20)
	n := utf8.RuneCountInString(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		c := cursor{s: text, valid: true}
		for r := 0; r+5 < n; r += 37 {
			c.slice(r, r+5)
		}
	}
}
