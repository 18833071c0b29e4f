package glossary

import (
	"encoding/binary"
	"os"
	"reflect"
	"strings"
	"testing"
	"unsafe"

	"github.com/pathok/pathok/resources"
)

// TestBuiltinIndexCurrent checks that resources/glossary.index is what
// go generate writes today, from the current files and code.
func TestBuiltinIndexCurrent(t *testing.T) {
	got, err := BuiltinIndex(os.DirFS("../resources"), resources.GlossaryFiles...)
	if err != nil {
		t.Fatal(err)
	}
	if want := resources.GlossaryIndex; string(got) != want {
		at := 0
		for at < min(len(got), len(want)) && got[at] == want[at] {
			at++
		}
		t.Fatalf("resources/glossary.index is stale (got %d bytes built, the file has %d; they differ from byte %d): run go generate ./glossary, or go run ./glossary/internal/indexgen",
			len(got), len(want), at)
	}
}

// TestBuiltinFromIndex checks that the built-in glossary is read from
// the index, and that what is read is what parsing the files and
// indexing them gives: every entry field, form and trie node.
func TestBuiltinFromIndex(t *testing.T) {
	builtin, err := BuiltinEntries()
	if err != nil {
		t.Fatal(err)
	}
	ix := builtinIndex.Load()
	if ix == nil {
		t.Fatal("got the built-in entries parsed from the files; want them read from resources/glossary.index (is it stale?)")
	}
	parsed, err := LoadFS(resources.Files, resources.GlossaryFiles...)
	if err != nil {
		t.Fatal(err)
	}
	built, err := build(parsed, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !sameIndex(&ix.builtIndex, built) {
		t.Error("got the stored index unlike the one New builds from the files; want them the same")
	}
	if !reflect.DeepEqual(builtin, parsed) {
		t.Error("got the stored entries unlike the parsed ones; want them the same")
	}
}

// TestNewTakesBuiltinIndex checks when New takes the stored index: for
// the built-in entries exactly, however the slice is made, and never for
// anything else.
func TestNewTakesBuiltinIndex(t *testing.T) {
	builtin, err := BuiltinEntries()
	if err != nil {
		t.Fatal(err)
	}
	ix := builtinIndex.Load()
	if ix == nil {
		t.Fatal("no stored index")
	}
	changed := append([]*Entry(nil), builtin...)
	changed[7] = builtin[7].Clone()
	changed[7].Bengali = append(changed[7].Bengali, "নতুনরূপ")
	// an entry in the middle that takes the forms of its neighbours
	sharing := append([]*Entry(nil), builtin...)
	sharing[100] = builtin[100].Clone()
	sharing[100].Bengali = append(sharing[100].Bengali, builtin[99].Bengali...)
	sharing[100].Short = append(sharing[100].Short, "কিম", "পুতিন!")
	cases := []struct {
		name    string
		entries []*Entry
		stored  bool
	}{
		// the built-in entries, as loaded or copied (a user's glossary
		// that changes nothing)
		{"as loaded", builtin, true},
		{"a copy", append([]*Entry(nil), builtin...), true},
		// anything else is indexed afresh
		{"one entry changed", changed, false},
		{"one entry hidden", builtin[1:], false},
		{"one entry added", append(append([]*Entry(nil), builtin...), &Entry{ID: "user-x", Kind: Person, Bengali: []string{"এক্স"}, English: []string{"X"}}), false},
		{"one added with built-in forms", append(append([]*Entry(nil), builtin...), &Entry{ID: "user-y", Kind: Person, Bengali: append([]string{}, builtin[0].Bengali...), Short: []string{"পুতিন", "কিম"}, English: []string{"Y"}}), false},
		{"one changed to share forms", sharing, false},
		{"reordered", append(append([]*Entry(nil), builtin[1:]...), builtin[0]), false},
		{"every other one", everyOther(builtin), false},
		{"none", nil, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			g, err := New(c.entries)
			if err != nil {
				t.Fatal(err)
			}
			if stored := g.trie == ix.trie; stored != c.stored {
				t.Fatalf("got the stored index %v; want %v", stored, c.stored)
			}
			// Built afresh, it takes the forms of the built-in entries
			// from the stored index: as if normalising them again.
			withStored, err := build(c.entries, ix)
			if err != nil {
				t.Fatal(err)
			}
			afresh, err := build(c.entries, nil)
			if err != nil {
				t.Fatal(err)
			}
			if !sameIndex(withStored, afresh) {
				t.Error("got another index with the stored forms than without them; want the same")
			}
			if g.Len() != len(c.entries) {
				t.Errorf("got %d entries; want %d", g.Len(), len(c.entries))
			}
			for _, e := range c.entries[:min(len(c.entries), 20)] {
				if got, ok := g.ByID(e.ID); !ok || got != e {
					t.Errorf("ByID(%q): got %v, %v; want the entry given", e.ID, got, ok)
				}
			}
		})
	}
	// The changed form is found in the glossary that has it, and only there.
	g, _ := New(changed)
	if s, ok := g.Lookup("নতুনরূপ"); !ok || s.Entry != changed[7] {
		t.Errorf("Lookup of the new form: got %v, %v; want entry %q", s.Entry, ok, changed[7].ID)
	}
	if _, ok := Must(New(builtin)).Lookup("নতুনরূপ"); ok {
		t.Error("Lookup of the new form in the built-in glossary: found; want nothing")
	}
}

func everyOther(es []*Entry) []*Entry {
	var out []*Entry
	for i := 0; i < len(es); i += 2 {
		out = append(out, es[i])
	}
	return out
}

// Must is g, for tests that have checked err before.
func Must(g *Glossary, err error) *Glossary {
	if err != nil {
		panic(err)
	}
	return g
}

// TestEntryFieldsInIndex checks that the index writes every field of an
// entry: a field added to Entry must be added to entryStrings or
// entryLists.
func TestEntryFieldsInIndex(t *testing.T) {
	var e Entry
	listed := map[uintptr]bool{}
	for _, p := range entryStrings(&e) {
		listed[reflect.ValueOf(p).Pointer()] = true
	}
	for _, p := range entryLists(&e) {
		listed[reflect.ValueOf(p).Pointer()] = true
	}
	v := reflect.ValueOf(&e).Elem()
	for i := range v.NumField() {
		f := v.Type().Field(i)
		if !listed[v.Field(i).Addr().Pointer()] {
			t.Errorf("Entry.%s: got a field the index leaves out; want it in entryStrings or entryLists", f.Name)
		}
		if k := f.Type.Kind(); k != reflect.String && !(k == reflect.Slice && f.Type.Elem().Kind() == reflect.String) {
			t.Errorf("Entry.%s: got a %s; the index writes strings and string lists only", f.Name, f.Type)
		}
	}
	if n := len(entryStrings(&e)) + len(entryLists(&e)); n != v.NumField() || len(listed) != n {
		t.Errorf("got %d fields written (%d distinct); want each of Entry's %d once", n, len(listed), v.NumField())
	}
}

// TestIndexDamaged checks that an index that is not what its header
// says is refused with an error, never read as something else or a
// crash: the files are then parsed instead.
func TestIndexDamaged(t *testing.T) {
	sum, err := sourceSum(resources.Files, resources.GlossaryFiles)
	if err != nil {
		t.Fatal(err)
	}
	good := resources.GlossaryIndex
	if _, err := decodeIndex(good, sum); err != nil {
		t.Fatalf("the index as stored: got %v; want it read", err)
	}
	body := len(indexHeader)
	cases := []struct {
		name, data string
		sum        uint32
	}{
		// what is not an index of this layout
		{"empty", "", sum},
		{"header only", indexHeader, sum},
		{"older layout", strings.Replace(good, "(layout 1)", "(layout 0)", 1), sum},
		{"no header", good[body:], sum},
		// made from other files
		{"other files", good, sum + 1},
		// cut short: in the numbers, at the strings, in the last string
		{"cut in the numbers", good[:body+1000], sum},
		{"cut at the strings", good[:body+3+len(good)/3], sum},
		{"cut by a byte", good[:len(good)-1], sum},
		// too long
		{"a byte more", good + "x", sum},
		// numbers that ask for more than the file holds
		{"huge length", indexHeader + "\xff\xff\xff\xff\x0f", sum},
		{"huge counts", indexHeader + "\x14" + string(uvarint(uint64(sum))) + strings.Repeat("\xff\xff\xff\x07", 4), sum},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if g, err := decodeIndex(c.data, c.sum); err == nil {
				t.Errorf("got a glossary of %d entries; want an error", g.Len())
			}
		})
	}
}

func uvarint(x uint64) []byte {
	var b []byte
	for x >= 0x80 {
		b = append(b, byte(x)|0x80)
		x >>= 7
	}
	return append(b, byte(x))
}

// FuzzDecodeIndex checks that no index, however damaged, crashes the
// reader or yields a glossary that fails when used.
func FuzzDecodeIndex(f *testing.F) {
	good := resources.GlossaryIndex[len(indexHeader):]
	f.Add(good[:200])
	f.Add(good[:4000])
	f.Add("\x05\x00\x01\x01\x00\x01")
	f.Fuzz(func(t *testing.T, body string) {
		g, err := decodeIndex(indexHeader+body, 0)
		if err != nil {
			return
		}
		g.Annotate("ভ্লাদিমির পুতিন ও কিম জং উন মস্কোয়")
		for _, e := range g.Entries() {
			g.ByID(e.ID)
		}
	})
}

// TestTrieView checks both ways of reading the trie: where it lies in
// the embedded index (aligned, on a little-endian machine) and copied
// out of a file placed anywhere, which must give the same trie.
func TestTrieView(t *testing.T) {
	sum, err := sourceSum(resources.Files, resources.GlossaryFiles)
	if err != nil {
		t.Fatal(err)
	}
	inPlace, err := decodeIndex(resources.GlossaryIndex, sum)
	if err != nil {
		t.Fatal(err)
	}
	// One byte in: every number of the trie is out of line.
	shifted := string(append([]byte{0}, resources.GlossaryIndex...))[1:]
	copied, err := decodeIndex(shifted, sum)
	if err != nil {
		t.Fatal(err)
	}
	within := func(tr *trie, data string) bool {
		p, start := uintptr(unsafe.Pointer(&tr.nodes[0])), uintptr(unsafe.Pointer(unsafe.StringData(data)))
		return p >= start && p < start+uintptr(len(data))
	}
	littleEndian := binary.NativeEndian.Uint16([]byte{1, 0}) == 1
	if got := within(inPlace.trie, resources.GlossaryIndex); got != littleEndian {
		t.Errorf("got the trie read in place %v; want %v (little-endian)", got, littleEndian)
	}
	if within(copied.trie, shifted) {
		t.Error("got the trie of a misaligned file read in place; want it copied out")
	}
	if !sameIndex(&inPlace.builtIndex, &copied.builtIndex) {
		t.Error("got another index copied out than read in place; want the same")
	}
}
