package exchange

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/pathok/pathok/glossary"
)

// readTSV reads the built-in glossary's format with the parser the
// built-in loader uses, but requires only the Bengali and English
// columns: Import fills in a missing kind, country and id.
func readTSV(name, text string) ([]row, error) {
	trs, err := glossary.ReadTSV(name, text, glossary.RequiredColumns)
	if err != nil {
		return nil, err
	}
	rows := make([]row, len(trs))
	for i, r := range trs {
		rows[i] = row{r.Line, r.Text, r.Entry}
	}
	return rows, nil
}

// writeTSV writes every column, so that the file loads as a built-in
// glossary file would. A tab or line break inside a field would break
// the row, so it becomes a space.
func writeTSV(w io.Writer, entries []*glossary.Entry) error {
	var b bytes.Buffer
	fmt.Fprintf(&b, "# Pathok glossary: %d entries; columns as in Pathok's resources/glossary/README.md\n", len(entries))
	b.WriteString(strings.Join(glossary.Columns, "\t") + "\n")
	for _, e := range entries {
		cols := e.Row()
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
