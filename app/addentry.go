package app

import (
	"strings"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/pathok/pathok/glossary"
)

var entryKinds = glossary.Kinds

// kindChoices are the labels of entryKinds in the form's Kind select
// ("other" rather than the cards' "name": beside person and place,
// every choice names something).
var kindChoices = func() []string {
	var out []string
	for _, k := range entryKinds {
		if k == glossary.Other {
			out = append(out, "other")
		} else {
			out = append(out, kindName(string(k)))
		}
	}
	return out
}()

// entryForm is the dialog that adds an entry to the user's glossary or
// changes one: every field of the built-in glossary's entries, with the
// editor's objections shown under the field they concern. It stays open
// until the entry is valid or the user gives up.
type entryForm struct {
	s *mainScreen
	// orig is the entry being changed; nil for a new one.
	orig *glossary.Entry
	// base holds what the form does not show (Russian and Korean names,
	// demonyms, as-of year), kept as it was.
	base *glossary.Entry

	intro       *widget.Label
	bengali     *dialogEntry
	short       *dialogEntry
	english     *dialogEntry
	native      *dialogEntry
	hanja       *dialogEntry
	roman       *dialogEntry
	kind        *widget.Select
	country     *dialogEntry
	countryName *widget.Label
	noteEN      *dialogEntry
	noteBN      *dialogEntry
	// problems holds the message under each field, by the editor's
	// Problem.Field names; general takes problems of fields not shown.
	problems map[string]*widget.Label
	general  *widget.Label
	save     *widget.Button
	cancel   *widget.Button
	dlg      *modal
}

// newEntryForm builds a form filled from e; orig is the entry it
// changes, or nil to add e as a new one.
func newEntryForm(s *mainScreen, e, orig *glossary.Entry) *entryForm {
	f := &entryForm{s: s, orig: orig, base: e.Clone(), problems: map[string]*widget.Label{}}
	f.build()
	f.fill(e)
	return f
}

func (f *entryForm) build() {
	line := func(placeholder string) *dialogEntry {
		e := newDialogEntry()
		e.SetPlaceHolder(placeholder)
		e.OnSubmitted = func(string) { f.onSave() }
		return e
	}
	lines := func(placeholder string, rows int) *dialogEntry {
		e := newDialogMultiLineEntry()
		e.SetPlaceHolder(placeholder)
		e.SetMinRowsVisible(rows)
		return e
	}
	f.intro = widget.NewLabel("")
	f.intro.Wrapping = fyne.TextWrapWord
	f.bengali = lines("One form per line, or separated by |; the first is the headword", 2)
	f.short = line("A surname alone, | between several; end one with ! for the default reading")
	f.english = lines("One per line, or separated by |; the first is the gloss", 2)
	f.native = line("Кириллица or 한글, as the person writes it")
	f.hanja = line("漢字, for Korean names")
	f.roman = line("The original's romanisation, if it differs from the English")
	f.kind = widget.NewSelect(kindChoices, nil)
	f.country = line("RU, KP…")
	// The country's name as the code is typed, or what to type.
	f.countryName = widget.NewLabel("")
	f.countryName.Importance = widget.LowImportance
	f.country.OnChanged = func(string) {
		f.clearProblem("country")
		f.showCountry()
	}
	f.noteEN = lines("Who or what it is, in one line", 1)
	f.noteBN = lines("একই কথা বাংলায় (optional)", 1)
	f.general = problemLabel()

	for field, w := range map[string]*dialogEntry{
		"bengali": f.bengali, "short": f.short, "english": f.english, "native": f.native,
		"hanja": f.hanja, "roman": f.roman, "note_en": f.noteEN, "note_bn": f.noteBN,
	} {
		f.problems[field] = problemLabel()
		w.OnChanged = func(string) { f.clearProblem(field) }
	}
	f.problems["kind"] = problemLabel()
	f.problems["country"] = problemLabel()
	f.kind.OnChanged = func(string) { f.clearProblem("kind") }

	field := func(name string, w fyne.CanvasObject) fyne.CanvasObject {
		return container.NewVBox(w, f.problems[name])
	}
	form := widget.NewForm(
		widget.NewFormItem("Bengali", field("bengali", f.bengali)),
		widget.NewFormItem("Short forms", field("short", f.short)),
		widget.NewFormItem("English", field("english", f.english)),
		widget.NewFormItem("Kind", field("kind", f.kind)),
		widget.NewFormItem("Country", field("country", container.NewBorder(nil, nil,
			container.NewGridWrap(fyne.NewSize(150, f.country.MinSize().Height), f.country), nil, f.countryName))),
		widget.NewFormItem("Native form", field("native", f.native)),
		widget.NewFormItem("Hanja", field("hanja", f.hanja)),
		widget.NewFormItem("Romanisation", field("roman", f.roman)),
		widget.NewFormItem("Note", field("note_en", f.noteEN)),
		widget.NewFormItem("Note in Bengali", field("note_bn", f.noteBN)),
	)

	action, title := "Add", "Add to glossary"
	if f.orig != nil {
		action, title = "Save", "Edit glossary entry"
	}
	f.save = widget.NewButtonWithIcon(action, theme.ConfirmIcon(), f.onSave)
	f.save.Importance = widget.HighImportance
	f.cancel = widget.NewButtonWithIcon("Cancel", theme.CancelIcon(), f.onCancel)

	content := container.NewBorder(container.NewVBox(f.intro, f.general), nil, nil, nil, container.NewVScroll(form))
	f.dlg = newCustomButtons(f.s.w, title, content, []fyne.CanvasObject{f.cancel, f.save}, f.onSave, f.onCancel)
	f.dlg.Resize(dialogSize(f.s.w, 700, 700))
}

func problemLabel() *widget.Label {
	l := widget.NewLabel("")
	l.Wrapping = fyne.TextWrapWord
	l.Importance = widget.DangerImportance
	l.SizeName = theme.SizeNameCaptionText
	l.Hide()
	return l
}

// fill shows an entry's fields.
func (f *entryForm) fill(e *glossary.Entry) {
	f.bengali.SetText(strings.Join(e.Bengali, "\n"))
	f.short.SetText(strings.Join(e.Short, " | "))
	f.english.SetText(strings.Join(e.English, "\n"))
	f.native.SetText(e.Native)
	f.hanja.SetText(e.Hanja)
	f.roman.SetText(e.Roman)
	f.kind.SetSelectedIndex(len(entryKinds) - 1)
	for i, k := range entryKinds {
		if k == e.Kind {
			f.kind.SetSelectedIndex(i)
		}
	}
	if e.Country != "ZZ" {
		f.country.SetText(e.Country)
	}
	f.showCountry()
	f.noteEN.SetText(e.NoteEN)
	f.noteBN.SetText(e.NoteBN)
	f.clearProblems()
	for _, m := range []struct {
		e    *dialogEntry
		rows int
	}{{f.bengali, 2}, {f.english, 2}, {f.noteEN, 1}, {f.noteBN, 1}} {
		fitRows(m.e, m.rows)
	}
}

// fieldWidth is about how wide the form's fields are in its dialog, for
// guessing how many lines a field's text wraps to.
const fieldWidth = 480

// fitRows makes a multi-line field tall enough for all its text, wrapped
// lines included, so that an entry opened for editing shows every form
// and the whole note: at least least rows, at most a dozen (beyond which
// it scrolls).
func fitRows(e *dialogEntry, least int) {
	rows := 0
	size := e.Theme().Size(theme.SizeNameText)
	for line := range strings.SplitSeq(e.Text, "\n") {
		w := fyne.MeasureText(line, size, e.TextStyle).Width
		rows += max(1, int(w/fieldWidth)+1)
	}
	e.SetMinRowsVisible(min(max(rows, least), 12))
}

// showCountry names the country whose code is typed.
func (f *entryForm) showCountry() {
	c := strings.ToUpper(strings.TrimSpace(f.country.Text))
	name := "two-letter ISO code; empty for none"
	if len(c) == 2 {
		name = countryName(f.s.g, c)
		if name == c {
			name = "not a country code Pathok knows"
		}
	}
	f.countryName.SetText(name)
}

// splitForms reads a list typed one per line or with | between.
func splitForms(s string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == '\n' || r == '|' || r == '\r' }) {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// entry is the entry as the form describes it.
func (f *entryForm) entry() *glossary.Entry {
	e := f.base.Clone()
	e.Bengali = splitForms(f.bengali.Text)
	e.Short = splitForms(f.short.Text)
	e.English = splitForms(f.english.Text)
	e.Native = strings.TrimSpace(f.native.Text)
	e.Hanja = strings.TrimSpace(f.hanja.Text)
	e.Roman = strings.TrimSpace(f.roman.Text)
	e.Kind = entryKinds[max(0, f.kind.SelectedIndex())]
	e.Country = strings.ToUpper(strings.TrimSpace(f.country.Text))
	if e.Country == "" {
		e.Country = "ZZ"
	}
	e.NoteEN = strings.Join(strings.Fields(f.noteEN.Text), " ")
	e.NoteBN = strings.Join(strings.Fields(f.noteBN.Text), " ")
	e.Origin = "user"
	e.ID = ""
	if f.orig != nil {
		e.ID = f.orig.ID
	}
	// A new entry gets its id from the editor, made from its name.
	return e
}

func (f *entryForm) clearProblem(field string) {
	if l, ok := f.problems[field]; ok && l.Visible() {
		l.SetText("")
		l.Hide()
	}
}

func (f *entryForm) clearProblems() {
	for field := range f.problems {
		f.clearProblem(field)
	}
	f.general.SetText("")
	f.general.Hide()
}

// showProblems puts each problem under its field, and those of fields
// the form does not show above the form.
func (f *entryForm) showProblems(ps []glossary.Problem) {
	f.clearProblems()
	msgs := map[string][]string{}
	var general []string
	for _, p := range ps {
		if _, ok := f.problems[p.Field]; ok {
			msgs[p.Field] = append(msgs[p.Field], capitalise(p.Msg))
		} else {
			general = append(general, p.String())
		}
	}
	for field, m := range msgs {
		l := f.problems[field]
		l.SetText(strings.Join(m, "\n"))
		l.Show()
	}
	if len(general) > 0 {
		f.general.SetText(strings.Join(general, "\n"))
		f.general.Show()
	}
}

func capitalise(s string) string {
	for i, r := range s {
		return string(unicode.ToUpper(r)) + s[i+len(string(r)):]
	}
	return s
}

// onSave hands the entry to the editor; the dialog closes only when the
// editor takes it.
func (f *entryForm) onSave() {
	ed := f.s.user.ed
	if ed == nil {
		f.showProblems([]glossary.Problem{{Field: "glossary", Msg: "still loading; try again in a moment"}})
		return
	}
	e := f.entry()
	var ps []glossary.Problem
	var err error
	if f.orig == nil {
		ps, err = ed.Add(e)
	} else {
		ps, err = ed.Update(e)
	}
	if err != nil {
		ps = append(ps, glossary.Problem{Field: "glossary", Msg: err.Error()})
	}
	if len(ps) > 0 {
		f.showProblems(ps)
		return
	}
	f.hide()
	switch {
	case f.orig == nil:
		// Add appends the entry, with the id it made for it.
		if u := ed.User(); len(u.Entries) > 0 {
			e = u.Entries[len(u.Entries)-1]
		}
		f.s.commit("Added "+quoted(e), e.ID)
	case ed.IsOverridden(e.ID):
		f.s.commit("Changed "+quoted(e), e.ID)
	default:
		f.s.commit("Changed "+quoted(e), e.ID)
	}
}

func (f *entryForm) onCancel() { f.hide() }

func (f *entryForm) show() {
	f.s.form = f
	f.dlg.Show()
	f.s.w.Canvas().Focus(f.bengali)
}

func (f *entryForm) hide() {
	f.dlg.Hide()
	if f.s.form == f {
		f.s.form = nil
	}
}

// showAddEntry opens the form for a name the glossary lacks, filled with
// the engine's suggestion: the forms as written and without the case
// ending, a romanised English name and the likely kind.
func (s *mainScreen) showAddEntry(sp glossary.Span) {
	if !s.editable() {
		return
	}
	e := glossary.Suggest(sp)
	if e == nil {
		e = &glossary.Entry{Kind: glossary.Other, Country: "ZZ", Bengali: []string{unknownKey(&sp)}}
	}
	if len(e.English) == 0 && sp.Gloss != "" {
		e.English = []string{titleCase(sp.Gloss)}
	}
	f := newEntryForm(s, e, nil)
	f.intro.SetText("“" + sp.Text + "” is not in the glossary. Pathok filled in what it could read from the article: check the English spelling, and add the original form and a note if you know them.")
	f.show()
}

// showNewEntry opens an empty form.
func (s *mainScreen) showNewEntry() {
	if !s.editable() {
		return
	}
	f := newEntryForm(s, &glossary.Entry{Kind: glossary.Person, Country: "ZZ"}, nil)
	f.intro.SetText("A name for your own glossary. Give at least one Bengali form and the English name; Pathok highlights the Bengali forms and their inflections in every article.")
	f.show()
}

// showEditEntry opens the form on an entry: the user's own, or a built-in
// one, which the change overrides.
func (s *mainScreen) showEditEntry(e *glossary.Entry) {
	if !s.editable() {
		return
	}
	f := newEntryForm(s, e, e)
	switch {
	case s.user.ed.IsOverridden(e.ID):
		f.intro.SetText("A built-in entry you changed before. Revert in the glossary pane brings back the original.")
	case s.user.ed.IsBuiltin(e.ID):
		f.intro.SetText("A built-in entry. Your changes are kept in your own glossary and the entry is marked “edited”; Revert brings back the original.")
	default:
		f.intro.SetText("An entry of your own glossary.")
	}
	f.show()
}

// onAddSelection adds the text selected in the article: the name as the
// engine would suggest it, or the entry that already has it.
func (s *mainScreen) onAddSelection() {
	if !s.editable() {
		return
	}
	from, to, ok := s.view.selection()
	if !ok || s.doc == nil {
		showInformation(s.w, "Nothing selected", "Drag over a name in the article to select it, then choose Add selection to glossary… again.")
		return
	}
	from, to = wordBounds(s.doc.runes, from, to)
	text := strings.Join(strings.Fields(string(s.doc.runes[from:to])), " ")
	switch n := len([]rune(text)); {
	case n == 0:
		showInformation(s.w, "Nothing selected", "The selection holds no name: drag over a name in the article, then choose Add selection to glossary… again.")
		return
	case n > 80:
		showInformation(s.w, "Selection too long", "Select just the name: a glossary form is a few words at most.")
		return
	}
	if sp, ok := s.g.Lookup(text); ok && sp.Entry != nil {
		e := sp.Entry
		showConfirm(s.w, "Already in the glossary", "“"+text+"” is already in the glossary as "+quoted(e)+" ("+e.EnglishHeadword()+"). Edit that entry?", func(yes bool) {
			if yes {
				s.showEditEntry(e)
			}
		})
		return
	}
	sp := glossary.Span{Start: int(from), End: int(to), Text: text, Kind: string(glossary.Other), Unknown: true}
	// An unknown name the engine found there knows its kind and ending.
	for _, u := range s.doc.ann.Spans {
		if u.Unknown && u.Start == int(from) && u.End == int(to) {
			sp = u
			break
		}
	}
	s.showAddEntry(sp)
}

// wordBounds widens [from, to) to whole words: a drag that starts or
// ends inside a word means the word, and a glossary form is never half
// of one.
func wordBounds(runes []rune, from, to int32) (int32, int32) {
	inWord := func(r rune) bool {
		return unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r) || r == '\u200c' || r == '\u200d'
	}
	for from > 0 && inWord(runes[from-1]) && inWord(runes[from]) {
		from--
	}
	for to < int32(len(runes)) && to > 0 && inWord(runes[to-1]) && inWord(runes[to]) {
		to++
	}
	// Spaces and punctuation at either end are not part of the name.
	for from < to && !inWord(runes[from]) {
		from++
	}
	for to > from && !inWord(runes[to-1]) {
		to--
	}
	return from, to
}

func titleCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}
