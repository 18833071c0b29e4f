package user

import (
	"fmt"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/pathok/pathok/glossary"
	"github.com/pathok/pathok/glossary/bangla"
)

// newID makes an id from the English headword, or from the romanised
// Bengali one: user-kim-ju-ae, user-kim-ju-ae-2, …
func (ed *Editor) newID(e *glossary.Entry) string {
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
func tidy(e *glossary.Entry) *glossary.Entry {
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
	c.Kind = glossary.Kind(strings.ToLower(strings.TrimSpace(string(c.Kind))))
	c.Country = strings.ToUpper(c.Country)
	if c.Country == "" {
		c.Country = "ZZ"
	}
	c.Origin = "user"
	return c
}
