package user

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/pathok/pathok/glossary"
)

// testBuiltin is a small built-in glossary; every test gets a fresh one.
func testBuiltin() []*glossary.Entry {
	return []*glossary.Entry{
		{ID: "kp-kim-jong-un", Kind: glossary.Person, Country: "KP", Bengali: []string{"কিম জং উন", "কিম জং-উন"}, Short: []string{"কিম!"},
			English: []string{"Kim Jong Un", "Kim Jong-un"}, Native: "김정은", NoteEN: "Leader", Origin: "builtin"},
		{ID: "kp-pyongyang", Kind: glossary.Place, Country: "KP", Bengali: []string{"পিয়ংইয়ং"}, English: []string{"Pyongyang"}, Native: "평양", Origin: "builtin"},
		{ID: "ru-lavrov-sergei", Kind: glossary.Person, Country: "RU", Bengali: []string{"সের্গেই লাভরভ"}, Short: []string{"লাভরভ"},
			English: []string{"Sergei Lavrov"}, Native: "Сергей Лавров", Origin: "builtin"},
	}
}

func cloneAll(es []*glossary.Entry) []*glossary.Entry {
	out := make([]*glossary.Entry, len(es))
	for i, e := range es {
		out[i] = e.Clone()
	}
	return out
}

func kimJuAe() *glossary.Entry {
	return &glossary.Entry{Kind: glossary.Person, Country: "KP", Bengali: []string{"কিম জু এ"}, English: []string{"Kim Ju Ae"}, Native: "김주애"}
}

func TestEditorAdd(t *testing.T) {
	cases := []struct {
		name   string
		change func(*glossary.Entry)
		field  string // the field of the first problem; "" when it is added
		id     string // the id it gets
	}{
		{"new entry", func(*glossary.Entry) {}, "", "user-kim-ju-ae"},
		{"id from accented english", func(e *glossary.Entry) { e.English = []string{"Kim Chŭ-ae"} }, "", "user-kim-chu-ae"},
		{"own id kept", func(e *glossary.Entry) { e.ID = "user-kja" }, "", "user-kja"},
		{"kind other", func(e *glossary.Entry) { e.Kind = glossary.Other }, "", "user-kim-ju-ae"},
		{"spaces and country tidied", func(e *glossary.Entry) { e.Bengali = []string{" কিম জু এ ", ""}; e.Country = "kp" }, "", "user-kim-ju-ae"},
		{"empty headword", func(e *glossary.Entry) { e.Bengali = []string{" "} }, "bengali", ""},
		{"empty english", func(e *glossary.Entry) { e.English = nil }, "english", ""},
		{"hangul field without hangul", func(e *glossary.Entry) { e.Native = "Kim Ju Ae" }, "native", ""},
		{"bad kind", func(e *glossary.Entry) { e.Kind = "city" }, "kind", ""},
		{"bengali form of a built-in entry", func(e *glossary.Entry) { e.Bengali = append(e.Bengali, "কিম জং উন") }, "bengali", ""},
		{"same form spelt with a hyphen", func(e *glossary.Entry) { e.Bengali = []string{"পিয়ং-ইয়ং"} }, "bengali", ""},
		{"second default short form", func(e *glossary.Entry) { e.Short = []string{"কিম!"} }, "short", ""},
		{"shared short form without default", func(e *glossary.Entry) { e.Short = []string{"কিম"} }, "", "user-kim-ju-ae"},
		{"id taken", func(e *glossary.Entry) { e.ID = "kp-pyongyang" }, "id", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ed := NewEditor(testBuiltin(), nil)
			e := kimJuAe()
			c.change(e)
			ps, err := ed.Add(e)
			if err != nil {
				t.Fatal(err)
			}
			if c.field != "" {
				if len(ps) == 0 || ps[0].Field != c.field {
					t.Fatalf("got problems %v; want one in %s", ps, c.field)
				}
				if n := len(ed.User().Entries); n != 0 || ed.CanUndo() {
					t.Errorf("got %d entries, can undo %v after a refused add; want nothing changed", n, ed.CanUndo())
				}
				return
			}
			if len(ps) > 0 {
				t.Fatalf("got problems %v; want none", ps)
			}
			if e.ID != c.id {
				t.Errorf("got id %q; want %q", e.ID, c.id)
			}
			g, err := ed.Glossary()
			if err != nil {
				t.Fatal(err)
			}
			got, ok := g.ByID(c.id)
			if !ok || got.Origin != "user" || got.Country != "KP" || got.Headword() != "কিম জু এ" {
				t.Errorf("got %+v in the glossary; want the tidied user entry", got)
			}
		})
	}
}

func TestEditorAddNumbersIDs(t *testing.T) {
	ed := NewEditor(testBuiltin(), nil)
	var ids []string
	for _, bn := range []string{"কিম জু এ", "কিম জু আয়ে", "কিম জু-আই"} {
		e := kimJuAe()
		e.Bengali = []string{bn}
		if ps, err := ed.Add(e); err != nil || len(ps) > 0 {
			t.Fatalf("adding %s: %v %v", bn, ps, err)
		}
		ids = append(ids, e.ID)
	}
	if want := []string{"user-kim-ju-ae", "user-kim-ju-ae-2", "user-kim-ju-ae-3"}; !slices.Equal(ids, want) {
		t.Errorf("got ids %v; want %v", ids, want)
	}
}

func TestEditorOverride(t *testing.T) {
	builtin := testBuiltin()
	before := cloneAll(builtin)
	ed := NewEditor(builtin, nil)

	e := builtin[1].Clone()
	e.Bengali = append(e.Bengali, "পিয়ংইয়াং")
	if ps, err := ed.Update(e); err != nil || len(ps) > 0 {
		t.Fatalf("override: %v %v", ps, err)
	}
	if !ed.IsBuiltin("kp-pyongyang") || !ed.IsOverridden("kp-pyongyang") {
		t.Errorf("got builtin %v, overridden %v; want both", ed.IsBuiltin("kp-pyongyang"), ed.IsOverridden("kp-pyongyang"))
	}
	g, _ := ed.Glossary()
	if s, ok := g.Lookup("পিয়ংইয়াংয়ে"); !ok || s.Entry.ID != "kp-pyongyang" {
		t.Errorf("got %v, %v looking up the new form; want kp-pyongyang", s, ok)
	}
	if !reflect.DeepEqual(builtin, before) {
		t.Errorf("the built-in entries changed: got %+v; want %+v", builtin[1], before[1])
	}

	// Editing it back to the built-in entry drops the override.
	if ps, err := ed.Update(before[1].Clone()); err != nil || len(ps) > 0 {
		t.Fatalf("update back: %v %v", ps, err)
	}
	if ed.IsOverridden("kp-pyongyang") || len(ed.User().Entries) != 0 {
		t.Errorf("got overridden %v, %d user entries; want the override gone", ed.IsOverridden("kp-pyongyang"), len(ed.User().Entries))
	}

	// Delete restores the built-in entry.
	ed.Update(e)
	if err := ed.Delete("kp-pyongyang"); err != nil {
		t.Fatal(err)
	}
	g, _ = ed.Glossary()
	if got, _ := g.ByID("kp-pyongyang"); got != builtin[1] {
		t.Errorf("got %+v after deleting the override; want the built-in entry", got)
	}
	if desc, _ := ed.NextUndo(); desc != "Restored the built-in পিয়ংইয়ং" {
		t.Errorf("got undo %q; want %q", desc, "Restored the built-in পিয়ংইয়ং")
	}
}

func TestEditorErrors(t *testing.T) {
	setup := func() *Editor {
		ed := NewEditor(testBuiltin(), nil)
		ed.Add(kimJuAe())
		ed.Hide("ru-lavrov-sergei")
		return ed
	}
	cases := []struct {
		name string
		op   func(ed *Editor) error
		want string // in the error; "" for none
	}{
		{"delete own", func(ed *Editor) error { return ed.Delete("user-kim-ju-ae") }, ""},
		{"delete built-in", func(ed *Editor) error { return ed.Delete("kp-pyongyang") }, "hide it"},
		{"delete unknown", func(ed *Editor) error { return ed.Delete("user-nobody") }, "no entry"},
		{"hide own", func(ed *Editor) error { return ed.Hide("user-kim-ju-ae") }, "delete your own"},
		{"hide unknown", func(ed *Editor) error { return ed.Hide("kp-nowhere") }, "no built-in entry"},
		{"hide hidden", func(ed *Editor) error { return ed.Hide("ru-lavrov-sergei") }, ""},
		{"unhide", func(ed *Editor) error { return ed.Unhide("ru-lavrov-sergei") }, ""},
		{"unhide shown", func(ed *Editor) error { return ed.Unhide("kp-pyongyang") }, ""},
		{"unhide unknown", func(ed *Editor) error { return ed.Unhide("kp-nowhere") }, "no entry"},
		{"update hidden", func(ed *Editor) error {
			_, err := ed.Update(&glossary.Entry{ID: "ru-lavrov-sergei", Kind: glossary.Person, Country: "RU", Bengali: []string{"লাভরভ"}, English: []string{"Lavrov"}})
			return err
		}, "hidden"},
		{"update unknown", func(ed *Editor) error { _, err := ed.Update(&glossary.Entry{ID: "user-x"}); return err }, "no entry"},
		{"add nil", func(ed *Editor) error { _, err := ed.Add(nil); return err }, "no entry"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := c.op(setup())
			switch {
			case c.want == "" && err != nil:
				t.Errorf("got error %v; want none", err)
			case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)):
				t.Errorf("got error %v; want one saying %q", err, c.want)
			}
		})
	}
}

func TestEditorHide(t *testing.T) {
	ed := NewEditor(testBuiltin(), nil)
	if err := ed.Hide("kp-pyongyang"); err != nil {
		t.Fatal(err)
	}
	g, _ := ed.Glossary()
	if _, ok := g.Lookup("পিয়ংইয়ং"); ok {
		t.Errorf("got a hidden entry matched; want none")
	}
	// With the built-in entry hidden its form is free for the reader's own.
	mine := &glossary.Entry{Kind: glossary.Place, Country: "KP", Bengali: []string{"পিয়ংইয়ং"}, English: []string{"Pyongyang City"}}
	if ps, err := ed.Add(mine); err != nil || len(ps) > 0 {
		t.Fatalf("add: %v %v", ps, err)
	}
	if err := ed.Unhide("kp-pyongyang"); err == nil || !strings.Contains(err.Error(), "পিয়ংইয়ং") {
		t.Errorf("got %v unhiding over the reader's form; want an error naming it", err)
	}
	ed.Delete(mine.ID)
	if err := ed.Unhide("kp-pyongyang"); err != nil {
		t.Fatal(err)
	}
	g, _ = ed.Glossary()
	if s, ok := g.Lookup("পিয়ংইয়ং"); !ok || s.Entry.ID != "kp-pyongyang" {
		t.Errorf("got %v, %v; want kp-pyongyang back", s, ok)
	}
}

func TestEditorUndo(t *testing.T) {
	builtin := testBuiltin()
	before := cloneAll(builtin)
	start := &File{Version: 1, Entries: []*glossary.Entry{{ID: "user-x", Kind: glossary.Other, Country: "ZZ", Bengali: []string{"এক্স"}, English: []string{"X"}, Origin: "user"}}, Hidden: []string{"ru-lavrov-sergei"}}
	ed := NewEditor(builtin, start)
	override := builtin[0].Clone()
	override.NoteEN = "Supreme leader"
	edited := &glossary.Entry{ID: "user-x", Kind: glossary.Place, Country: "ZZ", Bengali: []string{"এক্স", "এক্স সিটি"}, English: []string{"X City"}}
	steps := []struct {
		desc string
		op   func() error
	}{
		{"Added কিম জু এ", func() error { _, err := ed.Add(kimJuAe()); return err }},
		{"Edited এক্স", func() error { _, err := ed.Update(edited); return err }},
		{"Edited কিম জং উন", func() error { _, err := ed.Update(override); return err }},
		{"Hid পিয়ংইয়ং", func() error { return ed.Hide("kp-pyongyang") }},
		{"Showed সের্গেই লাভরভ", func() error { return ed.Unhide("ru-lavrov-sergei") }},
		{"Deleted এক্স", func() error { return ed.Delete("user-x") }},
		{"Restored the built-in কিম জং উন", func() error { return ed.Delete("kp-kim-jong-un") }},
	}
	var states []*File
	for _, s := range steps {
		states = append(states, ed.User())
		if err := s.op(); err != nil {
			t.Fatalf("%s: %v", s.desc, err)
		}
	}
	for i := len(steps) - 1; i >= 0; i-- {
		desc, ok := ed.Undo()
		if !ok || desc != steps[i].desc {
			t.Fatalf("got undo %q, %v; want %q", desc, ok, steps[i].desc)
		}
		if got := ed.User(); !reflect.DeepEqual(got, states[i]) {
			t.Errorf("after undoing %q got %+v; want %+v", desc, got, states[i])
		}
	}
	if got, ok := ed.Undo(); ok || ed.CanUndo() {
		t.Errorf("got %q, %v from an empty history; want nothing", got, ok)
	}
	if want := start.Clone(); !reflect.DeepEqual(ed.User(), want) {
		t.Errorf("got %+v at the start; want %+v", ed.User(), want)
	}
	if !reflect.DeepEqual(builtin, before) {
		t.Errorf("the built-in entries changed")
	}
	g, _ := ed.Glossary()
	if _, ok := g.ByID("kp-kim-jong-un"); !ok || g.Len() != 3 {
		t.Errorf("got %d entries after undoing everything; want the 2 shown built-in entries and user-x", g.Len())
	}
}

func TestEditorUserIsACopy(t *testing.T) {
	in := &File{Version: 1, Entries: []*glossary.Entry{kimJuAe()}}
	in.Entries[0].ID = "user-kim-ju-ae"
	ed := NewEditor(testBuiltin(), in)
	in.Entries[0].English[0] = "changed by the caller"
	u := ed.User()
	u.Entries[0].Bengali[0] = "changed by the caller"
	g, _ := ed.Glossary()
	if e, _ := g.ByID("user-kim-ju-ae"); e.EnglishHeadword() != "Kim Ju Ae" || e.Headword() != "কিম জু এ" {
		t.Errorf("got %v / %v; want the editor's copy untouched", e.Headword(), e.EnglishHeadword())
	}
}

func TestEditorGroup(t *testing.T) {
	ed := NewEditor(testBuiltin(), nil)
	ed.Group(func() string { return "nothing" })
	if ed.CanUndo() {
		t.Errorf("got an undo step for a group that changed nothing; want none")
	}
	ed.Group(func() string {
		ed.Add(kimJuAe())
		ed.Hide("kp-pyongyang")
		ed.Add(&glossary.Entry{Kind: glossary.Other, Country: "ZZ", Bengali: []string{"সোনগিনো"}, English: []string{"Songino"}})
		return "Imported 2 entries"
	})
	if n := len(ed.User().Entries); n != 2 {
		t.Fatalf("got %d entries; want 2", n)
	}
	if desc, ok := ed.Undo(); desc != "Imported 2 entries" || !ok {
		t.Errorf("got %q; want %q", desc, "Imported 2 entries")
	}
	if u := ed.User(); len(u.Entries) != 0 || len(u.Hidden) != 0 || ed.CanUndo() {
		t.Errorf("got %+v after one undo; want the whole group undone", u)
	}
}

func TestEditorGlossaryCached(t *testing.T) {
	ed := NewEditor(testBuiltin(), nil)
	g1, _ := ed.Glossary()
	g2, _ := ed.Glossary()
	if g1 != g2 {
		t.Errorf("got a new glossary without a change; want the cached one")
	}
	ed.Add(kimJuAe())
	g3, _ := ed.Glossary()
	if g3 == g1 {
		t.Fatalf("got the old glossary after a change; want a new one")
	}
	a := g3.Annotate("কিম জু এর সঙ্গে")
	if len(a.Spans) == 0 || a.Spans[0].Gloss != "Kim Ju Ae" {
		t.Errorf("got spans %+v; want the new entry found", a.Spans)
	}
	if _, ok := g1.ByID("user-kim-ju-ae"); ok {
		t.Errorf("the old glossary changed; want it as it was")
	}
}

// TestEditorRealBuiltinUntouched edits over the real built-in glossary
// and checks that not one built-in entry changed.
func TestEditorRealBuiltinUntouched(t *testing.T) {
	builtin, err := glossary.BuiltinEntries()
	if err != nil {
		t.Fatal(err)
	}
	before := cloneAll(builtin)
	ptrs := slices.Clone(builtin)
	ed := NewEditor(builtin, nil)
	putin, _ := ed.current("ru-putin-vladimir")
	e := putin.Clone()
	e.Bengali = append(e.Bengali, "ভ্লাদিমির পুতিনজি")
	e.English[0] = "V. Putin"
	if ps, err := ed.Update(e); err != nil || len(ps) > 0 {
		t.Fatalf("update: %v %v", ps, err)
	}
	if ps, err := ed.Add(&glossary.Entry{Kind: glossary.Place, Country: "MN", Bengali: []string{"সোনগিনো"}, English: []string{"Songino"}}); err != nil || len(ps) > 0 {
		t.Fatalf("add: %v %v", ps, err)
	}
	ed.Hide("kp-kim-jong-un")
	if _, err := ed.Glossary(); err != nil {
		t.Fatal(err)
	}
	ed.Undo()
	ed.Delete("ru-putin-vladimir")
	if !slices.Equal(builtin, ptrs) || !reflect.DeepEqual(builtin, before) {
		t.Errorf("the built-in entries changed")
	}
}

func TestSuggestAddsFromAnnotation(t *testing.T) {
	ed := NewEditor(testBuiltin(), nil)
	g, _ := ed.Glossary()
	a := g.Annotate("রাজধানী পিয়ংইয়ংয়ে মন্ত্রী সোনগিনোর সঙ্গে বৈঠক")
	var unknown *glossary.Span
	for i := range a.Spans {
		if a.Spans[i].Unknown {
			unknown = &a.Spans[i]
		}
	}
	if unknown == nil {
		t.Fatalf("got spans %+v; want an unknown name", a.Spans)
	}
	e := glossary.Suggest(*unknown)
	if ps, err := ed.Add(e); err != nil || len(ps) > 0 {
		t.Fatalf("adding the suggestion %+v: %v %v", e, ps, err)
	}
	g, _ = ed.Glossary()
	a = g.Annotate("রাজধানী পিয়ংইয়ংয়ে মন্ত্রী সোনগিনোর সঙ্গে বৈঠক")
	for _, s := range a.Spans {
		if s.Unknown {
			t.Errorf("got %q still unknown after adding %+v", s.Text, e)
		}
	}
}
