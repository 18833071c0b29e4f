package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/pathok/pathok/glossary"
)

// entryCard is the glossary pane's full card for the selected entry, with
// buttons to step through its occurrences in the article and to change
// the entry: Edit for any, Delete for the user's own, Hide for a built-in
// one and Revert for a built-in one the user changed.
type entryCard struct {
	root fyne.CanvasObject

	title   *widget.Label
	forms   *widget.Label
	english *widget.Label
	native  *widget.Label
	meta    *widget.Label
	note    *widget.Label
	noteBN  *widget.Label
	source  *widget.Label
	occ     *widget.Label
	prev    *widget.Button
	next    *widget.Button
	add     *widget.Button
	nav     *fyne.Container
	empty   *widget.Label

	edit, del, hide, revert *widget.Button
	others                  *widget.Button // other articles naming the entry
	actions                 *fyne.Container

	onPrev, onNext, onAdd              func()
	onEdit, onDelete, onHide, onRevert func()
	onOthers                           func()
	// state says whether an entry is built in and whether the user
	// changed it, which decides the buttons.
	state func(e *glossary.Entry) (builtin, overridden bool)
}

func newEntryCard() *entryCard {
	c := &entryCard{}
	label := func(style fyne.TextStyle, size fyne.ThemeSizeName) *widget.Label {
		l := cardLabel(style, size)
		l.Selectable = true // the full card is for copying names out
		return l
	}
	c.title = label(fyne.TextStyle{Bold: true}, theme.SizeNameHeadingText)
	c.forms = label(fyne.TextStyle{}, theme.SizeNameText)
	c.english = label(fyne.TextStyle{Bold: true}, theme.SizeNameSubHeadingText)
	c.native = label(fyne.TextStyle{}, theme.SizeNameText)
	c.meta = label(fyne.TextStyle{}, theme.SizeNameCaptionText)
	c.note = label(fyne.TextStyle{}, theme.SizeNameText)
	c.noteBN = label(fyne.TextStyle{}, theme.SizeNameText)
	c.source = label(fyne.TextStyle{}, theme.SizeNameCaptionText)
	c.occ = widget.NewLabel("")
	c.prev = widget.NewButtonWithIcon("", theme.NavigateBackIcon(), func() { c.call(c.onPrev) })
	c.next = widget.NewButtonWithIcon("Next", theme.NavigateNextIcon(), func() { c.call(c.onNext) })
	c.next.IconPlacement = widget.ButtonIconTrailingText
	c.add = widget.NewButtonWithIcon("Add to glossary…", theme.ContentAddIcon(), func() { c.call(c.onAdd) })
	c.add.Importance = widget.HighImportance
	c.nav = container.NewHBox(c.occ, c.prev, c.next, c.add)
	c.edit = widget.NewButtonWithIcon("Edit…", theme.DocumentCreateIcon(), func() { c.call(c.onEdit) })
	c.del = widget.NewButtonWithIcon("Delete", theme.DeleteIcon(), func() { c.call(c.onDelete) })
	c.hide = widget.NewButtonWithIcon("Hide", theme.VisibilityOffIcon(), func() { c.call(c.onHide) })
	c.revert = widget.NewButtonWithIcon("Revert", theme.ContentUndoIcon(), func() { c.call(c.onRevert) })
	c.others = widget.NewButtonWithIcon("Other articles", theme.ListIcon(), func() { c.call(c.onOthers) })
	c.actions = container.NewHBox(c.edit, c.del, c.hide, c.revert, c.others)
	c.empty = widget.NewLabel("Choose a name in the article or the lists above to see its card.")
	c.empty.Wrapping = fyne.TextWrapWord
	c.empty.SizeName = theme.SizeNameCaptionText
	box := container.NewVBox(c.empty, c.title, c.forms, c.english, c.native, c.meta, c.note, c.noteBN, c.source, c.nav)
	// The buttons that change the entry stay in view below the card,
	// however long its forms and note run.
	c.root = container.NewBorder(nil, container.NewPadded(c.actions), nil, nil, container.NewVScroll(container.NewPadded(box)))
	c.clear()
	return c
}

func (c *entryCard) call(f func()) {
	if f != nil {
		f()
	}
}

func (c *entryCard) objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{c.title, c.forms, c.english, c.native, c.meta, c.note, c.noteBN, c.source, c.nav, c.actions}
}

func (c *entryCard) clear() {
	for _, o := range c.objects() {
		o.Hide()
	}
	c.empty.Show()
}

func setShown(l *widget.Label, s string) {
	l.SetText(s)
	if s == "" {
		l.Hide()
	} else {
		l.Show()
	}
}

// showEntry fills the card for a glossary entry.
func (c *entryCard) showEntry(g *glossary.Glossary, e *glossary.Entry) {
	c.empty.Hide()
	setShown(c.title, e.Headword())
	var forms []string
	forms = append(forms, e.Bengali[min(1, len(e.Bengali)):]...)
	for _, s := range e.Short {
		f, _ := glossary.ShortForm(s)
		forms = append(forms, f)
	}
	var lines []string
	if len(forms) > 0 {
		lines = append(lines, "also: "+strings.Join(forms, ", "))
	}
	// Demonyms name the nationality, not the country: apart, and said so.
	if len(e.DemonymBN) > 0 {
		l := "nationality: " + strings.Join(e.DemonymBN, ", ")
		if e.DemonymEN != "" {
			l += " — " + e.DemonymEN
		}
		lines = append(lines, l)
	}
	setShown(c.forms, strings.Join(lines, "\n"))
	en := e.EnglishHeadword()
	if len(e.English) > 1 {
		en += " (" + strings.Join(e.English[1:], ", ") + ")"
	}
	setShown(c.english, en)
	native := nativeLine(e)
	if e.Russian != "" && e.Russian != e.Native {
		native = strings.TrimPrefix(native+" · Russian: "+withRoman(e.Russian, "RU"), " · ")
	}
	if e.Korean != "" && e.Korean != e.Native {
		native = strings.TrimPrefix(native+" · Korean: "+withRoman(e.Korean, "KR"), " · ")
	}
	setShown(c.native, native)
	setShown(c.meta, entryMeta(g, e, string(e.Kind)))
	setShown(c.note, e.NoteEN)
	setShown(c.noteBN, e.NoteBN)
	builtin, overridden := e.Origin != "user", false
	if c.state != nil {
		builtin, overridden = c.state(e)
	}
	src := ""
	switch {
	case overridden:
		src = "Built-in entry, edited by you"
	case !builtin:
		src = "Your own entry"
	case e.AsOf != "":
		src = "As of " + e.AsOf
	}
	if src != "" {
		src += " · id " + e.ID
	} else {
		src = "id " + e.ID
	}
	setShown(c.source, src)
	c.add.Hide()
	c.nav.Show()
	showIf(c.del, !builtin)
	showIf(c.hide, builtin)
	showIf(c.revert, overridden)
	c.actions.Show()
}

func showIf(o fyne.CanvasObject, show bool) {
	if show {
		o.Show()
	} else {
		o.Hide()
	}
}

// showUnknown fills the card for a name the glossary lacks.
func (c *entryCard) showUnknown(s *glossary.Span) {
	c.empty.Hide()
	setShown(c.title, unknownKey(s))
	setShown(c.forms, "")
	setShown(c.english, "Not in the glossary")
	if s.Gloss != "" {
		setShown(c.native, "reads as “"+s.Gloss+"”")
	} else {
		setShown(c.native, "")
	}
	setShown(c.meta, "likely a "+kindName(s.Kind))
	setShown(c.note, "")
	setShown(c.noteBN, "")
	setShown(c.source, "")
	c.add.Show()
	c.nav.Show()
	c.actions.Hide()
}

// setOccurrence shows which occurrence is in view: i of n (i from 0),
// or how many there are when none is yet.
func (c *entryCard) setOccurrence(i, n int) {
	switch {
	case n == 0:
		c.occ.SetText("Not in this article")
	case i < 0:
		c.occ.SetText(fmt.Sprintf("%d in this article", n))
	default:
		c.occ.SetText(fmt.Sprintf("%d of %d", i+1, n))
	}
	if n > 1 {
		c.prev.Show()
		c.next.Show()
	} else {
		c.prev.Hide()
		c.next.Hide()
	}
}
