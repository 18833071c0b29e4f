package exchange

import (
	"fmt"
	"slices"
	"strings"

	"github.com/pathok/pathok/glossary"
	"github.com/pathok/pathok/glossary/bangla"
	"github.com/pathok/pathok/glossary/user"
)

// Report says what Merge did.
type Report struct {
	Added, Merged int
	// Unchanged counts entries the glossary already had, every form.
	Unchanged int
	// Rejected holds the batch's own rejections, then the entries that
	// conflict with the glossary.
	Rejected []Rejection
}

// Merge lays b over the editor's glossary as one undo step. An entry
// that shares its English headword, a Bengali form or its id with an
// entry already there is merged into that entry: its new forms are
// added and the fields the entry lacks filled in (what the glossary has
// wins), as the reader's override of a built-in entry. One that matches
// two entries, or disagrees on kind, country or native form, is rejected
// with the reason; the rest are added as new entries.
func Merge(ed *user.Editor, b *Batch) Report {
	rep := Report{Rejected: slices.Clone(b.Rejected)}
	if len(b.Entries) == 0 {
		return rep
	}
	reject := func(x *glossary.Entry, reason string) {
		r, ok := b.acceptedRows[x]
		if !ok {
			r.Text = describe(x)
		}
		r.Reason = reason
		rep.Rejected = append(rep.Rejected, r)
	}
	g, err := ed.Glossary()
	if err != nil {
		for _, x := range b.Entries {
			reject(x, "the glossary cannot be built: "+err.Error())
		}
		return rep
	}
	ix := newMatchIndex(g.Entries())
	// applied reports whether an editor change went through, and rejects
	// x with the editor's reason when it did not.
	applied := func(x *glossary.Entry, ps []glossary.Problem, err error) bool {
		switch {
		case err != nil:
			reject(x, err.Error())
		case len(ps) > 0:
			reject(x, joinProblems(ps))
		default:
			return true
		}
		return false
	}
	ed.Group(func() string {
		for _, x := range b.Entries {
			ids := ix.candidates(x)
			switch len(ids) {
			case 0:
				y := x.Clone()
				if y.ID != "" && (!strings.HasPrefix(y.ID, "user-") || ed.IsBuiltin(y.ID) || ed.IsHidden(y.ID)) {
					y.ID = "" // the built-in namespace is not a termbase's to use
				}
				if ps, err := ed.Add(y); applied(x, ps, err) {
					ix.add(y)
					rep.Added++
				}
			case 1:
				m := ix.byID[ids[0]]
				if why := conflict(m, x); why != "" {
					reject(x, why)
					continue
				}
				y := mergeInto(m, x)
				if sameForms(m, y) {
					rep.Unchanged++
					continue
				}
				if ps, err := ed.Update(y); applied(x, ps, err) {
					ix.remove(m)
					ix.add(y)
					rep.Merged++
				}
			default:
				var names []string
				for _, id := range ids {
					names = append(names, fmt.Sprintf("%s (%s)", ix.byID[id].Headword(), id))
				}
				reject(x, "its names belong to different entries: "+strings.Join(names, ", "))
			}
		}
		return fmt.Sprintf("Imported %d entries (%d new, %d merged)", rep.Added+rep.Merged, rep.Added, rep.Merged)
	})
	return rep
}

// conflict says why x cannot be the same name as m, or "". Other and ZZ
// are what formats that lack a kind or a country give, so they agree
// with anything.
func conflict(m, x *glossary.Entry) string {
	name := fmt.Sprintf("%s (%s)", m.Headword(), m.ID)
	switch {
	case x.Kind != glossary.Other && x.Kind != m.Kind:
		return fmt.Sprintf("it is a %s here, but %s is a %s", x.Kind, name, m.Kind)
	case x.Country != "ZZ" && x.Country != m.Country:
		return fmt.Sprintf("its country is %s here, but %s is from %s", x.Country, name, m.Country)
	case x.Native != "" && m.Native != "" && x.Native != m.Native:
		return fmt.Sprintf("its native form is %s here, but %s has %s", x.Native, name, m.Native)
	}
	return ""
}

// mergeInto is m with x's forms added and m's empty fields filled.
func mergeInto(m, x *glossary.Entry) *glossary.Entry {
	y := m.Clone()
	y.Bengali = addForms(y.Bengali, x.Bengali, bangla.Key)
	y.English = addForms(y.English, x.English, englishKey)
	y.DemonymBN = addForms(y.DemonymBN, x.DemonymBN, bangla.Key)
	y.Short = addForms(y.Short, x.Short, func(s string) string {
		f, _ := glossary.ShortForm(s)
		return bangla.Key(f)
	})
	for _, f := range []struct {
		have *string
		v    string
	}{
		{&y.Native, x.Native}, {&y.Hanja, x.Hanja}, {&y.Roman, x.Roman}, {&y.NoteEN, x.NoteEN}, {&y.NoteBN, x.NoteBN},
		{&y.AsOf, x.AsOf}, {&y.Russian, x.Russian}, {&y.Korean, x.Korean}, {&y.DemonymEN, x.DemonymEN},
	} {
		if *f.have == "" {
			*f.have = f.v
		}
	}
	return y
}

func addForms(have, more []string, key func(string) string) []string {
	for _, f := range more {
		k := key(f)
		if !slices.ContainsFunc(have, func(h string) bool { return key(h) == k }) {
			have = append(have, f)
		}
	}
	return have
}

func sameForms(a, b *glossary.Entry) bool {
	return slices.Equal(a.Row(), b.Row())
}

// englishKey compares English names without case or hyphens: Kim Jong-un
// is Kim Jong Un.
func englishKey(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(strings.ReplaceAll(s, "-", " "))), " ")
}

// matchIndex finds the entries an incoming one may be; Merge keeps it up
// to date as it adds, so a file that names one person twice merges the
// second into the first.
type matchIndex struct {
	byID             map[string]*glossary.Entry
	english, bengali map[string][]string
}

func newMatchIndex(entries []*glossary.Entry) *matchIndex {
	ix := &matchIndex{byID: map[string]*glossary.Entry{}, english: map[string][]string{}, bengali: map[string][]string{}}
	for _, e := range entries {
		ix.add(e)
	}
	return ix
}

func (ix *matchIndex) keys(e *glossary.Entry) (english, bengali []string) {
	for _, f := range e.English {
		english = append(english, englishKey(f))
	}
	for _, f := range slices.Concat(e.Bengali, e.DemonymBN) {
		bengali = append(bengali, bangla.Key(f))
	}
	return english, bengali
}

func (ix *matchIndex) add(e *glossary.Entry) {
	ix.byID[e.ID] = e
	en, bn := ix.keys(e)
	for _, k := range en {
		ix.english[k] = appendNew(ix.english[k], e.ID)
	}
	for _, k := range bn {
		ix.bengali[k] = appendNew(ix.bengali[k], e.ID)
	}
}

func (ix *matchIndex) remove(e *glossary.Entry) {
	delete(ix.byID, e.ID)
	drop := func(m map[string][]string, keys []string) {
		for _, k := range keys {
			m[k] = slices.DeleteFunc(m[k], func(id string) bool { return id == e.ID })
		}
	}
	en, bn := ix.keys(e)
	drop(ix.english, en)
	drop(ix.bengali, bn)
}

// candidates are the ids of the entries x may be: by id, English headword
// or any Bengali form.
func (ix *matchIndex) candidates(x *glossary.Entry) []string {
	var ids []string
	if _, ok := ix.byID[x.ID]; ok && x.ID != "" {
		ids = append(ids, x.ID)
	}
	for _, id := range ix.english[englishKey(x.EnglishHeadword())] {
		ids = appendNew(ids, id)
	}
	for _, f := range x.Bengali {
		for _, id := range ix.bengali[bangla.Key(f)] {
			ids = appendNew(ids, id)
		}
	}
	return ids
}

func appendNew(l []string, s string) []string {
	if slices.Contains(l, s) {
		return l
	}
	return append(l, s)
}
