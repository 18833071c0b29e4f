package exchange

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/pathok/pathok/glossary"
	"github.com/pathok/pathok/glossary/textfile"
)

// readCSV reads the TSV columns as RFC 4180 CSV: quoted fields may hold
// commas, quotes and line breaks. Lines starting with # are comments.
func readCSV(name, text string) ([]row, error) {
	r := csv.NewReader(strings.NewReader(text))
	r.Comment = '#'
	r.FieldsPerRecord = -1 // counted here, for a clearer message
	ls := textfile.Lines(text)
	var (
		header glossary.Header
		width  int
		rows   []row
	)
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			// Column counts bytes; a person counts characters.
			col := pe.Column
			if pe.Line >= 1 && pe.Line <= len(ls) && col >= 1 && col-1 <= len(ls[pe.Line-1]) {
				col = utf8.RuneCountInString(ls[pe.Line-1][:col-1]) + 1
			}
			return nil, &glossary.LineError{File: name, Line: pe.Line, Msg: fmt.Sprintf("column %d: %v", col, pe.Err)}
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		line, _ := r.FieldPos(0)
		if header == nil {
			h, err := glossary.ParseHeader(rec, glossary.RequiredColumns, "comma")
			if err != nil {
				return nil, &glossary.LineError{File: name, Line: line, Msg: err.Error()}
			}
			header, width = h, len(rec)
			continue
		}
		if len(rec) != width {
			return nil, &glossary.LineError{File: name, Line: line, Msg: fmt.Sprintf("want %d comma-separated fields as in the header, got %d", width, len(rec))}
		}
		rows = append(rows, row{line, ls[line-1], glossary.EntryFromRow(rec, header)})
	}
	if header == nil {
		return nil, &glossary.LineError{File: name, Line: len(ls), Msg: glossary.NoHeader}
	}
	return rows, nil
}

func writeCSV(w io.Writer, entries []*glossary.Entry) error {
	var b bytes.Buffer
	cw := csv.NewWriter(&b)
	cw.UseCRLF = true // as RFC 4180 has it
	cw.Write(glossary.Columns)
	for _, e := range entries {
		cw.Write(e.Row())
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	_, err := w.Write(b.Bytes())
	return err
}
