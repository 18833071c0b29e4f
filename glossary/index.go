package glossary

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"reflect"
	"slices"
	"strings"
	"sync"
	"unsafe"
)

// The built-in glossary is the same at every start, so it is stored
// parsed and indexed, in resources/glossary.index, which go generate
// writes (glossary/internal/indexgen). Reading it back costs a few
// milliseconds where parsing 2 MB of TSV and normalising 22,000 forms
// costs a hundred or more: it is what New would build, decoded with one
// allocation per table, every string a slice of the embedded file.
//
// The file carries a checksum of the TSV files it was made from. When they
// differ (a file edited, the index not regenerated), Pathok parses and
// indexes the files as before, so a stale index costs time, never a
// wrong answer; TestBuiltinIndexCurrent fails until it is regenerated,
// as it does when the code that builds an index changes what it builds.
//
// The layout, after the header line: a uvarint giving the length of the
// numbers, the numbers (uvarints), then the bytes of every string, back
// to back in the order they are read, their lengths among the numbers.
// The trie is written as its nodes in the order build lays them out (each
// node's edges, then the subtree of each edge in turn), each node as its
// number of edges and whether it accepts: from that order alone the
// reader finds where every node's edges begin and which node each edge
// leads to.

// indexHeader opens the index file: a person who opens it learns what
// it is, and a file from an older layout is not read.
const indexHeader = "# Pathok's built-in glossary, parsed and indexed (layout 1). DO NOT EDIT: " +
	"`go generate ./glossary` writes it from resources/glossary/*.tsv (see glossary/index.go).\n"

// IndexFile is the index's path in resources/.
const IndexFile = "glossary.index"

// sourceSum is a checksum of the built-in files, names and bytes, in
// the order they load.
func sourceSum(fsys fs.FS, names []string) (uint32, error) {
	h := crc32.NewIEEE()
	buf := make([]byte, 32<<10)
	for _, n := range names {
		f, err := fsys.Open(n)
		if err != nil {
			return 0, err
		}
		io.WriteString(h, n+"\x00")
		_, err = io.CopyBuffer(h, struct{ io.Reader }{f}, buf)
		f.Close()
		if err != nil {
			return 0, fmt.Errorf("%s: %w", n, err)
		}
	}
	return h.Sum32(), nil
}

// BuiltinIndex parses and indexes the built-in files in fsys (the
// resources folder) and returns the index file go generate writes.
func BuiltinIndex(fsys fs.FS, names ...string) ([]byte, error) {
	sum, err := sourceSum(fsys, names)
	if err != nil {
		return nil, err
	}
	entries, err := LoadFS(fsys, names...)
	if err != nil {
		return nil, err
	}
	ix, err := build(entries, nil)
	if err != nil {
		return nil, err
	}
	data, err := encodeIndex(ix, sum)
	if err != nil {
		return nil, err
	}
	// What is written must read back as what build built.
	back, err := decodeIndex(string(data), sum)
	if err != nil {
		return nil, fmt.Errorf("the index does not read back: %w", err)
	}
	if !sameIndex(&back.builtIndex, ix) {
		return nil, errors.New("the index reads back as another glossary")
	}
	return data, nil
}

// storedIndex is the built-in glossary as read from its index, with
// what New needs to take the forms of built-in entries from it when it
// indexes other entries besides (a user's glossary over the built-in).
type storedIndex struct {
	builtIndex
	formStart []int32 // entry i's forms are forms[formStart[i]:formStart[i+1]]

	atOnce sync.Once
	at     map[*Entry]int32
}

// entryIndex maps each built-in entry to its index.
func (s *storedIndex) entryIndex() map[*Entry]int32 {
	s.atOnce.Do(func() {
		s.at = make(map[*Entry]int32, len(s.entries))
		for i, e := range s.entries {
			s.at[e] = int32(i)
		}
	})
	return s.at
}

// entryStrings are e's string fields, and entryLists its lists, for the
// index to write and read in one order; TestEntryFieldsInIndex checks
// that they name every field of Entry.
func entryStrings(e *Entry) [13]*string {
	return [...]*string{&e.ID, (*string)(&e.Kind), &e.Country, &e.Native, &e.Hanja, &e.Roman, &e.NoteEN,
		&e.NoteBN, &e.AsOf, &e.Russian, &e.Korean, &e.DemonymEN, &e.Origin}
}

func entryLists(e *Entry) [4]*[]string {
	return [...]*[]string{&e.Bengali, &e.Short, &e.English, &e.DemonymBN}
}

type indexWriter struct {
	nums, strs []byte
}

func (w *indexWriter) num(n int) { w.nums = binary.AppendUvarint(w.nums, uint64(n)) }

func (w *indexWriter) str(s string) {
	w.num(len(s))
	w.strs = append(w.strs, s...)
}

func encodeIndex(ix *builtIndex, sum uint32) ([]byte, error) {
	var w indexWriter
	g := ix.Glossary
	t := g.trie
	listed, refs := 0, 0
	for _, e := range g.entries {
		for _, l := range entryLists(e) {
			listed += len(*l)
		}
	}
	refs = len(t.forms.refs)
	for _, n := range []int{int(sum), len(g.entries), listed, len(g.forms), g.maxTokens, len(t.nodes), len(t.edges), t.forms.len(), refs} {
		w.num(n)
	}
	for _, e := range g.entries {
		for _, s := range entryStrings(e) {
			w.str(*s)
		}
		for _, l := range entryLists(e) {
			if *l == nil {
				w.num(0) // none, which JSON writes as null, not []
				continue
			}
			w.num(len(*l) + 1)
			for _, s := range *l {
				w.str(s)
			}
		}
	}
	prev := int32(0)
	for i, f := range g.forms {
		if f.entry < prev {
			return nil, errors.New("forms out of entry order")
		}
		w.num(int(f.entry - prev))
		prev = f.entry
		flags := int(f.kind) << 1
		if f.isDefault {
			flags |= 1
		}
		w.num(flags)
		w.num(int(ix.words[i]))
		w.str(f.exact)
		w.str(ix.keys[i])
	}
	for i := range int32(t.forms.len()) {
		fs := t.forms.of(i)
		w.num(len(fs))
		for _, f := range fs {
			w.num(int(f))
		}
	}
	out := make([]byte, 0, len(indexHeader)+2*binary.MaxVarintLen64+len(w.nums)+len(w.strs)+8+len(t.nodes)*nodeBytes+len(t.edges)*edgeBytes)
	out = append(out, indexHeader...)
	out = binary.AppendUvarint(out, uint64(len(w.nums)))
	out = append(out, w.nums...)
	out = binary.AppendUvarint(out, uint64(len(w.strs)))
	out = append(out, w.strs...)
	// The trie's nodes and edges as they lie in memory on little-endian
	// machines, from an offset a multiple of 8 (see trieView).
	for len(out)%8 != 0 {
		out = append(out, 0)
	}
	for _, n := range t.nodes {
		out = binary.LittleEndian.AppendUint32(out, uint32(n.firstEdge))
		out = binary.LittleEndian.AppendUint32(out, uint32(n.numEdges))
		out = binary.LittleEndian.AppendUint32(out, uint32(n.accept))
	}
	for _, e := range t.edges {
		out = binary.LittleEndian.AppendUint32(out, uint32(e.r))
		out = binary.LittleEndian.AppendUint32(out, uint32(e.child))
	}
	return out, nil
}

// The trie's nodes and edges are most of the index: 140,000 of each.
// Decoded, they would be 3 MB of memory written at every start, which
// costs more than all the rest (the first write to each page of memory
// is a page fault). Where the machine is little-endian and the embedded
// file is aligned (as the linker places large data), they are used where
// they lie, read-only, in the binary's data, which the system maps in as
// the matcher walks them; elsewhere they are copied out.
const (
	nodeBytes = 12 // trieNode: firstEdge, numEdges, accept
	edgeBytes = 8  // trieEdge: r, child
)

// trieView returns the nodes and edges in raw, laid out as encodeIndex
// writes them.
func trieView(raw string, nNodes, nEdges int) ([]trieNode, []trieEdge) {
	if nNodes == 0 || len(raw) != nNodes*nodeBytes+nEdges*edgeBytes {
		return nil, nil
	}
	nodeRaw, edgeRaw := raw[:nNodes*nodeBytes], raw[nNodes*nodeBytes:]
	p := unsafe.StringData(raw)
	if unsafe.Sizeof(trieNode{}) == nodeBytes && unsafe.Sizeof(trieEdge{}) == edgeBytes &&
		uintptr(unsafe.Pointer(p))%unsafe.Alignof(trieNode{}) == 0 && binary.NativeEndian.Uint16([]byte{1, 0}) == 1 {
		nodes := unsafe.Slice((*trieNode)(unsafe.Pointer(p)), nNodes)
		var edges []trieEdge
		if nEdges > 0 {
			edges = unsafe.Slice((*trieEdge)(unsafe.Pointer(unsafe.StringData(edgeRaw))), nEdges)
		}
		return nodes, edges
	}
	nodes := make([]trieNode, nNodes)
	for i := range nodes {
		b := nodeRaw[i*nodeBytes:]
		nodes[i] = trieNode{firstEdge: int32(le32(b)), numEdges: int32(le32(b[4:])), accept: int32(le32(b[8:]))}
	}
	edges := make([]trieEdge, nEdges)
	for i := range edges {
		b := edgeRaw[i*edgeBytes:]
		edges[i] = trieEdge{r: rune(le32(b)), child: int32(le32(b[4:]))}
	}
	return nodes, edges
}

func le32(b string) uint32 {
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

// validTrie reports whether every edge of the trie leads to a node after
// its own and every node's edges and accepted forms exist: the matcher
// then cannot index past them, whatever the file held.
func validTrie(nodes []trieNode, edges []trieEdge, nAccept int) bool {
	for i, n := range nodes {
		if n.firstEdge < 0 || n.numEdges < 0 || int(n.firstEdge)+int(n.numEdges) > len(edges) || n.accept < -1 || int(n.accept) >= nAccept {
			return false
		}
		for _, e := range edges[n.firstEdge : n.firstEdge+n.numEdges] {
			if int(e.child) <= i || int(e.child) >= len(nodes) {
				return false
			}
		}
	}
	return true
}

// errBadIndex is an index that does not hold what its header says.
var errBadIndex = errors.New("the built-in glossary index is damaged")

type indexReader struct {
	nums, strs string
	bad        bool
}

func (r *indexReader) num() int {
	var x uint64
	for i, shift := 0, uint(0); i < len(r.nums) && shift < 63; i, shift = i+1, shift+7 {
		b := r.nums[i]
		if b < 0x80 {
			r.nums = r.nums[i+1:]
			x |= uint64(b) << shift
			if x >= 1<<32 {
				break
			}
			return int(x)
		}
		x |= uint64(b&0x7f) << shift
	}
	r.bad = true
	r.nums = ""
	return 0
}

// cutSection cuts a uvarint length and that many bytes off s.
func cutSection(s string) (section, rest string, ok bool) {
	r := &indexReader{nums: s}
	n := r.num()
	if r.bad || n > len(r.nums) {
		return "", "", false
	}
	return r.nums[:n], r.nums[n:], true
}

// count reads a number of things each taking at least a byte of what is
// left: a damaged count cannot ask for more memory than the file holds.
func (r *indexReader) count() int {
	n := r.num()
	if n > len(r.nums)+len(r.strs) {
		r.bad = true
		return 0
	}
	return n
}

func (r *indexReader) str() string {
	n := r.num()
	if n > len(r.strs) {
		r.bad = true
		return ""
	}
	s := r.strs[:n]
	r.strs = r.strs[n:]
	return s
}

// entries decodes n entries with listed list items among them; lists is
// what is left of the list items, none when the counts were right.
func (r *indexReader) entries(n, listed int) (ptrs []*Entry, byID map[string]int, lists []string) {
	entries := make([]Entry, n)
	ptrs = make([]*Entry, n)
	lists = make([]string, listed)
	byID = make(map[string]int, n)
	for i := range entries {
		e := &entries[i]
		for _, s := range entryStrings(e) {
			*s = r.str()
		}
		for _, l := range entryLists(e) {
			n := r.num() - 1
			if n < 0 || n > len(lists) {
				r.bad = r.bad || n > len(lists)
				continue
			}
			list := lists[:n:n]
			lists = lists[n:]
			for j := range list {
				list[j] = r.str()
			}
			*l = list
		}
		ptrs[i] = e
		byID[e.ID] = i
	}
	return ptrs, byID, lists
}

// skipEntries reads past n entries as entries would, keeping nothing.
func (r *indexReader) skipEntries(n int) {
	var e Entry
	strs, lists := len(entryStrings(&e)), len(entryLists(&e))
	for range n {
		for range strs {
			r.skipStr()
		}
		for range lists {
			items := r.num() - 1
			if items > len(r.nums) { // each takes a number at least
				r.bad = true
			}
			for k := 0; k < items && !r.bad; k++ {
				r.skipStr()
			}
		}
		if r.bad {
			return
		}
	}
}

func (r *indexReader) skipStr() {
	if n := r.num(); n <= len(r.strs) {
		r.strs = r.strs[n:]
	} else {
		r.bad = true
	}
}

// decodeIndex reads an index written for the files whose sourceSum is
// sum. Its strings are slices of data.
func decodeIndex(data string, sum uint32) (*storedIndex, error) {
	ix, stored, err := decodeStored(data)
	if err == nil && stored != sum {
		return nil, errOtherFiles
	}
	return ix, err
}

var errOtherFiles = errors.New("the built-in glossary index was made from other files")

// decodeStored reads an index, returning the sourceSum of the files it
// was made from, for the caller to check.
func decodeStored(data string) (_ *storedIndex, sum uint32, _ error) {
	rest, ok := strings.CutPrefix(data, indexHeader)
	if !ok {
		return nil, 0, errors.New("the built-in glossary index is of another layout")
	}
	nums, rest, ok1 := cutSection(rest)
	strs, rest, ok2 := cutSection(rest)
	if !ok1 || !ok2 {
		return nil, 0, errBadIndex
	}
	for pad := (8 - (len(data)-len(rest))%8) % 8; pad > 0; pad-- {
		if rest == "" || rest[0] != 0 {
			return nil, 0, errBadIndex
		}
		rest = rest[1:]
	}
	r := &indexReader{nums: nums, strs: strs}
	s := r.num()
	if r.bad || s != int(uint32(s)) {
		return nil, 0, errBadIndex
	}
	sum = uint32(s)
	nEntries, listed, nForms := r.count(), r.count(), r.count()
	maxTokens := r.num()
	nNodes, nEdges, nAccept, refs := r.num(), r.num(), r.count(), r.count()
	if r.bad || nNodes != nEdges+1 {
		return nil, 0, errBadIndex
	}

	// Both sections hold the entries first, then the forms and the
	// trie's references. A second reader skips the entries (numbers
	// read, nothing kept) and decodes the rest on another core while
	// this goroutine decodes the entries: a cold start spends half of
	// its load in each, most of it touching fresh memory.
	er, fr := r, *r
	fr.skipEntries(nEntries)
	formsAt := fr
	var ptrs []*Entry
	var byID map[string]int
	var lists []string
	entriesDone := make(chan struct{})
	go func() {
		defer close(entriesDone)
		ptrs, byID, lists = er.entries(nEntries, listed)
	}()
	r = &fr

	forms := make([]form, nForms)
	keys := make([]string, nForms)
	words := make([]int32, nForms)
	formStart := make([]int32, nEntries+1)
	entry := 0
	for i := range forms {
		entry += r.num()
		flags, w := r.num(), r.num()
		if entry >= nEntries || flags>>1 > int(demonymForm) || w > maxTokens {
			r.bad = true
			break
		}
		forms[i] = form{entry: int32(entry), kind: formKind(flags >> 1), isDefault: flags&1 == 1, exact: r.str()}
		keys[i], words[i] = r.str(), int32(w)
		formStart[entry+1] = int32(i + 1)
	}
	// Entries without forms (none is built in) start where the one
	// before them ends.
	for i := 1; i < len(formStart); i++ {
		formStart[i] = max(formStart[i], formStart[i-1])
	}

	t := &trie{forms: formLists{refs: make([]int32, refs), at: make([]int32, nAccept+1)}}
	if nNodes > len(rest) || nEdges > len(rest) {
		return nil, 0, errBadIndex
	}
	if t.nodes, t.edges = trieView(rest, nNodes, nEdges); t.nodes == nil || !validTrie(t.nodes, t.edges, nAccept) {
		return nil, 0, errBadIndex
	}
	refList := t.forms.refs
	for i := range nAccept {
		n := r.num()
		if n > len(refList) {
			r.bad = true
			break
		}
		fs := refList[:n:n]
		refList = refList[n:]
		for j := range fs {
			f := r.num()
			if f >= nForms {
				r.bad = true
			}
			fs[j] = int32(f)
		}
		t.forms.at[i+1] = t.forms.at[i] + int32(n)
	}
	<-entriesDone
	if er.bad || fr.bad || len(er.nums) != len(formsAt.nums) || len(er.strs) != len(formsAt.strs) ||
		fr.nums != "" || fr.strs != "" || len(lists) != 0 || len(refList) != 0 {
		return nil, 0, errBadIndex
	}
	for i := range t.rootBengali {
		t.rootBengali[i] = t.search(root, rune(0x0980+i))
	}
	t.indexSecond()
	g := &Glossary{entries: ptrs, byID: byID, forms: forms, trie: t, maxTokens: maxTokens}
	return &storedIndex{builtIndex: builtIndex{Glossary: g, keys: keys, words: words}, formStart: formStart}, sum, nil
}

// sameIndex reports whether a and b hold the same entries and index.
func sameIndex(a, b *builtIndex) bool {
	if !slices.Equal(a.keys, b.keys) || !slices.Equal(a.words, b.words) {
		return false
	}
	if len(a.entries) != len(b.entries) || a.maxTokens != b.maxTokens || !reflect.DeepEqual(a.byID, b.byID) ||
		!slices.Equal(a.forms, b.forms) || a.trie.rootBengali != b.trie.rootBengali ||
		!slices.Equal(a.trie.nodes, b.trie.nodes) || !slices.Equal(a.trie.edges, b.trie.edges) ||
		!slices.Equal(a.trie.forms.refs, b.trie.forms.refs) || !slices.Equal(a.trie.forms.at, b.trie.forms.at) {
		return false
	}
	for i, e := range a.entries {
		if !reflect.DeepEqual(e, b.entries[i]) {
			return false
		}
	}
	return true
}
