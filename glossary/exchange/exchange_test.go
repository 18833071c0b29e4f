package exchange

import (
	"bytes"
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/pathok/pathok/glossary"
)

// richEntries use every field, and characters each format must escape.
func richEntries() []*glossary.Entry {
	return []*glossary.Entry{
		{ID: "user-kim-ju-ae", Kind: glossary.Person, Country: "KP", Bengali: []string{"কিম জু এ", "কিম জু-এ"}, Short: []string{"জু এ!", "জু-এ"},
			English: []string{"Kim Ju Ae", "Kim Ju-ae"}, Native: "김주애", Hanja: "金主愛", Roman: "Kim Chu-ae",
			NoteEN: `Daughter of Kim Jong Un, "the beloved" <&> 'child'`, NoteBN: "কিম জং উনের মেয়ে", AsOf: "2025", Origin: "user"},
		{ID: "ru-lavrov-sergei", Kind: glossary.Person, Country: "RU", Bengali: []string{"সের্গেই লাভরভ"}, Short: []string{"লাভরভ"},
			English: []string{"Sergei Lavrov"}, Native: "Сергей Лавров", Roman: "Sergej Viktorovič Lavrov", NoteEN: "Foreign Minister, since 2004", Origin: "user"},
		{ID: "cc-mn", Kind: glossary.Place, Country: "MN", Bengali: []string{"মঙ্গোলিয়া"}, English: []string{"Mongolia"}, Native: "Монгол Улс",
			NoteEN: "Country in Eastern Asia", Russian: "Монголия", Korean: "몽골", DemonymBN: []string{"মঙ্গোলীয়"}, DemonymEN: "Mongolian", Origin: "user"},
		{ID: "user-songino", Kind: glossary.Other, Country: "ZZ", Bengali: []string{"সোনগিনো"}, English: []string{"Songino"}, Origin: "user"},
	}
}

func export(t *testing.T, entries []*glossary.Entry, f Format) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Export(&b, entries, f); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func importBytes(t *testing.T, data []byte, f Format) *Batch {
	t.Helper()
	b, err := Import("file", bytes.NewReader(data), f)
	if err != nil {
		t.Fatalf("got %v importing\n%s", err, data)
	}
	if len(b.Rejected) > 0 {
		t.Fatalf("got rejections %v importing\n%s", b.Rejected, data)
	}
	return b
}

func diffEntries(t *testing.T, got, want []*glossary.Entry) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("got %d entries; want %d", len(got), len(want))
	}
	for i := range got {
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Errorf("entry %d:\n got %+v\nwant %+v", i, got[i], want[i])
		}
	}
}

// TestRoundTrip exports and imports again: the formats that carry every
// field give the same entries.
func TestRoundTrip(t *testing.T) {
	for _, f := range []Format{JSON, TSV, CSV, TBX} {
		t.Run(string(f), func(t *testing.T) {
			want := richEntries()
			diffEntries(t, importBytes(t, export(t, want, f), f).Entries, want)
		})
	}
}

// TestRoundTripBuiltin does the same for the whole built-in glossary.
func TestRoundTripBuiltin(t *testing.T) {
	builtin, err := glossary.BuiltinEntries()
	if err != nil {
		t.Fatal(err)
	}
	want := make([]*glossary.Entry, len(builtin))
	for i, e := range builtin {
		want[i] = e.Clone()
		want[i].Origin = "user"
	}
	for _, f := range []Format{JSON, TSV, CSV, TBX} {
		t.Run(string(f), func(t *testing.T) {
			diffEntries(t, importBytes(t, export(t, builtin, f), f).Entries, want)
		})
	}
}

// TestRoundTripOmegaT checks what OmegaT carries: the Bengali forms, the
// English headword and the English note.
func TestRoundTripOmegaT(t *testing.T) {
	var want []*glossary.Entry
	for _, e := range richEntries() {
		want = append(want, &glossary.Entry{Kind: glossary.Other, Country: "ZZ", Bengali: e.Bengali, English: e.English[:1], NoteEN: e.NoteEN, Origin: "user"})
	}
	data := export(t, richEntries(), OmegaT)
	if !bytes.HasPrefix(data, []byte(omegatMagic+"\n")) {
		t.Errorf("got\n%s; want OmegaT's coding line first", data)
	}
	diffEntries(t, importBytes(t, data, OmegaT).Entries, want)
}

func TestExportAnki(t *testing.T) {
	data := string(export(t, richEntries(), Anki))
	lines := strings.Split(strings.TrimSuffix(data, "\n"), "\n")
	if want := []string{"#separator:tab", "#html:true", "#columns:Front\tBack\tTags"}; !reflect.DeepEqual(lines[:3], want) {
		t.Errorf("got header %q; want %q", lines[:3], want)
	}
	notes := lines[4:]
	if len(notes) != 4 {
		t.Fatalf("got %d notes; want 4:\n%s", len(notes), data)
	}
	cases := []struct {
		note              int
		front, back, tags string
	}{
		{0, "কিম জু এ<br><small>কিম জু-এ</small>",
			"Kim Ju Ae<br>김주애 (Kim Chu-ae)<br><small>Daughter of Kim Jong Un, &#34;the beloved&#34; &lt;&amp;&gt; &#39;child&#39;</small>", "pathok person KP"},
		{3, "সোনগিনো", "Songino", "pathok other ZZ"},
	}
	for _, c := range cases {
		fields := strings.Split(notes[c.note], "\t")
		if len(fields) != 3 {
			t.Fatalf("got %d fields in %q; want 3", len(fields), notes[c.note])
		}
		if fields[0] != c.front || fields[1] != c.back || fields[2] != c.tags {
			t.Errorf("got %q; want %q", fields, []string{c.front, c.back, c.tags})
		}
	}
	tabbed := &glossary.Entry{Bengali: []string{"ক\tখ"}, English: []string{"A\nB"}}
	if got := string(export(t, []*glossary.Entry{tabbed}, Anki)); !strings.HasSuffix(got, "ক খ\tA<br>B\tpathok\n") {
		t.Errorf("got %q; want the tab and line break kept out of the row", got)
	}
}

func TestImportTestdata(t *testing.T) {
	cases := []struct {
		file     string
		want     []*glossary.Entry
		rejected []int // lines
	}{
		{"external-v3.tbx", []*glossary.Entry{
			{ID: "c1", Kind: "other", Country: "ZZ", Bengali: []string{"সোনগিনো খাইরখান", "সংগিনো খাইরখান"}, English: []string{"Songino Khairkhan"},
				NoteEN: "Mongolian district named in a news report", Origin: "user"},
			{ID: "c2", Kind: "other", Country: "ZZ", Bengali: []string{"সিন্দো"}, English: []string{"Sindo"}, Native: "신도",
				NoteBN: "উত্তর কোরিয়ার একটি দ্বীপ", Origin: "user"},
		}, nil},
		{"external-2008.tbx", []*glossary.Entry{
			{Kind: "other", Country: "ZZ", Bengali: []string{"সের্গেই রিয়াবকভ"}, English: []string{"Sergei Ryabkov"}, Native: "Сергей Рябков",
				NoteEN: "Russian deputy foreign minister", Origin: "user"},
		}, []int{29}},
		{"omegat-en-bn.txt", []*glossary.Entry{
			{Kind: "other", Country: "ZZ", Bengali: []string{"সোনগিনো", "সংগিনো"}, English: []string{"Songino"}, NoteEN: "A district of Ulaanbaatar", Origin: "user"},
			{Kind: "other", Country: "ZZ", Bengali: []string{"সিন্দো"}, English: []string{"Sindo"}, Origin: "user"},
			{Kind: "other", Country: "ZZ", Bengali: []string{"চো সন হুই"}, English: []string{"Choe Son Hui"}, NoteEN: "Foreign Minister of North Korea", Origin: "user"},
		}, nil},
		{"translator.csv", []*glossary.Entry{
			{Kind: "place", Country: "ZZ", Bengali: []string{"সোনগিনো খাইরখান", "সংগিনো খাইরখান"}, English: []string{"Songino Khairkhan"},
				NoteEN: "A district of Ulaanbaatar, Mongolia", Origin: "user"},
			{Kind: "place", Country: "ZZ", Bengali: []string{"সিন্দো"}, English: []string{"Sindo"}, NoteEN: "An island, \"Sindo\",\nin North Korea", Origin: "user"},
		}, nil},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			f, ok := FormatFor(c.file)
			if !ok {
				t.Fatalf("no format for %s", c.file)
			}
			data, err := os.ReadFile(filepath.Join("testdata", c.file))
			if err != nil {
				t.Fatal(err)
			}
			b, err := Import(c.file, bytes.NewReader(data), f)
			if err != nil {
				t.Fatal(err)
			}
			diffEntries(t, b.Entries, c.want)
			var lines []int
			for _, r := range b.Rejected {
				lines = append(lines, r.Line)
			}
			if !reflect.DeepEqual(lines, c.rejected) {
				t.Errorf("got rejections %v; want on lines %v", b.Rejected, c.rejected)
			}
		})
	}
}

func TestImportRejects(t *testing.T) {
	cases := []struct {
		name   string
		f      Format
		data   string
		line   int
		reason string
	}{
		{"tsv no bengali letters", TSV, "bengali\tenglish\nক\tKa\nKha\tKha\n", 3, "no Bengali letters"},
		{"tsv empty english", TSV, "bengali\tenglish\nক\tKa\nখ\t\n", 3, "English headword is empty"},
		{"tsv bad id", TSV, "id\tbengali\tenglish\nuser-ka\tক\tKa\nUser Kha\tখ\tKha\n", 3, "id"},
		{"csv bad country", CSV, "bengali,english,country\nক,Ka,KP\nখ,Kha,North Korea\n", 3, "country"},
		{"omegat no target", OmegaT, "ক\tKa\nখ\t\tnote\n", 2, "English headword is empty"},
		{"json hangul field", JSON, "{\"pathok_glossary\": 1,\n \"entries\": [\n  {\"id\":\"user-a\",\"kind\":\"person\",\"country\":\"KP\",\"bengali\":[\"ক\"],\"english\":[\"A\"],\"native\":\"A\"}\n ]\n}", 3, "Hangul"},
		{"tbx bad kind", TBX, "<martif><text><body>\n<termEntry><admin type=\"x-pathok-kind\">city</admin>\n<langSet xml:lang=\"bn\"><tig><term>ক</term></tig></langSet><langSet xml:lang=\"en\"><tig><term>Ka</term></tig></langSet></termEntry></body></text></martif>", 2, "kind"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b, err := Import("file", strings.NewReader(c.data), c.f)
			if err != nil {
				t.Fatal(err)
			}
			if len(b.Rejected) != 1 || b.Rejected[0].Line != c.line || !strings.Contains(b.Rejected[0].Reason, c.reason) {
				t.Errorf("got rejections %v; want one on line %d saying %q", b.Rejected, c.line, c.reason)
			}
		})
	}
}

func utf16Bytes(s string, order binary.AppendByteOrder, bom bool) []byte {
	var b []byte
	if bom {
		b = order.AppendUint16(b, 0xfeff)
	}
	for _, u := range utf16.Encode([]rune(s)) {
		b = order.AppendUint16(b, u)
	}
	return b
}

func TestImportEncodings(t *testing.T) {
	want := richEntries()
	for _, f := range []Format{TSV, CSV, TBX, JSON} {
		text := string(export(t, want, f))
		cases := []struct {
			name string
			data []byte
		}{
			{"utf-8 with bom", append([]byte("\ufeff"), text...)},
			{"utf-16le", utf16Bytes(text, binary.LittleEndian, true)},
			{"utf-16be", utf16Bytes(text, binary.BigEndian, true)},
			{"crlf", []byte(strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\n", "\r\n"))},
		}
		for _, c := range cases {
			t.Run(string(f)+" "+c.name, func(t *testing.T) {
				diffEntries(t, importBytes(t, c.data, f).Entries, want)
			})
		}
	}
}

// TestImportMalformed: a malformed file is an error naming the line, and
// no batch at all.
func TestImportMalformed(t *testing.T) {
	cases := []struct {
		name string
		f    Format
		data []byte
		line int
		msg  string
	}{
		{"empty", TSV, nil, 1, "empty"},
		{"only spaces", CSV, []byte(" \n\n"), 1, "empty"},
		{"tsv wrong column count", TSV, []byte("bengali\tenglish\nক\tKa\nখ\tKha\textra\n"), 3, "want 2 tab-separated fields"},
		{"tsv no header", TSV, []byte("# comment\nক\tKa\n"), 2, "no header"},
		{"tsv only comments", TSV, []byte("# comment\n"), 1, "no header"},
		{"tsv invalid utf-8", TSV, []byte("bengali\tenglish\nক\tK\xffa\n"), 2, "column 4: not valid UTF-8"},
		{"latin-1", OmegaT, []byte("caf\xe9\tcafe\n"), 1, "UTF-8"},
		{"utf-16 without bom", TSV, utf16Bytes("bengali\tenglish\n", binary.LittleEndian, false), 1, "UTF-16"},
		{"utf-16 cut short", TSV, append(utf16Bytes("bengali\tenglish\n", binary.LittleEndian, true), 'x'), 2, "odd number"},
		{"utf-16 broken surrogate", TSV, binary.LittleEndian.AppendUint16(utf16Bytes("bengali\tenglish\n", binary.LittleEndian, true), 0xd800), 2, "surrogate"},
		{"csv wrong column count", CSV, []byte("bengali,english\nক,Ka\nখ,Kha,extra\n"), 3, "want 2 comma-separated fields"},
		{"csv bare quote", CSV, []byte("bengali,english\nক,K\"a\n"), 2, "column 4"},
		{"csv open quote", CSV, []byte("bengali,english\nক,Ka\nখ,\"Kha\n"), 3, "quote"},
		{"csv no header", CSV, []byte("ক,Ka\n"), 1, "lacks \"bengali\""},
		{"omegat one field", OmegaT, []byte("ক\tKa\nখ\n"), 2, "got 1"},
		{"omegat four fields", OmegaT, []byte("ক\tKa\tnote\textra\n"), 1, "got 4"},
		{"tbx mismatched tag", TBX, []byte("<martif>\n<text>\n<body>\n<termEntry></langSet>\n</body></text></martif>"), 4, "bad XML"},
		{"tbx cut short", TBX, []byte("<martif>\n<text>\n<body>\n<termEntry>\n"), 5, "unexpected EOF"},
		{"tbx unknown entity", TBX, []byte("<martif>\n<text><body><termEntry><langSet xml:lang=\"bn\"><tig><term>&nbsp;</term></tig></langSet></termEntry></body></text></martif>"), 2, "entity"},
		{"tbx wrong root", TBX, []byte("<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"></tmx>"), 2, "root element is <tmx>"},
		{"tbx not xml", TBX, []byte("bengali\tenglish\n"), 1, "no XML elements"},
		{"tbx other encoding", TBX, []byte("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<martif/>"), 1, "ISO-8859-1"},
		{"json syntax", JSON, []byte("{\"pathok_glossary\": 1,\n \"entries\": [\n  {\"id\": \"user-a\",,}\n ]\n}"), 3, "invalid character"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b, err := Import("bad", bytes.NewReader(c.data), c.f)
			var le *glossary.LineError
			if !errors.As(err, &le) {
				t.Fatalf("got %v, %v; want a *glossary.LineError", b, err)
			}
			if b != nil || le.File != "bad" || le.Line != c.line || !strings.Contains(le.Msg, c.msg) {
				t.Errorf("got %v (batch %v); want line %d saying %q", err, b, c.line, c.msg)
			}
		})
	}
	if _, err := Import("deck.txt", strings.NewReader("#separator:tab\n"), Anki); err == nil {
		t.Errorf("got an Anki deck imported; want an error")
	}
}

func TestFormatFor(t *testing.T) {
	cases := []struct {
		name string
		want Format
		ok   bool
	}{
		{"my.json", JSON, true}, {"a/b.TSV", TSV, true}, {"x.csv", CSV, true}, {"omegat.txt", OmegaT, true},
		{"legacy.tab", OmegaT, true}, {"terms.tbx", TBX, true}, {"terms.xml", TBX, true}, {"deck.apkg", "", false}, {"noext", "", false},
	}
	for _, c := range cases {
		if got, ok := FormatFor(c.name); got != c.want || ok != c.ok {
			t.Errorf("FormatFor(%q): got %q, %v; want %q, %v", c.name, got, ok, c.want, c.ok)
		}
	}
}
