package glossary

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pathok/pathok/glossary/bangla"
)

// The built-in glossary is what readers trust: every entry is checked.

func TestBuiltinEntriesValid(t *testing.T) {
	entries, err := BuiltinEntries()
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	for _, e := range entries {
		if ids[e.ID] {
			t.Errorf("%s: id used twice", e.ID)
		}
		ids[e.ID] = true
		for _, p := range Validate(e) {
			t.Errorf("%s: %s", e.ID, p)
		}
		if e.NoteEN == "" || e.NoteBN == "" || e.AsOf == "" {
			t.Errorf("%s: note_en, note_bn and as_of are required in the built-in glossary", e.ID)
		}
		if _, ok := nativeScripts[e.Country]; ok && e.Native == "" && !strings.HasPrefix(e.ID, "cc-") {
			t.Errorf("%s: an entry from %s needs its native form", e.ID, e.Country)
		}
	}
}

func TestBuiltinCoverage(t *testing.T) {
	entries, err := BuiltinEntries()
	if err != nil {
		t.Fatal(err)
	}
	curated, countries := 0, 0
	for _, e := range entries {
		if strings.HasPrefix(e.ID, "cc-") {
			countries++
		} else {
			curated++
		}
	}
	if curated < 1200 {
		t.Errorf("got %d curated entries; want at least 1,200", curated)
	}
	if countries < 240 {
		t.Errorf("got %d generated countries and territories; want every one CLDR names (about 250)", countries)
	}
}

func TestBuiltinClashesResolved(t *testing.T) {
	entries, err := BuiltinEntries()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range Clashes(entries) {
		if c.Rule == "" {
			t.Errorf("Bengali form %q is shared by %v with no rule to choose", c.Form, c.IDs)
		}
	}
}

// Descriptions such as রাশিয়ার পররাষ্ট্র মন্ত্রণালয় are not names: the
// name in them is the country, which the reader should see highlighted as
// such.
func TestBuiltinNoGenitiveCountryPrefix(t *testing.T) {
	entries, err := BuiltinEntries()
	if err != nil {
		t.Fatal(err)
	}
	countries := map[string]bool{}
	for _, e := range entries {
		if strings.HasPrefix(e.ID, "cc-") {
			for _, b := range e.Bengali {
				countries[bangla.Key(b)] = true
			}
		}
	}
	for _, e := range entries {
		if strings.HasPrefix(e.ID, "cc-") {
			continue
		}
		for _, b := range e.Bengali {
			words := strings.Fields(b)
			for k := 1; k < len(words) && k <= 3; k++ {
				head := bangla.NormalizeString(strings.Join(words[:k], " "))
				for _, suf := range []string{"য়ের", "ের", "র"} {
					if base, ok := strings.CutSuffix(head, bangla.NormalizeString(suf)); ok && countries[bangla.Key(base)] {
						t.Errorf("%s: %q starts with a country in the genitive", e.ID, b)
					}
				}
			}
		}
	}
}

// Every name in the gold articles that belongs to Russia or the Koreas is
// in the glossary, with the spelling the article uses: annotating the
// article highlights that very surface with the right English name.
func TestSeedNamesInGlossary(t *testing.T) {
	golds, _ := filepath.Glob("../../shared/seeds/*.gold.tsv")
	if len(golds) == 0 {
		t.Skip("../shared/seeds not found")
	}
	g, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range golds {
		text, err := os.ReadFile(strings.TrimSuffix(path, ".gold.tsv") + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		found := map[string][]string{} // surface → glosses of known names
		for _, s := range g.Annotate(string(text)).Spans {
			if s.Entry != nil {
				found[s.Text] = append(found[s.Text], s.Gloss)
			}
		}
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			cols := strings.Split(sc.Text(), "\t")
			if len(cols) != 4 || strings.HasPrefix(cols[0], "#") || cols[3] != "req" {
				continue
			}
			switch cols[0] {
			case "person", "place", "org":
			default:
				continue
			}
			want := strings.Split(cols[2], "|")
			glosses, ok := found[cols[1]]
			if !ok {
				t.Errorf("%s: %q (%s) is not highlighted as a glossary name", filepath.Base(path), cols[1], cols[2])
				continue
			}
			for _, gl := range glosses {
				if !containsName(want, gl) {
					t.Errorf("%s: %q reads as %q; want one of %q", filepath.Base(path), cols[1], gl, want)
				}
			}
		}
		f.Close()
	}
}

func containsName(names []string, s string) bool {
	norm := func(s string) string {
		return strings.Map(func(r rune) rune {
			if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
				return r
			}
			if r >= 'A' && r <= 'Z' {
				return r + 'a' - 'A'
			}
			return -1
		}, s)
	}
	for _, n := range names {
		if norm(n) == norm(s) {
			return true
		}
	}
	return false
}
