package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	fyneapp "fyne.io/fyne/v2/app"

	"github.com/pathok/pathok/glossary/user"
	"github.com/pathok/pathok/resources/metadata"
)

// result is what the binary would print and return.
type result struct {
	stdout, stderr string
	code           int
}

func cli(stdin string, args ...string) result {
	var out, errb bytes.Buffer
	err := run(args, strings.NewReader(stdin), &out)
	report(&errb, err)
	return result{out.String(), errb.String(), exitCode(err)}
}

// check compares a result with what a case wants: the exit code, and
// strings that must be in standard output and standard error.
func (r result) check(t *testing.T, code int, stdout, stderr []string) {
	t.Helper()
	if r.code != code {
		t.Errorf("got exit %d (stderr %q); want %d", r.code, r.stderr, code)
	}
	for _, s := range stdout {
		if !strings.Contains(r.stdout, s) {
			t.Errorf("got stdout\n%s\nwant it to contain %q", r.stdout, s)
		}
	}
	for _, s := range stderr {
		if !strings.Contains(r.stderr, s) {
			t.Errorf("got stderr\n%s\nwant it to contain %q", r.stderr, s)
		}
	}
	if code != 0 && r.stdout != "" {
		t.Errorf("got stdout %q from a failure; want nothing half-printed", r.stdout)
	}
	if code == 0 && r.stderr != "" {
		t.Errorf("got stderr %q; want none", r.stderr)
	}
}

const sampleArticle = "রাশিয়ার পররাষ্ট্রমন্ত্রী সের্গেই লাভরভ ১২ মার্চ পিয়ংইয়ংয়ে যান। মন্ত্রী সোনগিনোর সঙ্গে বৈঠক হয়।\n"

func write(t *testing.T, dir, name, content string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestAnnotate(t *testing.T) {
	dir := t.TempDir()
	art := write(t, dir, "article.txt", sampleArticle)
	mine := write(t, dir, "mine.json", `{"pathok_glossary": 1, "entries": [{"id":"user-songino","kind":"person","country":"MN","bengali":["সোনগিনো"],"english":["Songino"]}]}`)
	cases := []struct {
		name           string
		args           []string
		stdin          string
		code           int
		stdout, stderr []string
	}{
		{"text", []string{"annotate", art}, "", 0,
			[]string{"article.txt: 4 names, 1 figures, 1 not in the glossary", "সের্গেই লাভরভ → Sergei Lavrov", "১২ মার্চ → 12 March = --03-12", "সোনগিনোর → Songino   [not in the glossary]"}, nil},
		{"json", []string{"annotate", "-format", "json", art}, "", 0,
			[]string{`"file":"` + art + `"`, `{"start":26,"end":39,"text":"সের্গেই লাভরভ","kind":"person","gloss":"Sergei Lavrov","value":""}`}, nil},
		{"html", []string{"annotate", "-format", "html", art}, "", 0, []string{"<!DOCTYPE html>", "<title>article.txt</title>", "Sergei Lavrov"}, nil},
		{"standard input", []string{"annotate", "-"}, sampleArticle, 0, []string{"-: 4 names", "পিয়ংইয়ংয়ে → Pyongyang"}, nil},
		{"user glossary", []string{"annotate", "-glossary", mine, art}, "", 0, []string{"0 not in the glossary", "সোনগিনোর → Songino (user-songino)   [সোনগিনোর"}, nil},
		{"missing file", []string{"annotate", filepath.Join(dir, "nope.txt")}, "", 1, nil, []string{"pathok-cli:", "nope.txt"}},
		{"a good file then a missing one", []string{"annotate", art, filepath.Join(dir, "nope.txt")}, "", 1, nil, []string{"nope.txt"}},
		{"corrupt user glossary", []string{"annotate", "-glossary", write(t, dir, "bad.json", "{\n\"pathok_glossary\": 1,\n\"entries\": [,]}"), art}, "", 1, nil, []string{"bad.json:3:"}},
		// The glossary loads while the article is read: its error still
		// comes first, with nothing printed.
		{"corrupt user glossary, json", []string{"annotate", "-format", "json", "-glossary", filepath.Join(dir, "bad.json"), art}, "", 1, nil, []string{"bad.json:3:"}},
		{"corrupt user glossary and a missing file", []string{"annotate", "-glossary", filepath.Join(dir, "bad.json"), filepath.Join(dir, "nope.txt")}, "", 1, nil, []string{"bad.json:3:"}},
		{"unknown format", []string{"annotate", "-format", "xml", art}, "", 2, nil, []string{`unknown format "xml"`, "usage:"}},
		{"no file", []string{"annotate"}, "", 2, nil, []string{"no file given", "usage:"}},
		{"bad flag", []string{"annotate", "-colour", art}, "", 2, nil, []string{"-colour", "usage:"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cli(c.stdin, c.args...).check(t, c.code, c.stdout, c.stderr)
		})
	}
	// The JSON output is one object per file, in the documented shape.
	r := cli("", "annotate", "-format", "json", art, art)
	var got []jsonAnnotation
	for _, l := range strings.Split(strings.TrimSpace(r.stdout), "\n") {
		var a jsonAnnotation
		if err := json.Unmarshal([]byte(l), &a); err != nil {
			t.Fatalf("got %v decoding %q", err, l)
		}
		got = append(got, a)
	}
	if len(got) != 2 || len(got[0].Spans) != 5 {
		t.Errorf("got %+v; want two files of 5 spans", got)
	}
}

func TestGlossaryQueries(t *testing.T) {
	cases := []struct {
		name           string
		args           []string
		code           int
		stdout, stderr []string
	}{
		{"search", []string{"glossary", "search", "-n", "1", "লাভরভ"}, 0, []string{"ru-lavrov-sergei", "Sergei Lavrov (Сергей Лавров)", "[short: [ল][া][ভ][র][ভ]]"}, nil},
		{"search nothing", []string{"glossary", "search", "ঝঝঝঝঝঝ"}, 0, []string{"no entries match"}, nil},
		{"search without query", []string{"glossary", "search"}, 2, nil, []string{"no query"}},
		{"lookup", []string{"glossary", "lookup", "লাভরভের"}, 0,
			[]string{"entry:   ru-lavrov-sergei (person, RU)", "native:  Сергей Лавров", "reading: লাভরভের = লাভরভ + -এর (genitive: “Sergei Lavrov's”)"}, nil},
		{"lookup unknown", []string{"glossary", "lookup", "ঝঝঝ"}, 1, nil, []string{"is not a glossary name"}},
		{"stats", []string{"glossary", "stats"}, 0, []string{"entries: ", "by kind:", "  person", "by origin:", "  builtin"}, nil},
		{"unknown subcommand", []string{"glossary", "merge"}, 2, nil, []string{`unknown command "merge"`}},
		{"no subcommand", []string{"glossary"}, 2, nil, []string{"import, export or validate"}},
		{"help", []string{"help"}, 0, []string{"glossary import FILE [-format F] [-user PATH]"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cli("", c.args...).check(t, c.code, c.stdout, c.stderr)
		})
	}
}

const songinoTSV = "bengali\tenglish\tkind\tcountry\nসোনগিনো\tSongino\tplace\tMN\nSongino\tSongino\tplace\tMN\nপিয়ং-ইয়ং\tPhyongyang\t\t\n"

func TestGlossaryImport(t *testing.T) {
	cases := []struct {
		name           string
		file, content  string
		args           []string // after FILE; -user is added
		userBefore     string   // the user file's content before; "" for none
		code           int
		stdout, stderr []string
		entries        int // in the user file after
	}{
		{"tsv", "in.tsv", songinoTSV, nil, "", 0,
			[]string{"in.tsv: 1 added, 1 merged, 0 already there, 1 rejected", `in.tsv:3: bengali: "Songino" has no Bengali letters`, "saved "}, nil, 2},
		{"flags after the file", "in.txt", "সোনগিনো\tSongino\tA district\n", []string{"-format", "omegat"}, "", 0, []string{"1 added"}, nil, 1},
		{"tbx", "in.tbx", `<martif><text><body><termEntry><langSet xml:lang="bn"><tig><term>সোনগিনো</term></tig></langSet><langSet xml:lang="en"><tig><term>Songino</term></tig></langSet></termEntry></body></text></martif>`,
			nil, "", 0, []string{"1 added"}, nil, 1},
		{"into an existing glossary", "in.csv", "bengali,english\nসিন্দো,Sindo\n", nil,
			`{"pathok_glossary": 1, "entries": [{"id":"user-songino","kind":"place","country":"MN","bengali":["সোনগিনো"],"english":["Songino"]}]}`,
			0, []string{"1 added"}, nil, 2},
		{"nothing new", "in.csv", "bengali,english\nসের্গেই লাভরভ,Sergei Lavrov\n", nil, "", 0, []string{"0 added, 0 merged, 1 already there"}, nil, 0},
		{"malformed file", "bad.tsv", "bengali\tenglish\nসোনগিনো\tSongino\nসিন্দো\n", nil,
			`{"pathok_glossary": 1, "entries": []}`, 1, nil, []string{"bad.tsv:3: want 2 tab-separated fields"}, 0},
		{"corrupt user file", "in.tsv", songinoTSV, nil, "{\"pathok_glossary\": 1,\n \"entries\": [\n  {\"id\": \"user-a\",}\n ]\n}", 1, nil,
			[]string{"cannot be read, so it is left as it is", "glossary.json:3:"}, -1},
		{"unknown extension", "in.dat", songinoTSV, nil, "", 2, nil, []string{"cannot tell the format", "usage:"}, 0},
		{"anki is export only", "in.txt", songinoTSV, []string{"-format", "anki"}, "", 2, nil, []string{"exported but not imported"}, 0},
		{"unknown format", "in.txt", songinoTSV, []string{"-format", "xliff"}, "", 2, nil, []string{`unknown format "xliff"`}, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			file := write(t, dir, c.file, c.content)
			mine := filepath.Join(dir, "storage", "glossary.json")
			if c.userBefore != "" {
				os.MkdirAll(filepath.Dir(mine), 0o700)
				write(t, filepath.Dir(mine), "glossary.json", c.userBefore)
			}
			args := append([]string{"glossary", "import", file}, c.args...)
			cli("", append(args, "-user", mine)...).check(t, c.code, c.stdout, c.stderr)
			data, err := os.ReadFile(mine)
			if c.code != 0 || c.entries == 0 {
				// A failed or empty import writes nothing.
				if c.userBefore == "" && err == nil {
					t.Errorf("got a user file written; want none")
				}
				if c.userBefore != "" && string(data) != c.userBefore {
					t.Errorf("got the user file changed to\n%s; want it byte for byte as before", data)
				}
				return
			}
			u, err := user.Load(mine)
			if err != nil || len(u.Entries) != c.entries {
				t.Errorf("got %v, %v; want %d entries", u, err, c.entries)
			}
		})
	}
}

func TestGlossaryImportStdin(t *testing.T) {
	mine := filepath.Join(t.TempDir(), "glossary.json")
	cli("সোনগিনো\tSongino\n", "glossary", "import", "-", "-format", "omegat", "-user", mine).check(t, 0, []string{"-: 1 added"}, nil)
	cli("", "glossary", "import", "-", "-user", mine).check(t, 2, nil, []string{"cannot tell the format"})
}

func TestGlossaryExport(t *testing.T) {
	dir := t.TempDir()
	mine := filepath.Join(dir, "glossary.json")
	cli("", "glossary", "import", write(t, dir, "in.tsv", songinoTSV), "-user", mine).check(t, 0, nil, nil)
	cases := []struct {
		name           string
		args           []string
		code           int
		stdout, stderr []string
		file           string   // written, and holding these
		holds          []string // strings
	}{
		{"json", []string{"out.json"}, 0, []string{"out.json: 2 entries (json)"}, nil, "out.json", []string{`"pathok_glossary": 1`, `"id":"user-songino"`, `"id":"kp-pyongyang"`}},
		{"tsv", []string{"out.tsv"}, 0, nil, nil, "out.tsv", []string{"id\tkind\tcountry\tbengali", "user-songino\tplace\tMN\tসোনগিনো"}},
		{"csv", []string{"out.csv"}, 0, nil, nil, "out.csv", []string{"user-songino,place,MN,সোনগিনো,,Songino"}},
		{"omegat", []string{"out.txt"}, 0, nil, nil, "out.txt", []string{omegatLine}},
		{"tbx", []string{"out.tbx"}, 0, nil, nil, "out.tbx", []string{`<termEntry id="user-songino">`, "<term>সোনগিনো</term>"}},
		{"anki to stdout", []string{"-", "-format", "anki"}, 0, []string{"#separator:tab", "সোনগিনো\tSongino\tpathok place MN"}, nil, "", nil},
		{"all", []string{"all.tsv", "-all"}, 0, []string{"all.tsv: ", " entries (tsv)"}, nil, "all.tsv", []string{"ru-lavrov-sergei", "Phyongyang"}},
		{"stdout needs a format", []string{"-"}, 2, nil, []string{"cannot tell the format"}, "", nil},
		{"no file", nil, 2, nil, []string{"no file given"}, "", nil},
		{"two files", []string{"a.json", "b.json"}, 2, nil, []string{"one file at a time"}, "", nil},
		{"unwritable", []string{filepath.Join(dir, "no", "such", "dir.json")}, 1, nil, []string{"no such file"}, "", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			args := []string{"glossary", "export"}
			for _, a := range c.args {
				if strings.Contains(a, ".") && !strings.HasPrefix(a, "-") && !filepath.IsAbs(a) {
					a = filepath.Join(dir, a)
				}
				args = append(args, a)
			}
			cli("", append(args, "-user", mine)...).check(t, c.code, c.stdout, c.stderr)
			if c.file == "" {
				return
			}
			data, err := os.ReadFile(filepath.Join(dir, c.file))
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range c.holds {
				if !bytes.Contains(data, []byte(s)) {
					t.Errorf("got\n%.2000s\nwant it to hold %q", data, s)
				}
			}
			// What is exported validates.
			if c.file != "all.tsv" {
				cli("", "glossary", "validate", filepath.Join(dir, c.file)).check(t, 0, []string{"no problems"}, nil)
			}
		})
	}
}

const omegatLine = "সোনগিনো\tSongino\n"

func TestGlossaryValidate(t *testing.T) {
	dir := t.TempDir()
	cases := []struct {
		name, file, content string
		code                int
		stdout, stderr      []string
	}{
		{"good", "ok.tsv", "id\tbengali\tenglish\tkind\tcountry\nuser-a\tসোনগিনো\tSongino\tplace\tMN\n", 0, []string{"ok.tsv: 1 entries, no problems"}, nil},
		{"invalid rows", "rows.tsv", "bengali\tenglish\tkind\nসোনগিনো\tSongino\tcity\nসিন্দো\t\tplace\n", 1, nil,
			[]string{"rows.tsv: 2 problems", `rows.tsv:2: kind: "city" is not one of`, "rows.tsv:3: english: the English headword is empty"}},
		{"same id twice", "ids.csv", "id,bengali,english\nuser-a,সোনগিনো,Songino\nuser-a,সিন্দো,Sindo\n", 1, nil, []string{"ids.csv:3: the id \"user-a\" is used again (first on line 2)"}},
		{"same form twice", "forms.txt", "সোনগিনো\tSongino\tA\nসিন্দো\tSindo\nসোনগিনো\tSongino Khairkhan\n", 1, nil, []string{"forms.txt:3: \"সোনগিনো\" is also a form of সোনগিনো (line 1)"}},
		{"malformed", "bad.tbx", "<martif>\n<text>\n</martif>", 1, nil, []string{"bad.tbx:3:", "bad XML"}},
		{"empty", "empty.json", "", 1, nil, []string{"empty.json:1: the file is empty"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cli("", "glossary", "validate", write(t, dir, c.file, c.content)).check(t, c.code, c.stdout, c.stderr)
		})
	}
}

// TestUserPathFor: the CLI finds the app's glossary where Fyne keeps the
// app's storage on each system.
func TestUserPathFor(t *testing.T) {
	tests := []struct{ goos, home, config, want string }{
		{"windows", `C:\Users\রিয়া`, "", filepath.Join(`C:\Users\রিয়া`, "AppData", "Roaming", "fyne", "io.github.pathok.reader", "glossary.json")},
		{"darwin", "/Users/riya", "", "/Users/riya/Library/Preferences/fyne/io.github.pathok.reader/glossary.json"},
		{"linux", "/home/riya", "/home/riya/.config", "/home/riya/.config/fyne/io.github.pathok.reader/glossary.json"},
		{"freebsd", "/home/riya", "/home/riya/.config", "/home/riya/.config/fyne/io.github.pathok.reader/glossary.json"},
	}
	for _, tt := range tests {
		if got := userPathFor(tt.goos, tt.home, tt.config); got != tt.want {
			t.Errorf("%s: got %q; want %q", tt.goos, got, tt.want)
		}
	}
}

// TestDefaultUserPath checks the path against the storage root Fyne
// itself gives the desktop app (app.NewWithID(…).Storage().RootURI()),
// so that a change in Fyne's layout fails here rather than losing the
// reader's glossary. The test links Fyne; the command never does.
func TestDefaultUserPath(t *testing.T) {
	// Not t.TempDir: Fyne's settings watcher may still write there when
	// the test ends, which would fail its cleanup.
	config, err := os.MkdirTemp("", "pathok-fyne-root")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(config) })
	for _, v := range []string{"XDG_CONFIG_HOME", "XDG_CACHE_HOME", "HOME", "APPDATA"} {
		t.Setenv(v, config)
	}
	root := fyneapp.NewWithID(metadata.ID()).Storage().RootURI().Path()
	got, err := defaultUserPath()
	want := filepath.Join(filepath.FromSlash(root), user.FileName)
	if err != nil || got != want {
		t.Fatalf("got %q, %v; want %q (in Fyne's storage root)", got, err, want)
	}
	if !strings.HasPrefix(got, config) {
		t.Fatalf("got %q; want it under the test's config folder %q", got, config)
	}
	dir := t.TempDir()
	cli("", "glossary", "import", write(t, dir, "in.tsv", songinoTSV)).check(t, 0, []string{"saved " + want}, nil)
	if u, err := user.Load(want); err != nil || len(u.Entries) != 2 {
		t.Errorf("got %v, %v at the default path; want the 2 imported entries", u, err)
	}
	cli("", "glossary", "export", "-", "-format", "tsv").check(t, 0, []string{"user-songino"}, nil)
}

// TestAnnotateRejectsForeignKinds: a kind is written into the HTML page,
// so a glossary with a kind outside the closed set is refused with its
// file, line and value, in every format it can come in.
func TestAnnotateRejectsForeignKinds(t *testing.T) {
	dir := t.TempDir()
	art := write(t, dir, "article.txt", sampleArticle)
	const evil = `person\" onmouseover=\"alert(1)`
	cases := []struct {
		name, file, content string
		stderr              []string
	}{
		{"json", "evil.json", "{\"pathok_glossary\": 1, \"entries\": [\n {\"id\":\"user-a\",\"kind\":\"place\",\"country\":\"MN\",\"bengali\":[\"সোনগিনো\"],\"english\":[\"Songino\"]},\n {\"id\":\"user-b\",\"kind\":\"" + evil + "\",\"country\":\"MN\",\"bengali\":[\"সোনগিনোর\"],\"english\":[\"X\"]}]}",
			[]string{`evil.json:3: entry "user-b": kind: "person\" onmouseover=\"alert(1)" is not one of person, place, org, event, other`}},
		{"tsv", "evil.tsv", "id\tkind\tcountry\tbengali\tenglish\nuser-b\tperson\" onmouseover=\"alert(1)\tMN\tসোনগিনো\tX\n",
			[]string{`evil.tsv:2: kind: "person\" onmouseover=\"alert(1)" is not one of`}},
		{"nationality is no entry kind", "nat.json", "{\"pathok_glossary\": 1, \"entries\": [\n {\"id\":\"user-a\",\"kind\":\"nationality\",\"country\":\"MN\",\"bengali\":[\"সোনগিনো\"],\"english\":[\"Songino\"]}]}",
			[]string{`nat.json:2: entry "user-a": kind: "nationality" is not one of`}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cli("", "annotate", "-format", "html", "-glossary", write(t, dir, c.file, c.content), art).check(t, 1, nil, c.stderr)
		})
	}
}

// endless is a stream that never ends, as /dev/zero.
type endless struct{}

var spaces = bytes.Repeat([]byte{' '}, 64<<10)

func (endless) Read(p []byte) (int, error) {
	return copy(p, spaces), nil
}

// TestReadsAreBounded: every file the CLI reads is read within its cap,
// and the message gives the real size (or says it is more than a bound
// when the stream does not end).
func TestReadsAreBounded(t *testing.T) {
	dir := t.TempDir()
	art := write(t, dir, "article.txt", sampleArticle)
	// Sparse files: their size is real but they take no disk.
	sparse := func(name string, size int64) string {
		path := filepath.Join(dir, name)
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if err := f.Truncate(size); err != nil {
			t.Fatal(err)
		}
		return path
	}
	bigArticle := sparse("big.txt", 40<<20)
	bigGlossary := sparse("big.json", 70<<20)
	cases := []struct {
		name   string
		stdin  io.Reader
		args   []string
		stderr []string
	}{
		{"article over the cap", nil, []string{"annotate", bigArticle}, []string{"big.txt: is 40 MB; Pathok reads articles up to 32 MB"}},
		{"standard input over the cap", bytes.NewReader(make([]byte, 33<<20)), []string{"annotate", "-"}, []string{"standard input: is 33 MB; Pathok reads articles up to 32 MB"}},
		// Standard input is streamed, so only a line is bounded.
		{"standard input without end", endless{}, []string{"annotate", "-"}, []string{"standard input:1:1: has a line longer than 32 MB"}},
		{"-glossary over the cap", nil, []string{"annotate", "-glossary", bigGlossary, art}, []string{"big.json: is 70 MB; Pathok reads glossaries up to 64 MB"}},
		{"import over the cap", nil, []string{"glossary", "import", bigGlossary, "-user", filepath.Join(dir, "u.json")}, []string{"big.json: is 70 MB; Pathok reads glossaries up to 64 MB"}},
	}
	if _, err := os.Stat("/dev/zero"); err == nil {
		cases = append(cases, struct {
			name   string
			stdin  io.Reader
			args   []string
			stderr []string
		}{"/dev/zero", nil, []string{"annotate", "/dev/zero"}, []string{"zero: is more than 256 MB"}})
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			stdin := c.stdin
			if stdin == nil {
				stdin = strings.NewReader("")
			}
			err := run(c.args, stdin, &out)
			report(&errb, err)
			result{out.String(), errb.String(), exitCode(err)}.check(t, 1, nil, c.stderr)
		})
	}
}

// TestAnnotateLineEnds: CR and CRLF break lines as LF does, and offsets
// stay code points into the text as given.
func TestAnnotateLineEnds(t *testing.T) {
	dir := t.TempDir()
	const lf = "মস্কো\n\nপিয়ংইয়ং\n"
	for _, c := range []struct {
		name, text string
		start      int // of পিয়ংইয়ং: after মস্কো (5) and the line ends
	}{
		{"lf", lf, 7},
		{"crlf", strings.ReplaceAll(lf, "\n", "\r\n"), 9},
		{"cr", strings.ReplaceAll(lf, "\n", "\r"), 7},
	} {
		t.Run(c.name, func(t *testing.T) {
			file := write(t, dir, c.name+".txt", c.text)
			r := cli("", "annotate", "-format", "html", file)
			r.check(t, 0, []string{"মস্কো</mark></p>\n<p><mark"}, nil)
			if strings.Contains(r.stdout, "\r") {
				t.Errorf("got a page with a CR in it; want line ends as <p> and <br>")
			}
			cli("", "annotate", "-format", "json", file).check(t, 0, []string{fmt.Sprintf(`"start":%d,"end":%d,"text":"পিয়ংইয়ং"`, c.start, c.start+len([]rune("পিয়ংইয়ং")))}, nil)
		})
	}
}

// TestAnnotateHTMLPages: several files make one page each in -o DIR,
// named for the inputs and never over each other; without -o several
// files are refused rather than run together into one invalid page.
func TestAnnotateHTMLPages(t *testing.T) {
	dir := t.TempDir()
	a := write(t, dir, "a.txt", sampleArticle)
	os.MkdirAll(filepath.Join(dir, "b"), 0o755)
	a2 := write(t, filepath.Join(dir, "b"), "a.md", "মস্কো\n")
	c := write(t, dir, "c.txt", "পিয়ংইয়ং\n")
	out := filepath.Join(dir, "pages")
	cli("", "annotate", "-format", "html", a, c).check(t, 2, nil, []string{"-format html writes one page per file; say -o DIR to write 2 pages"})
	cli("", "annotate", "-o", out, a).check(t, 2, nil, []string{"-o is for -format html"})
	cli("ওনসান\n", "annotate", "-format", "html", "-o", out, a, a2, c, "-").check(t, 0,
		[]string{"a.txt → " + filepath.Join(out, "a.html"), "a.md → " + filepath.Join(out, "a-2.html"), "c.txt → " + filepath.Join(out, "c.html"), "standard input → " + filepath.Join(out, "standard-input.html")}, nil)
	for file, holds := range map[string]string{"a.html": "Sergei Lavrov", "a-2.html": "Moscow", "c.html": "Pyongyang", "standard-input.html": "Wonsan"} {
		page, err := os.ReadFile(filepath.Join(out, file))
		if err != nil {
			t.Fatal(err)
		}
		if n := strings.Count(string(page), "<!DOCTYPE html>"); n != 1 || !strings.Contains(string(page), holds) {
			t.Errorf("%s: got %d pages, holding %q: %v; want one page holding it", file, n, holds, strings.Contains(string(page), holds))
		}
	}
}
