package glossary

import "unicode/utf8"

// trie maps folded keys to the forms that fold to them. Nodes keep their
// edges sorted in one flat slice, which is compact for 100,000 entries and
// quick to walk: most words fall off the trie after a rune or two. The
// built-in glossary's nodes and edges may lie in read-only memory (see
// trieView): nothing writes to a trie once it is built.
type trie struct {
	// rootBengali indexes the root's edges by Bengali letter: every word
	// of an article starts a walk at the root, so its lookup is the
	// hottest in the matcher.
	rootBengali [0x80]int32
	// second does the same for the root's Bengali children: the second
	// letter of nearly every word is looked up there, in nodes with the
	// most edges after the root's (see indexSecond).
	second [0x80]*[0x80]int32
	nodes  []trieNode
	edges  []trieEdge
	forms  formLists // per accepting node: indexes into Glossary.forms
}

// formLists are lists of forms back to back, the i-th being
// refs[at[i]:at[i+1]]: one slice for all, where a slice per accepting
// node cost 24 bytes each, and a pointer for the collector to follow,
// to hold one form in nearly every case.
type formLists struct {
	refs []int32
	at   []int32 // len(at) is one more than the number of lists
}

// of returns list i.
func (l *formLists) of(i int32) []int32 { return l.refs[l.at[i]:l.at[i+1]:l.at[i+1]] }

// len is the number of lists.
func (l *formLists) len() int { return max(len(l.at)-1, 0) }

// listsOf lays lists out as formLists.
func listsOf(lists [][]int32) formLists {
	l := formLists{at: make([]int32, 1, len(lists)+1)}
	for _, fs := range lists {
		l.refs = append(l.refs, fs...)
		l.at = append(l.at, int32(len(l.refs)))
	}
	return l
}

type trieNode struct {
	firstEdge int32
	numEdges  int32
	accept    int32 // the list in trie.forms, or -1
}

type trieEdge struct {
	r     rune
	child int32
}

const root = 0

// child follows the edge labelled r, or returns -1.
func (t *trie) child(n int32, r rune) int32 {
	if n == root && r >= 0x0980 && r < 0x0a00 {
		return t.rootBengali[r-0x0980]
	}
	return t.search(n, r)
}

// search finds the edge labelled r by binary search.
func (t *trie) search(n int32, r rune) int32 {
	node := t.nodes[n]
	if node.numEdges == 1 { // most nodes below the first few levels
		if e := t.edges[node.firstEdge]; e.r == r {
			return e.child
		}
		return -1
	}
	edges := t.edges[node.firstEdge : node.firstEdge+node.numEdges]
	lo, hi := 0, len(edges)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if edges[m].r < r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(edges) && edges[lo].r == r {
		return edges[lo].child
	}
	return -1
}

// buildTrie builds the trie from keys, sorted and distinct, and the forms
// each accepts. UTF-8 sorts as its code points do, so the strings need no
// conversion to runes: each rune is decoded where the walk needs it.
func buildTrie(keys []string, forms formLists) *trie {
	// A node per distinct prefix: each key adds one for every rune past
	// what it shares with the key before it. Room for exactly that spares
	// regrowing (and copying) both slices at startup.
	nodes, prev := 1, ""
	for _, k := range keys {
		shared := 0
		for shared < len(k) && shared < len(prev) && k[shared] == prev[shared] {
			shared++
		}
		for shared > 0 && shared < len(k) && !utf8.RuneStart(k[shared]) {
			shared-- // a rune both begin and differ in is not shared
		}
		nodes += utf8.RuneCountInString(k[shared:])
		prev = k
	}
	t := &trie{nodes: make([]trieNode, 0, nodes), edges: make([]trieEdge, 0, nodes-1), forms: forms}
	// The walk below meets the keys in order, so accepting node i takes
	// forms[i].
	accepted := int32(0)
	t.build(keys, 0, &accepted)
	for i := range t.rootBengali {
		t.rootBengali[i] = t.search(root, rune(0x0980+i))
	}
	t.indexSecond()
	return t
}

// indexSecond fills second from the nodes: a table of 128 children for
// each Bengali letter that starts a key, 64 KB at most.
func (t *trie) indexSecond() {
	for i, n := range t.rootBengali {
		t.second[i] = nil
		if n < 0 {
			continue
		}
		row := new([0x80]int32)
		for j := range row {
			row[j] = t.search(n, rune(0x0980+j))
		}
		t.second[i] = row
	}
}

// childOfFirst follows the edge labelled r from the root's child for
// first, the letter a walk began with.
func (t *trie) childOfFirst(first rune, n int32, r rune) int32 {
	if first >= 0x0980 && first < 0x0a00 && r >= 0x0980 && r < 0x0a00 {
		return t.second[first-0x0980][r-0x0980]
	}
	return t.search(n, r)
}

// build lays out the node for the keys sharing their first depth bytes
// (keys are sorted) and returns its index. Children are laid out after
// the node's own edges so that each node's edges are contiguous.
func (t *trie) build(keys []string, depth int, accepted *int32) int32 {
	n := int32(len(t.nodes))
	t.nodes = append(t.nodes, trieNode{accept: -1})
	if len(keys) > 0 && len(keys[0]) == depth {
		t.nodes[n].accept = *accepted
		*accepted++
		keys = keys[1:]
	}
	// One edge per run of keys sharing their rune at depth; the runs are
	// found again below rather than kept, which spares a slice per node.
	first := int32(len(t.edges))
	for i := 0; i < len(keys); {
		r, size := utf8.DecodeRuneInString(keys[i][depth:])
		t.edges = append(t.edges, trieEdge{r: r})
		i = groupEnd(keys, i, depth, size)
	}
	t.nodes[n].firstEdge = first
	t.nodes[n].numEdges = int32(len(t.edges)) - first
	e := first
	for i := 0; i < len(keys); e++ {
		_, size := utf8.DecodeRuneInString(keys[i][depth:])
		j := groupEnd(keys, i, depth, size)
		t.edges[e].child = t.build(keys[i:j], depth+size, accepted)
		i = j
	}
	return n
}

// groupEnd is the end of the run of keys from i that share their rune
// (size bytes long) at depth.
func groupEnd(keys []string, i, depth, size int) int {
	r := keys[i][depth : depth+size]
	j := i + 1
	for j < len(keys) && len(keys[j]) >= depth+size && keys[j][depth:depth+size] == r {
		j++
	}
	return j
}
