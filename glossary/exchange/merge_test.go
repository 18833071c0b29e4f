package exchange

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/pathok/pathok/glossary"
	"github.com/pathok/pathok/glossary/user"
)

func mergeBuiltin() []*glossary.Entry {
	return []*glossary.Entry{
		{ID: "kp-kim-jong-un", Kind: glossary.Person, Country: "KP", Bengali: []string{"কিম জং উন"}, Short: []string{"কিম!"},
			English: []string{"Kim Jong Un"}, Native: "김정은", Origin: "builtin"},
		{ID: "kp-pyongyang", Kind: glossary.Place, Country: "KP", Bengali: []string{"পিয়ংইয়ং"}, English: []string{"Pyongyang"}, Native: "평양", Origin: "builtin"},
		{ID: "ru-lavrov-sergei", Kind: glossary.Person, Country: "RU", Bengali: []string{"সের্গেই লাভরভ"}, English: []string{"Sergei Lavrov"},
			Native: "Сергей Лавров", Origin: "builtin"},
	}
}

func TestMerge(t *testing.T) {
	cases := []struct {
		name     string
		tsv      string // rows under the header bengali, english, kind, country, native, short, id
		added    int
		merged   int
		same     int
		rejected []string // reasons, in part
		check    func(t *testing.T, g *glossary.Glossary, ed *user.Editor)
	}{
		{name: "new entry", tsv: "সোনগিনো\tSongino\tplace\tMN\t\t\t\n", added: 1,
			check: func(t *testing.T, g *glossary.Glossary, ed *user.Editor) {
				if e, ok := g.ByID("user-songino"); !ok || e.Country != "MN" {
					t.Errorf("got %+v; want user-songino from MN", e)
				}
			}},
		{name: "new bengali form by english headword", tsv: "কিম জং-উন২\tKim Jong-un\tperson\tKP\t\t\t\n", merged: 1,
			check: func(t *testing.T, g *glossary.Glossary, ed *user.Editor) {
				e, _ := g.ByID("kp-kim-jong-un")
				if !ed.IsOverridden("kp-kim-jong-un") || !slices.Equal(e.Bengali, []string{"কিম জং উন", "কিম জং-উন২"}) {
					t.Errorf("got %v, overridden %v; want the form added as an override", e.Bengali, ed.IsOverridden("kp-kim-jong-un"))
				}
			}},
		{name: "new english alias by bengali form", tsv: "পিয়ং-ইয়ং\tP'yŏngyang\t\t\t\t\t\n", merged: 1,
			check: func(t *testing.T, g *glossary.Glossary, ed *user.Editor) {
				e, _ := g.ByID("kp-pyongyang")
				if !slices.Equal(e.English, []string{"Pyongyang", "P'yŏngyang"}) || !slices.Equal(e.Bengali, []string{"পিয়ংইয়ং"}) {
					t.Errorf("got %v %v; want the alias added, the same Bengali form not", e.English, e.Bengali)
				}
			}},
		{name: "already there", tsv: "পিয়ংইয়ং\tPyongyang\tplace\tKP\t평양\t\tkp-pyongyang\n", same: 1,
			check: func(t *testing.T, g *glossary.Glossary, ed *user.Editor) {
				if ed.IsOverridden("kp-pyongyang") || ed.CanUndo() {
					t.Errorf("got an override or an undo step for nothing new; want none")
				}
			}},
		{name: "kind conflict", tsv: "পিয়ংইয়ং\tPyongyang\tperson\tKP\t\t\t\n", rejected: []string{"is a place"}},
		{name: "country conflict", tsv: "সের্গেই লাভরভ\tSergei Lavrov\tperson\tUA\t\t\t\n", rejected: []string{"from RU"}},
		{name: "native conflict", tsv: "কিম জং উন\tKim Jong Un\tperson\tKP\t김정일\t\t\n", rejected: []string{"native form"}},
		{name: "names of two entries", tsv: "পিয়ংইয়ং\tSergei Lavrov\t\t\t\t\t\n", rejected: []string{"different entries"}},
		{name: "default short form taken", tsv: "কিম ইয়ো জং\tKim Yo Jong\tperson\tKP\t\tকিম!\t\n", rejected: []string{"default reading"}},
		{name: "builtin namespace id", tsv: "সোনগিনো\tSongino\tplace\tMN\t\t\tmn-songino\n", added: 1,
			check: func(t *testing.T, g *glossary.Glossary, ed *user.Editor) {
				if _, ok := g.ByID("mn-songino"); ok {
					t.Errorf("got the id mn-songino kept; want a user- id")
				}
			}},
		{name: "same name twice in the file", tsv: "সোনগিনো\tSongino\tplace\tMN\t\t\t\nসংগিনো\tSongino\tplace\tMN\t\t\t\n", added: 1, merged: 1,
			check: func(t *testing.T, g *glossary.Glossary, ed *user.Editor) {
				if e, _ := g.ByID("user-songino"); !slices.Equal(e.Bengali, []string{"সোনগিনো", "সংগিনো"}) {
					t.Errorf("got %v; want both forms in one entry", e.Bengali)
				}
			}},
		{name: "invalid row kept out", tsv: "Songino\tSongino\tplace\tMN\t\t\t\nসিন্দো\tSindo\tplace\tKP\t\t\t\n", added: 1, rejected: []string{"no Bengali letters"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			builtin := mergeBuiltin()
			before := make([]*glossary.Entry, len(builtin))
			for i, e := range builtin {
				before[i] = e.Clone()
			}
			ed := user.NewEditor(builtin, nil)
			b, err := Import("in.tsv", strings.NewReader("bengali\tenglish\tkind\tcountry\tnative\tshort\tid\n"+c.tsv), TSV)
			if err != nil {
				t.Fatal(err)
			}
			rep := Merge(ed, b)
			if rep.Added != c.added || rep.Merged != c.merged || rep.Unchanged != c.same || len(rep.Rejected) != len(c.rejected) {
				t.Fatalf("got %+v; want %d added, %d merged, %d unchanged, %d rejected", rep, c.added, c.merged, c.same, len(c.rejected))
			}
			for i, why := range c.rejected {
				if r := rep.Rejected[i]; !strings.Contains(r.Reason, why) || r.Line < 2 || r.Text == "" {
					t.Errorf("got rejection %+v; want one with its line and text saying %q", r, why)
				}
			}
			g, err := ed.Glossary()
			if err != nil {
				t.Fatal(err)
			}
			if c.check != nil {
				c.check(t, g, ed)
			}
			if !reflect.DeepEqual(builtin, before) {
				t.Errorf("the built-in entries changed")
			}
			// The whole import is one undo step.
			if rep.Added+rep.Merged > 0 {
				if desc, ok := ed.Undo(); !ok || !strings.HasPrefix(desc, "Imported") || ed.CanUndo() {
					t.Errorf("got undo %q, %v, more %v; want one step for the import", desc, ok, ed.CanUndo())
				}
				if u := ed.User(); len(u.Entries) != 0 {
					t.Errorf("got %d entries after undoing the import; want none", len(u.Entries))
				}
			}
		})
	}
}

// TestMergeRoundTrip moves a user glossary to a fresh one through each
// format: what the format carries arrives.
func TestMergeRoundTrip(t *testing.T) {
	src := user.NewEditor(mergeBuiltin(), nil)
	for _, e := range []*glossary.Entry{
		{Kind: glossary.Person, Country: "KP", Bengali: []string{"কিম জু এ", "কিম জু-এ"}, English: []string{"Kim Ju Ae"}, Native: "김주애", NoteEN: "Daughter"},
		{Kind: glossary.Place, Country: "MN", Bengali: []string{"সোনগিনো"}, English: []string{"Songino"}},
	} {
		if ps, err := src.Add(e); err != nil || len(ps) > 0 {
			t.Fatal(ps, err)
		}
	}
	override := mergeBuiltin()[1]
	override.Bengali = append(override.Bengali, "পিয়ংইয়াং")
	if ps, err := src.Update(override); err != nil || len(ps) > 0 {
		t.Fatal(ps, err)
	}
	for _, f := range []Format{JSON, TSV, CSV, TBX, OmegaT} {
		t.Run(string(f), func(t *testing.T) {
			b := importBytes(t, export(t, src.User().Entries, f), f)
			dst := user.NewEditor(mergeBuiltin(), nil)
			rep := Merge(dst, b)
			if rep.Added != 2 || rep.Merged != 1 || len(rep.Rejected) != 0 {
				t.Fatalf("got %+v; want 2 added, 1 merged", rep)
			}
			g, _ := dst.Glossary()
			for _, word := range []string{"কিম জু-এর", "সোনগিনোতে", "পিয়ংইয়াংয়ের"} {
				if _, ok := g.Lookup(word); !ok {
					t.Errorf("got %q unknown after the import; want it found", word)
				}
			}
			if !dst.IsOverridden("kp-pyongyang") {
				t.Errorf("got kp-pyongyang not overridden; want the new form as an override")
			}
		})
	}
}

func TestCheck(t *testing.T) {
	cases := []struct {
		name  string
		tsv   string
		lines []int
	}{
		{"clean", "user-a\tক\tKa\nuser-b\tখ\tKha\n", nil},
		{"id twice", "user-a\tক\tKa\nuser-a\tখ\tKha\n", []int{3}},
		{"form twice", "user-a\tকিম জু এ\tKa\n\tকিম জু-এ\tKha\n", []int{3}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b, err := Import("in.tsv", strings.NewReader("id\tbengali\tenglish\n"+c.tsv), TSV)
			if err != nil {
				t.Fatal(err)
			}
			var lines []int
			for _, r := range Check(b) {
				lines = append(lines, r.Line)
			}
			if !slices.Equal(lines, c.lines) {
				t.Errorf("got problems on lines %v (%v); want %v", lines, Check(b), c.lines)
			}
		})
	}
}
