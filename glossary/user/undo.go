package user

import (
	"slices"

	"github.com/pathok/pathok/glossary"
)

// undoBudget bounds the memory the undo history keeps alive. A step
// holds only what it changed (the entries as they were before, by
// reference), so an import of many new entries costs little more than
// their ids; the oldest steps go first when the budget is spent, but
// the newest step is always kept, however large, so that the last
// change can be undone.
var undoBudget = 32 << 20

// history is the editor's undo stack.
type history struct {
	steps []*undoStep
	bytes int // the estimated size of all steps
	// open is the step being recorded: inside Group, or during one
	// change; grouping says which.
	open     *undoStep
	grouping bool
}

// undoStep is one undoable change: how each id it touched was before.
type undoStep struct {
	desc    string
	befores []before
	seen    map[string]bool // the ids in befores, while the step is open
	bytes   int
}

// before is how one id stood before a step: the user's entry with that
// id (nil: none) and where it was in the file, and whether the id was
// hidden and where in the hidden list.
type before struct {
	id       string
	entry    *glossary.Entry
	at       int
	hidden   bool
	hiddenAt int
}

// change runs apply as one change described by desc: its own undo step,
// or a part of the Group around it.
func (ed *Editor) change(desc string, apply func()) {
	h := &ed.history
	if h.grouping {
		apply()
		return
	}
	h.open = &undoStep{desc: desc, seen: map[string]bool{}}
	apply()
	ed.closeStep()
}

// Group makes the changes fn makes one undo step, described by what fn
// returns (an import: "Imported 12 entries"). Nothing is recorded if fn
// changes nothing.
func (ed *Editor) Group(fn func() string) {
	h := &ed.history
	if h.grouping {
		fn()
		return
	}
	h.open = &undoStep{seen: map[string]bool{}}
	h.grouping = true
	defer func() {
		h.grouping = false
		ed.closeStep()
	}()
	h.open.desc = fn()
}

// remember notes how id stands now, the first time the open step
// touches it.
func (ed *Editor) remember(id string) {
	st := ed.history.open
	if st == nil || st.seen[id] {
		return
	}
	st.seen[id] = true
	b := before{id: id, at: -1, hiddenAt: -1}
	if i, ok := ed.at[id]; ok {
		b.entry, b.at = ed.user.Entries[i], i
	}
	if ed.hidden[id] {
		b.hidden, b.hiddenAt = true, slices.Index(ed.user.Hidden, id)
	}
	st.befores = append(st.befores, b)
	st.bytes += 64 + len(id) + entryBytes(b.entry)
}

// closeStep pushes the open step, if it changed anything, and forgets
// the oldest steps while the history is over its budget.
func (ed *Editor) closeStep() {
	h := &ed.history
	st := h.open
	h.open = nil
	if st == nil || len(st.befores) == 0 {
		return
	}
	st.seen = nil
	h.steps = append(h.steps, st)
	h.bytes += st.bytes
	drop := 0
	for h.bytes > undoBudget && drop < len(h.steps)-1 {
		h.bytes -= h.steps[drop].bytes
		h.steps[drop] = nil
		drop++
	}
	h.steps = h.steps[drop:]
}

// Undo undoes the last change, restoring the user's glossary exactly as
// it was, and says what it undid ("Added কিম জু এ").
func (ed *Editor) Undo() (string, bool) {
	h := &ed.history
	if len(h.steps) == 0 || h.grouping {
		return "", false
	}
	st := h.steps[len(h.steps)-1]
	h.steps[len(h.steps)-1] = nil
	h.steps = h.steps[:len(h.steps)-1]
	h.bytes -= st.bytes
	for _, b := range slices.Backward(st.befores) {
		ed.restore(b)
	}
	ed.g = nil
	return st.desc, true
}

// restore puts id back as b says it was.
func (ed *Editor) restore(b before) {
	i, mine := ed.at[b.id]
	switch {
	case mine && b.entry != nil && i == b.at:
		ed.user.Entries[i] = b.entry
	case mine:
		ed.removeAt(i)
		fallthrough
	default:
		if b.entry != nil {
			ed.insertAt(min(b.at, len(ed.user.Entries)), b.entry)
		}
	}
	ed.setHidden(b.id, b.hidden, b.hiddenAt)
	ed.refresh(b.id)
}

// CanUndo reports whether there is a change to undo.
func (ed *Editor) CanUndo() bool { return len(ed.history.steps) > 0 }

// NextUndo describes the change Undo would undo, for the menu.
func (ed *Editor) NextUndo() (string, bool) {
	if len(ed.history.steps) == 0 {
		return "", false
	}
	return ed.history.steps[len(ed.history.steps)-1].desc, true
}

// entryBytes estimates the memory an entry holds.
func entryBytes(e *glossary.Entry) int {
	if e == nil {
		return 0
	}
	n := 256 // the struct and slice headers
	for _, s := range []string{e.ID, string(e.Kind), e.Country, e.Native, e.Hanja, e.Roman, e.NoteEN, e.NoteBN, e.AsOf, e.Russian, e.Korean, e.DemonymEN} {
		n += len(s)
	}
	for _, l := range [][]string{e.Bengali, e.Short, e.English, e.DemonymBN} {
		for _, s := range l {
			n += 16 + len(s)
		}
	}
	return n
}
