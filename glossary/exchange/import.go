package exchange

import (
	"fmt"
	"io"
	"regexp"
	"strings"

	"github.com/pathok/pathok/glossary"
)

// Batch is a parsed file: the entries to merge and the rows that failed
// validation.
type Batch struct {
	Entries  []*glossary.Entry
	Rejected []Rejection
	// acceptedRows holds the row of the file each entry came from (its
	// line and text; no reason), so that Check and Merge can point at it.
	acceptedRows map[*glossary.Entry]Rejection
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
	text, err := glossary.ReadText(name, r)
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
	b := &Batch{acceptedRows: make(map[*glossary.Entry]Rejection, len(rows))}
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
		b.acceptedRows[e] = Rejection{Line: r.line, Text: r.text}
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
