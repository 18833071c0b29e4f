package glossary

import (
	"slices"

	"github.com/pathok/pathok/glossary/bangla"
)

// runeSet answers "is this word one of these?" for a word held as runes
// of the normalised text, without making a string of it: the annotator
// asks it of nearly every word of an article (is it a Korean surname, a
// title, an everyday homograph…), and a string per question was a
// measurable share of the whole run. Open addressing over FNV-1a hashes,
// the hash Tokenize gives words (bangla.HashRunes), at most half full,
// so that a miss usually ends at the first empty slot.
type runeSet struct {
	slots []runeSetSlot
	mask  uint32
	// The lengths of the words held: most words of an article are longer
	// than any Korean surname, and are ruled out before hashing.
	minLen, maxLen int
	// ends marks, for words within the Bengali block, each pair of first
	// and last letters some word held has: most Bengali words asked about
	// begin and end unlike any held, and are ruled out by one bit.
	ends [0x80 * 0x80 / 64]uint64
}

// endsBit is the place in runeSet.ends of a word that begins with a and
// ends with z, or -1 when either is outside the Bengali block.
func endsBit(a, z rune) int {
	if uint32(a-0x0980) >= 0x80 || uint32(z-0x0980) >= 0x80 {
		return -1
	}
	return int(a-0x0980)<<7 | int(z-0x0980)
}

type runeSetSlot struct {
	hash uint32
	word []rune // nil: the slot is empty
}

// newRuneSet holds words as they are given: callers normalise them.
func newRuneSet[S ~string](words ...S) runeSet {
	size := 8
	for size < 2*len(words) {
		size *= 2
	}
	s := runeSet{slots: make([]runeSetSlot, size), mask: uint32(size - 1), minLen: int(^uint(0) >> 1)}
	for _, w := range words {
		s.add([]rune(string(w)))
	}
	return s
}

// runeSetOf holds the keys of m.
func runeSetOf[V any](m map[string]V) runeSet {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	return newRuneSet(keys...)
}

func (s *runeSet) add(w []rune) {
	if len(w) == 0 {
		w = []rune{} // an empty word is a member, not an empty slot
	}
	s.minLen, s.maxLen = min(s.minLen, len(w)), max(s.maxLen, len(w))
	if len(w) > 0 {
		if bit := endsBit(w[0], w[len(w)-1]); bit >= 0 {
			s.ends[bit>>6] |= 1 << (bit & 63)
		}
	}
	h := bangla.HashRunes(w)
	for i := h & s.mask; ; i = (i + 1) & s.mask {
		sl := &s.slots[i]
		if sl.word == nil {
			sl.hash, sl.word = h, w
			return
		}
		if sl.hash == h && slices.Equal(sl.word, w) {
			return
		}
	}
}

// has reports whether w is in the set.
func (s *runeSet) has(w []rune) bool {
	if len(w) < s.minLen || len(w) > s.maxLen {
		return false
	}
	if len(s.slots) == 0 {
		return false
	}
	if len(w) > 0 {
		if bit := endsBit(w[0], w[len(w)-1]); bit >= 0 && s.ends[bit>>6]&(1<<(bit&63)) == 0 {
			return false
		}
	}
	h := bangla.HashRunes(w)
	for i := h & s.mask; ; i = (i + 1) & s.mask {
		sl := &s.slots[i]
		if sl.word == nil {
			return false
		}
		if sl.hash == h && slices.Equal(sl.word, w) {
			return true
		}
	}
}
