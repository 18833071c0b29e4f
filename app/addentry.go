package app

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/pathok/pathok/glossary"
)

var entryKinds = []glossary.Kind{glossary.Person, glossary.Place, glossary.Org, glossary.Event, glossary.Other}

// showAddEntry asks for the facts of a name the glossary lacks and adds
// it, so that the article shows it as known at once. The entry lives
// only in memory for now: saving the user's glossary is the editor's job.
func (s *mainScreen) showAddEntry(sp glossary.Span) {
	bengali := widget.NewEntry()
	bengali.SetText(unknownKey(&sp))
	english := widget.NewEntry()
	english.SetText(titleCase(sp.Gloss))
	english.Validator = func(t string) error {
		if strings.TrimSpace(t) == "" {
			return errors.New("give the English name")
		}
		return nil
	}
	var kindLabels []string
	for _, k := range entryKinds {
		kindLabels = append(kindLabels, kindName(string(k)))
	}
	kind := widget.NewSelect(kindLabels, nil)
	kind.SetSelectedIndex(len(entryKinds) - 1)
	for i, k := range entryKinds {
		if string(k) == sp.Kind {
			kind.SetSelectedIndex(i)
		}
	}
	country := widget.NewEntry()
	country.SetPlaceHolder("KP, KR, RU… or empty")
	country.Validator = func(t string) error {
		t = strings.TrimSpace(t)
		if t != "" && (len(t) != 2 || strings.IndexFunc(t, func(r rune) bool { return !unicode.IsLetter(r) || r > unicode.MaxASCII }) >= 0) {
			return errors.New("a two-letter country code")
		}
		return nil
	}
	note := widget.NewEntry()
	note.SetPlaceHolder("Who or what it is, in one line")

	items := []*widget.FormItem{
		widget.NewFormItem("Bengali", bengali),
		widget.NewFormItem("English", english),
		widget.NewFormItem("Kind", kind),
		widget.NewFormItem("Country", country),
		widget.NewFormItem("Note", note),
	}
	d := dialog.NewForm("Add to glossary", "Add", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		c := strings.ToUpper(strings.TrimSpace(country.Text))
		if c == "" {
			c = "ZZ"
		}
		e := &glossary.Entry{
			Kind:    entryKinds[max(0, kind.SelectedIndex())],
			Country: c,
			Bengali: []string{strings.TrimSpace(bengali.Text)},
			English: []string{strings.TrimSpace(english.Text)},
			NoteEN:  strings.TrimSpace(note.Text),
			Origin:  "user",
		}
		s.addEntry(e)
	}, s.w)
	d.Resize(dialogSize(s.w, 520, 380))
	d.Show()
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

// userID makes an id for a new entry that no other entry has.
func userID(g *glossary.Glossary, english string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(english) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b.WriteRune(r)
		case b.Len() > 0 && !strings.HasSuffix(b.String(), "-"):
			b.WriteByte('-')
		}
	}
	base := "user-" + strings.Trim(b.String(), "-")
	if base == "user-" {
		base = "user-name"
	}
	id := base
	for n := 2; ; n++ {
		if _, taken := g.ByID(id); !taken {
			return id
		}
		id = fmt.Sprintf("%s-%d", base, n)
	}
}

// addEntry rebuilds the glossary with e and annotates the article again,
// keeping the reader's place.
func (s *mainScreen) addEntry(e *glossary.Entry) {
	if s.g == nil {
		return
	}
	g, doc := s.g, s.doc
	e.ID = userID(g, e.EnglishHeadword())
	s.run("Adding "+e.Headword()+" to the glossary…", func() func() {
		// Clip so that append cannot write into the built-in entries' array.
		g2, err := glossary.New(append(slices.Clip(g.Entries()), e))
		if err != nil {
			return func() { s.showError("Cannot add the entry", err) }
		}
		sorted := g2.Sorted()
		var d2 *document
		if doc != nil {
			d2 = newDocument(doc.name, doc.uri, g2.Annotate(doc.ann.Text))
		}
		return func() {
			s.setGlossary(g2, sorted)
			if d2 != nil && s.doc == doc {
				s.doc = d2
				s.hideCard()
				s.view.replaceDocument(d2)
				s.pane.setDocument(d2)
				s.sel = choice{item: -1}
				if item := d2.itemFor(e); item >= 0 {
					s.selectItem(d2.items[item].key(), e, item)
					s.pane.reveal(item)
				}
			}
			s.updateStatus()
			s.flash(fmt.Sprintf("Added %s (%s) to the glossary for this session", e.Headword(), e.EnglishHeadword()))
		}
	})
}
