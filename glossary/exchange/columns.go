package exchange

import (
	"fmt"
	"strings"

	"github.com/pathok/pathok/glossary"
)

// columns are the TSV and CSV columns, in the order export writes them:
// those of the built-in files (resources/glossary/README.md).
var columns = []string{"id", "kind", "country", "bengali", "short", "english", "native", "hanja", "roman",
	"note_en", "note_bn", "as_of", "russian", "korean", "demonym_bn", "demonym_en"}

// listColumns hold several values joined with "|".
var listColumns = map[string]bool{"bengali": true, "short": true, "english": true, "demonym_bn": true}

// header maps column names to their index. An import needs at least the
// Bengali and the English names; unknown columns are ignored, as the
// built-in loader does.
func parseHeader(cols []string, sep string) (map[string]int, error) {
	h := make(map[string]int, len(cols))
	for i, c := range cols {
		c = strings.ToLower(strings.TrimSpace(c))
		if _, dup := h[c]; dup && c != "" {
			return nil, fmt.Errorf("column %q twice in the header", c)
		}
		h[c] = i
	}
	for _, c := range []string{"bengali", "english"} {
		if _, ok := h[c]; !ok {
			return nil, fmt.Errorf("no header line: the first line must name the %s-separated columns, at least bengali and english (then id, kind, country, …); it lacks %q", sep, c)
		}
	}
	return h, nil
}

// toColumns is the row of e, in the order of columns.
func toColumns(e *glossary.Entry) []string {
	j := func(l []string) string { return strings.Join(l, "|") }
	return []string{e.ID, string(e.Kind), e.Country, j(e.Bengali), j(e.Short), j(e.English), e.Native, e.Hanja, e.Roman,
		e.NoteEN, e.NoteBN, e.AsOf, e.Russian, e.Korean, j(e.DemonymBN), e.DemonymEN}
}
