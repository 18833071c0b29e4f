package glossary

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"

	"github.com/pathok/pathok/glossary/textfile"
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

// MaxFileBytes bounds a glossary file of any format; the largest
// built-in file is well under a megabyte, termbases are far smaller.
const MaxFileBytes = 64 << 20

// ReadText reads a glossary file of at most MaxFileBytes as text: UTF-8,
// or UTF-16 with a byte-order mark. Text that is neither is a *LineError
// giving the line and column.
func ReadText(name string, r io.Reader) (string, error) {
	data, err := textfile.ReadAll(name, r, -1, MaxFileBytes, "glossaries")
	if err != nil {
		return "", err
	}
	return DecodeText(name, data)
}

// DecodeText is the text of a glossary file read whole (see ReadText).
func DecodeText(name string, data []byte) (string, error) {
	text, err := textfile.Decode(name, data, textfile.Options{})
	var te *textfile.Error
	if errors.As(err, &te) {
		return "", &LineError{name, te.Line, fmt.Sprintf("column %d: %s", te.Column, strings.TrimPrefix(te.Msg, "is "))}
	}
	return text, err
}

// ParseTSV reads a glossary in the tab-separated format described in
// resources/glossary/README.md (see ReadTSV). Every entry must have an id,
// a kind from the closed set and a country: the built-in files and
// -glossary files are used as they are, with no import to fill gaps.
func ParseTSV(name string, r io.Reader) ([]*Entry, error) {
	text, err := ReadText(name, r)
	if err != nil {
		return nil, err
	}
	rows, err := ReadTSV(name, text, BuiltinColumns)
	if err != nil {
		return nil, err
	}
	entries := make([]*Entry, len(rows))
	for i, r := range rows {
		if !r.Entry.Kind.Valid() {
			return nil, &LineError{name, r.Line, KindProblem(r.Entry.Kind)}
		}
		r.Entry.Origin = "builtin"
		entries[i] = r.Entry
	}
	return entries, nil
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
