package user

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/pathok/pathok/glossary"
	"github.com/pathok/pathok/glossary/textfile"
)

// FormatVersion is the version of the user glossary JSON format.
const FormatVersion = 1

// FileName is the user glossary's name in the app's storage folder.
const FileName = "glossary.json"

// File is the user's own glossary: entries of their own, built-in
// entries they changed (same id), and built-in entries they hid.
//
// On disk it is UTF-8 JSON, one entry per line so that a change to an
// entry is a one-line diff:
//
//	{"pathok_glossary": 1,
//	 "entries": [
//	  {"id":"user-kim-ju-ae","kind":"person","country":"KP","bengali":["কিম জু এ"],"english":["Kim Ju Ae"],"native":"김주애"},
//	  {"id":"ru-lavrov-sergei","kind":"person","country":"RU","bengali":["সের্গেই লাভরভ","সের্গেই ল্যাভরভ"],…}
//	 ],
//	 "hidden": ["kp-kim-il-sung"]
//	}
//
// pathok_glossary is the format version (1) and must be there. Each entry
// has the fields of a built-in entry, named as the columns of the built-in
// TSV files (resources/glossary/README.md): id, kind (person, place, org,
// event or other), country (ISO code, ZZ for none), bengali and english
// (lists, headword first) are required; short, native, hanja, roman,
// note_en, note_bn, as_of, russian, korean, demonym_bn and demonym_en are
// optional. An entry whose id is a built-in id replaces that entry (an
// override; the built-in comes back when it is removed); other ids, by
// convention "user-…", are new entries. hidden lists built-in ids the
// reader does not want matched. Unknown fields are an error, so that a
// misspelt field is not silently lost.
//
// Pathok writes the file atomically and keeps the previous version next
// to it as glossary.json.bak; it never writes over a file it cannot read,
// nor one whose permissions make it read-only. glossary.json.lock beside
// it is the lock each save takes (see Update); it stays there, empty.
type File struct {
	Version int               `json:"pathok_glossary"`
	Entries []*glossary.Entry `json:"entries"`
	Hidden  []string          `json:"hidden,omitempty"`
}

// Over lays the user's entries over builtin: an entry with a built-in id
// replaces it, a hidden id disappears, new entries come last.
func (u *File) Over(builtin []*glossary.Entry) []*glossary.Entry {
	if u == nil {
		return builtin
	}
	hidden := make(map[string]bool, len(u.Hidden))
	for _, id := range u.Hidden {
		hidden[id] = true
	}
	mine := make(map[string]*glossary.Entry, len(u.Entries))
	for _, e := range u.Entries {
		mine[e.ID] = e
	}
	out := make([]*glossary.Entry, 0, len(builtin)+len(u.Entries))
	for _, e := range builtin {
		if hidden[e.ID] {
			continue
		}
		if m, ok := mine[e.ID]; ok {
			out = append(out, m)
			delete(mine, e.ID)
			continue
		}
		out = append(out, e)
	}
	for _, e := range u.Entries {
		if _, new := mine[e.ID]; new && !hidden[e.ID] {
			out = append(out, e)
		}
	}
	return out
}

// ParseJSON reads a user glossary; errors name the file and line.
func ParseJSON(name string, data []byte) (*File, error) {
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	if !utf8.Valid(data) {
		off := 0
		for off < len(data) {
			r, size := utf8.DecodeRune(data[off:])
			if r == utf8.RuneError && size == 1 {
				break
			}
			off += size
		}
		return nil, &glossary.LineError{File: name, Line: lineAt(data, off), Msg: "not valid UTF-8"}
	}
	var u File
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&u); err != nil {
		return nil, jsonError(name, data, err)
	}
	if dec.More() {
		return nil, &glossary.LineError{File: name, Line: lineAt(data, int(dec.InputOffset())), Msg: "extra data after the glossary object"}
	}
	if u.Version != FormatVersion {
		return nil, &glossary.LineError{File: name, Line: 1, Msg: fmt.Sprintf("pathok_glossary is %d; this Pathok reads version %d", u.Version, FormatVersion)}
	}
	ids := make(map[string]bool, len(u.Entries))
	for i, e := range u.Entries {
		switch {
		case e == nil:
			return nil, &glossary.LineError{File: name, Line: entryLine(data, i), Msg: fmt.Sprintf("entry %d is null", i+1)}
		case e.ID == "":
			return nil, &glossary.LineError{File: name, Line: entryLine(data, i), Msg: fmt.Sprintf("entry %d has no id", i+1)}
		case ids[e.ID]:
			return nil, &glossary.LineError{File: name, Line: entryLine(data, i), Msg: fmt.Sprintf("id %q is used twice", e.ID)}
		case len(e.Bengali) == 0 && len(e.English) == 0:
			// New refuses such an entry: better to say so here, with a line.
			return nil, &glossary.LineError{File: name, Line: entryLine(data, i), Msg: fmt.Sprintf("entry %q has neither a Bengali nor an English form", e.ID)}
		}
		ids[e.ID] = true
		e.Origin = "user"
	}
	// A kind is written into pages and menus: no other may come in, from
	// this file either.
	for i, e := range u.Entries {
		if !e.Kind.Valid() {
			return nil, glossary.CheckKinds(name, []int{entryLine(data, i)}, []*glossary.Entry{e})
		}
	}
	return &u, nil
}

func jsonError(name string, data []byte, err error) error {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return &glossary.LineError{File: name, Line: lineAt(data, int(se.Offset)), Msg: se.Error()}
	case errors.As(err, &te):
		return &glossary.LineError{File: name, Line: lineAt(data, int(te.Offset)), Msg: fmt.Sprintf("%s should be %s, not %s", te.Field, te.Type, te.Value)}
	}
	// An unknown field comes without an offset: point at its first use.
	if field, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
		if at := bytes.Index(data, []byte(field+":")); at >= 0 {
			return &glossary.LineError{File: name, Line: lineAt(data, at), Msg: "unknown field " + field}
		}
		if at := bytes.Index(data, []byte(field)); at >= 0 {
			return &glossary.LineError{File: name, Line: lineAt(data, at), Msg: "unknown field " + field}
		}
	}
	return &glossary.LineError{File: name, Line: lineAt(data, len(data)), Msg: err.Error()}
}

func lineAt(data []byte, off int) int {
	off = min(max(off, 0), len(data))
	return bytes.Count(data[:off], []byte("\n")) + 1
}

// entryLine finds the line where the i-th entry object starts.
func entryLine(data []byte, i int) int {
	if lines := EntryLines(data); i < len(lines) {
		return lines[i]
	}
	return lineAt(data, bytes.Index(data, []byte(`"entries"`)))
}

// EntryLines gives the line on which each object of the "entries" array
// starts, so that messages about an entry can point at it. It gives up
// quietly (returning what it found) on JSON it cannot walk.
func EntryLines(data []byte) []int {
	dec := json.NewDecoder(bytes.NewReader(data))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return nil
	}
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			return nil
		}
		if key != "entries" {
			var skip json.RawMessage
			if dec.Decode(&skip) != nil {
				return nil
			}
			continue
		}
		if t, err := dec.Token(); err != nil || t != json.Delim('[') {
			return nil
		}
		var lines []int
		for dec.More() {
			// InputOffset is just past the previous token: skip the
			// comma and spaces to land on the entry's "{".
			off := int(dec.InputOffset())
			for off < len(data) && strings.IndexByte(" \t\r\n,", data[off]) >= 0 {
				off++
			}
			lines = append(lines, lineAt(data, off))
			var skip json.RawMessage
			if dec.Decode(&skip) != nil {
				return lines
			}
		}
		return lines
	}
	return nil
}

// ReadFile reads a glossary file: our JSON, or TSV in the built-in format
// (its entries count as the user's own).
func ReadFile(path string) (*File, error) {
	name := filepath.Base(path)
	data, err := textfile.ReadFile(path, name, glossary.MaxFileBytes, "glossaries")
	if err != nil {
		return nil, err
	}
	if strings.EqualFold(filepath.Ext(path), ".tsv") {
		es, err := glossary.ParseTSV(name, bytes.NewReader(data))
		if err != nil {
			return nil, err
		}
		for _, e := range es {
			e.Origin = "user"
		}
		return &File{Version: FormatVersion, Entries: es}, nil
	}
	return ParseJSON(name, data)
}

// Marshal encodes u as the file Save writes: one entry a line,
// Bengali as is (not \u escapes), the current FormatVersion.
func (u *File) Marshal() ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	fmt.Fprintf(&b, "{\"pathok_glossary\": %d,\n \"entries\": [", FormatVersion)
	for i, e := range u.Entries {
		if e == nil {
			return nil, fmt.Errorf("entry %d is nil", i+1)
		}
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString("\n  ")
		if err := enc.Encode(e); err != nil {
			return nil, err
		}
		b.Truncate(b.Len() - 1) // the Encoder's newline
	}
	if len(u.Entries) > 0 {
		b.WriteString("\n ")
	}
	b.WriteByte(']')
	if len(u.Hidden) > 0 {
		b.WriteString(",\n \"hidden\": ")
		if err := enc.Encode(u.Hidden); err != nil {
			return nil, err
		}
		b.Truncate(b.Len() - 1)
	}
	b.WriteString("\n}\n")
	return b.Bytes(), nil
}

// Clone returns a deep copy.
func (u *File) Clone() *File {
	c := &File{Version: u.Version, Hidden: slices.Clone(u.Hidden)}
	if u.Entries != nil {
		c.Entries = make([]*glossary.Entry, len(u.Entries))
		for i, e := range u.Entries {
			c.Entries[i] = e.Clone()
		}
	}
	return c
}

// Load reads the user's glossary. A missing file is an empty glossary; a
// corrupt one is an error naming the file and line (a
// *glossary.LineError), and the caller must then never write over it:
// the app starts with the built-in glossary and tells the reader what is
// wrong.
//
// When no other program is saving the file, Load first removes what
// saves killed midway left behind (see removeStaleTemps).
func Load(path string) (*File, error) {
	if _, err := os.Stat(filepath.Dir(path)); err == nil {
		if l, err := lock(path, 0); err == nil {
			removeStaleTemps(path)
			l.unlock()
		}
	}
	u, _, err := read(path)
	return u, err
}

// read is Load without the tidying, for callers that hold the lock. It
// also gives the bytes read (nil for a missing file).
func read(path string) (*File, []byte, error) {
	data, err := textfile.ReadFile(path, path, glossary.MaxFileBytes, "glossaries")
	if errors.Is(err, fs.ErrNotExist) {
		return &File{Version: FormatVersion}, nil, nil
	}
	if err != nil {
		return nil, nil, err
	}
	u, err := ParseJSON(path, data)
	return u, data, err
}
