package figures

import (
	"bufio"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/pathok/pathok/glossary/bangla"
)

// The seed articles with hand-made gold figures live outside the module;
// this test holds Find to them when they are there.
const seedDir = "../../../shared/seeds"

type goldFigure struct {
	start, end int
	surface    string
	values     []string
	required   bool
}

var figureKinds = map[string]bool{"number": true, "percent": true, "money": true, "date": true,
	"time": true, "range": true, "duration": true}

func isGoldWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r)
}

// loadGoldFigures places the rows of a gold file in the normalised article
// the way the scorer does (longest surfaces first, at word boundaries,
// never overlapping) and returns the figure spans among them.
func loadGoldFigures(t *testing.T, path string, text []rune) []goldFigure {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	type row struct {
		figure   bool
		surface  []rune
		values   []string
		required bool
	}
	var rows []row
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 4 {
			t.Fatalf("%s: %q: want 4 tab-separated columns", path, line)
		}
		rows = append(rows, row{figureKinds[cols[0]], bangla.Normalize(cols[1]).Runes, strings.Split(cols[2], "|"), cols[3] == "req"})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	sort.SliceStable(rows, func(i, j int) bool { return len(rows[i].surface) > len(rows[j].surface) })
	taken := make([]bool, len(text))
	var out []goldFigure
	for _, r := range rows {
		pat := r.surface
		for i := 0; i+len(pat) <= len(text); i++ {
			if string(text[i:i+len(pat)]) != string(pat) ||
				i > 0 && isGoldWordRune(text[i-1]) && isGoldWordRune(pat[0]) ||
				i+len(pat) < len(text) && isGoldWordRune(text[i+len(pat)]) && isGoldWordRune(pat[len(pat)-1]) {
				continue
			}
			free := true
			for k := i; k < i+len(pat); k++ {
				free = free && !taken[k]
			}
			if !free {
				continue
			}
			for k := i; k < i+len(pat); k++ {
				taken[k] = true
			}
			if r.figure {
				out = append(out, goldFigure{i, i + len(pat), string(pat), r.values, r.required})
			}
		}
	}
	return out
}

func sameValue(a, b string) bool {
	clean := func(s string) string {
		return strings.ToLower(strings.NewReplacer(",", "", " ", "").Replace(strings.TrimSpace(s)))
	}
	return clean(a) == clean(b)
}

func TestSeeds(t *testing.T) {
	golds, _ := filepath.Glob(filepath.Join(seedDir, "*.gold.tsv"))
	if len(golds) == 0 {
		t.Skip("no seed articles in " + seedDir)
	}
	for _, gp := range golds {
		name := strings.TrimSuffix(filepath.Base(gp), ".gold.tsv")
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(strings.TrimSuffix(gp, ".gold.tsv") + ".txt")
			if err != nil {
				t.Fatal(err)
			}
			text := bangla.Normalize(strings.TrimPrefix(string(raw), "\ufeff")).Runes
			gold := loadGoldFigures(t, gp, text)
			got := Find(text)
			for _, g := range gold {
				if !g.required {
					continue
				}
				var seen []string
				ok := false
				for _, m := range got {
					if m.Start < g.end && g.start < m.End {
						seen = append(seen, string(text[m.Start:m.End])+"="+m.Value)
						for _, v := range g.values {
							ok = ok || sameValue(v, m.Value)
						}
					}
				}
				if !ok {
					t.Errorf("gold %q at %d: got %v; want a figure with value %s", g.surface, g.start, seen, strings.Join(g.values, "|"))
				}
			}
			for _, m := range got {
				hit := false
				for _, g := range gold {
					hit = hit || m.Start < g.end && g.start < m.End
				}
				if !hit {
					t.Errorf("false figure %q (%s %s, %q) at %d; want none", string(text[m.Start:m.End]), m.Kind, m.Value, m.Gloss, m.Start)
				}
			}
		})
	}
}
