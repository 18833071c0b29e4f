package glossary

import "github.com/pathok/pathok/glossary/bangla"

// wordWalks remembers where the walk down the trie got to in a word that
// accepted nothing, so that the next time the word starts a walk its
// letters are not walked again. Either the walk fell off the trie inside
// the word, and then no name starts there, whatever surrounds it; or it
// came through, at a node from which the words after it may go on (উত্তর
// in উত্তর কোরিয়া, and every কোরিয়ার, জন্য, এই that is no name's start
// here). Both depend on the word's letters alone. A news article says the
// same few hundred words again and again: on news, half of all words are
// found here, three in five of the others fall off inside themselves,
// and walking the rest letter by letter was most of the matcher's time.
//
// It is a direct-mapped cache: each word has one slot, chosen by its
// hash, and a later word that wants the slot takes it. The letters are
// kept, so a hit is exact, never a hash collision. 4,096 slots of a
// cache line each are 256 KB per worker; words of up to 13 letters are
// 98% of those remembered.
type wordWalks struct {
	g     *Glossary // whose trie was walked; another's empties it
	slots [walkSlots]wordWalk
}

const (
	walkSlots    = 1 << 12
	walkWordRune = 13 // a slot is a cache line; longer words are walked every time
)

// wordWalk is one remembered word: the walk fell off inside it (node
// -1), or came through at node, depth letters down, the key's first
// letter first.
type wordWalk struct {
	n     uint8 // letters held; 0 for an empty slot
	depth uint8
	node  int32
	first rune
	runes [walkWordRune]rune
}

// dead reports whether no name starts with the word.
func (s *wordWalk) dead() bool { return s.node < 0 }

// slot returns where w belongs, or nil if w is too long to keep.
func (d *wordWalks) slot(w []rune) *wordWalk {
	if len(w) == 0 || len(w) > walkWordRune {
		return nil
	}
	h := uint32(2166136261)
	for _, r := range w {
		h = (h ^ uint32(r)) * 16777619
	}
	return &d.slots[(h^h>>15)&(walkSlots-1)]
}

// has reports whether slot s holds w.
func (s *wordWalk) has(w []rune) bool {
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

// set keeps w with where its walk ended.
func (s *wordWalk) set(w []rune, end walkEnd) {
	s.n = uint8(copy(s.runes[:], w))
	s.node, s.depth, s.first = end.node, uint8(end.depth), end.first
}

// forGlossary empties d unless it already holds g's words.
func (d *wordWalks) forGlossary(g *Glossary) {
	if d.g != g {
		d.slots = [walkSlots]wordWalk{}
		d.g = g
	}
}

// lookup returns what is remembered of tok's word, or nil, and the slot
// where it would be kept (nil for a word too long).
func (d *wordWalks) lookup(t *bangla.Text, tok bangla.Token) (known, slot *wordWalk) {
	w := t.Runes[tok.Start:tok.End]
	s := d.slot(w)
	if s != nil && s.has(w) {
		return s, s
	}
	return nil, s
}

// walkEnd is where a walk stood after its first word, when that word
// accepted nothing: off the trie (node -1), or at node, depth letters
// down, the key beginning with first. ok is false when the first word
// accepted something, which depends on more than its letters.
type walkEnd struct {
	node  int32
	depth int
	first rune
	ok    bool
}
