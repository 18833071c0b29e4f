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
	v := reflect.ValueOf(e).Elem()
	for _, c := range tableColumns {
		i, ok := h[c.name]
		if !ok || i >= len(cols) {
			continue
		}
		s := strings.TrimSpace(cols[i])
		if c.list {
			v.Field(c.field).Set(reflect.ValueOf(splitList(s)))
		} else {
			v.Field(c.field).SetString(s)
		}
	}
	return e
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
		header Header
		width  int
		rows   []TableRow
	)
	ls := textfile.Lines(text)
	for i, l := range ls {
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#") {
			continue
		}
		cols := strings.Split(l, "\t")
		if header == nil {
			h, err := ParseHeader(cols, required, "tab")
			if err != nil {
				return nil, &LineError{name, i + 1, err.Error()}
			}
			header, width = h, len(cols)
			continue
		}
		if len(cols) != width {
			return nil, &LineError{name, i + 1, fmt.Sprintf("want %d tab-separated fields as in the header, got %d", width, len(cols))}
		}
		rows = append(rows, TableRow{i + 1, l, EntryFromRow(cols, header)})
	}
	if header == nil {
		return nil, &LineError{name, max(len(ls), 1), NoHeader}
	}
	return rows, nil
}

// NoHeader is the message for a table without a header line.
const NoHeader = "no header line naming the columns (id, kind, country, bengali, english, …)"
