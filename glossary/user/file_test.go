package user

import (
	"bytes"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/pathok/pathok/glossary"
)

func sampleFile() *File {
	return &File{
		Version: FormatVersion,
		Entries: []*glossary.Entry{
			{ID: "user-kim-ju-ae", Kind: glossary.Person, Country: "KP", Bengali: []string{"কিম জু এ", "কিম জু-এ"}, Short: []string{"জু এ!"},
				English: []string{"Kim Ju Ae"}, Native: "김주애", Hanja: "金主愛", NoteEN: "Daughter of Kim Jong Un <&>", AsOf: "2025", Origin: "user"},
			{ID: "ru-lavrov-sergei", Kind: glossary.Person, Country: "RU", Bengali: []string{"সের্গেই লাভরভ"}, English: []string{"Sergei Lavrov"},
				Native: "Сергей Лавров", NoteBN: "রাশিয়ার পররাষ্ট্রমন্ত্রী", Origin: "user"},
		},
		Hidden: []string{"kp-kim-il-sung"},
	}
}

func TestFileMarshal(t *testing.T) {
	cases := []struct {
		name string
		u    *File
	}{
		{"entries and hidden", sampleFile()},
		{"empty", &File{Version: FormatVersion}},
		{"hidden only", &File{Version: FormatVersion, Hidden: []string{"a", "b"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			data, err := c.u.Marshal()
			if err != nil {
				t.Fatal(err)
			}
			got, err := ParseJSON("glossary.json", data)
			if err != nil {
				t.Fatalf("got %v reading\n%s", err, data)
			}
			if len(got.Entries) == 0 && len(c.u.Entries) == 0 {
				got.Entries = c.u.Entries
			}
			if !reflect.DeepEqual(got, c.u) {
				t.Errorf("got %+v; want %+v", got, c.u)
			}
			if bytes.Contains(data, []byte(`\u`)) {
				t.Errorf("got escapes in\n%s; want the text as is", data)
			}
			// One entry a line, as the doc comment promises.
			for i, l := range EntryLines(data) {
				if l != 3+i {
					t.Errorf("got entry %d on line %d of\n%s; want line %d", i, l, data, 3+i)
				}
			}
		})
	}
}

func TestEntryLines(t *testing.T) {
	marshalled, _ := sampleFile().Marshal()
	indented, _ := json.MarshalIndent(sampleFile(), "", "  ")
	cases := []struct {
		name string
		data string
		want []int
	}{
		{"as written", string(marshalled), []int{3, 4}},
		{"one line", `{"pathok_glossary":1,"entries":[{"id":"a"},{"id":"b"}]}`, []int{1, 1}},
		{"indented", string(indented), []int{4, 23}},
		{"entries after hidden", "{\"hidden\": [\"x\"],\n\"entries\": [\n\n{\"id\":\"a\"}]}", []int{4}},
		{"not json", "entries", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := EntryLines([]byte(c.data)); !reflect.DeepEqual(got, c.want) {
				t.Errorf("got %v; want %v", got, c.want)
			}
		})
	}
}

func TestParseJSONErrors(t *testing.T) {
	entry := `{"id":"user-a","kind":"person","country":"KP","bengali":["ক"],"english":["A"]}`
	cases := []struct {
		name string
		data string
		line int
		msg  string
	}{
		{"syntax", "{\"pathok_glossary\": 1,\n \"entries\": [\n  " + entry + ",\n  {\"id\": }\n ]\n}", 4, "invalid character"},
		{"wrong type", "{\"pathok_glossary\": 1,\n \"entries\": [\n  {\"id\": 5}\n ]\n}", 3, "id"},
		{"unknown field", "{\"pathok_glossary\": 1,\n \"entries\": [\n  {\"englsh\": [\"A\"]}\n ]\n}", 3, "englsh"},
		{"newer version", "{\"pathok_glossary\": 2, \"entries\": []}", 1, "version 1"},
		{"no version", "{\"entries\": []}", 1, "pathok_glossary"},
		{"null entry", "{\"pathok_glossary\": 1,\n \"entries\": [\n  " + entry + ",\n  null\n ]\n}", 4, "null"},
		{"no names", "{\"pathok_glossary\": 1,\n \"entries\": [\n  {\"id\": \"user-a\", \"bengali\": []}\n ]\n}", 3, "neither"},
		{"no id", "{\"pathok_glossary\": 1,\n \"entries\": [\n  {\"kind\": \"person\"}\n ]\n}", 3, "no id"},
		{"id twice", "{\"pathok_glossary\": 1,\n \"entries\": [\n  " + entry + ",\n  " + entry + "\n ]\n}", 4, "twice"},
		{"not utf-8", "{\"pathok_glossary\": 1,\n \"entries\": [\"\xff\"]}", 2, "UTF-8"},
		{"empty", "", 1, "EOF"},
		{"extra data", "{\"pathok_glossary\": 1, \"entries\": []}\n{}", 2, "extra data"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := ParseJSON("glossary.json", []byte(c.data))
			var le *glossary.LineError
			if !errors.As(err, &le) {
				t.Fatalf("got %v; want a *glossary.LineError", err)
			}
			if le.Line != c.line || !strings.Contains(le.Msg, c.msg) {
				t.Errorf("got %v; want line %d saying %q", err, c.line, c.msg)
			}
		})
	}
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	u, err := Load(filepath.Join(dir, "missing", "glossary.json"))
	if err != nil || u == nil || len(u.Entries) != 0 || u.Version != FormatVersion {
		t.Errorf("got %+v, %v for a missing file; want an empty glossary", u, err)
	}
	bad := filepath.Join(dir, "glossary.json")
	os.WriteFile(bad, []byte("{\"pathok_glossary\": 1,\n \"entries\": [\n  {\"id\": \"user-a\",}\n ]\n}"), 0o600)
	_, err = Load(bad)
	var le *glossary.LineError
	if !errors.As(err, &le) || le.File != bad || le.Line != 3 {
		t.Errorf("got %v; want a *glossary.LineError naming %s line 3", err, bad)
	}
	if err := os.Chmod(bad, 0); err == nil && os.Getuid() != 0 {
		if _, err := Load(bad); err == nil || errors.As(err, &le) {
			t.Errorf("got %v for an unreadable file; want a read error", err)
		}
	}
}

func TestSave(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "storage", "Documents", FileName)
	first := sampleFile()
	if err := Save(path, first); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path + ".bak"); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("got a backup (%v) of a file that did not exist; want none", err)
	}
	firstBytes, _ := os.ReadFile(path)

	second := sampleFile()
	second.Entries = second.Entries[:1]
	second.Hidden = nil
	if err := Save(path, second); err != nil {
		t.Fatal(err)
	}
	got, err := Load(path)
	if err != nil || !reflect.DeepEqual(got, second) {
		t.Errorf("got %+v, %v; want %+v", got, err, second)
	}
	if bak, _ := os.ReadFile(path + ".bak"); !bytes.Equal(bak, firstBytes) {
		t.Errorf("got backup\n%s; want the previous file\n%s", bak, firstBytes)
	}
	assertNoTemp(t, filepath.Dir(path))

	// A file Pathok cannot read is never replaced.
	corrupt := []byte("{\"pathok_glossary\": 1, \"entries\": [")
	os.WriteFile(path, corrupt, 0o600)
	if err := Save(path, first); err == nil {
		t.Errorf("got no error writing over a corrupt file; want one")
	}
	if data, _ := os.ReadFile(path); !bytes.Equal(data, corrupt) {
		t.Errorf("got %q; want the corrupt file untouched", data)
	}
}

func assertNoTemp(t *testing.T, dir string) {
	t.Helper()
	names, _ := filepath.Glob(filepath.Join(dir, "*.tmp"))
	if len(names) > 0 {
		t.Errorf("got temporary files %v left; want none", names)
	}
}

// faultDisk is the real disk with one step made to fail.
type faultDisk struct {
	osDisk
	op       string // "write", "sync", "rename" or "syncdir"
	target   string // the file whose step fails: "bak" or "main"
	after    int    // bytes a failing write gets through first
	keepTemp bool   // Remove fails too, as if the process had died
	lastMove string // what the last rename made: "bak" or "main"
}

var errInjected = errors.New("injected failure")

func which(name string) string {
	if strings.Contains(filepath.Base(name), ".bak") {
		return "bak"
	}
	return "main"
}

func (d *faultDisk) CreateTemp(dir, pattern string) (diskFile, error) {
	f, err := d.osDisk.CreateTemp(dir, pattern)
	if err != nil {
		return nil, err
	}
	return &faultFile{diskFile: f, d: d, target: which(pattern)}, nil
}

func (d *faultDisk) Rename(from, to string) error {
	if d.op == "rename" && d.target == which(to) {
		return errInjected
	}
	d.lastMove = which(to)
	return d.osDisk.Rename(from, to)
}

func (d *faultDisk) Remove(name string) error {
	if d.keepTemp {
		return errInjected
	}
	return d.osDisk.Remove(name)
}

func (d *faultDisk) SyncDir(dir string) error {
	if d.op == "syncdir" && d.target == d.lastMove {
		return errInjected
	}
	return d.osDisk.SyncDir(dir)
}

type faultFile struct {
	diskFile
	d      *faultDisk
	target string
}

func (f *faultFile) Write(p []byte) (int, error) {
	if f.d.op == "write" && f.d.target == f.target {
		n, _ := f.diskFile.Write(p[:min(f.d.after, len(p))])
		return n, errInjected
	}
	return f.diskFile.Write(p)
}

func (f *faultFile) Sync() error {
	if f.d.op == "sync" && f.d.target == f.target {
		return errInjected
	}
	return f.diskFile.Sync()
}

// TestSaveCrashSafety fails each step of a save in turn: after
// every failure the previous file is intact and loads.
func TestSaveCrashSafety(t *testing.T) {
	cases := []struct {
		name    string
		disk    faultDisk
		wantNew bool // the new file is in place (the failure came after)
	}{
		{"backup cut after 0 bytes", faultDisk{op: "write", target: "bak"}, false},
		{"backup cut after 20 bytes", faultDisk{op: "write", target: "bak", after: 20}, false},
		{"new file cut after 1 byte", faultDisk{op: "write", target: "main", after: 1}, false},
		{"new file cut after 50 bytes", faultDisk{op: "write", target: "main", after: 50}, false},
		{"new file cut, process dead", faultDisk{op: "write", target: "main", after: 50, keepTemp: true}, false},
		{"fsync of the backup", faultDisk{op: "sync", target: "bak"}, false},
		{"fsync of the new file", faultDisk{op: "sync", target: "main"}, false},
		{"rename of the backup", faultDisk{op: "rename", target: "bak"}, false},
		{"folder sync after the backup", faultDisk{op: "syncdir", target: "bak"}, false},
		{"final rename", faultDisk{op: "rename", target: "main"}, false},
		{"final rename, process dead", faultDisk{op: "rename", target: "main", keepTemp: true}, false},
		{"folder sync after the final rename", faultDisk{op: "syncdir", target: "main"}, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, FileName)
			old := sampleFile()
			if err := Save(path, old); err != nil {
				t.Fatal(err)
			}
			oldBytes, _ := os.ReadFile(path)
			next := sampleFile()
			next.Entries[0].NoteEN = "changed"

			d := c.disk
			disk = &d
			err := Save(path, next)
			disk = osDisk{}
			if !errors.Is(err, errInjected) {
				t.Fatalf("got %v; want the injected failure", err)
			}
			got, err := Load(path)
			if err != nil {
				t.Fatalf("got %v loading after the failure; want the file to load", err)
			}
			want := old
			if c.wantNew {
				want = next
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("got %+v; want %+v", got, want)
			}
			if data, _ := os.ReadFile(path); !c.wantNew && !bytes.Equal(data, oldBytes) {
				t.Errorf("got the file changed; want it byte for byte as before")
			}
			if !d.keepTemp {
				assertNoTemp(t, dir)
			}
			// The next save, with the disk well again, goes through.
			if err := Save(path, next); err != nil {
				t.Fatal(err)
			}
			if got, _ := Load(path); !reflect.DeepEqual(got, next) {
				t.Errorf("got %+v after saving again; want %+v", got, next)
			}
		})
	}
}

// TestCorruptFileUntouched follows the app's start-up with a broken
// file: the load reports the file and line, the reader edits the glossary
// anyway, and the save refuses; the file stays byte for byte.
func TestCorruptFileUntouched(t *testing.T) {
	cases := []struct {
		name string
		data string
		line int
	}{
		{"truncated", "{\"pathok_glossary\": 1,\n \"entries\": [\n  {\"id\":\"user-a\",\"kind\":\"person\"", 3},
		{"bad value", "{\"pathok_glossary\": 1,\n \"entries\": [\n  {\"id\":\"user-a\"},\n  {\"id\": [1]}\n ]\n}\n", 4},
		{"not utf-8", "{\"pathok_glossary\": 1,\n \"entries\": [\n  {\"id\":\"user-\xc3\x28\"}\n ]\n}\n", 3},
		{"newer version", "{\"pathok_glossary\": 7,\n \"entries\": []\n}\n", 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), FileName)
			os.WriteFile(path, []byte(c.data), 0o600)
			u, err := Load(path)
			var le *glossary.LineError
			if !errors.As(err, &le) || le.File != path || le.Line != c.line || u != nil {
				t.Fatalf("got %v, %v; want a *glossary.LineError at %s:%d", u, err, path, c.line)
			}
			ed := NewEditor(testBuiltin(), u)
			if ps, err := ed.Add(kimJuAe()); err != nil || len(ps) > 0 {
				t.Fatalf("add: %v %v", ps, err)
			}
			if err := Save(path, ed.User()); err == nil {
				t.Errorf("got the corrupt file replaced; want an error")
			}
			if data, _ := os.ReadFile(path); string(data) != c.data {
				t.Errorf("got %q; want the file unchanged", data)
			}
			if _, err := os.Stat(path + ".bak"); !errors.Is(err, fs.ErrNotExist) {
				t.Errorf("got a backup written (%v); want nothing written", err)
			}
			assertNoTemp(t, filepath.Dir(path))
		})
	}
}

// A kind outside the closed set is refused with its line, from the
// user's file as from every other (issue: a kind ends up in HTML).
func TestParseJSONRefusesForeignKind(t *testing.T) {
	data := []byte("{\"pathok_glossary\": 1, \"entries\": [\n" +
		`{"id": "u-a", "kind": "person", "country": "BD", "bengali": ["রহিম"], "english": ["Rahim"]},` + "\n" +
		`{"id": "u-b", "kind": "person\" onmouseover=\"alert(1)", "country": "BD", "bengali": ["করিম"], "english": ["Karim"]}` + "\n]}")
	_, err := ParseJSON("mine.json", data)
	if err == nil || !strings.Contains(err.Error(), "mine.json:3") || !strings.Contains(err.Error(), "is not one of") {
		t.Errorf("got %v; want the kind refused at mine.json:3", err)
	}
}

// The user's file is read up to the glossary cap, never whole.
func TestReadFileIsBounded(t *testing.T) {
	path := filepath.Join(t.TempDir(), "huge.json")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(glossary.MaxFileBytes + 1); err != nil {
		t.Fatal(err)
	}
	f.Close()
	for name, read := range map[string]func(string) (*File, error){"ReadFile": ReadFile, "Load": Load} {
		if _, err := read(path); err == nil || !strings.Contains(err.Error(), "MB") {
			t.Errorf("%s: got %v; want the file refused for its size", name, err)
		}
	}
}
