package glossary

import (
	"cmp"
	"fmt"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/pathok/pathok/glossary/bangla"
	"github.com/pathok/pathok/resources"
)

// formKind says how a form names its entry.
type formKind uint8

const (
	fullForm    formKind = iota // a Bengali spelling of the whole name
	shortForm                   // a surname alone: needs the article's context when shared
	latinForm                   // an English alias written in Latin letters
	demonymForm                 // রুশ → Russian
)

// form is one way of writing an entry that the matcher knows.
type form struct {
	entry     int32
	kind      formKind
	isDefault bool   // the "!" reading of a shared short form
	exact     string // bangla.Key of the form: letters kept, word breaks dropped
}

// Glossary is a read-only set of entries with the indexes that match and
// search them. Build it with New; it is safe for concurrent use.
type Glossary struct {
	entries []*Entry
	byID    map[string]int
	forms   []form
	trie    *trie
	// maxTokens is the most words any form has: walks stop there.
	maxTokens int

	searchOnce sync.Once
	search     *searchIndex
}

// New indexes entries. Entries are used as given and must not be changed
// afterwards; an empty id, a duplicate id or an entry without any Bengali
// or English form is an error.
func New(entries []*Entry) (*Glossary, error) {
	if g, ok := fromBuiltinIndex(entries); ok {
		return g, nil
	}
	ix, err := build(entries, builtinIndex.Load())
	if err != nil {
		return nil, err
	}
	return ix.Glossary, nil
}

// builtIndex is a glossary with what building it found of each form
// beyond what matching keeps: what the stored index holds.
type builtIndex struct {
	*Glossary
	keys  []string // each form's folded key (its exact one for a Latin form)
	words []int32  // how many words each form has
}

// build indexes entries. The forms of built-in entries among them are
// taken from stored, when there is one, rather than normalised again: a
// user's glossary over the built-in one is indexed at the cost of the
// user's entries and the sorting.
func build(entries []*Entry, stored *storedIndex) (*builtIndex, error) {
	nforms, nbytes := 0, 0
	for _, e := range entries {
		nforms += len(e.Bengali) + len(e.Short) + len(e.English) + len(e.DemonymBN)
		for _, list := range [...][]string{e.Bengali, e.Short, e.English, e.DemonymBN} {
			for _, s := range list {
				nbytes += len(s)
			}
		}
	}
	g := &Glossary{entries: entries, byID: make(map[string]int, len(entries)), forms: make([]form, 0, nforms)}
	ix := &builtIndex{Glossary: g, keys: make([]string, 0, nforms), words: make([]int32, 0, nforms)}
	var (
		at map[*Entry]int32
		// newOf maps each stored form to its index here, or -1; the
		// stored forms come in their own order while lastStored grows.
		newOf      []int32
		lastStored = int32(-1)
		inOrder    = true
	)
	if stored != nil {
		at = stored.entryIndex()
	}
	// Every other form's keys go back to back into two buffers, made into
	// one string each at the end: a glossary of 20,000 forms then costs a
	// handful of allocations rather than two per form.
	var (
		keyer         bangla.Keyer
		exacts        = make([]byte, 0, nbytes+nbytes/8)
		keys          = make([]byte, 0, nbytes+nbytes/8)
		ends          []keyEnds
		exactN, keysN int
	)
	add := func(i int, kind formKind, text string, isDefault bool) {
		var words int
		exactN, keysN = len(exacts), len(keys)
		exacts, keys, words = keyer.Append(exacts, keys, text)
		if kind == latinForm {
			keys = append(keys[:keysN], exacts[exactN:]...) // case and letters are the point of an acronym
		}
		if len(keys) == keysN {
			exacts = exacts[:exactN]
			return
		}
		ends = append(ends, keyEnds{int32(len(g.forms)), int32(len(exacts)), int32(len(keys))})
		g.forms = append(g.forms, form{entry: int32(i), kind: kind, isDefault: isDefault})
		ix.keys = append(ix.keys, "") // filled in below
		ix.words = append(ix.words, int32(words))
	}
	for i, e := range entries {
		if e.ID == "" {
			return nil, fmt.Errorf("entry %d (%s) has no id", i+1, e.Headword())
		}
		if _, dup := g.byID[e.ID]; dup {
			return nil, fmt.Errorf("id %q is used twice", e.ID)
		}
		if len(e.Bengali) == 0 && len(e.English) == 0 {
			return nil, fmt.Errorf("entry %q has neither a Bengali nor an English form", e.ID)
		}
		g.byID[e.ID] = i
		if j, ok := at[e]; ok {
			from, to := stored.formStart[j], stored.formStart[j+1]
			if newOf == nil {
				newOf = make([]int32, len(stored.forms))
				for k := range newOf {
					newOf[k] = -1
				}
			}
			inOrder = inOrder && j > lastStored
			lastStored = j
			for k := from; k < to; k++ {
				newOf[k] = int32(len(g.forms)) + k - from
			}
			for _, f := range stored.forms[from:to] {
				f.entry = int32(i)
				g.forms = append(g.forms, f)
			}
			ix.keys = append(ix.keys, stored.keys[from:to]...)
			ix.words = append(ix.words, stored.words[from:to]...)
			continue
		}
		for _, b := range e.Bengali {
			add(i, fullForm, b, false)
		}
		for _, s := range e.Short {
			s, def := ShortForm(s)
			add(i, shortForm, s, def)
		}
		for _, en := range e.English {
			if isLatinName(en) {
				add(i, latinForm, en, false)
			}
		}
		for _, d := range e.DemonymBN {
			add(i, demonymForm, d, false)
		}
	}
	exactText, keyText := string(exacts), string(keys)
	var exactAt, keyAt int32
	for _, end := range ends {
		g.forms[end.form].exact = exactText[exactAt:end.exact]
		ix.keys[end.form] = keyText[keyAt:end.key]
		exactAt, keyAt = end.exact, end.key
	}
	for _, w := range ix.words {
		g.maxTokens = max(g.maxTokens, int(w))
	}
	if newOf != nil && inOrder {
		fresh := make([]int32, len(ends))
		for i, end := range ends {
			fresh[i] = end.form
		}
		g.trie = buildTrie(groupMerged(ix.keys, stored, newOf, fresh))
	} else {
		g.trie = buildTrie(groupForms(ix.keys))
	}
	return ix, nil
}

// keyEnds is where a form's keys end in build's buffers.
type keyEnds struct{ form, exact, key int32 }

// groupForms sorts the forms by key and returns the distinct keys, in
// order, each with the forms that have it, in the order of the forms.
func groupForms(formKeys []string) ([]string, formLists) {
	order := make([]int32, len(formKeys))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, byKey(formKeys))
	return groupSorted(order, formKeys)
}

// byKey orders forms by key, then by their order.
func byKey(formKeys []string) func(a, b int32) int {
	return func(a, b int32) int {
		if c := strings.Compare(formKeys[a], formKeys[b]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	}
}

// groupSorted groups forms sorted by key (see groupForms).
func groupSorted(order []int32, formKeys []string) ([]string, formLists) {
	keys := make([]string, 0, len(order))
	forms := formLists{refs: order, at: make([]int32, 1, len(order)+1)}
	for i := 0; i < len(order); {
		k := formKeys[order[i]]
		j := i + 1
		for j < len(order) && formKeys[order[j]] == k {
			j++
		}
		keys = append(keys, k)
		forms.at = append(forms.at, int32(j))
		i = j
	}
	return keys, forms
}

// groupMerged is groupForms for forms of which those taken from stored
// (newOf maps a stored form to its index here, or -1) keep the stored
// entries' order: they are in key order already, in the stored trie, so
// only the others (fresh) need sorting, and the two lists are merged.
func groupMerged(formKeys []string, stored *storedIndex, newOf []int32, fresh []int32) ([]string, formLists) {
	order := make([]int32, 0, len(formKeys))
	for _, f := range stored.trie.forms.refs { // the lists in order
		if n := newOf[f]; n >= 0 {
			order = append(order, n)
		}
	}
	less := byKey(formKeys)
	slices.SortFunc(fresh, less)
	merged := make([]int32, 0, len(formKeys))
	i, j := 0, 0
	for i < len(order) && j < len(fresh) {
		if less(order[i], fresh[j]) < 0 {
			merged = append(merged, order[i])
			i++
		} else {
			merged = append(merged, fresh[j])
			j++
		}
	}
	merged = append(append(merged, order[i:]...), fresh[j:]...)
	return groupSorted(merged, formKeys)
}

// isLatinName reports whether an English alias is worth matching in
// Bengali text: written in Latin letters and not a lone lowercase word.
func isLatinName(s string) bool {
	hasUpper := false
	for _, r := range s {
		if r >= 'A' && r <= 'Z' {
			hasUpper = true
		}
		if r >= 0x0980 && r <= 0x09ff {
			return false
		}
	}
	return hasUpper
}

// Entries returns the entries in the order they were given.
func (g *Glossary) Entries() []*Entry { return g.entries }

// Len is the number of entries.
func (g *Glossary) Len() int { return len(g.entries) }

// ByID finds an entry by its id.
func (g *Glossary) ByID(id string) (*Entry, bool) {
	i, ok := g.byID[id]
	if !ok {
		return nil, false
	}
	return g.entries[i], true
}

var (
	builtinOnce    sync.Once
	builtinEntries []*Entry
	builtinErr     error
	// builtinIndex is the built-in glossary read from its index, nil
	// when the index is stale and the files were parsed instead.
	builtinIndex atomic.Pointer[storedIndex]
)

// BuiltinEntries loads the glossary embedded in resources/. The entries
// are shared: clone one before changing it.
func BuiltinEntries() ([]*Entry, error) {
	builtinOnce.Do(func() {
		// Loading allocates some megabytes, all of which stay: collecting
		// meanwhile (a program starts with a 4 MB heap goal) would only
		// scan them, again and again. Only this once runs the collector's
		// setting, and it is put back as it was.
		defer debug.SetGCPercent(debug.SetGCPercent(-1))
		// The files' checksum is taken while the index is read.
		type summed struct {
			sum uint32
			err error
		}
		sums := make(chan summed, 1)
		go func() {
			sum, err := sourceSum(resources.Files, resources.GlossaryFiles)
			sums <- summed{sum, err}
		}()
		ix, stored, err := decodeStored(resources.GlossaryIndex)
		if s := <-sums; err == nil && s.err == nil && s.sum == stored {
			builtinEntries = ix.entries
			builtinIndex.Store(ix)
			return
		}
		builtinEntries, builtinErr = LoadFS(resources.Files, resources.GlossaryFiles...)
	})
	return builtinEntries, builtinErr
}

// fromBuiltinIndex is the built-in index when entries are the built-in
// entries, the same ones in the same order (as BuiltinEntries returns
// them, or a user's glossary that changes nothing makes them).
func fromBuiltinIndex(entries []*Entry) (*Glossary, bool) {
	ix := builtinIndex.Load()
	if ix == nil || len(entries) != len(ix.entries) || len(entries) == 0 || !slices.Equal(entries, ix.entries) {
		return nil, false
	}
	// The index is read-only and shared; the search index, built on
	// demand, is each glossary's own.
	return &Glossary{entries: entries, byID: ix.byID, forms: ix.forms, trie: ix.trie, maxTokens: ix.maxTokens}, true
}

// Builtin is the built-in glossary, indexed.
func Builtin() (*Glossary, error) {
	es, err := BuiltinEntries()
	if err != nil {
		return nil, err
	}
	return New(es)
}
