package glossary

import (
	"testing"

	"github.com/pathok/pathok/glossary/bangla"
)

func TestRuneSet(t *testing.T) {
	set := newRuneSet(normalizedList("কিম", "লি", "চোয়ে", "", "Kim")...)
	tests := []struct {
		word string
		want bool
	}{
		// members, as the normalised text holds them
		{"কিম", true},
		{"লি", true},
		{"Kim", true},
		{"", true},
		// য় written as one code point is normalised to য + nukta first
		{"চোয়ে", true},
		// near misses: a prefix, an extension, another case, a vowel sign
		{"কি", false},
		{"কিমের", false},
		{"kim", false},
		{"লী", false},
		{"পার্ক", false},
		// the same first and last letters as a member: past the ends
		// filter, ruled out by the word itself
		{"কাম", false},
		{"চোখে", false},
		// longer than any member
		{"প্রধানমন্ত্রী", false},
	}
	for _, tt := range tests {
		w := bangla.Normalize(tt.word).Runes
		if got := set.has(w); got != tt.want {
			t.Errorf("has(%q) = %v; want %v", tt.word, got, tt.want)
		}
	}
	var empty runeSet
	if empty.has([]rune("কিম")) {
		t.Errorf("the zero set has কিম; want it empty")
	}
}

// TestRuneSetCollisions fills a set far past its first size, so that
// probes run across occupied slots and wrap around.
func TestRuneSetCollisions(t *testing.T) {
	var words []string
	for a := 'ক'; a <= 'ন'; a++ {
		for b := 'া'; b <= 'ৌ'; b++ {
			words = append(words, string([]rune{a, b}))
		}
	}
	set := newRuneSet(words[:len(words)/2]...)
	for i, w := range words {
		if got, want := set.has([]rune(w)), i < len(words)/2; got != want {
			t.Errorf("has(%q) = %v; want %v", w, got, want)
		}
	}
}
