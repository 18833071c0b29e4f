package glossary

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pathok/pathok/glossary/bangla"
	"github.com/sahilm/fuzzy"
	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// Result is one entry found by Search.
type Result struct {
	Entry *Entry
	// Field names the form that matched: "bengali", "english", "native",
	// "roman", "hanja", "short", "russian", "korean".
	Field string
	// Text is the matching form; Matched holds the rune offsets in Text
	// of the query's characters, for marking them.
	Text    string
	Matched []int
	Score   int
}

type searchString struct {
	entry int32
	field string
	text  string // normalised, as shown
	fold  string // lower-cased, for narrowing
}

// searchIndex narrows a query to the strings that hold all its letters
// before fuzzy ranking, since ranking every string of a 100,000-entry
// glossary costs tens of milliseconds per keystroke.
type searchIndex struct {
	strs     []searchString
	postings map[rune][]int32 // rune → strings that contain it, ascending
}

func (g *Glossary) searchIndex() *searchIndex {
	g.searchOnce.Do(func() {
		ix := &searchIndex{postings: make(map[rune][]int32)}
		add := func(e int, field, s string) {
			if s == "" {
				return
			}
			s = bangla.NormalizeString(s)
			id := int32(len(ix.strs))
			ix.strs = append(ix.strs, searchString{int32(e), field, s, strings.ToLower(s)})
			seen := map[rune]bool{}
			for _, r := range strings.ToLower(s) {
				if seen[r] || unicode.IsSpace(r) {
					continue
				}
				seen[r] = true
				ix.postings[r] = append(ix.postings[r], id)
			}
		}
		for i, e := range g.entries {
			for _, s := range e.Bengali {
				add(i, "bengali", s)
			}
			for _, s := range e.English {
				add(i, "english", s)
			}
			for _, s := range e.Short {
				s, _ = ShortForm(s)
				add(i, "short", s)
			}
			add(i, "native", e.Native)
			add(i, "roman", e.Roman)
			add(i, "hanja", e.Hanja)
			if e.Russian != e.Native {
				add(i, "russian", e.Russian)
			}
			if e.Korean != e.Native {
				add(i, "korean", e.Korean)
			}
		}
		g.search = ix
	})
	return g.search
}

// Search finds up to n entries whose forms fuzzily match query, best
// first, one result per entry. The query may be Bengali, English,
// Cyrillic, Hangul or a romanisation.
func (g *Glossary) Search(query string, n int) []Result {
	q := strings.ToLower(strings.TrimSpace(bangla.NormalizeString(query)))
	q = strings.Join(strings.Fields(q), " ")
	if q == "" || n <= 0 {
		return nil
	}
	ix := g.searchIndex()
	cands := ix.narrow(q)
	if len(cands) == 0 {
		return nil
	}
	texts := make([]string, len(cands))
	for i, c := range cands {
		texts[i] = ix.strs[c].text
	}
	best := map[int32]Result{}
	for _, m := range fuzzy.Find(q, texts) {
		s := ix.strs[cands[m.Index]]
		score := m.Score + fieldBonus(s.field)
		if strings.HasPrefix(s.fold, q) {
			score += 50
		}
		if s.fold == q {
			score += 100
		}
		if old, ok := best[s.entry]; ok && old.Score >= score {
			continue
		}
		best[s.entry] = Result{Entry: g.entries[s.entry], Field: s.field, Text: s.text, Matched: runeOffsets(s.text, m.MatchedIndexes), Score: score}
	}
	out := make([]Result, 0, len(best))
	for _, r := range best {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Score != out[j].Score {
			return out[i].Score > out[j].Score
		}
		return out[i].Entry.ID < out[j].Entry.ID
	})
	if len(out) > n {
		out = out[:n]
	}
	return out
}

// fieldBonus lets a headword-like form outrank an alias scoring the same.
func fieldBonus(field string) int {
	switch field {
	case "bengali", "english", "native":
		return 2
	}
	return 0
}

// narrow returns the strings holding every letter of q, by intersecting
// the posting lists from the rarest letter up.
func (ix *searchIndex) narrow(q string) []int32 {
	var lists [][]int32
	seen := map[rune]bool{}
	for _, r := range q {
		if unicode.IsSpace(r) || seen[r] {
			continue
		}
		seen[r] = true
		p, ok := ix.postings[r]
		if !ok {
			return nil
		}
		lists = append(lists, p)
	}
	if len(lists) == 0 {
		return nil
	}
	sort.Slice(lists, func(i, j int) bool { return len(lists[i]) < len(lists[j]) })
	cur := append([]int32(nil), lists[0]...)
	for _, l := range lists[1:] {
		cur = intersect(cur, l)
		if len(cur) == 0 {
			return nil
		}
	}
	return cur
}

func intersect(a, b []int32) []int32 {
	out := a[:0]
	j := 0
	for _, x := range a {
		for j < len(b) && b[j] < x {
			j++
		}
		if j < len(b) && b[j] == x {
			out = append(out, x)
		}
	}
	return out
}

// runeOffsets turns the byte offsets fuzzy reports into rune offsets.
func runeOffsets(s string, bytesIdx []int) []int {
	out := make([]int, len(bytesIdx))
	for i, b := range bytesIdx {
		out[i] = utf8.RuneCountInString(s[:b])
	}
	return out
}

// Sorted returns the entries in Bengali alphabetical order of their
// headwords (CLDR collation), for the "All" list.
func (g *Glossary) Sorted() []*Entry {
	out := append([]*Entry(nil), g.entries...)
	c := collate.New(language.Bengali)
	var buf collate.Buffer
	keys := make(map[*Entry][]byte, len(out))
	for _, e := range out {
		keys[e] = append([]byte(nil), c.KeyFromString(&buf, e.Headword())...)
		buf.Reset()
	}
	sort.SliceStable(out, func(i, j int) bool {
		return string(keys[out[i]]) < string(keys[out[j]])
	})
	return out
}
