package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pathok/pathok/glossary/internal/genfile"
)

// The committed cities.tsv is what the generator makes of the committed
// source and the other built-in files: a change to any of them must be
// followed by go generate ./glossary/...
func TestCitiesFileIsCurrent(t *testing.T) {
	root, err := genfile.ModuleRoot()
	if err != nil {
		t.Fatal(err)
	}
	want, err := generate(root, filepath.Join(root, "resources/glossary/cities-source.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join(root, "resources", outName))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		gl, wl := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
		for i := 0; i < len(gl) || i < len(wl); i++ {
			g, w := at(gl, i), at(wl, i)
			if g != w {
				t.Fatalf("resources/%s is stale (run go generate ./glossary/...): line %d: got %q; want %q", outName, i+1, g, w)
			}
		}
	}
}

func at(lines []string, i int) string {
	if i < len(lines) {
		return lines[i]
	}
	return "(end of file)"
}

func TestUsable(t *testing.T) {
	for _, tc := range []struct {
		form string
		want bool
	}{
		// names as the sources write them
		{"কাঠমান্ডু", true},
		{"বুয়েনোস আইরেস", true},
		{"পোর্ট-অ-প্রিন্স", true},
		{"প্‌নম পেন", true}, // ZWNJ after the hasanta, as GeoNames writes it
		// what cannot stand as a form
		{"Kolkata", false},         // left untranslated
		{"Rājshāhi Bibhag", false}, // ditto, with marks
		{"বেউলা, উত্তর ডাকোটা", false}, // a comma-separated description
		{"ওয়াশিংটন ডি.সি.", false},    // dots: the matcher reads a sentence end
		{" ঢাকা", false},
		{"ক", false}, // one letter
		{"", false},
	} {
		if got := usable(tc.form); got != tc.want {
			t.Errorf("usable(%q) = %v; want %v", tc.form, got, tc.want)
		}
	}
}

func TestGenitive(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"জাপান", "জাপানের"},               // consonant
		{"কেনিয়া", "কেনিয়ার"},            // vowel sign
		{"মেক্সিকো", "মেক্সিকোর"},          // vowel sign o
		{"হংকং", "হংকংয়ের"},               // anusvara takes য়ের
		{"যুক্তরাষ্ট্র", "যুক্তরাষ্ট্রের"}, // conjunct, inherent vowel
		{"ইতালি", "ইতালির"},
	} {
		if got := genitive(tc.in); got != tc.want {
			t.Errorf("genitive(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}

func TestEnglishNamesAndID(t *testing.T) {
	for _, tc := range []struct {
		p     place
		names []string
		id    string
	}{
		{place{country: "IN", english: "Pathānkot"}, []string{"Pathankot", "Pathānkot"}, "gn-in-pathankot"},
		{place{country: "BR", english: "São Paulo"}, []string{"São Paulo"}, "gn-br-sao-paulo"},
		{place{country: "US", english: "State of Wyoming", region: true}, []string{"Wyoming"}, "gn-us-wyoming-region"},
		{place{country: "PK", english: "Sindh Province", region: true}, []string{"Sindh"}, "gn-pk-sindh-region"},
		{place{country: "HT", english: "Port-au-Prince"}, []string{"Port-au-Prince"}, "gn-ht-port-au-prince"},
		{place{country: "US", english: "St. John’s"}, []string{"St. John’s"}, "gn-us-st-john-s"},
	} {
		names := englishNames(tc.p)
		if strings.Join(names, "|") != strings.Join(tc.names, "|") {
			t.Errorf("englishNames(%q) = %q; want %q", tc.p.english, names, tc.names)
		}
		if id := entryID(tc.p, names[0]); id != tc.id {
			t.Errorf("entryID(%q) = %q; want %q", tc.p.english, id, tc.id)
		}
	}
}

func TestNote(t *testing.T) {
	jp := country{"Japan", "জাপান"}
	us := country{"United States", "যুক্তরাষ্ট্র"}
	for _, tc := range []struct {
		p      place
		c      country
		en, bn string
	}{
		{place{country: "JP", capital: true}, jp, "Capital of Japan", "জাপানের রাজধানী"},
		{place{country: "JP"}, jp, "City in Japan", "জাপানের শহর"},
		{place{country: "US"}, us, "City in the United States", "যুক্তরাষ্ট্রের শহর"},
		{place{country: "US", region: true}, us, "State of the United States", "যুক্তরাষ্ট্রের অঙ্গরাজ্য"},
		{place{country: "IN", region: true, id: "IN.41"}, country{"India", "ভারত"}, "Union territory of India", "ভারতের কেন্দ্রশাসিত অঞ্চল"},
	} {
		en, bn := note(tc.p, tc.c)
		if en != tc.en || bn != tc.bn {
			t.Errorf("note(%+v) = %q, %q; want %q, %q", tc.p, en, bn, tc.en, tc.bn)
		}
	}
}

func TestParsePlace(t *testing.T) {
	for _, tc := range []struct {
		line    string
		wantErr string
	}{
		{"1185241\tcity\tBD\tDhaka\tঢাকা\tঢাকা\tДакка\t다카\t10356500\tcapital", ""},
		{"IN.28\tregion\tIN\tState of West Bengal\tপশ্চিমবঙ্গ\t\t\t\t\t", ""},
		{"1\ttown\tBD\tX\tক\t\t\t\t\t", "neither city nor region"},
		{"1\tcity\tBD\tX\tক\t\t\t\tmany\t", "population"},
		{"1\tcity\tBD\tX\tক\t\t\t\t\tyes", "capital column"},
		{"1\tcity\tBD\tX", "10 tab-separated"},
		{"1\tcity\tBGD\tX\tক\t\t\t\t\t", "required"},
	} {
		p, err := parsePlace(tc.line)
		switch {
		case tc.wantErr == "" && err != nil:
			t.Errorf("parsePlace(%q): got error %v; want none", tc.line, err)
		case tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)):
			t.Errorf("parsePlace(%q): got error %v; want one saying %q", tc.line, err, tc.wantErr)
		case tc.wantErr == "" && len(p.bengali) == 0:
			t.Errorf("parsePlace(%q): got no Bengali names", tc.line)
		}
	}
	// The same name from both sources is one form.
	p, _ := parsePlace("1185241\tcity\tBD\tDhaka\tঢাকা\tঢাকা\t\t\t1\t")
	if len(p.bengali) != 1 {
		t.Errorf("got Bengali forms %q; want the shared one once", p.bengali)
	}
}
