package user

import (
	"fmt"
	"slices"
	"strings"

	"github.com/pathok/pathok/glossary"
	"github.com/pathok/pathok/glossary/bangla"
)

// check is Validate plus the checks that need the other entries.
func (ed *Editor) check(e *glossary.Entry) []glossary.Problem {
	return append(glossary.Validate(e), ed.clashProblems(e)...)
}

// clashProblems reports the forms of e that would clash, with no rule to
// settle it, with the forms of the other entries shown now. Clashes
// itself decides, over e and the few entries that share a form with it.
func (ed *Editor) clashProblems(e *glossary.Entry) []glossary.Problem {
	ix := ed.index()
	var others []*glossary.Entry
	for _, k := range entryKeys(e) {
		for _, id := range ix.byKey[k] {
			if id != e.ID && !slices.ContainsFunc(others, func(o *glossary.Entry) bool { return o.ID == id }) {
				others = append(others, ix.byID[id])
			}
		}
	}
	if len(others) == 0 {
		return nil
	}
	var ps []glossary.Problem
	for _, c := range glossary.Clashes(append([]*glossary.Entry{e}, others...)) {
		if c.Rule != "" || !slices.Contains(c.IDs, e.ID) {
			continue
		}
		var names []string
		for _, id := range c.IDs {
			if o := ix.byID[id]; id != e.ID && o != nil {
				names = append(names, fmt.Sprintf("%s (%s)", o.Headword(), id))
			}
		}
		if len(names) > 3 {
			names = append(names[:3], fmt.Sprintf("%d more", len(names)-3))
		}
		field, form, isDefault := glossary.FormOf(e, c.Form)
		msg := fmt.Sprintf("%q is already a form of %s", form, strings.Join(names, ", "))
		if field == "short" && isDefault {
			msg += `: it cannot be this entry's default reading (drop the "!")`
		}
		ps = append(ps, glossary.Problem{Field: field, Msg: msg})
	}
	slices.SortFunc(ps, func(a, b glossary.Problem) int { return strings.Compare(a.Msg, b.Msg) })
	return ps
}

// formIndex maps the form keys of the merged glossary to the ids that
// use them.
type formIndex struct {
	byKey map[string][]string
	byID  map[string]*glossary.Entry
}

func (ed *Editor) index() *formIndex {
	if ed.forms != nil {
		return ed.forms
	}
	if ed.builtinKeys == nil {
		ed.builtinKeys = make(map[*glossary.Entry][]string, len(ed.builtin))
		for _, e := range ed.builtin {
			ed.builtinKeys[e] = entryKeys(e)
		}
	}
	merged := ed.user.Over(ed.builtin)
	ix := &formIndex{byKey: make(map[string][]string, len(merged)*4), byID: make(map[string]*glossary.Entry, len(merged))}
	for _, e := range merged {
		keys, ok := ed.builtinKeys[e]
		if !ok {
			keys = entryKeys(e)
		}
		ix.add(e, keys)
	}
	ed.forms = ix
	return ix
}

// refresh brings the index up to date after the entry id changed.
func (ed *Editor) refresh(id string) {
	ed.g = nil
	if ed.forms == nil {
		return
	}
	ed.forms.remove(id)
	if e, ok := ed.current(id); ok {
		ed.forms.add(e, entryKeys(e))
	}
}

func (ix *formIndex) add(e *glossary.Entry, keys []string) {
	ix.byID[e.ID] = e
	for _, k := range keys {
		ix.byKey[k] = append(ix.byKey[k], e.ID)
	}
}

func (ix *formIndex) remove(id string) {
	e, ok := ix.byID[id]
	if !ok {
		return
	}
	delete(ix.byID, id)
	for _, k := range entryKeys(e) {
		ids := slices.DeleteFunc(ix.byKey[k], func(s string) bool { return s == id })
		if len(ids) == 0 {
			delete(ix.byKey, k)
		} else {
			ix.byKey[k] = ids
		}
	}
}

// entryKeys are the distinct keys of e's Bengali forms, as Clashes
// compares them.
func entryKeys(e *glossary.Entry) []string {
	var keys []string
	add := func(f string) {
		if k := bangla.Key(f); k != "" && !slices.Contains(keys, k) {
			keys = append(keys, k)
		}
	}
	for _, f := range e.Bengali {
		add(f)
	}
	for _, f := range e.DemonymBN {
		add(f)
	}
	for _, s := range e.Short {
		f, _ := glossary.ShortForm(s)
		add(f)
	}
	return keys
}
