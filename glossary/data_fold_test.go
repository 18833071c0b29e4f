package glossary

import (
	"fmt"
	"slices"
	"testing"

	"github.com/pathok/pathok/glossary/bangla"
)

// foldEndings are the case endings news glues to names most often. A full
// form that folds to another entry's form plus one of them takes that
// inflected name away from its entry: নাটোর (Natore) folds like ন্যাটো +
// -র, and would gloss every ন্যাটোর (NATO's) as the Bangladeshi town.
var foldEndings = []string{"র", "ের", "এর", "য়ের", "কে", "তে", "য়", "ে", "রা", "দের"}

// endingClashes lists full forms and demonyms that fold to another
// entry's form with an ending.
func endingClashes(entries []*Entry) []string {
	owner := map[string]string{}
	for _, e := range entries {
		for _, f := range slices.Concat(e.Bengali, e.DemonymBN) {
			_, k, _ := bangla.Keys(f)
			owner[k] = e.ID
		}
	}
	var out []string
	for _, e := range entries {
		for _, f := range slices.Concat(e.Bengali, e.DemonymBN) {
			for _, end := range foldEndings {
				_, k, _ := bangla.Keys(f + end)
				if id, ok := owner[k]; ok && id != e.ID {
					out = append(out, fmt.Sprintf("%s's %s + -%s folds to a form of %s", e.ID, f, end, id))
				}
			}
		}
	}
	return out
}

func TestEndingClashes(t *testing.T) {
	entry := func(id string, forms ...string) *Entry { return &Entry{ID: id, Bengali: forms} }
	for _, tc := range []struct {
		name    string
		entries []*Entry
		want    int
	}{
		// ya-phala folds away: ন্যাটো + -র meets নাটোর
		{"ya-phala", []*Entry{entry("nato", "ন্যাটো"), entry("natore", "নাটোর")}, 1},
		// vowel length folds: লি (Lee) + -র meets a place written লীর
		{"vowel length", []*Entry{entry("lee", "লি"), entry("place", "লীর")}, 1},
		// sibilants fold: শাহ + -এর meets সাহের
		{"sibilant", []*Entry{entry("shah", "শাহ"), entry("saher", "সাহএর")}, 1},
		// the same entry may have a form that is another plus an ending
		{"same entry", []*Entry{entry("x", "ঢাকা", "ঢাকার")}, 0},
		// different letters stay apart
		{"apart", []*Entry{entry("nato", "ন্যাটো"), entry("naples", "নেপলস")}, 0},
	} {
		if got := endingClashes(tc.entries); len(got) != tc.want {
			t.Errorf("%s: got %d clashes %q; want %d", tc.name, len(got), got, tc.want)
		}
	}
}

func TestBuiltinNoFormReadsAsAnotherWithEnding(t *testing.T) {
	entries, err := BuiltinEntries()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range endingClashes(entries) {
		t.Error(c)
	}
}
