package glossary

import "strings"

// Kind is what a name names.
type Kind string

const (
	Person      Kind = "person"
	Place       Kind = "place"
	Org         Kind = "org"
	Event       Kind = "event"
	Nationality Kind = "nationality"
	Other       Kind = "other"
)

// Kinds lists the kinds an entry may have, in the order the UI shows them.
var Kinds = []Kind{Person, Place, Org, Event, Other}

// Valid reports whether k is a kind an entry may have.
func (k Kind) Valid() bool {
	for _, v := range Kinds {
		if k == v {
			return true
		}
	}
	return false
}

// Entry is one name in the glossary.
type Entry struct {
	ID      string `json:"id"`
	Kind    Kind   `json:"kind"`
	Country string `json:"country"`
	// Bengali holds the full forms, headword first.
	Bengali []string `json:"bengali"`
	// Short holds forms that name the entry only in context (a surname);
	// a trailing "!" marks the reading chosen when the article gives none.
	Short   []string `json:"short,omitempty"`
	English []string `json:"english"`
	Native  string   `json:"native,omitempty"`
	Hanja   string   `json:"hanja,omitempty"`
	Roman   string   `json:"roman,omitempty"`
	NoteEN  string   `json:"note_en,omitempty"`
	NoteBN  string   `json:"note_bn,omitempty"`
	AsOf    string   `json:"as_of,omitempty"`
	// Russian and Korean names, for countries (generated from CLDR).
	Russian string `json:"russian,omitempty"`
	Korean  string `json:"korean,omitempty"`
	// Demonyms (রুশ → Russian) match as kind nationality.
	DemonymBN []string `json:"demonym_bn,omitempty"`
	DemonymEN string   `json:"demonym_en,omitempty"`
	// Origin says where the entry comes from: "builtin" or "user".
	Origin string `json:"-"`
}

// Headword is the Bengali headword.
func (e *Entry) Headword() string { return first(e.Bengali) }

// EnglishHeadword is the English headword, the gloss of every match.
func (e *Entry) EnglishHeadword() string { return first(e.English) }

func first(s []string) string {
	if len(s) == 0 {
		return ""
	}
	return s[0]
}

// ShortForm splits a short form into the form and whether it is the
// default reading.
func ShortForm(s string) (form string, isDefault bool) {
	if f, ok := strings.CutSuffix(s, "!"); ok {
		return f, true
	}
	return s, false
}

// Clone returns a deep copy, for editing without touching the glossary.
func (e *Entry) Clone() *Entry {
	c := *e
	c.Bengali = append([]string(nil), e.Bengali...)
	c.Short = append([]string(nil), e.Short...)
	c.English = append([]string(nil), e.English...)
	c.DemonymBN = append([]string(nil), e.DemonymBN...)
	return &c
}
