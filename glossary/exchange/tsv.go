package exchange

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/pathok/pathok/glossary"
)

// readTSV reads the built-in glossary's format (glossary.ParseTSV), here
// with every row's line kept for the import report.
func readTSV(name, text string) ([]row, error) {
	var (
		header map[string]int
		width  int
		rows   []row
	)
	ls := lines(text)
	for i, l := range ls {
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#") {
			continue
		}
		cols := strings.Split(l, "\t")
		if header == nil {
			h, err := parseHeader(cols, "tab")
			if err != nil {
				return nil, &glossary.LineError{File: name, Line: i + 1, Msg: err.Error()}
			}
			header, width = h, len(cols)
			continue
		}
		if len(cols) != width {
			return nil, &glossary.LineError{File: name, Line: i + 1, Msg: fmt.Sprintf("want %d tab-separated fields as in the header, got %d", width, len(cols))}
		}
		rows = append(rows, row{i + 1, l, glossary.EntryFromColumns(cols, header)})
	}
	if header == nil {
		return nil, &glossary.LineError{File: name, Line: len(ls), Msg: "no header line naming the columns (id, kind, country, bengali, english, …)"}
	}
	return rows, nil
}

// writeTSV writes every column, so that the file loads as a built-in
// glossary file would. A tab or line break inside a field would break
// the row, so it becomes a space.
func writeTSV(w io.Writer, entries []*glossary.Entry) error {
	var b bytes.Buffer
	fmt.Fprintf(&b, "# Pathok glossary: %d entries; columns as in Pathok's resources/glossary/README.md\n", len(entries))
	b.WriteString(strings.Join(columns, "\t") + "\n")
	for _, e := range entries {
		cols := toColumns(e)
		for i, c := range cols {
			cols[i] = oneLine(c)
		}
		b.WriteString(strings.Join(cols, "\t") + "\n")
	}
	_, err := w.Write(b.Bytes())
	return err
}

var lineBreaks = strings.NewReplacer("\t", " ", "\r\n", " ", "\n", " ", "\r", " ")

func oneLine(s string) string { return lineBreaks.Replace(s) }
