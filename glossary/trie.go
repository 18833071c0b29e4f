package glossary

import "sort"

// trie maps folded keys to the forms that fold to them. Nodes keep their
// edges sorted in one flat slice, which is compact for 100,000 entries and
// quick to walk: most words fall off the trie after a rune or two.
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
	forms  [][]int32 // per accepting node: indexes into index.forms
}

type trieNode struct {
	firstEdge int32
	numEdges  int32
	accept    int32 // index into trie.forms, or -1
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

// buildTrie builds the trie from keys and, for each key, the forms it
// accepts.
func buildTrie(keys map[string][]int32) *trie {
	sorted := make([][]rune, 0, len(keys))
	runes := 0
	for k := range keys {
		sorted = append(sorted, []rune(k))
		runes += len(sorted[len(sorted)-1])
	}
	sort.Slice(sorted, func(i, j int) bool { return lessRunes(sorted[i], sorted[j]) })
	// A trie has at most a node and an edge per rune of its keys: room
	// for that up front spares regrowing (and copying) both at startup.
	t := &trie{nodes: make([]trieNode, 0, runes+1), edges: make([]trieEdge, 0, runes), forms: make([][]int32, 0, len(keys))}
	t.build(sorted, 0, keys)
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

// build lays out the node for the keys sharing a prefix of length depth
// (keys are sorted) and returns its index. Children are laid out after
// the node's own edges so that each node's edges are contiguous.
func (t *trie) build(keys [][]rune, depth int, forms map[string][]int32) int32 {
	n := int32(len(t.nodes))
	t.nodes = append(t.nodes, trieNode{accept: -1})
	if len(keys) > 0 && len(keys[0]) == depth {
		t.nodes[n].accept = int32(len(t.forms))
		t.forms = append(t.forms, forms[string(keys[0])])
		keys = keys[1:]
	}
	// One edge per run of keys sharing their rune at depth; the runs are
	// found again below rather than kept, which spares a slice per node.
	first := int32(len(t.edges))
	for i := 0; i < len(keys); i = groupEnd(keys, i, depth) {
		t.edges = append(t.edges, trieEdge{r: keys[i][depth]})
	}
	t.nodes[n].firstEdge = first
	t.nodes[n].numEdges = int32(len(t.edges)) - first
	e := first
	for i := 0; i < len(keys); e++ {
		j := groupEnd(keys, i, depth)
		t.edges[e].child = t.build(keys[i:j], depth+1, forms)
		i = j
	}
	return n
}

// groupEnd is the end of the run of keys from i that share their rune at
// depth.
func groupEnd(keys [][]rune, i, depth int) int {
	j := i + 1
	for j < len(keys) && keys[j][depth] == keys[i][depth] {
		j++
	}
	return j
}

func lessRunes(a, b []rune) bool {
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	return len(a) < len(b)
}
