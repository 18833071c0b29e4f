package exchange

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"regexp"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/pathok/pathok/glossary"
)

// Batch is a parsed file: the entries to merge and the rows that failed
// validation.
type Batch struct {
	Entries  []*glossary.Entry
	Rejected []Rejection
	// where says which row of the file each entry came from, so that
	// Merge can point at it too.
	where map[*glossary.Entry]Rejection
}

// Rejection is a row left out, with why.
type Rejection struct {
	Line   int    // 1-based; 0 when unknown
	Text   string // the row as written, or the entry's names
	Reason string
}

func (r Rejection) String() string {
	if r.Line == 0 {
		return fmt.Sprintf("%s: %s", r.Text, r.Reason)
	}
	return fmt.Sprintf("line %d: %s: %s", r.Line, r.Text, r.Reason)
}

// maxBytes bounds an imported file; termbases are far smaller.
const maxBytes = 64 << 20

// row is an entry as read, before validation.
type row struct {
	line  int
	text  string
	entry *glossary.Entry
}

// Import reads a glossary file in format f. A malformed file is an error
// (a *glossary.LineError where a line is known) and nothing is returned;
// rows that parse but are invalid are in Batch.Rejected.
func Import(name string, r io.Reader, f Format) (*Batch, error) {
	if f == Anki {
		return nil, fmt.Errorf("%s: Anki decks can be exported but not imported", name)
	}
	if !f.Valid() {
		return nil, fmt.Errorf("%s: unknown format %q", name, f)
	}
	data, err := io.ReadAll(io.LimitReader(r, maxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(data) > maxBytes {
		return nil, fmt.Errorf("%s: larger than %d MB; is it a glossary?", name, maxBytes>>20)
	}
	text, err := decodeText(name, data)
	if err != nil {
		return nil, err
	}
	if strings.TrimSpace(text) == "" {
		return nil, &glossary.LineError{File: name, Line: 1, Msg: "the file is empty"}
	}
	var rows []row
	switch f {
	case JSON:
		rows, err = readJSON(name, text)
	case TSV:
		rows, err = readTSV(name, text)
	case CSV:
		rows, err = readCSV(name, text)
	case OmegaT:
		rows, err = readOmegaT(name, text)
	case TBX:
		rows, err = readTBX(name, text)
	}
	if err != nil {
		return nil, err
	}
	b := &Batch{where: make(map[*glossary.Entry]Rejection, len(rows))}
	for _, r := range rows {
		e := r.entry
		e.Origin = "user"
		if e.Kind == "" {
			e.Kind = glossary.Other
		}
		if e.Country == "" {
			e.Country = "ZZ"
		}
		if r.text == "" {
			r.text = describe(e)
		}
		// An empty id is made up on merge, so it is no fault here.
		v := e
		if e.ID == "" {
			c := *e
			c.ID = "user-new"
			v = &c
		}
		if ps := glossary.Validate(v); len(ps) > 0 {
			b.Rejected = append(b.Rejected, Rejection{r.line, r.text, joinProblems(ps)})
			continue
		}
		b.Entries = append(b.Entries, e)
		b.where[e] = Rejection{Line: r.line, Text: r.text}
	}
	return b, nil
}

func joinProblems(ps []glossary.Problem) string {
	s := make([]string, len(ps))
	for i, p := range ps {
		s[i] = p.String()
	}
	return strings.Join(s, "; ")
}

// describe names an entry in a rejection when no row text is at hand.
func describe(e *glossary.Entry) string {
	s := e.Headword()
	if en := e.EnglishHeadword(); en != "" {
		if s != "" {
			s += " / "
		}
		s += en
	}
	if e.ID != "" {
		s += " (" + e.ID + ")"
	}
	if s == "" {
		s = "an entry without names"
	}
	return s
}

// idPattern is glossary's: an id of another shape is dropped on import
// (and one made up on merge), since termbases number their entries as
// they like.
var idPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// decodeText turns the file into UTF-8 text without a byte-order mark.
// UTF-16 is read when it starts with its byte-order mark; anything else
// must be UTF-8.
func decodeText(name string, data []byte) (string, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xef, 0xbb, 0xbf}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xff, 0xfe}):
		return fromUTF16(name, data[2:], binary.LittleEndian)
	case bytes.HasPrefix(data, []byte{0xfe, 0xff}):
		return fromUTF16(name, data[2:], binary.BigEndian)
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		line, col := position(data, i)
		return "", &glossary.LineError{File: name, Line: line, Msg: fmt.Sprintf("column %d: a NUL byte: is this UTF-16 without a byte-order mark? Save it as UTF-8", col)}
	}
	if !utf8.Valid(data) {
		i := 0
		for i < len(data) {
			r, size := utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && size == 1 {
				break
			}
			i += size
		}
		line, col := position(data, i)
		return "", &glossary.LineError{File: name, Line: line, Msg: fmt.Sprintf("column %d: not valid UTF-8 (byte 0x%02x); save the file as UTF-8", col, data[i])}
	}
	return string(data), nil
}

func fromUTF16(name string, data []byte, order binary.ByteOrder) (string, error) {
	if len(data)%2 != 0 {
		return "", &glossary.LineError{File: name, Line: 1, Msg: "a UTF-16 file with an odd number of bytes: it is cut short"}
	}
	units := make([]uint16, len(data)/2)
	for i := range units {
		units[i] = order.Uint16(data[2*i:])
	}
	var b strings.Builder
	line, col := 1, 1
	for i := 0; i < len(units); i++ {
		r := rune(units[i])
		if utf16.IsSurrogate(r) {
			if i+1 < len(units) {
				r = utf16.DecodeRune(r, rune(units[i+1]))
			} else {
				r = utf8.RuneError
			}
			if r == utf8.RuneError {
				return "", &glossary.LineError{File: name, Line: line, Msg: fmt.Sprintf("column %d: a broken UTF-16 surrogate pair", col)}
			}
			i++
		}
		if r == 0 {
			return "", &glossary.LineError{File: name, Line: line, Msg: fmt.Sprintf("column %d: a NUL character", col)}
		}
		b.WriteRune(r)
		col++
		if r == '\n' {
			line, col = line+1, 1
		}
	}
	return strings.TrimPrefix(b.String(), "\ufeff"), nil
}

// position gives the 1-based line and column (in characters) of byte i.
func position(data []byte, i int) (line, col int) {
	start := bytes.LastIndexByte(data[:i], '\n') + 1
	return bytes.Count(data[:i], []byte("\n")) + 1, utf8.RuneCount(data[start:i]) + 1
}

// lines splits text into lines without their "\r\n" or "\n".
func lines(text string) []string {
	ls := strings.Split(text, "\n")
	if ls[len(ls)-1] == "" {
		ls = ls[:len(ls)-1]
	}
	for i, l := range ls {
		ls[i] = strings.TrimSuffix(l, "\r")
	}
	return ls
}
