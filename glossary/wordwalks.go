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
// A word that is itself a name, or begins with one (পুতিন, রাশিয়ার,
// কিমের), is remembered too, with the names its letters give: where
// each ends and with what ending. Those depend on the letters alone as
// well; only which of them is taken depends on the words around, and
// that is still decided afresh. A name is a seventh of the words of
// news, and a fifth of the letters walked were those of names met
// before.
//
// It is a direct-mapped cache: each word has one slot, chosen by its
// hash, and a later word that wants the slot takes it. The letters are
// kept, so a hit is exact, never a hash collision. 4,096 slots of a
// cache line each are 256 KB per worker; words of up to 13 letters are
// 98% of those remembered. The names of a word are kept beside, in one
// of a quarter as many places, which a slot must still own.
type wordWalks struct {
	g        *Glossary // whose trie was walked; another's empties it
	slots    [walkSlots]wordWalk
	accepted [acceptedSlots]acceptedWord
}

const (
	walkSlots     = 1 << 12
	walkWordRune  = 13 // a slot is a cache line; longer words are walked every time
	acceptedSlots = walkSlots / 4
	keptAccepts   = 3 // a word that gives more names is walked every time
)

// wordWalk is one remembered word: the walk fell off inside it (node
// -1), or came through at node, depth letters down, the key's first
// letter first; before that it gave accepts names (kept in
// wordWalks.accepted).
type wordWalk struct {
	n       uint8 // letters held; 0 for an empty slot
	depth   uint8
	accepts uint8
	node    int32
	first   rune
	runes   [walkWordRune]rune
}

// acceptedWord holds the names a remembered word gives, for the slot
// numbered owner-1.
type acceptedWord struct {
	owner uint16
	names [keptAccepts]keptAccept
}

// keptAccept is a candidate of a word's own, with its cut counted in
// letters from the word's start.
type keptAccept struct {
	accept int32
	cut    uint8
	keyLen uint8
	suffix *bangla.Suffix
}

// dead reports whether no name starts with the word.
func (s *wordWalk) dead() bool { return s.node < 0 && s.accepts == 0 }

// slot returns where tok's word belongs and its number, or nil if the
// word is too long to keep.
func (d *wordWalks) slot(tok bangla.Token) (*wordWalk, int) {
	if n := tok.Len(); n == 0 || n > walkWordRune {
		return nil, 0
	}
	h := tok.Hash
	i := int((h ^ h>>15) & (walkSlots - 1))
	return &d.slots[i], i
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

// set keeps tok's word, slot number i, with where its walk ended and
// the names it gave, cands[:end.accepts].
func (d *wordWalks) set(s *wordWalk, i int, t *bangla.Text, tok bangla.Token, end walkEnd, cands []candidate) {
	s.n = uint8(copy(s.runes[:], t.Runes[tok.Start:tok.End]))
	s.node, s.depth, s.first = end.node, uint8(end.depth), end.first
	s.accepts = uint8(end.accepts)
	if end.accepts == 0 {
		return
	}
	a := &d.accepted[i%acceptedSlots]
	a.owner = uint16(i + 1)
	for k, c := range cands[:end.accepts] {
		a.names[k] = keptAccept{accept: c.accept, cut: uint8(c.cut - tok.Start), keyLen: uint8(c.keyLen), suffix: c.suffix}
	}
}

// forGlossary empties d unless it already holds g's words. A d that
// never held any is left as it is: its 300 KB were never touched, and
// writing zeros over them would fault every page in for nothing.
func (d *wordWalks) forGlossary(g *Glossary) {
	if d.g != g {
		if d.g != nil {
			d.slots = [walkSlots]wordWalk{}
			d.accepted = [acceptedSlots]acceptedWord{}
		}
		d.g = g
	}
}

// lookup returns what is remembered of tok's word, or nil, with the
// names it gives; and the slot where it would be kept, and its number
// (nil for a word too long).
func (d *wordWalks) lookup(t *bangla.Text, tok bangla.Token) (known *wordWalk, names []keptAccept, slot *wordWalk, i int) {
	w := t.Runes[tok.Start:tok.End]
	s, i := d.slot(tok)
	if s == nil || !s.has(w) {
		return nil, nil, s, i
	}
	if s.accepts > 0 {
		a := &d.accepted[i%acceptedSlots]
		if int(a.owner) != i+1 {
			return nil, nil, s, i // its names were put out by another word's
		}
		names = a.names[:s.accepts]
	}
	return s, names, s, i
}

// walkEnd is where a walk stood after its first word: off the trie (node
// -1), or at node, depth letters down, the key beginning with first,
// having accepted the walk's first accepts candidates. ok is false when
// the first word gave more names than are kept.
type walkEnd struct {
	node    int32
	depth   int
	first   rune
	accepts int
	ok      bool
}
