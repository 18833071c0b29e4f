package glossary

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/pathok/pathok/glossary/textfile"
)

// A glossary table is the built-in files' format (resources/glossary/
// README.md): one entry a row, a header naming the columns, list fields
// joined with "|". The built-in loader (ParseTSV) and the exchange formats
// (TSV and CSV import and export) read and write it through this file, so
// the columns are listed once: they are the json names of Entry's fields.

// tableColumn is one column of a glossary table and the Entry field it fills.
type tableColumn struct {
	name  string
	field int  // index into Entry's fields
	list  bool // a []string joined with "|"
}

var tableColumns = func() []tableColumn {
	var cols []tableColumn
	t := reflect.TypeFor[Entry]()
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "" || name == "-" {
			continue
		}
		cols = append(cols, tableColumn{name, i, f.Type.Kind() == reflect.Slice})
	}
	return cols
}()

// Columns are the columns of a glossary table, in the order they are
// written.
var Columns = func() []string {
	names := make([]string, len(tableColumns))
	for i, c := range tableColumns {
		names[i] = c.name
	}
	return names
}()

// BuiltinColumns are the columns every built-in file must have. An
// import (package exchange) needs only RequiredColumns: it fills in an
// empty kind, country and id itself.
var (
	BuiltinColumns  = []string{"id", "kind", "country", "bengali", "english"}
	RequiredColumns = []string{"bengali", "english"}
)

// Header maps the columns a table names (lower-cased) to their index.
type Header map[string]int

// ParseHeader reads a header row. Names are matched without regard to
// case or surrounding space; unknown columns are kept but never read. sep
// names the separator for the message ("tab", "comma").
func ParseHeader(cols []string, required []string, sep string) (Header, error) {
	h := make(Header, len(cols))
	for i, c := range cols {
		c = strings.ToLower(strings.TrimSpace(c))
		if _, dup := h[c]; dup && c != "" {
			return nil, fmt.Errorf("column %q twice in the header", c)
		}
		h[c] = i
	}
	for _, c := range required {
		if _, ok := h[c]; !ok {
			return nil, fmt.Errorf("no header line: the first line must name the %s-separated columns, at least %s (see resources/glossary/README.md); it lacks %q",
				sep, strings.Join(required, ", "), c)
		}
	}
	return h, nil
}

// EntryFromRow builds an entry from one row of a table with header h;
// missing columns leave their fields empty.
func EntryFromRow(cols []string, h Header) *Entry {
	e := &Entry{}
	newRowReader(h).fill(e, cols, nil)
	return e
}

// rowReader fills entries from the rows of one table: which column goes
// to which field is found once, from the header, not again for every row.
type rowReader []struct {
	col int // index into the row
	tableColumn
}

func newRowReader(h Header) rowReader {
	r := make(rowReader, 0, len(tableColumns))
	for _, c := range tableColumns {
		if i, ok := h[c.name]; ok {
			r = append(r, struct {
				col int
				tableColumn
			}{i, c})
		}
	}
	return r
}

// fill sets e's fields from a row; lists are cut from strs when it is not
// nil, which spares an allocation for each.
func (rr rowReader) fill(e *Entry, cols []string, strs *stringArena) {
	v := reflect.ValueOf(e).Elem()
	for _, c := range rr {
		if c.col >= len(cols) {
			continue
		}
		s := strings.TrimSpace(cols[c.col])
		if c.list {
			v.Field(c.field).Set(reflect.ValueOf(strs.splitList(s)))
		} else {
			v.Field(c.field).SetString(s)
		}
	}
}

// Row is e's row, in the order of Columns.
func (e *Entry) Row() []string {
	v := reflect.ValueOf(e).Elem()
	row := make([]string, len(tableColumns))
	for i, c := range tableColumns {
		if c.list {
			row[i] = strings.Join(v.Field(c.field).Interface().([]string), "|")
		} else {
			row[i] = v.Field(c.field).String()
		}
	}
	return row
}

func splitList(s string) []string { return (*stringArena)(nil).splitList(s) }

// stringArena hands out string slices cut from larger blocks, for the
// many short lists of a table read whole.
type stringArena struct{ block []string }

// splitList splits a "|"-joined list, dropping empty parts and the space
// around each. A nil arena allocates the list on its own.
func (a *stringArena) splitList(s string) []string {
	if s == "" {
		return nil
	}
	n := strings.Count(s, "|") + 1
	var out []string
	if a == nil || n > 64 {
		out = make([]string, 0, n)
	} else {
		if cap(a.block)-len(a.block) < n {
			a.block = make([]string, 0, 1024)
		}
		out = a.block[len(a.block):len(a.block)]
	}
	for p := range strings.SplitSeq(s, "|") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	if len(out) == 0 {
		// strings.Split kept an empty backing array here: so do we, as
		// a list that was all separators is not nil.
		return out
	}
	if a != nil && n <= 64 {
		a.block = a.block[:len(a.block)+len(out)]
		out = out[:len(out):len(out)] // an append to the list must not reach into the next
	}
	return out
}

// TableRow is one entry as read from a table, with where it came from.
type TableRow struct {
	Line  int    // 1-based
	Text  string // the row as written
	Entry *Entry
}

// ReadTSV reads a glossary table from decoded text: blank lines and lines
// starting with # are skipped, the first other line is the header, which
// must name the required columns; every row must have as many fields as
// the header. Lines end in "\n" or "\r\n".
func ReadTSV(name, text string, required []string) ([]TableRow, error) {
	var (
		header  Header
		reader  rowReader
		width   int
		rows    []TableRow
		cols    []string
		entries []Entry // allocated a block at a time
		strs    stringArena
	)
	ls := textfile.Lines(text)
	for i, l := range ls {
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#") {
			continue
		}
		cols = splitTabs(cols[:0], l)
		if header == nil {
			h, err := ParseHeader(cols, required, "tab")
			if err != nil {
				return nil, &LineError{name, i + 1, err.Error()}
			}
			header, reader, width = h, newRowReader(h), len(cols)
			rows = make([]TableRow, 0, len(ls)-i-1)
			continue
		}
		if len(cols) != width {
			return nil, &LineError{name, i + 1, fmt.Sprintf("want %d tab-separated fields as in the header, got %d", width, len(cols))}
		}
		if len(entries) == 0 {
			entries = make([]Entry, min(len(ls)-i, 256))
		}
		e := &entries[0]
		entries = entries[1:]
		reader.fill(e, cols, &strs)
		rows = append(rows, TableRow{i + 1, l, e})
	}
	if header == nil {
		return nil, &LineError{name, max(len(ls), 1), NoHeader}
	}
	return rows, nil
}

// splitTabs appends the tab-separated fields of l to dst.
func splitTabs(dst []string, l string) []string {
	for {
		i := strings.IndexByte(l, '\t')
		if i < 0 {
			return append(dst, l)
		}
		dst = append(dst, l[:i])
		l = l[i+1:]
	}
}

// NoHeader is the message for a table without a header line.
const NoHeader = "no header line naming the columns (id, kind, country, bengali, english, …)"
