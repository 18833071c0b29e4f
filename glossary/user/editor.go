package user

import (
	"errors"
	"fmt"
	"slices"

	"github.com/pathok/pathok/glossary"
)

// Editor holds the user's glossary over the built-in one, with undo.
//
// Entries stored in the editor are never changed: an edit replaces the
// entry, so a Glossary handed out earlier stays as it was. The built-in
// entries are never touched; an edit of one is an override in the user's
// file. An Editor is not safe for concurrent use (the UI keeps it on one
// goroutine), but the Glossary and the File copy it returns may go
// anywhere.
//
// Every lookup by id goes through maps, so that importing n entries
// takes time in proportion to n.
type Editor struct {
	builtin   []*glossary.Entry
	builtinID map[string]*glossary.Entry
	user      *File
	// at is the index in user.Entries of each of the user's entries;
	// hidden holds user.Hidden as a set.
	at     map[string]int
	hidden map[string]bool

	history history

	g     *glossary.Glossary // the merged glossary, nil after a change
	forms *formIndex         // for the duplicate-form check, built on demand
	// builtinKeys caches the form keys of the built-in entries, which
	// never change, so that rebuilding the index after Undo is cheap.
	builtinKeys map[*glossary.Entry][]string
}

// NewEditor starts editing user (a copy of it) over builtin. user may be
// nil: the reader has no glossary of their own yet.
func NewEditor(builtin []*glossary.Entry, user *File) *Editor {
	ed := &Editor{builtin: builtin, builtinID: make(map[string]*glossary.Entry, len(builtin))}
	for _, e := range builtin {
		ed.builtinID[e.ID] = e
	}
	if user == nil {
		user = &File{}
	}
	ed.setUser(user.Clone())
	return ed
}

// setUser makes u the user's glossary and indexes it.
func (ed *Editor) setUser(u *File) {
	u.Version = FormatVersion
	for _, e := range u.Entries {
		e.Origin = "user"
	}
	ed.user = u
	ed.at = make(map[string]int, len(u.Entries))
	for i, e := range u.Entries {
		ed.at[e.ID] = i
	}
	ed.hidden = set(u.Hidden)
	ed.g, ed.forms = nil, nil
}

// Glossary is the merged, indexed glossary, built again only after a
// change.
func (ed *Editor) Glossary() (*glossary.Glossary, error) {
	if ed.g == nil {
		g, err := glossary.New(ed.user.Over(ed.builtin))
		if err != nil {
			return nil, err
		}
		ed.g = g
	}
	return ed.g, nil
}

// User is a copy of the user's glossary as it stands: what to save.
func (ed *Editor) User() *File { return ed.user.Clone() }

// Rebase takes in the changes another program saved to the file since
// the editor's state was base: the file is now theirs. The editor's own
// changes since base stay on top (see Rebase), and its undo history
// still undoes them. It reports how many entries and hidden ids came
// from theirs.
func (ed *Editor) Rebase(base, theirs *File) int {
	merged, taken, _ := Rebase(base, ed.user, theirs)
	if taken > 0 {
		ed.setUser(merged.Clone())
	}
	return taken
}

// Add adds a new user entry (a copy of e). An empty id is made from the
// headword ("user-kim-ju-ae") and set in e, so that the caller can find
// the entry. Problems (an invalid field, an empty headword, a Bengali
// form another entry already uses, an id already taken) mean nothing
// changed; the error is for a nil entry.
func (ed *Editor) Add(e *glossary.Entry) ([]glossary.Problem, error) {
	if e == nil {
		return nil, errors.New("no entry to add")
	}
	c := tidy(e)
	if c.ID == "" {
		c.ID = ed.newID(c)
	} else if ed.idTaken(c.ID) {
		return []glossary.Problem{{Field: "id", Msg: fmt.Sprintf("%q is already the id of another entry", c.ID)}}, nil
	}
	if ps := ed.check(c); len(ps) > 0 {
		return ps, nil
	}
	ed.change("Added "+c.Headword(), func() { ed.put(c) })
	e.ID = c.ID
	return nil, nil
}

// Update replaces the entry with e's id: the user's own entry, or a
// built-in one, which is then overridden (the built-in stays underneath,
// and Delete brings it back). An edit that makes an override equal to
// its built-in entry drops the override.
func (ed *Editor) Update(e *glossary.Entry) ([]glossary.Problem, error) {
	if e == nil {
		return nil, errors.New("no entry to update")
	}
	e = tidy(e)
	cur, ok := ed.current(e.ID)
	switch {
	case !ok && ed.IsHidden(e.ID):
		return nil, fmt.Errorf("entry %q is hidden: show it again before editing it", e.ID)
	case !ok:
		return nil, fmt.Errorf("no entry has the id %q", e.ID)
	}
	if ps := ed.check(e); len(ps) > 0 {
		return ps, nil
	}
	if sameEntry(cur, e) {
		return nil, nil
	}
	ed.change("Edited "+cur.Headword(), func() {
		if b := ed.builtinID[e.ID]; b != nil && sameEntry(b, e) {
			ed.drop(e.ID)
		} else {
			ed.put(e)
		}
	})
	return nil, nil
}

// Delete removes the user's entry with id; for an overridden built-in
// entry that removes the override and the built-in entry comes back.
// A built-in entry itself cannot be deleted, only hidden.
func (ed *Editor) Delete(id string) error {
	i, mine := ed.at[id]
	b := ed.builtinID[id]
	switch {
	case !mine && b != nil:
		return fmt.Errorf("%s is in the built-in glossary: hide it instead of deleting it", b.Headword())
	case !mine:
		return fmt.Errorf("no entry of yours has the id %q", id)
	}
	desc := "Deleted " + ed.user.Entries[i].Headword()
	if b != nil {
		if !ed.IsHidden(id) {
			if ps := ed.clashProblems(b); len(ps) > 0 {
				return fmt.Errorf("cannot bring back the built-in %s: %s", b.Headword(), ps[0].Msg)
			}
		}
		desc = "Restored the built-in " + b.Headword()
	}
	ed.change(desc, func() { ed.drop(id) })
	return nil
}

// Hide stops a built-in entry from matching; the reader's own entries
// are deleted instead.
func (ed *Editor) Hide(id string) error {
	if ed.builtinID[id] == nil {
		if _, mine := ed.at[id]; mine {
			return errors.New("only built-in entries can be hidden: delete your own entry instead")
		}
		return fmt.Errorf("no built-in entry has the id %q", id)
	}
	cur, shown := ed.current(id)
	if !shown {
		return nil
	}
	ed.change("Hid "+cur.Headword(), func() { ed.setHidden(id, true, len(ed.user.Hidden)) })
	return nil
}

// Unhide brings a hidden entry back, unless one of its forms is now the
// reader's own.
func (ed *Editor) Unhide(id string) error {
	if !ed.hidden[id] {
		if _, mine := ed.at[id]; ed.builtinID[id] == nil && !mine {
			return fmt.Errorf("no entry has the id %q", id)
		}
		return nil
	}
	back := ed.builtinID[id]
	if i, mine := ed.at[id]; mine {
		back = ed.user.Entries[i]
	}
	desc := "Showed " + id
	if back != nil {
		if ps := ed.clashProblems(back); len(ps) > 0 {
			return fmt.Errorf("cannot show %s again: %s", back.Headword(), ps[0].Msg)
		}
		desc = "Showed " + back.Headword()
	}
	ed.change(desc, func() { ed.setHidden(id, false, 0) })
	return nil
}

// IsBuiltin reports whether id is the id of a built-in entry.
func (ed *Editor) IsBuiltin(id string) bool { return ed.builtinID[id] != nil }

// IsOverridden reports whether the built-in entry id has the reader's
// version over it.
func (ed *Editor) IsOverridden(id string) bool {
	_, mine := ed.at[id]
	return ed.builtinID[id] != nil && mine
}

// IsHidden reports whether id is hidden.
func (ed *Editor) IsHidden(id string) bool { return ed.hidden[id] }

// current is the entry id stands for in the merged glossary.
func (ed *Editor) current(id string) (*glossary.Entry, bool) {
	if ed.hidden[id] {
		return nil, false
	}
	if i, mine := ed.at[id]; mine {
		return ed.user.Entries[i], true
	}
	e, ok := ed.builtinID[id]
	return e, ok
}

// idTaken reports whether id names any entry, shown or hidden.
func (ed *Editor) idTaken(id string) bool {
	_, mine := ed.at[id]
	return ed.builtinID[id] != nil || mine || ed.hidden[id]
}

// put stores e as the user's entry with its id: in place of the one
// there, or last.
func (ed *Editor) put(e *glossary.Entry) {
	ed.remember(e.ID)
	if i, ok := ed.at[e.ID]; ok {
		ed.user.Entries[i] = e
	} else {
		ed.insertAt(len(ed.user.Entries), e)
	}
	ed.refresh(e.ID)
}

// drop removes the user's entry id, if there is one.
func (ed *Editor) drop(id string) {
	ed.remember(id)
	if i, ok := ed.at[id]; ok {
		ed.removeAt(i)
	}
	ed.refresh(id)
}

func (ed *Editor) insertAt(i int, e *glossary.Entry) {
	ed.user.Entries = slices.Insert(ed.user.Entries, i, e)
	for j := i; j < len(ed.user.Entries); j++ {
		ed.at[ed.user.Entries[j].ID] = j
	}
}

func (ed *Editor) removeAt(i int) {
	delete(ed.at, ed.user.Entries[i].ID)
	ed.user.Entries = slices.Delete(ed.user.Entries, i, i+1)
	for j := i; j < len(ed.user.Entries); j++ {
		ed.at[ed.user.Entries[j].ID] = j
	}
	if len(ed.user.Entries) == 0 {
		ed.user.Entries = nil // as a file without entries reads
	}
}

// setHidden hides id (at index i of the list) or shows it.
func (ed *Editor) setHidden(id string, hide bool, i int) {
	if ed.hidden[id] == hide {
		return
	}
	ed.remember(id)
	if hide {
		ed.user.Hidden = slices.Insert(ed.user.Hidden, min(i, len(ed.user.Hidden)), id)
		ed.hidden[id] = true
	} else {
		ed.user.Hidden = slices.DeleteFunc(ed.user.Hidden, func(h string) bool { return h == id })
		delete(ed.hidden, id)
		if len(ed.user.Hidden) == 0 {
			ed.user.Hidden = nil
		}
	}
	ed.refresh(id)
}
