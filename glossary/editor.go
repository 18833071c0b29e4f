package glossary

import (
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/pathok/pathok/glossary/bangla"
)

// Editor holds the user's glossary over the built-in one, with undo.
//
// Entries stored in the editor are never changed: an edit replaces the
// entry, so a Glossary handed out earlier stays as it was. The built-in
// entries are never touched; an edit of one is an override in the user's
// file. An Editor is not safe for concurrent use (the UI keeps it on one
// goroutine), but the Glossary and the UserFile copy it returns may go
// anywhere.
type Editor struct {
	builtin   []*Entry
	builtinID map[string]*Entry
	user      *UserFile
	undo      []undoStep

	// grouping is set inside Group, whose changes make one undo step.
	grouping, groupChanged bool

	g     *Glossary  // the merged glossary, nil after a change
	forms *formIndex // for the duplicate-form check, built on demand
	// builtinKeys caches the form keys of the built-in entries, which
	// never change, so that rebuilding the index after Undo is cheap.
	builtinKeys map[*Entry][]string
}

type undoStep struct {
	desc   string
	before *UserFile
}

// maxUndo bounds the undo history; each step holds a copy of the user's
// file, which is small.
const maxUndo = 100

// NewEditor starts editing user (a copy of it) over builtin. user may be
// nil: the reader has no glossary of their own yet.
func NewEditor(builtin []*Entry, user *UserFile) *Editor {
	ed := &Editor{builtin: builtin, builtinID: make(map[string]*Entry, len(builtin))}
	for _, e := range builtin {
		ed.builtinID[e.ID] = e
	}
	if user == nil {
		user = &UserFile{}
	}
	ed.user = user.Clone()
	ed.user.Version = FormatVersion
	for _, e := range ed.user.Entries {
		e.Origin = "user"
	}
	return ed
}

// Clone returns a deep copy.
func (u *UserFile) Clone() *UserFile {
	c := &UserFile{Version: u.Version, Hidden: slices.Clone(u.Hidden)}
	if u.Entries != nil {
		c.Entries = make([]*Entry, len(u.Entries))
		for i, e := range u.Entries {
			c.Entries[i] = e.Clone()
		}
	}
	return c
}

// Glossary is the merged, indexed glossary, built again only after a
// change.
func (ed *Editor) Glossary() (*Glossary, error) {
	if ed.g == nil {
		g, err := New(ed.user.Over(ed.builtin))
		if err != nil {
			return nil, err
		}
		ed.g = g
	}
	return ed.g, nil
}

// User is a copy of the user's glossary as it stands: what to save.
func (ed *Editor) User() *UserFile { return ed.user.Clone() }

// Add adds a new user entry (a copy of e). An empty id is made from the
// headword ("user-kim-ju-ae") and set in e, so that the caller can find
// the entry. Problems (an invalid field, an empty headword, a Bengali
// form another entry already uses, an id already taken) mean nothing
// changed; the error is for a nil entry.
func (ed *Editor) Add(e *Entry) ([]Problem, error) {
	if e == nil {
		return nil, errors.New("no entry to add")
	}
	c := tidy(e)
	if c.ID == "" {
		c.ID = ed.newID(c)
	} else if ed.idTaken(c.ID) {
		return []Problem{{"id", fmt.Sprintf("%q is already the id of another entry", c.ID)}}, nil
	}
	if ps := ed.check(c); len(ps) > 0 {
		return ps, nil
	}
	ed.record("Added " + c.Headword())
	ed.user.Entries = append(ed.user.Entries, c)
	ed.refresh(c.ID)
	e.ID = c.ID
	return nil, nil
}

// Update replaces the entry with e's id: the user's own entry, or a
// built-in one, which is then overridden (the built-in stays underneath,
// and Delete brings it back). An edit that makes an override equal to
// its built-in entry drops the override.
func (ed *Editor) Update(e *Entry) ([]Problem, error) {
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
	ed.record("Edited " + cur.Headword())
	i := ed.userIndex(e.ID)
	b := ed.builtinID[e.ID]
	switch {
	case b != nil && sameEntry(b, e):
		if i >= 0 {
			ed.user.Entries = slices.Delete(ed.user.Entries, i, i+1)
		}
	case i >= 0:
		ed.user.Entries[i] = e
	default:
		ed.user.Entries = append(ed.user.Entries, e)
	}
	ed.refresh(e.ID)
	return nil, nil
}

// Delete removes the user's entry with id; for an overridden built-in
// entry that removes the override and the built-in entry comes back.
// A built-in entry itself cannot be deleted, only hidden.
func (ed *Editor) Delete(id string) error {
	i := ed.userIndex(id)
	b := ed.builtinID[id]
	switch {
	case i < 0 && b != nil:
		return fmt.Errorf("%s is in the built-in glossary: hide it instead of deleting it", b.Headword())
	case i < 0:
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
	ed.record(desc)
	ed.user.Entries = slices.Delete(ed.user.Entries, i, i+1)
	ed.refresh(id)
	return nil
}

// Hide stops a built-in entry from matching; the reader's own entries
// are deleted instead.
func (ed *Editor) Hide(id string) error {
	if ed.builtinID[id] == nil {
		if ed.userIndex(id) >= 0 {
			return errors.New("only built-in entries can be hidden: delete your own entry instead")
		}
		return fmt.Errorf("no built-in entry has the id %q", id)
	}
	cur, shown := ed.current(id)
	if !shown {
		return nil
	}
	ed.record("Hid " + cur.Headword())
	ed.user.Hidden = append(ed.user.Hidden, id)
	ed.refresh(id)
	return nil
}

// Unhide brings a hidden entry back, unless one of its forms is now the
// reader's own.
func (ed *Editor) Unhide(id string) error {
	i := slices.Index(ed.user.Hidden, id)
	if i < 0 {
		if ed.builtinID[id] == nil && ed.userIndex(id) < 0 {
			return fmt.Errorf("no entry has the id %q", id)
		}
		return nil
	}
	back := ed.builtinID[id]
	if j := ed.userIndex(id); j >= 0 {
		back = ed.user.Entries[j]
	}
	desc := "Showed " + id
	if back != nil {
		if ps := ed.clashProblems(back); len(ps) > 0 {
			return fmt.Errorf("cannot show %s again: %s", back.Headword(), ps[0].Msg)
		}
		desc = "Showed " + back.Headword()
	}
	ed.record(desc)
	ed.user.Hidden = slices.Delete(ed.user.Hidden, i, i+1)
	ed.refresh(id)
	return nil
}

// Undo undoes the last change, restoring the user's glossary exactly as
// it was, and says what it undid ("Added কিম জু এ").
func (ed *Editor) Undo() (string, bool) {
	if len(ed.undo) == 0 || ed.grouping {
		return "", false
	}
	st := ed.undo[len(ed.undo)-1]
	ed.undo[len(ed.undo)-1] = undoStep{}
	ed.undo = ed.undo[:len(ed.undo)-1]
	ed.user = st.before
	ed.g, ed.forms = nil, nil
	return st.desc, true
}

// CanUndo reports whether there is a change to undo.
func (ed *Editor) CanUndo() bool { return len(ed.undo) > 0 }

// NextUndo describes the change Undo would undo, for the menu.
func (ed *Editor) NextUndo() (string, bool) {
	if len(ed.undo) == 0 {
		return "", false
	}
	return ed.undo[len(ed.undo)-1].desc, true
}

// Group makes the changes fn makes one undo step, described by what fn
// returns (an import: "Imported 12 entries"). Nothing is recorded if fn
// changes nothing.
func (ed *Editor) Group(fn func() string) {
	if ed.grouping {
		fn()
		return
	}
	before := ed.user.Clone()
	ed.grouping, ed.groupChanged = true, false
	desc := ""
	defer func() {
		ed.grouping = false
		if ed.groupChanged {
			ed.push(undoStep{desc, before})
		}
	}()
	desc = fn()
}

// IsBuiltin reports whether id is the id of a built-in entry.
func (ed *Editor) IsBuiltin(id string) bool { return ed.builtinID[id] != nil }

// IsOverridden reports whether the built-in entry id has the reader's
// version over it.
func (ed *Editor) IsOverridden(id string) bool {
	return ed.builtinID[id] != nil && ed.userIndex(id) >= 0
}

// IsHidden reports whether id is hidden.
func (ed *Editor) IsHidden(id string) bool { return slices.Contains(ed.user.Hidden, id) }

// Suggest prefills an entry for a name the glossary lacks, from its span:
// the base form (without the case ending) as the headword, the form as
// written too when it is more than base and ending, the romanised reading
// as the English headword, the kind the text suggests (other when it
// says nothing) and ZZ for the country, which only the reader knows.
func Suggest(s Span) *Entry {
	base := strings.TrimSpace(s.Base)
	text := strings.TrimSpace(s.Text)
	if base == "" {
		base = text
	}
	e := &Entry{Kind: Other, Country: "ZZ", Origin: "user"}
	if base != "" {
		e.Bengali = []string{base}
	}
	if text != "" && text != base && !isBasePlusEnding(text, base, s.Suffix) {
		e.Bengali = append(e.Bengali, text)
	}
	gloss := strings.TrimSpace(s.Gloss)
	if gloss == "" {
		gloss = bangla.Romanize(base)
	}
	if gloss != "" {
		e.English = []string{gloss}
	}
	if k := Kind(s.Kind); k.Valid() {
		e.Kind = k
	}
	return e
}

func isBasePlusEnding(text, base, suffix string) bool {
	rest, ok := strings.CutPrefix(text, base)
	if !ok {
		return false
	}
	return rest == suffix || bangla.LookupSuffix([]rune(bangla.NormalizeString(rest))) != nil
}

// record notes the state before a change: an undo step, or inside Group
// only that something changed. Every change calls it after its checks
// pass and before it touches ed.user.
func (ed *Editor) record(desc string) {
	ed.g = nil
	if ed.grouping {
		ed.groupChanged = true
		return
	}
	ed.push(undoStep{desc, ed.user.Clone()})
}

func (ed *Editor) push(st undoStep) {
	if len(ed.undo) == maxUndo {
		ed.undo[0] = undoStep{}
		ed.undo = ed.undo[1:]
	}
	ed.undo = append(ed.undo, st)
}

// current is the entry id stands for in the merged glossary.
func (ed *Editor) current(id string) (*Entry, bool) {
	if ed.IsHidden(id) {
		return nil, false
	}
	if i := ed.userIndex(id); i >= 0 {
		return ed.user.Entries[i], true
	}
	e, ok := ed.builtinID[id]
	return e, ok
}

func (ed *Editor) userIndex(id string) int {
	return slices.IndexFunc(ed.user.Entries, func(e *Entry) bool { return e.ID == id })
}

// idTaken reports whether id names any entry, shown or hidden.
func (ed *Editor) idTaken(id string) bool {
	return ed.builtinID[id] != nil || ed.userIndex(id) >= 0 || ed.IsHidden(id)
}

// newID makes an id from the English headword, or from the romanised
// Bengali one: user-kim-ju-ae, user-kim-ju-ae-2, …
func (ed *Editor) newID(e *Entry) string {
	slug := slugify(e.EnglishHeadword())
	if slug == "" {
		slug = slugify(bangla.Romanize(e.Headword()))
	}
	if slug == "" {
		slug = "name"
	}
	base := "user-" + slug
	id := base
	for n := 2; ed.idTaken(id); n++ {
		id = fmt.Sprintf("%s-%d", base, n)
	}
	return id
}

// slugify keeps ASCII letters and digits (accents dropped: Chŏng → chong)
// and joins the words with single hyphens.
func slugify(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			if b.Len() >= 40 {
				return strings.TrimSuffix(b.String(), "-")
			}
			b.WriteRune(r)
		case unicode.Is(unicode.Mn, r):
		case b.Len() > 0 && !strings.HasSuffix(b.String(), "-"):
			b.WriteByte('-')
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

// tidy copies e with spaces trimmed, empty list items dropped, and the
// country in capitals (ZZ when empty), as the reader means it.
func tidy(e *Entry) *Entry {
	c := e.Clone()
	trim := func(s *string) { *s = strings.TrimSpace(*s) }
	list := func(l *[]string) {
		out := (*l)[:0]
		for _, s := range *l {
			if s = strings.TrimSpace(s); s != "" {
				out = append(out, s)
			}
		}
		if len(out) == 0 {
			out = nil
		}
		*l = out
	}
	for _, s := range []*string{&c.ID, &c.Country, &c.Native, &c.Hanja, &c.Roman, &c.NoteEN, &c.NoteBN, &c.AsOf, &c.Russian, &c.Korean, &c.DemonymEN} {
		trim(s)
	}
	for _, l := range []*[]string{&c.Bengali, &c.Short, &c.English, &c.DemonymBN} {
		list(l)
	}
	c.Kind = Kind(strings.ToLower(strings.TrimSpace(string(c.Kind))))
	c.Country = strings.ToUpper(c.Country)
	if c.Country == "" {
		c.Country = "ZZ"
	}
	c.Origin = "user"
	return c
}

func sameEntry(a, b *Entry) bool {
	a, b = a.Clone(), b.Clone()
	a.Origin, b.Origin = "", ""
	return reflect.DeepEqual(a, b)
}

// check is Validate plus the checks that need the other entries.
func (ed *Editor) check(e *Entry) []Problem {
	return append(Validate(e), ed.clashProblems(e)...)
}

// clashProblems reports the forms of e that would clash, with no rule to
// settle it, with the forms of the other entries shown now. Clashes
// itself decides, over e and the few entries that share a form with it.
func (ed *Editor) clashProblems(e *Entry) []Problem {
	ix := ed.index()
	var others []*Entry
	for _, k := range entryKeys(e) {
		for _, id := range ix.byKey[k] {
			if id != e.ID && !slices.ContainsFunc(others, func(o *Entry) bool { return o.ID == id }) {
				others = append(others, ix.byID[id])
			}
		}
	}
	if len(others) == 0 {
		return nil
	}
	var ps []Problem
	for _, c := range Clashes(append([]*Entry{e}, others...)) {
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
		field, form, isDefault := FormOf(e, c.Form)
		msg := fmt.Sprintf("%q is already a form of %s", form, strings.Join(names, ", "))
		if field == "short" && isDefault {
			msg += `: it cannot be this entry's default reading (drop the "!")`
		}
		ps = append(ps, Problem{field, msg})
	}
	slices.SortFunc(ps, func(a, b Problem) int { return strings.Compare(a.Msg, b.Msg) })
	return ps
}

// FormOf finds the Bengali form of e whose bangla.Key is key (as Clashes
// reports it), and the field it is in; a short form comes without its "!".
func FormOf(e *Entry, key string) (field, form string, isDefault bool) {
	for _, f := range e.Bengali {
		if bangla.Key(f) == key {
			return "bengali", f, false
		}
	}
	for _, f := range e.DemonymBN {
		if bangla.Key(f) == key {
			return "demonym_bn", f, false
		}
	}
	for _, s := range e.Short {
		if f, def := ShortForm(s); bangla.Key(f) == key {
			return "short", f, def
		}
	}
	return "bengali", key, false
}

// formIndex maps the form keys of the merged glossary to the ids that
// use them.
type formIndex struct {
	byKey map[string][]string
	byID  map[string]*Entry
}

func (ed *Editor) index() *formIndex {
	if ed.forms != nil {
		return ed.forms
	}
	if ed.builtinKeys == nil {
		ed.builtinKeys = make(map[*Entry][]string, len(ed.builtin))
		for _, e := range ed.builtin {
			ed.builtinKeys[e] = entryKeys(e)
		}
	}
	merged := ed.user.Over(ed.builtin)
	ix := &formIndex{byKey: make(map[string][]string, len(merged)*4), byID: make(map[string]*Entry, len(merged))}
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

func (ix *formIndex) add(e *Entry, keys []string) {
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
func entryKeys(e *Entry) []string {
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
		f, _ := ShortForm(s)
		add(f)
	}
	return keys
}
