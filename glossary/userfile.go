package glossary

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// FormatVersion is the version of the user glossary JSON format.
const FormatVersion = 1

// UserFile is the user's own glossary: entries of their own, built-in
// entries they changed (same id), and built-in entries they hid.
//
// On disk it is JSON:
//
//	{"pathok_glossary": 1,
//	 "entries": [{"id": "user-…", "kind": "person", "country": "KP",
//	              "bengali": ["…"], "english": ["…"], …}],
//	 "hidden": ["ru-…"]}
type UserFile struct {
	Version int      `json:"pathok_glossary"`
	Entries []*Entry `json:"entries"`
	Hidden  []string `json:"hidden,omitempty"`
}

// Over lays the user's entries over builtin: an entry with a built-in id
// replaces it, a hidden id disappears, new entries come last.
func (u *UserFile) Over(builtin []*Entry) []*Entry {
	if u == nil {
		return builtin
	}
	hidden := make(map[string]bool, len(u.Hidden))
	for _, id := range u.Hidden {
		hidden[id] = true
	}
	mine := make(map[string]*Entry, len(u.Entries))
	for _, e := range u.Entries {
		mine[e.ID] = e
	}
	out := make([]*Entry, 0, len(builtin)+len(u.Entries))
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
func ParseJSON(name string, data []byte) (*UserFile, error) {
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
		return nil, &LineError{name, lineAt(data, off), "not valid UTF-8"}
	}
	var u UserFile
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&u); err != nil {
		return nil, jsonError(name, data, err)
	}
	if dec.More() {
		return nil, &LineError{name, lineAt(data, int(dec.InputOffset())), "extra data after the glossary object"}
	}
	if u.Version != FormatVersion {
		return nil, &LineError{name, 1, fmt.Sprintf("pathok_glossary is %d; this Pathok reads version %d", u.Version, FormatVersion)}
	}
	for i, e := range u.Entries {
		if e == nil {
			return nil, &LineError{name, entryLine(data, i), fmt.Sprintf("entry %d is null", i+1)}
		}
		e.Origin = "user"
	}
	return &u, nil
}

func jsonError(name string, data []byte, err error) error {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return &LineError{name, lineAt(data, int(se.Offset)), se.Error()}
	case errors.As(err, &te):
		return &LineError{name, lineAt(data, int(te.Offset)), fmt.Sprintf("%s should be %s, not %s", te.Field, te.Type, te.Value)}
	}
	return &LineError{name, lineAt(data, len(data)), err.Error()}
}

func lineAt(data []byte, off int) int {
	off = min(max(off, 0), len(data))
	return bytes.Count(data[:off], []byte("\n")) + 1
}

// entryLine finds the line where the i-th entry object starts, roughly:
// good enough to point a person at it.
func entryLine(data []byte, i int) int {
	at := bytes.Index(data, []byte(`"entries"`))
	if at < 0 {
		return 1
	}
	return lineAt(data, at) + i
}

// ReadFile reads a glossary file: our JSON, or TSV in the built-in format
// (its entries count as the user's own).
func ReadFile(path string) (*UserFile, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	name := filepath.Base(path)
	if strings.EqualFold(filepath.Ext(path), ".tsv") {
		es, err := ParseTSV(name, bytes.NewReader(data))
		if err != nil {
			return nil, err
		}
		for _, e := range es {
			e.Origin = "user"
		}
		return &UserFile{Version: FormatVersion, Entries: es}, nil
	}
	return ParseJSON(name, data)
}
