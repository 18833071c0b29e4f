package glossary

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"
	"unicode/utf8"

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
	// Nearly every file is plain UTF-8, which utf8.Valid checks many bytes
	// at a time; only the others need textfile's byte-by-byte reading.
	if len(data) > 0 && data[0] < 0xef && utf8.Valid(data) && bytes.IndexByte(data, 0) < 0 {
		return string(data), nil
	}
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
	return parseTSV(name, text)
}

func parseTSV(name, text string) ([]*Entry, error) {
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
		es, err := loadFile(fsys, n)
		if err != nil {
			return nil, err
		}
		if all == nil {
			// The files are alike in size: room for as many entries
			// as the first has for each spares most regrowing.
			all = make([]*Entry, 0, len(es)*len(names))
		}
		all = append(all, es...)
	}
	return all, nil
}

// loadFile reads one TSV file of fsys. A file system that holds its
// files in memory (embed.FS) hands the bytes over whole, which spares
// reading them in pieces and copying them again.
func loadFile(fsys fs.FS, name string) ([]*Entry, error) {
	if _, ok := fsys.(fs.ReadFileFS); !ok {
		f, err := fsys.Open(name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		return ParseTSV(name, f)
	}
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, err
	}
	if len(data) > MaxFileBytes {
		return nil, &textfile.TooLargeError{Name: name, Size: int64(len(data)), Limit: MaxFileBytes, What: "glossaries"}
	}
	text, err := DecodeText(name, data)
	if err != nil {
		return nil, err
	}
	return parseTSV(name, text)
}
