package glossary

import (
	"bufio"
	"fmt"
	"io"
	"io/fs"
	"strings"
	"unicode/utf8"
)

// LineError is an error at one line of a glossary file.
type LineError struct {
	File string
	Line int
	Msg  string
}

func (e *LineError) Error() string {
	return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
}

// tsvColumns are the columns a glossary TSV file must have.
var tsvColumns = []string{"id", "kind", "country", "bengali", "english"}

// ParseTSV reads a glossary in the tab-separated format described in
// resources/glossary/README.md. Columns are found by their header name.
func ParseTSV(name string, r io.Reader) ([]*Entry, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	var (
		header  map[string]int
		entries []*Entry
		line    int
	)
	for sc.Scan() {
		line++
		text := sc.Text()
		if line == 1 {
			text = strings.TrimPrefix(text, "\ufeff")
		}
		if !utf8.ValidString(text) {
			return nil, &LineError{name, line, "not valid UTF-8"}
		}
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		cols := strings.Split(text, "\t")
		if header == nil {
			h, err := parseHeader(cols)
			if err != nil {
				return nil, &LineError{name, line, err.Error()}
			}
			header = h
			continue
		}
		if len(cols) != len(header) {
			return nil, &LineError{name, line, fmt.Sprintf("want %d tab-separated fields as in the header, got %d", len(header), len(cols))}
		}
		e := EntryFromColumns(cols, header)
		e.Origin = "builtin"
		entries = append(entries, e)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", name, line+1, err)
	}
	if header == nil {
		return nil, &LineError{name, line, "no header line"}
	}
	return entries, nil
}

func parseHeader(cols []string) (map[string]int, error) {
	h := make(map[string]int, len(cols))
	for i, c := range cols {
		c = strings.TrimSpace(c)
		if _, dup := h[c]; dup {
			return nil, fmt.Errorf("column %q twice in the header", c)
		}
		h[c] = i
	}
	for _, c := range tsvColumns {
		if _, ok := h[c]; !ok {
			return nil, fmt.Errorf("header lacks the %q column", c)
		}
	}
	return h, nil
}

// EntryFromColumns builds an entry from one row of a table whose header
// maps column names (as in the built-in files) to indexes; missing
// columns leave their fields empty.
func EntryFromColumns(cols []string, h map[string]int) *Entry {
	get := func(name string) string {
		if i, ok := h[name]; ok && i < len(cols) {
			return strings.TrimSpace(cols[i])
		}
		return ""
	}
	list := func(name string) []string { return splitList(get(name)) }
	return &Entry{
		ID:        get("id"),
		Kind:      Kind(get("kind")),
		Country:   get("country"),
		Bengali:   list("bengali"),
		Short:     list("short"),
		English:   list("english"),
		Native:    get("native"),
		Hanja:     get("hanja"),
		Roman:     get("roman"),
		NoteEN:    get("note_en"),
		NoteBN:    get("note_bn"),
		AsOf:      get("as_of"),
		Russian:   get("russian"),
		Korean:    get("korean"),
		DemonymBN: list("demonym_bn"),
		DemonymEN: get("demonym_en"),
	}
}

func splitList(s string) []string {
	if s == "" {
		return nil
	}
	parts := strings.Split(s, "|")
	out := parts[:0]
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// LoadFS reads the named TSV files from fsys, in order.
func LoadFS(fsys fs.FS, names ...string) ([]*Entry, error) {
	var all []*Entry
	for _, n := range names {
		f, err := fsys.Open(n)
		if err != nil {
			return nil, err
		}
		es, err := ParseTSV(n, f)
		f.Close()
		if err != nil {
			return nil, err
		}
		all = append(all, es...)
	}
	return all, nil
}
