package exchange

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"

	"github.com/pathok/pathok/glossary"
)

// Check finds what is wrong between a batch's entries, which Import does
// not look at: an id used twice, or a Bengali form that two entries
// claim with no rule to choose between them (glossary.Clashes). Merge
// would reject the later of them; a file meant to be shared should not
// have them at all.
func Check(b *Batch) []Rejection {
	var out []Rejection
	at := func(e *glossary.Entry, reason string) {
		r, ok := b.acceptedRows[e]
		if !ok {
			r.Text = describe(e)
		}
		r.Reason = reason
		out = append(out, r)
	}
	firstID := map[string]*glossary.Entry{}
	for _, e := range b.Entries {
		if e.ID == "" {
			continue
		}
		if f, dup := firstID[e.ID]; dup {
			at(e, fmt.Sprintf("the id %q is used again (first on line %d)", e.ID, b.acceptedRows[f].Line))
			continue
		}
		firstID[e.ID] = e
	}
	// Clashes names entries by id; here they are named by position, as
	// some have no id yet.
	tmp := make([]*glossary.Entry, len(b.Entries))
	for i, e := range b.Entries {
		c := *e
		c.ID = strconv.Itoa(i)
		tmp[i] = &c
	}
	for _, c := range glossary.Clashes(tmp) {
		if c.Rule != "" {
			continue
		}
		idx := make([]int, len(c.IDs))
		for i, id := range c.IDs {
			idx[i], _ = strconv.Atoi(id)
		}
		slices.Sort(idx)
		first := b.Entries[idx[0]]
		for _, i := range idx[1:] {
			at(b.Entries[i], fmt.Sprintf("%q is also a form of %s (line %d), and nothing would tell them apart", formOf(b.Entries[i], c.Form), first.Headword(), b.acceptedRows[first].Line))
		}
	}
	slices.SortStableFunc(out, func(a, b Rejection) int { return cmp.Compare(a.Line, b.Line) })
	return out
}

// formOf is the form of e that Clashes reported by its key.
func formOf(e *glossary.Entry, key string) string {
	_, f, _ := glossary.FormOf(e, key)
	return f
}
