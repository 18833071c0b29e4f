package glossary

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestParseTSV(t *testing.T) {
	const header = "id\tkind\tcountry\tbengali\tenglish\n"
	cases := []struct {
		name, file string
		want       string // the first entry's id and English headword, when ok
		errHas     string // part of the error, when not
	}{
		// the header
		{"columns in any order and case", "# a comment\nBengali\tEnglish\tID\tKind\tCountry\nমস্কো\tMoscow\tru-moscow\tplace\tRU\n", "ru-moscow Moscow", ""},
		{"byte-order mark and CRLF", "\ufeff" + strings.ReplaceAll(header+"ru-moscow\tplace\tRU\tমস্কো\tMoscow\n", "\n", "\r\n"), "ru-moscow Moscow", ""},
		{"header lacks a built-in column", "bengali\tenglish\tkind\tcountry\nমস্কো\tMoscow\tplace\tRU\n", "", `test.tsv:1: no header line: the first line must name the tab-separated columns, at least id, kind, country, bengali, english (see resources/glossary/README.md); it lacks "id"`},
		{"column twice", "id\tkind\tcountry\tbengali\tenglish\tKind\n", "", `test.tsv:1: column "kind" twice`},
		{"no header", "# only a comment\n", "", "test.tsv:1: no header line"},
		// rows
		{"short row", header + "ru-moscow\tplace\tRU\tমস্কো\n", "", "test.tsv:2: want 5 tab-separated fields as in the header, got 4"},
		{"NUL byte", header + "ru-moscow\tplace\tRU\tম\x00\tMoscow\n", "", "test.tsv:2: column 21: holds a NUL byte"},
		{"not utf-8", header + "ru-moscow\tplace\tRU\tম\xffস্কো\tMoscow\n", "", "test.tsv:2: column 21: not valid UTF-8"},
		// kinds are a closed set: a kind is written into pages and menus
		{"kind outside the set", header + "ru-moscow\tplace\tRU\tমস্কো\tMoscow\nru-x\tperson\" onmouseover=\"alert(1)\tRU\tক\tX\n", "",
			`test.tsv:3: kind: "person\" onmouseover=\"alert(1)" is not one of person, place, org, event, other`},
		{"nationality is a span kind, not an entry kind", header + "ru-russian\tnationality\tRU\tরুশ\tRussian\n", "", `test.tsv:2: kind: "nationality" is not one of`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			es, err := ParseTSV("test.tsv", strings.NewReader(c.file))
			if c.errHas != "" {
				if err == nil || !strings.Contains(err.Error(), c.errHas) {
					t.Fatalf("got %v, %v; want an error with %q", es, err, c.errHas)
				}
				return
			}
			if err != nil || len(es) == 0 {
				t.Fatalf("got %v, %v; want %q", es, err, c.want)
			}
			if got := es[0].ID + " " + es[0].EnglishHeadword(); got != c.want || es[0].Origin != "builtin" {
				t.Errorf("got %q (origin %q); want %q (builtin)", got, es[0].Origin, c.want)
			}
		})
	}
}

// TestTableRoundTrip checks that a row written with Columns reads back as
// the same entry: the column list and the reader are one.
func TestTableRoundTrip(t *testing.T) {
	e := &Entry{ID: "ru-lavrov-sergei", Kind: Person, Country: "RU", Bengali: []string{"সের্গেই লাভরভ", "সের্গেই ল্যাভরভ"},
		Short: []string{"লাভরভ!"}, English: []string{"Sergei Lavrov"}, Native: "Сергей Лавров", Roman: "Sergey Lavrov",
		NoteEN: "Foreign minister", NoteBN: "পররাষ্ট্রমন্ত্রী", AsOf: "2025", Russian: "Лавров", Korean: "라브로프",
		DemonymBN: []string{"রুশ"}, DemonymEN: "Russian", Hanja: "漢"}
	text := strings.Join(Columns, "\t") + "\n" + strings.Join(e.Row(), "\t") + "\n"
	rows, err := ReadTSV("x.tsv", text, BuiltinColumns)
	if err != nil || len(rows) != 1 {
		t.Fatalf("got %v, %v; want one row", rows, err)
	}
	if got := rows[0].Entry; !slices.Equal(got.Row(), e.Row()) {
		t.Errorf("got %q; want %q", got.Row(), e.Row())
	}
	if want := []string{"id", "kind", "country", "bengali", "short", "english", "native", "hanja", "roman",
		"note_en", "note_bn", "as_of", "russian", "korean", "demonym_bn", "demonym_en"}; !slices.Equal(Columns, want) {
		t.Errorf("got columns %q; want %q (resources/glossary/README.md)", Columns, want)
	}
}

// TestReadTSVLists checks the lists of entries read together: rows
// share their memory, and must not share it visibly.
func TestReadTSVLists(t *testing.T) {
	text := "id\tkind\tcountry\tbengali\tshort\tenglish\n" +
		// a list that is only separators is empty, not missing
		"kr-a\tperson\tKR\tকিম জং উন| |কিম জং-উন\t|\tKim Jong Un\n" +
		// an empty field is no list at all
		"kr-b\tperson\tKR\tকিম ইয়ো জং\t\tKim Yo Jong\n" +
		"ru-c\tplace\tRU\tমস্কো|মস্কোভা\tমস্কো!\tMoscow|Moskva\n"
	rows, err := ReadTSV("x.tsv", text, BuiltinColumns)
	if err != nil || len(rows) != 3 {
		t.Fatalf("got %v, %v; want three rows", rows, err)
	}
	a, b, c := rows[0].Entry, rows[1].Entry, rows[2].Entry
	if !slices.Equal(a.Bengali, []string{"কিম জং উন", "কিম জং-উন"}) || a.Short == nil || len(a.Short) != 0 || b.Short != nil {
		t.Errorf("got Bengali %q, short %#v and %#v; want two forms, an empty list and none", a.Bengali, a.Short, b.Short)
	}
	// Appending to one entry's list leaves the next entry's alone.
	a.Bengali = append(a.Bengali, "কিম")
	b.English = append(b.English, "Kim Yo-jong")
	if !slices.Equal(b.Bengali, []string{"কিম ইয়ো জং"}) || !slices.Equal(c.Bengali, []string{"মস্কো", "মস্কোভা"}) || !slices.Equal(c.Short, []string{"মস্কো!"}) {
		t.Errorf("after appending: got %q, %q, %q; want the rows as read", b.Bengali, c.Bengali, c.Short)
	}
	// Each row is its own entry.
	a.Country = "KP"
	if b.Country != "KR" {
		t.Errorf("got %q; want KR", b.Country)
	}
}

// TestCountriesGenerated checks that resources/glossary/countries.tsv is
// what go generate writes today, from the current countries-extra.tsv,
// generator and x/text.
func TestCountriesGenerated(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the generator")
	}
	out := filepath.Join(t.TempDir(), "countries.tsv")
	cmd := exec.Command("go", "run", "./internal/countrygen", "-out", out)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go run ./internal/countrygen: %v\n%s", err, msg)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("../resources/glossary/countries.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		gl, wl := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
		for i := range min(len(gl), len(wl)) {
			if gl[i] != wl[i] {
				t.Fatalf("resources/glossary/countries.tsv is stale; run go generate ./glossary/...\nline %d: got (generated)\n%s\nwant (in the file)\n%s", i+1, gl[i], wl[i])
			}
		}
		t.Fatalf("resources/glossary/countries.tsv is stale: got %d lines generated; the file has %d; run go generate ./glossary/...", len(gl), len(wl))
	}
}
