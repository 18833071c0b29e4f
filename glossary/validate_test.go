package glossary

import (
	"strings"
	"testing"
)

func TestValidate(t *testing.T) {
	good := func() *Entry {
		return &Entry{ID: "kp-wonsan", Kind: Place, Country: "KP", Bengali: []string{"ওনসান"}, English: []string{"Wonsan"}, Native: "원산", Hanja: "元山"}
	}
	cases := []struct {
		name   string
		change func(*Entry)
		field  string // "" when the entry is valid
	}{
		{"valid", func(*Entry) {}, ""},
		{"bad id", func(e *Entry) { e.ID = "KP Wonsan" }, "id"},
		{"bad kind", func(e *Entry) { e.Kind = "city" }, "kind"},
		{"bad country", func(e *Entry) { e.Country = "north korea" }, "country"},
		{"empty bengali headword", func(e *Entry) { e.Bengali = nil }, "bengali"},
		{"bengali without bengali", func(e *Entry) { e.Bengali = []string{"Wonsan"} }, "bengali"},
		{"short without bengali", func(e *Entry) { e.Short = []string{"Won!"} }, "short"},
		{"empty english headword", func(e *Entry) { e.English = []string{""} }, "english"},
		{"english in bengali", func(e *Entry) { e.English = []string{"ওনসান"} }, "english"},
		// native scripts by country
		{"hangul field without hangul", func(e *Entry) { e.Native = "Вонсан" }, "native"},
		{"cyrillic field without cyrillic", func(e *Entry) { e.Country, e.Native = "RU", "원산" }, "native"},
		{"other country any script", func(e *Entry) { e.Country, e.Native = "CN", "元山" }, ""},
		{"hanja without han", func(e *Entry) { e.Hanja = "원산" }, "hanja"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := good()
			c.change(e)
			ps := Validate(e)
			switch {
			case c.field == "" && len(ps) > 0:
				t.Errorf("got problems %v; want none", ps)
			case c.field != "" && (len(ps) == 0 || ps[0].Field != c.field):
				t.Errorf("got problems %v; want one in %s", ps, c.field)
			}
		})
	}
}

func TestClashes(t *testing.T) {
	e := func(id string, bengali, short []string) *Entry {
		return &Entry{ID: id, Kind: Person, Country: "KP", Bengali: bengali, Short: short, English: []string{id}}
	}
	cases := []struct {
		name    string
		entries []*Entry
		rule    bool // the clash has a rule; false: unresolved
	}{
		{"same full form", []*Entry{e("a", []string{"কিম জং উন"}, nil), e("b", []string{"কিম জং-উন"}, nil)}, false},
		{"shared short form", []*Entry{e("a", []string{"কিম জং উন"}, []string{"কিম!"}), e("b", []string{"কিম ইয়ো জং"}, []string{"কিম"})}, true},
		{"two defaults", []*Entry{e("a", []string{"কিম জং উন"}, []string{"কিম!"}), e("b", []string{"কিম ইয়ো জং"}, []string{"কিম!"})}, false},
		{"full against short", []*Entry{e("a", []string{"চো"}, nil), e("b", []string{"চো ইয়ং ওন"}, []string{"চো"})}, true},
		{"nukta spellings are one form", []*Entry{e("a", []string{"পিয়ংইয়ং"}, nil), e("b", []string{"পিয\u09bcংইয\u09bcং"}, nil)}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cs := Clashes(c.entries)
			if len(cs) != 1 {
				t.Fatalf("got %d clashes %v; want 1", len(cs), cs)
			}
			if got := cs[0].Rule != ""; got != c.rule {
				t.Errorf("got rule %q; want a rule: %v", cs[0].Rule, c.rule)
			}
			if !strings.Contains(strings.Join(cs[0].IDs, ","), "a") {
				t.Errorf("got ids %v; want a among them", cs[0].IDs)
			}
		})
	}
	if cs := Clashes([]*Entry{e("a", []string{"ওনসান"}, nil), e("b", []string{"পিয়ংইয়ং"}, nil)}); len(cs) != 0 {
		t.Errorf("got clashes %v; want none", cs)
	}
}
