package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/pathok/pathok/glossary"
)

func glossaryCmd(args []string, stdin io.Reader, stdout io.Writer) error {
	if len(args) == 0 {
		return fmt.Errorf("glossary: say search, lookup, stats, import, export or validate: %w", errUsage)
	}
	switch args[0] {
	case "search":
		return searchCmd(args[1:], stdout)
	case "lookup":
		return lookupCmd(args[1:], stdout)
	case "stats":
		return statsCmd(args[1:], stdout)
	case "import":
		return importCmd(args[1:], stdin, stdout)
	case "export":
		return exportCmd(args[1:], stdout)
	case "validate":
		return validateCmd(args[1:], stdin, stdout)
	}
	return fmt.Errorf("glossary: unknown command %q: %w", args[0], errUsage)
}

// searchItem is one result of glossary search -format json.
type searchItem struct {
	ID      string        `json:"id"`
	English string        `json:"english"`
	Bengali string        `json:"bengali"`
	Native  string        `json:"native,omitempty"`
	Kind    glossary.Kind `json:"kind"`
	Country string        `json:"country"`
	Matched searchMatch   `json:"matched"`
	Score   int           `json:"score"`
}

// searchMatch is the form that matched and the field it is in.
type searchMatch struct {
	Field string `json:"field"`
	Form  string `json:"form"`
}

func searchCmd(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("glossary search", flag.ContinueOnError)
	n := fs.Int("n", 10, "how many results")
	format := fs.String("format", "text", "output format: text or json")
	userFile := fs.String("glossary", "", "a glossary file loaded over the built-in one")
	words, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(words) == 0 {
		return fmt.Errorf("glossary search: no query: %w", errUsage)
	}
	if *format != "text" && *format != "json" {
		return fmt.Errorf("glossary search: unknown format %q (want text or json): %w", *format, errUsage)
	}
	if *n < 1 {
		return fmt.Errorf("glossary search: -n %d: want at least 1: %w", *n, errUsage)
	}
	g, err := loadGlossary(*userFile)
	if err != nil {
		return err
	}
	results := g.Search(strings.Join(words, " "), *n)
	if *format == "json" {
		items := make([]searchItem, len(results))
		for i, r := range results {
			e := r.Entry
			items[i] = searchItem{ID: e.ID, English: e.EnglishHeadword(), Bengali: e.Headword(), Native: e.Native,
				Kind: e.Kind, Country: e.Country, Matched: searchMatch{r.Field, r.Text}, Score: r.Score}
		}
		b, err := json.MarshalIndent(items, "", "  ")
		if err != nil {
			return err
		}
		_, err = stdout.Write(append(b, '\n'))
		return err
	}
	var b strings.Builder
	for _, r := range results {
		fmt.Fprintf(&b, "%-28s %s — %s", r.Entry.ID, r.Entry.Headword(), r.Entry.EnglishHeadword())
		if r.Entry.Native != "" {
			fmt.Fprintf(&b, " (%s)", r.Entry.Native)
		}
		fmt.Fprintf(&b, "   [%s: %s]\n", r.Field, markRunes(r.Text, r.Matched))
	}
	if b.Len() == 0 {
		b.WriteString("no entries match\n")
	}
	_, err = io.WriteString(stdout, b.String())
	return err
}

// markRunes brackets the matched runes of s: ল্যা[ভ][র]ভ.
func markRunes(s string, matched []int) string {
	set := make(map[int]bool, len(matched))
	for _, m := range matched {
		set[m] = true
	}
	var b strings.Builder
	for i, r := range []rune(s) {
		if set[i] {
			b.WriteString("[" + string(r) + "]")
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func lookupCmd(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("glossary lookup", flag.ContinueOnError)
	userFile := fs.String("glossary", "", "a glossary file loaded over the built-in one")
	words, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(words) == 0 {
		return fmt.Errorf("glossary lookup: no word: %w", errUsage)
	}
	g, err := loadGlossary(*userFile)
	if err != nil {
		return err
	}
	word := strings.Join(words, " ")
	s, ok := g.Lookup(word)
	if !ok {
		return fmt.Errorf("%q is not a glossary name, nor one with a case ending", word)
	}
	var b strings.Builder
	e := s.Entry
	fmt.Fprintf(&b, "%s\n  entry:   %s (%s, %s)\n  bengali: %s\n  english: %s\n", word, e.ID, e.Kind, e.Country,
		strings.Join(e.Bengali, " | "), strings.Join(e.English, " | "))
	for _, f := range []struct{ label, v string }{
		{"native", e.Native}, {"hanja", e.Hanja}, {"roman", e.Roman}, {"note", e.NoteEN}, {"নোট", e.NoteBN}, {"as of", e.AsOf},
	} {
		if f.v != "" {
			fmt.Fprintf(&b, "  %-8s %s\n", f.label+":", f.v)
		}
	}
	if s.ReadingNote() != "" {
		fmt.Fprintf(&b, "  reading: %s\n", s.ReadingNote())
	} else {
		fmt.Fprintf(&b, "  reading: %s, as written (%s)\n", s.Gloss, s.Kind)
	}
	_, err = io.WriteString(stdout, b.String())
	return err
}

func statsCmd(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("glossary stats", flag.ContinueOnError)
	userFile := fs.String("glossary", "", "a glossary file loaded over the built-in one")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	g, err := loadGlossary(*userFile)
	if err != nil {
		return err
	}
	st := glossary.StatsOf(g.Entries())
	var b strings.Builder
	fmt.Fprintf(&b, "entries: %d (%d Bengali forms, %d short forms, %d English forms)\n", st.Entries, st.BengaliForms, st.ShortForms, st.EnglishForms)
	writeCounts(&b, "by kind", st.ByKind)
	writeCounts(&b, "by country (top 15)", topN(st.ByCountry, 15))
	writeCounts(&b, "by origin", st.ByOrigin)
	b.WriteString("share of entries with each optional field:\n")
	fields := make([]string, 0, len(st.WithField))
	for f := range st.WithField {
		fields = append(fields, f)
	}
	sort.Strings(fields)
	for _, f := range fields {
		fmt.Fprintf(&b, "  %-11s %5.1f%%  (%d)\n", f, 100*float64(st.WithField[f])/float64(max(st.Entries, 1)), st.WithField[f])
	}
	_, err = io.WriteString(stdout, b.String())
	return err
}

func writeCounts(b *strings.Builder, title string, m map[string]int) {
	fmt.Fprintf(b, "%s:\n", title)
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if m[keys[i]] != m[keys[j]] {
			return m[keys[i]] > m[keys[j]]
		}
		return keys[i] < keys[j]
	})
	for _, k := range keys {
		fmt.Fprintf(b, "  %-11s %d\n", k, m[k])
	}
}

func topN(m map[string]int, n int) map[string]int {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return m[keys[i]] > m[keys[j]] || m[keys[i]] == m[keys[j]] && keys[i] < keys[j] })
	out := map[string]int{}
	for i, k := range keys {
		if i == n {
			break
		}
		out[k] = m[k]
	}
	return out
}
