package glossary

import "github.com/pathok/pathok/glossary/bangla"

// deadWords remembers words that the walk down the trie fell off inside,
// having accepted nothing: from such a word no name starts, whatever
// surrounds it, so the next time it is met its walk is skipped. A news
// article says the same few hundred words (এবং, করে, সরকার, বলেন…) again
// and again: on news, three words in five fall off the trie inside
// themselves, each after a few dependent reads in a trie of 140,000
// nodes.
//
// It is a direct-mapped cache: each word has one slot, chosen by its
// hash, and a later word that wants the slot takes it. The letters are
// kept, so a hit is exact, never a hash collision. 4,096 slots of a
// cache line each are 256 KB per worker; words of up to 15 letters are
// 99% of those that fall off.
type deadWords struct {
	g     *Glossary // whose trie the words fell off; another's empties it
	slots [deadSlots]deadWord
}

const (
	deadSlots    = 1 << 12
	deadWordRune = 15 // a slot is a cache line; longer words are walked every time
)

type deadWord struct {
	n     int32 // letters held; 0 for an empty slot
	runes [deadWordRune]rune
}

// slot returns where w belongs, or nil if w is too long to keep.
func (d *deadWords) slot(w []rune) *deadWord {
	if len(w) == 0 || len(w) > deadWordRune {
		return nil
	}
	h := uint32(2166136261)
	for _, r := range w {
		h = (h ^ uint32(r)) * 16777619
	}
	return &d.slots[(h^h>>15)&(deadSlots-1)]
}

// has reports whether w is in slot s.
func (s *deadWord) has(w []rune) bool {
	if int(s.n) != len(w) {
		return false
	}
	for i, r := range w {
		if s.runes[i] != r {
			return false
		}
	}
	return true
}

func (s *deadWord) set(w []rune) {
	s.n = int32(copy(s.runes[:], w))
}

// forGlossary empties d unless it already holds g's words.
func (d *deadWords) forGlossary(g *Glossary) {
	if d.g != g {
		d.slots = [deadSlots]deadWord{}
		d.g = g
	}
}

// deadInside reports whether tok is a word known to start no name, and
// the slot where it would be kept.
func (d *deadWords) deadInside(t *bangla.Text, tok bangla.Token) (bool, *deadWord) {
	w := t.Runes[tok.Start:tok.End]
	s := d.slot(w)
	return s != nil && s.has(w), s
}
