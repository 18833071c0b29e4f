package glossary

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
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

// maxTSVBytes bounds a glossary TSV file; the largest built-in file is
// well under a megabyte.
const maxTSVBytes = 64 << 20

// ParseTSV reads a glossary in the tab-separated format described in
// resources/glossary/README.md (see ReadTSV). Every entry must have an id,
// a kind from the closed set and a country: the built-in files and
// -glossary files are used as they are, with no import to fill gaps.
func ParseTSV(name string, r io.Reader) ([]*Entry, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxTSVBytes+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(data) > maxTSVBytes {
		return nil, fmt.Errorf("%s: more than %d MB; is it a glossary?", name, maxTSVBytes>>20)
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	if !utf8.Valid(data) {
		return nil, &LineError{name, bytes.Count(data[:invalidUTF8(data)], []byte("\n")) + 1, "not valid UTF-8"}
	}
	rows, err := ReadTSV(name, string(data), BuiltinColumns)
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

func invalidUTF8(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return len(data)
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
