package figures

// The lexicon lives in a rune trie, so one walk along a word finds every
// known stem it begins with; ordinary words fall out after a rune or two.

type trieEdge struct {
	r    rune
	next int32
}

type trieNode struct {
	kids []trieEdge
	e    *entry
	// toStart marks nodes on the way to a word a figure can begin with.
	toStart bool
}

type trie struct {
	nodes []trieNode
	// root holds the root's children in the Bengali block directly: that
	// is where almost every walk starts and most end.
	root [0x80]int32
	// startPairs has a bit for every two Bengali runes a word a figure can
	// begin with starts with, so that most words are turned away without
	// a walk.
	startPairs [0x80][2]uint64
	// startTriples goes one rune further for the words startPairs lets
	// through (a third of a text's words): a hashed bit for every three
	// Bengali runes a walk may still be alive after (see indexStarts).
	// A collision only lets a word through to the walk. pairStarts marks
	// the two runes after which the walk has already said yes (দু, এক,
	// and ছ of ছয় with any second rune), whatever follows; oneStarts the
	// one rune after which it has (ছ).
	startTriples [1 << tripleBits / 64]uint64
	pairStarts   [0x80][2]uint64
	oneStarts    [2]uint64
}

const tripleBits = 14

func (t *trie) child(n int32, r rune) int32 {
	if n == 0 && r >= 0x980 && r < 0xa00 {
		return t.root[r-0x980]
	}
	for _, k := range t.nodes[n].kids {
		if k.r == r {
			return k.next
		}
	}
	return 0
}

func (t *trie) insert(word string, e *entry) {
	if len(t.nodes) == 0 {
		t.nodes = append(t.nodes, trieNode{})
	}
	if rs := []rune(word); e.start && len(rs) >= 2 && inBlock(rs[0]) && inBlock(rs[1]) {
		b := rs[1] - 0x980
		t.startPairs[rs[0]-0x980][b>>6] |= 1 << (b & 63)
	}
	n := int32(0)
	t.nodes[0].toStart = t.nodes[0].toStart || e.start
	for _, r := range word {
		c := t.child(n, r)
		if c == 0 {
			c = int32(len(t.nodes))
			t.nodes = append(t.nodes, trieNode{})
			if n == 0 && r >= 0x980 && r < 0xa00 {
				t.root[r-0x980] = c
			} else {
				t.nodes[n].kids = append(t.nodes[n].kids, trieEdge{r, c})
			}
		}
		n = c
		t.nodes[n].toStart = t.nodes[n].toStart || e.start
	}
	if t.nodes[n].e != nil {
		panic("figures: word listed twice: " + word)
	}
	t.nodes[n].e = e
}

// stem is a lexicon entry found at the start of a word, ending at end.
type stem struct {
	e   *entry
	end int
}

// stems appends to buf the entries that text[i:j] begins with, shortest
// first.
func (t *trie) stems(text []rune, i, j int, buf []stem) []stem {
	n := int32(0)
	for ; i < j; i++ {
		n = t.child(n, text[i])
		if n == 0 {
			break
		}
		if e := t.nodes[n].e; e != nil {
			buf = append(buf, stem{e, i + 1})
		}
	}
	return buf
}

// startsFigure reports whether text[i:j] begins with a word a figure can
// begin with. This is the one check most words of a text get.
func (t *trie) startsFigure(text []rune, i, j int) bool {
	if j-i >= 2 && inBlock(text[i]) && inBlock(text[i+1]) && !t.mayStart(text[i], text[i+1]) {
		return false
	}
	n := int32(0)
	for ; i < j; i++ {
		n = t.child(n, text[i])
		if n == 0 || !t.nodes[n].toStart {
			return false
		}
		if e := t.nodes[n].e; e != nil && e.start {
			return true
		}
	}
	return false
}

// mayStart reports whether a word beginning with the Bengali runes a, b
// may begin with a word a figure can begin with: startsFigure's first
// test, small enough to inline into the scanner's loop.
func (t *trie) mayStart(a, b rune) bool { return hasPair(&t.startPairs, a, b) }

// mayStart3 is mayStart for a word whose first three runes a, b, c are
// Bengali letters, signs or digits and whose first two pass mayStart.
func (t *trie) mayStart3(a, b, c rune) bool {
	h := tripleHash(a, b, c)
	return t.startTriples[h>>6]&(1<<(h&63)) != 0 || hasPair(&t.pairStarts, a, b)
}

// pairStartsAlone is startsFigure for a word of exactly the two Bengali
// runes a, b, which pass mayStart.
func (t *trie) pairStartsAlone(a, b rune) bool { return hasPair(&t.pairStarts, a, b) }

// startsAlone is startsFigure for a word of the one Bengali rune a.
func (t *trie) startsAlone(a rune) bool {
	a -= 0x980
	return t.oneStarts[(a>>6)&1]&(1<<(a&63)) != 0
}

func hasPair(set *[0x80][2]uint64, a, b rune) bool {
	b -= 0x980
	return set[(a-0x980)&0x7f][(b>>6)&1]&(1<<(b&63)) != 0
}

func tripleHash(a, b, c rune) uint32 {
	return (uint32(a)<<14 ^ uint32(b)<<7 ^ uint32(c)) * 0x9e3779b1 >> (32 - tripleBits)
}

// indexStarts fills oneStarts, pairStarts and startTriples from the trie
// once every word is in. Over the first runes a, b, c of a word whose
// first two pass mayStart, startsFigure's walk has either answered true
// at a or at b (a or ab is a word a figure begins with: oneStarts,
// pairStarts), or stands on abc's node, which leads on to such a word
// (startTriples), or has answered false.
func (t *trie) indexStarts() {
	starts := func(n int32) bool { return t.nodes[n].e != nil && t.nodes[n].e.start }
	for a := rune(0x980); a < 0xa00; a++ {
		n1 := t.root[a-0x980]
		if n1 == 0 || !t.nodes[n1].toStart {
			continue
		}
		if starts(n1) {
			t.oneStarts[(a-0x980)>>6] |= 1 << ((a - 0x980) & 63)
		}
		for _, kb := range t.nodes[n1].kids {
			b, n2 := kb.r, kb.next
			if !inBlock(b) || !t.mayStart(a, b) {
				continue
			}
			if starts(n1) || starts(n2) {
				setPair(&t.pairStarts, a, b)
				continue
			}
			for _, kc := range t.nodes[n2].kids {
				if inBlock(kc.r) && t.nodes[kc.next].toStart {
					h := tripleHash(a, b, kc.r)
					t.startTriples[h>>6] |= 1 << (h & 63)
				}
			}
		}
	}
}

func setPair(set *[0x80][2]uint64, a, b rune) {
	b -= 0x980
	set[(a-0x980)&0x7f][(b>>6)&1] |= 1 << (b & 63)
}

func inBlock(r rune) bool { return r >= 0x980 && r < 0xa00 }
