package glossary

import (
	"maps"
	"slices"
	"testing"
)

// walk follows key from the root and returns the forms it accepts, or
// nil where it falls off the trie or ends on a node that accepts none.
func (t *trie) walk(key string) []int32 {
	n := int32(root)
	for _, r := range key {
		if n = t.child(n, r); n < 0 {
			return nil
		}
	}
	if a := t.nodes[n].accept; a >= 0 {
		return t.forms.of(a)
	}
	return nil
}

func TestBuildTrie(t *testing.T) {
	keys := map[string][]int32{
		// Keys that are prefixes of others, in Bengali.
		"কিম":     {0},
		"কিমজংউন": {1, 2},
		"কিমজংইল": {3},
		"মস্কো":   {4},
		"মস্কোভা": {5},
		"রাশিয়া": {6},
		// Latin acronyms and a single rune.
		"NATO": {7},
		"NAT":  {8},
		"ক":    {9},
		// Past the Bengali block at the root.
		"ꯀ": {10},
	}
	sorted := slices.Sorted(maps.Keys(keys))
	lists := make([][]int32, len(sorted))
	for i, k := range sorted {
		lists[i] = keys[k]
	}
	tr := buildTrie(sorted, listsOf(lists))
	for k, want := range keys {
		if got := tr.walk(k); !slices.Equal(got, want) {
			t.Errorf("walk(%q): got %v; want %v", k, got, want)
		}
	}
	for _, k := range []string{"", "কি", "কিমজং", "মস্", "NA", "NATOS", "খ", "রুশ"} {
		if got := tr.walk(k); got != nil {
			t.Errorf("walk(%q): got %v; want nothing", k, got)
		}
	}
	// Each node's edges are sorted, so that search finds them.
	for i, n := range tr.nodes {
		es := tr.edges[n.firstEdge : n.firstEdge+n.numEdges]
		if !slices.IsSortedFunc(es, func(a, b trieEdge) int { return int(a.r - b.r) }) {
			t.Errorf("node %d: edges not sorted: %v", i, es)
		}
	}
	// One node per distinct prefix, the root included.
	prefixes := map[string]bool{"": true}
	for k := range keys {
		r := []rune(k)
		for i := 1; i <= len(r); i++ {
			prefixes[string(r[:i])] = true
		}
	}
	if len(tr.nodes) != len(prefixes) || len(tr.edges) != len(prefixes)-1 {
		t.Errorf("got %d nodes and %d edges; want %d and %d", len(tr.nodes), len(tr.edges), len(prefixes), len(prefixes)-1)
	}
	// Room for exactly those was made up front.
	if cap(tr.nodes) != len(prefixes) || cap(tr.edges) != len(prefixes)-1 {
		t.Errorf("got room for %d nodes and %d edges; want %d and %d", cap(tr.nodes), cap(tr.edges), len(prefixes), len(prefixes)-1)
	}
}

// TestTrieSecond checks the table of second letters against the edges it
// is made from, for every pair of Bengali code points, and a key whose
// second letter is Latin.
func TestTrieSecond(t *testing.T) {
	keys := []string{"কিম", "কিমজংউন", "মস্কো", "ক্যা", "কN", "ৎ", "ড়"}
	slices.Sort(keys)
	lists := make([][]int32, len(keys))
	for i := range keys {
		lists[i] = []int32{int32(i)}
	}
	tr := buildTrie(keys, listsOf(lists))
	found := 0
	for a := rune(0x0980); a < 0x0a00; a++ {
		n := tr.rootBengali[a-0x0980]
		if n < 0 {
			if tr.second[a-0x0980] != nil {
				t.Errorf("second[%q] is set; want none, as no key starts with it", a)
			}
			continue
		}
		for b := rune(0x0980); b < 0x0a00; b++ {
			got, want := tr.childOfFirst(a, n, b), tr.search(n, b)
			if got != want {
				t.Errorf("childOfFirst(%q, %q) = %d; want %d", a, b, got, want)
			}
			if got >= 0 {
				found++
			}
		}
		if got, want := tr.childOfFirst(a, n, 'N'), tr.search(n, 'N'); got != want {
			t.Errorf("childOfFirst(%q, 'N') = %d; want %d", a, got, want)
		}
	}
	// ি and ্ after ক, স after ম, the nukta after ড.
	if found != 4 {
		t.Errorf("%d second letters found; want 4", found)
	}
}
