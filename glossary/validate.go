package glossary

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"

	"github.com/pathok/pathok/glossary/bangla"
)

// Problem is one thing wrong with an entry, in words a person can act on.
type Problem struct {
	Field string // the column: "bengali", "native", …
	Msg   string
}

func (p Problem) String() string { return p.Field + ": " + p.Msg }

var idPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// nativeScripts says which script the native form of an entry from a
// country must be written in.
var nativeScripts = map[string]*unicode.RangeTable{
	"RU": unicode.Cyrillic, "UA": unicode.Cyrillic, "BY": unicode.Cyrillic,
	"KP": unicode.Hangul, "KR": unicode.Hangul,
}

// KindProblem says that k is not a kind an entry may have.
func KindProblem(k Kind) string { return "kind: " + kindNotInSet(k) }

func kindNotInSet(k Kind) string {
	names := make([]string, len(Kinds))
	for i, v := range Kinds {
		names[i] = string(v)
	}
	return fmt.Sprintf("%q is not one of %s", k, strings.Join(names, ", "))
}

// CheckKinds finds the first of entries, read from file name where
// entry i starts on lines[i], whose kind is not one an entry may have: a
// kind is written into pages and menus, so no other may come in.
func CheckKinds(name string, lines []int, entries []*Entry) error {
	for i, e := range entries {
		if !e.Kind.Valid() {
			line := 1
			if i < len(lines) {
				line = lines[i]
			}
			return &LineError{name, line, fmt.Sprintf("entry %q: %s", e.ID, KindProblem(e.Kind))}
		}
	}
	return nil
}

// Validate checks one entry on its own: required fields, the scripts of
// the Bengali, English and native forms, and the id's shape.
func Validate(e *Entry) []Problem {
	var ps []Problem
	add := func(field, format string, args ...any) {
		ps = append(ps, Problem{field, fmt.Sprintf(format, args...)})
	}
	if !idPattern.MatchString(e.ID) {
		add("id", "%q must be lowercase letters, digits and single hyphens", e.ID)
	}
	if !e.Kind.Valid() {
		add("kind", "%s", kindNotInSet(e.Kind))
	}
	if len(e.Country) != 2 || strings.ToUpper(e.Country) != e.Country {
		add("country", "%q is not a two-letter country code such as RU, KP or KR (ZZ for none)", e.Country)
	}
	if len(e.Bengali) == 0 || strings.TrimSpace(e.Bengali[0]) == "" {
		add("bengali", "the Bengali headword is empty")
	}
	for _, f := range e.Bengali {
		if !hasScript(f, unicode.Bengali) {
			add("bengali", "%q has no Bengali letters", f)
		}
	}
	for _, f := range e.Short {
		f, _ = ShortForm(f)
		if !hasScript(f, unicode.Bengali) {
			add("short", "%q has no Bengali letters", f)
		}
	}
	for _, f := range e.DemonymBN {
		if !hasScript(f, unicode.Bengali) {
			add("demonym_bn", "%q has no Bengali letters", f)
		}
	}
	if len(e.English) == 0 || strings.TrimSpace(e.English[0]) == "" {
		add("english", "the English headword is empty")
	}
	for _, f := range e.English {
		if !hasScript(f, unicode.Latin) {
			add("english", "%q has no Latin letters", f)
		}
	}
	if table, ok := nativeScripts[e.Country]; ok && e.Native != "" && !hasScript(e.Native, table) {
		add("native", "%q should be written in %s for an entry from %s", e.Native, scriptName(table), e.Country)
	}
	if e.Hanja != "" && !hasScript(e.Hanja, unicode.Han) {
		add("hanja", "%q has no Hanja (Chinese characters)", e.Hanja)
	}
	if e.Korean != "" && !hasScript(e.Korean, unicode.Hangul) {
		add("korean", "%q has no Hangul", e.Korean)
	}
	if e.Russian != "" && !hasScript(e.Russian, unicode.Cyrillic) {
		add("russian", "%q has no Cyrillic letters", e.Russian)
	}
	return ps
}

func hasScript(s string, table *unicode.RangeTable) bool {
	for _, r := range s {
		if unicode.Is(table, r) {
			return true
		}
	}
	return false
}

func scriptName(t *unicode.RangeTable) string {
	switch t {
	case unicode.Cyrillic:
		return "Cyrillic"
	case unicode.Hangul:
		return "Hangul"
	}
	return "its own script"
}

// Clash is a normalised Bengali form that several entries use.
type Clash struct {
	Form string
	IDs  []string
	// Rule says how the matcher chooses among them; empty means it
	// cannot, which the glossary must not allow.
	Rule string
}

// Clashes finds Bengali forms (full, short or demonym) that more than one
// entry uses, with the rule that decides each. A full form may belong to
// one entry only; short forms may be shared, and the article's context or
// the one "!" default decides.
func Clashes(entries []*Entry) []Clash {
	type use struct {
		id          string
		full, isDef bool
	}
	uses := map[string][]use{}
	for _, e := range entries {
		seen := map[string]bool{}
		note := func(f string, full, def bool) {
			k := bangla.Key(f)
			if !seen[k] {
				seen[k] = true
				uses[k] = append(uses[k], use{e.ID, full, def})
			}
		}
		for _, f := range e.Bengali {
			note(f, true, false)
		}
		for _, f := range e.DemonymBN {
			note(f, true, false)
		}
		for _, f := range e.Short {
			f, def := ShortForm(f)
			note(f, false, def)
		}
	}
	var out []Clash
	for form, us := range uses {
		if len(us) < 2 {
			continue
		}
		c := Clash{Form: form}
		full, defaults := 0, 0
		for _, u := range us {
			c.IDs = append(c.IDs, u.id)
			if u.full {
				full++
			}
			if u.isDef {
				defaults++
			}
		}
		switch {
		case full == 0 && defaults <= 1:
			c.Rule = "the entry named in full nearest before, else the one named anywhere in the article, else the ! default"
		case full == 1 && defaults == 0:
			c.Rule = "the full form, unless the article names another entry in full"
		}
		out = append(out, c)
	}
	return out
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
