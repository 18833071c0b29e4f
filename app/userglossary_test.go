package app

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"

	"github.com/pathok/pathok/glossary"
	"github.com/pathok/pathok/glossary/exchange"
	"github.com/pathok/pathok/glossary/user"
)

// mccarthy names a spokesman the built-in glossary lacks, after a title
// that tells the engine a name follows.
const mccarthy = "সিউলে মার্কিন মুখপাত্র জন ম্যাকার্থি বলেন, সের্গেই ল্যাভরভের সঙ্গে বৈঠক হয়েছে।"

func unknownSpan(t *testing.T, s *mainScreen) int {
	t.Helper()
	for i, sp := range s.doc.ann.Spans {
		if sp.Unknown {
			return i
		}
	}
	t.Fatal("the engine marks no unknown name in the article")
	return -1
}

// knownSpan is the first span of a name the glossary knows.
func knownSpan(t *testing.T, s *mainScreen) int {
	t.Helper()
	for i, sp := range s.doc.ann.Spans {
		if sp.Entry != nil {
			return i
		}
	}
	t.Fatal("the article names nothing the glossary knows")
	return -1
}

// userEntries are the user's entries as saved in the file at path.
func userEntries(t *testing.T, path string) *user.File {
	t.Helper()
	u, err := user.Load(path)
	if err != nil {
		t.Fatalf("the saved glossary does not load: %v", err)
	}
	return u
}

func TestAddUnknownNameFromCard(t *testing.T) {
	s := newTestScreen(t, mccarthy)
	i := unknownSpan(t, s)
	name := s.doc.ann.Spans[i].Text
	base := unknownKey(&s.doc.ann.Spans[i])

	s.view.Tapped(&fyne.PointEvent{Position: mustBounds(t, s, i)})
	if !s.card.addRow.Visible() {
		t.Fatal("the pinned card of an unknown name offers no Add to glossary")
	}
	test.Tap(s.card.add)
	f := s.form
	if f == nil {
		t.Fatal("Add to glossary opened no form")
	}
	// The suggestion: the name as written, a romanised English name and
	// the kind the title gives.
	for _, tc := range []struct {
		field, got, want string
	}{
		{"Bengali", f.bengali.Text, base},
		{"kind", f.kind.Selected, "person"},
	} {
		if !strings.Contains(tc.got, tc.want) {
			t.Errorf("%s field %q, want %q in it", tc.field, tc.got, tc.want)
		}
	}
	if strings.TrimSpace(f.english.Text) == "" {
		t.Error("no English name is suggested")
	}

	f.english.SetText("John McCarthy")
	f.country.SetText("us")
	f.noteEN.SetText("US State Department spokesman")
	test.Tap(f.save)
	s.wait()
	if s.form != nil {
		t.Fatalf("the form stayed open: %q", overlayTexts(t, s.w.Canvas()))
	}

	// Known at once, in the article and the pane.
	sp := s.doc.ann.Spans[findSpan(t, s.doc, name)]
	if sp.Unknown || sp.Entry == nil || sp.Entry.EnglishHeadword() != "John McCarthy" {
		t.Fatalf("after adding, %s reads as %+v", name, sp)
	}
	if classOf(&sp) != classPerson {
		t.Errorf("%s is drawn as class %v, want a person's", name, classOf(&sp))
	}
	if s.doc.counts.Unknown != 0 {
		t.Errorf("still %d unknown", s.doc.counts.Unknown)
	}
	if s.sel.entry == nil || s.sel.entry.ID != sp.Entry.ID || s.pane.card.english.Text != "John McCarthy" {
		t.Error("the new entry is not shown in the pane")
	}
	if res := s.g.Search("mccarthy", 1); len(res) == 0 || res[0].Entry.ID != sp.Entry.ID {
		t.Error("the new entry cannot be found")
	}
	if !strings.Contains(s.note.Text, "Saved") {
		t.Errorf("status line %q does not say Saved", s.note.Text)
	}

	// On disk, and known again at the next start.
	u := userEntries(t, s.user.path)
	if len(u.Entries) != 1 || u.Entries[0].EnglishHeadword() != "John McCarthy" || u.Entries[0].Country != "US" {
		t.Fatalf("the file holds %+v", u.Entries)
	}
	s2 := newTestScreenAt(t, mccarthy, s.user.path)
	if sp := s2.doc.ann.Spans[findSpan(t, s2.doc, name)]; sp.Entry == nil || sp.Entry.EnglishHeadword() != "John McCarthy" {
		t.Errorf("after a restart %s reads as %+v", name, sp)
	}
}

func TestEntryFormShowsProblems(t *testing.T) {
	for _, tc := range []struct {
		name    string
		bengali string
		english string
		country string
		native  string
		field   string // the field whose message must show
		want    string // in the message, any case
	}{
		{"Hangul field without Hangul", "কিম ডং হো", "Kim Dong Ho", "KR", "Kim Dong Ho", "native", "hangul"},
		{"duplicate Bengali form", "সের্গেই ল্যাভরভ", "Sergei Lavrov Jr", "RU", "", "bengali", ""},
		{"empty headword", "", "Nobody", "", "", "bengali", "empty"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := newTestScreen(t, mccarthy)
			s.showNewEntry()
			f := s.form
			f.bengali.SetText(tc.bengali)
			f.english.SetText(tc.english)
			f.country.SetText(tc.country)
			f.native.SetText(tc.native)
			test.Tap(f.save)
			s.wait()
			if s.form != f || s.w.Canvas().Overlays().Top() == nil {
				t.Fatal("the form closed on an invalid entry")
			}
			msg := f.problems[tc.field]
			if !msg.Visible() || !strings.Contains(strings.ToLower(msg.Text), tc.want) {
				t.Errorf("%s says %q (shown %v), want a message with %q", tc.field, msg.Text, msg.Visible(), tc.want)
			}
			for field, l := range f.problems {
				if field != tc.field && l.Visible() {
					t.Errorf("%s shows %q too", field, l.Text)
				}
			}
			if n := len(s.user.ed.User().Entries); n != 0 {
				t.Errorf("an invalid entry changed the glossary: %d entries", n)
			}
			if _, err := os.Stat(s.user.path); !os.IsNotExist(err) {
				t.Errorf("an invalid entry was saved: %v", err)
			}
			// Editing the field clears its message.
			switch tc.field {
			case "native":
				f.native.SetText("김동호")
			default:
				f.bengali.SetText("কিম ডং হো")
			}
			if msg.Visible() {
				t.Error("the message stays after the field changed")
			}
		})
	}
}

func TestFixedEntryIsAdded(t *testing.T) {
	s := newTestScreen(t, mccarthy)
	s.showNewEntry()
	f := s.form
	f.bengali.SetText("কিম ডং হো | কিম ডং-হো")
	f.english.SetText("Kim Dong Ho")
	f.country.SetText("KR")
	f.native.SetText("Kim")
	test.Tap(f.save)
	if !f.problems["native"].Visible() {
		t.Fatal("no message for a Latin native form of a Korean name")
	}
	f.native.SetText("김동호")
	test.Tap(f.save)
	s.wait()
	if s.form != nil {
		t.Fatalf("the form stayed open: %q", overlayTexts(t, s.w.Canvas()))
	}
	e, ok := s.g.ByID(s.sel.entry.ID)
	if !ok || e.Native != "김동호" || len(e.Bengali) != 2 || e.Kind != glossary.Person {
		t.Errorf("added %+v", e)
	}
	if s.entryTag(e) != "yours" {
		t.Errorf("tag %q", s.entryTag(e))
	}
}

func TestHideAndUndo(t *testing.T) {
	s := newTestScreen(t, "")
	i := findSpan(t, s.doc, "ল্যাভরভের")
	lavrov := s.doc.ann.Spans[i].Entry
	s.onSpanTapped(i)
	c := s.pane.card
	for _, tc := range []struct {
		name  string
		shown bool
	}{{"Edit…", true}, {"Hide", true}, {"Delete", false}, {"Revert", false}} {
		var b = map[string]fyne.CanvasObject{"Edit…": c.edit, "Hide": c.hide, "Delete": c.del, "Revert": c.revert}[tc.name]
		if b.Visible() != tc.shown {
			t.Errorf("a built-in entry's %s button shown: %v", tc.name, b.Visible())
		}
	}

	test.Tap(c.hide)
	s.wait()
	if sp := s.doc.ann.Spans; s.doc.itemFor(lavrov) >= 0 || findText(sp, "ল্যাভরভের") >= 0 && sp[findText(sp, "ল্যাভরভের")].Entry != nil {
		t.Fatal("a hidden entry is still matched")
	}
	if _, ok := s.g.ByID(lavrov.ID); ok {
		t.Error("a hidden entry is still in the glossary")
	}
	if u := userEntries(t, s.user.path); len(u.Hidden) != 1 || u.Hidden[0] != lavrov.ID {
		t.Errorf("the file hides %v", u.Hidden)
	}
	if !strings.Contains(s.undoItem.Label, "Hid") || s.undoItem.Disabled {
		t.Errorf("Edit menu says %q (disabled %v)", s.undoItem.Label, s.undoItem.Disabled)
	}
	h := &hiddenScreen{s: s}
	h.build()
	if len(h.entries) != 1 || h.entries[0].ID != lavrov.ID {
		t.Errorf("Show hidden entries lists %v", h.entries)
	}

	s.onUndo()
	s.wait()
	sp := s.doc.ann.Spans[findSpan(t, s.doc, "ল্যাভরভের")]
	if sp.Entry == nil || sp.Entry.ID != lavrov.ID {
		t.Fatalf("undo did not bring the entry back: %+v", sp)
	}
	if u := userEntries(t, s.user.path); len(u.Hidden) != 0 {
		t.Errorf("after undo the file hides %v", u.Hidden)
	}
	if !s.undoItem.Disabled {
		t.Errorf("Edit menu offers %q with nothing to undo", s.undoItem.Label)
	}
}

func findText(spans []glossary.Span, text string) int {
	for i, sp := range spans {
		if sp.Text == text {
			return i
		}
	}
	return -1
}

func TestEditBuiltinAndRevert(t *testing.T) {
	s := newTestScreen(t, "")
	i := findSpan(t, s.doc, "ল্যাভরভের")
	lavrov := s.doc.ann.Spans[i].Entry
	s.onSpanTapped(i)
	test.Tap(s.pane.card.edit)
	f := s.form
	if f == nil || f.english.Text == "" || f.native.Text != lavrov.Native {
		t.Fatal("Edit does not open the form on the entry")
	}
	f.noteEN.SetText("Changed by me")
	test.Tap(f.save)
	s.wait()

	sp := s.doc.ann.Spans[findSpan(t, s.doc, "ল্যাভরভের")]
	if sp.Entry == nil || sp.Entry.ID != lavrov.ID || sp.Entry.NoteEN != "Changed by me" {
		t.Fatalf("after editing, the span's entry is %+v", sp.Entry)
	}
	if got := s.entryTag(sp.Entry); got != "edited" {
		t.Errorf("the pane tags the entry %q", got)
	}
	c := s.pane.card
	if !c.revert.Visible() || !strings.Contains(c.source.Text, "edited") || c.note.Text != "Changed by me" {
		t.Errorf("card: revert %v, source %q, note %q", c.revert.Visible(), c.source.Text, c.note.Text)
	}

	test.Tap(c.revert)
	s.wait()
	sp = s.doc.ann.Spans[findSpan(t, s.doc, "ল্যাভরভের")]
	if sp.Entry == nil || sp.Entry.NoteEN != lavrov.NoteEN || s.entryTag(sp.Entry) != "" {
		t.Errorf("revert left %+v", sp.Entry)
	}
	if u := userEntries(t, s.user.path); len(u.Entries) != 0 {
		t.Errorf("after revert the file holds %d entries", len(u.Entries))
	}
}

func TestDeleteUserEntry(t *testing.T) {
	s := newTestScreen(t, mccarthy)
	i := unknownSpan(t, s)
	name := s.doc.ann.Spans[i].Text
	s.showAddEntry(s.doc.ann.Spans[i])
	s.form.english.SetText("John McCarthy")
	test.Tap(s.form.save)
	s.wait()
	c := s.pane.card
	if !c.del.Visible() || c.hide.Visible() || c.revert.Visible() {
		t.Fatalf("buttons of a user entry: delete %v hide %v revert %v", c.del.Visible(), c.hide.Visible(), c.revert.Visible())
	}
	test.Tap(c.del)
	s.wait()
	if sp := s.doc.ann.Spans[findSpan(t, s.doc, name)]; sp.Entry != nil {
		t.Errorf("a deleted entry still matches %s", name)
	}
	if u := userEntries(t, s.user.path); len(u.Entries) != 0 {
		t.Errorf("the file still holds %d entries", len(u.Entries))
	}
}

func TestAddSelection(t *testing.T) {
	s := newTestScreen(t, mccarthy)
	text := []rune(s.doc.ann.Text)
	want := "জন ম্যাকার্থি"
	at := strings.Index(s.doc.ann.Text, want)
	from := len([]rune(s.doc.ann.Text[:at]))
	s.view.selFrom, s.view.selTo = int32(from), int32(from+len([]rune(want)))
	if got := string(text[s.view.selFrom:s.view.selTo]); got != want {
		t.Fatalf("selected %q", got)
	}
	s.onAddSelection()
	if s.form == nil || s.form.bengali.Text != want {
		t.Fatalf("the form is not filled with the selection: %v", s.form)
	}
	s.form.onCancel()
	// A drag that starts inside a word takes the whole word.
	s.view.selFrom += 1
	s.onAddSelection()
	if s.form == nil || s.form.bengali.Text != want {
		t.Fatalf("a selection from inside a word gives %q", s.form.bengali.Text)
	}

	// A selection the glossary knows offers its entry instead.
	s.form.onCancel()
	at = strings.Index(s.doc.ann.Text, "সের্গেই")
	from = len([]rune(s.doc.ann.Text[:at]))
	s.view.selFrom, s.view.selTo = int32(from), int32(from+len([]rune("সের্গেই ল্যাভরভের")))
	s.onAddSelection()
	if shown := overlayTexts(t, s.w.Canvas()); !strings.Contains(shown, "Sergei Lavrov") {
		t.Errorf("a known selection says %q", shown)
	}
}

func TestWordBounds(t *testing.T) {
	text := []rune("মুখপাত্র জন ম্যাকার্থি বলেন, ")
	for _, tc := range []struct {
		name     string
		from, to int32
		want     string
	}{
		{"whole words", 9, 22, "জন ম্যাকার্থি"},
		{"starts inside a word", 10, 22, "জন ম্যাকার্থি"},
		{"ends inside a word", 9, 16, "জন ম্যাকার্থি"},
		{"spaces around", 8, 23, "জন ম্যাকার্থি"},
		{"a comma after", 12, 29, "ম্যাকার্থি বলেন"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			from, to := wordBounds(text, tc.from, tc.to)
			if got := string(text[from:to]); got != tc.want {
				t.Errorf("[%d, %d) widens to %q, want %q", tc.from, tc.to, got, tc.want)
			}
		})
	}
}

func TestCorruptUserFileIsNeverWritten(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, user.FileName)
	corrupt := []byte("{\"pathok_glossary\": 1,\n \"entries\": [\n  {\"id\": \"user-x\", \"kind\": \"person\",,}\n ]\n}\n")
	if err := os.WriteFile(path, corrupt, 0o644); err != nil {
		t.Fatal(err)
	}
	s := newTestScreenAt(t, mccarthy, path)
	shown := overlayTexts(t, s.w.Canvas())
	for _, want := range []string{"Line 3", user.FileName, path, "will not change", recoveredGlossaryName} {
		if !strings.Contains(shown, want) {
			t.Errorf("the dialog lacks %q:\n%s", want, shown)
		}
	}
	if sp := s.doc.ann.Spans[knownSpan(t, s)]; sp.Entry.Origin == "user" {
		t.Error("the built-in glossary is not in use")
	}

	// An edit is kept, but beside the file, not in it.
	i := unknownSpan(t, s)
	s.showAddEntry(s.doc.ann.Spans[i])
	s.form.english.SetText("John McCarthy")
	test.Tap(s.form.save)
	s.wait()
	if sp := s.doc.ann.Spans[i]; sp.Entry == nil {
		t.Error("the edit is not in use")
	}
	got, err := os.ReadFile(path)
	if err != nil || !bytes.Equal(got, corrupt) {
		t.Fatalf("the broken file changed (err %v):\n%s", err, got)
	}
	if _, err := os.Stat(path + ".bak"); !os.IsNotExist(err) {
		t.Errorf("a backup of the broken file was written: %v", err)
	}
	rec := userEntries(t, filepath.Join(dir, recoveredGlossaryName))
	if len(rec.Entries) != 1 {
		t.Errorf("the recovered copy holds %d entries", len(rec.Entries))
	}
	if !strings.Contains(s.note.Text, recoveredGlossaryName) {
		t.Errorf("status line %q does not say where the edit went", s.note.Text)
	}

	// The next start, with the file still broken, goes on from the
	// recovered copy and still leaves the file alone.
	s2 := newTestScreenAt(t, mccarthy, path)
	if sp := s2.doc.ann.Spans[i]; sp.Entry == nil {
		t.Error("the recovered edit is lost at the next start")
	}
	s2.onHideEntry(s2.doc.ann.Spans[knownSpan(t, s2)].Entry)
	s2.wait()
	if got, _ := os.ReadFile(path); !bytes.Equal(got, corrupt) {
		t.Error("the broken file changed at the second start")
	}
}

func TestUserGlossaryPath(t *testing.T) {
	a := test.NewTempApp(t)
	// The test app keeps its storage in the temporary folder; the real
	// one in ~/.config/fyne/<id>, which the About dialog shows.
	if got, want := userGlossaryPath(a), filepath.Join(os.TempDir(), user.FileName); got != want {
		t.Errorf("path %q, want %q", got, want)
	}
	s := newTestScreen(t, mccarthy)
	s.showAbout()
	if shown := overlayTexts(t, s.w.Canvas()); !strings.Contains(shown, s.user.path) {
		t.Errorf("About does not show %s", s.user.path)
	}
}

// writeJSON writes a user glossary file for import.
func writeJSON(t *testing.T, path string, u *user.File) {
	t.Helper()
	if err := user.Save(path, u); err != nil {
		t.Fatal(err)
	}
}

func TestImportReport(t *testing.T) {
	s := newTestScreen(t, mccarthy)
	mine := &glossary.Entry{ID: "user-john-mccarthy", Kind: glossary.Person, Country: "US",
		Bengali: []string{"জন ম্যাকার্থি"}, English: []string{"John McCarthy"}, Origin: "user"}
	if ps, err := s.user.ed.Add(mine.Clone()); len(ps) > 0 || err != nil {
		t.Fatal(ps, err)
	}
	s.commit("", "")
	s.wait()

	more := mine.Clone()
	more.NoteEN = "A spokesman"
	file := filepath.Join(t.TempDir(), "colleague.json")
	writeJSON(t, file, &user.File{Version: user.FormatVersion, Entries: []*glossary.Entry{
		more,
		{ID: "user-kim-dong-ho", Kind: glossary.Person, Country: "KR", Bengali: []string{"কিম ডং হো"}, English: []string{"Kim Dong Ho"}, Native: "김동호"},
		{ID: "user-ivan-petrov", Kind: glossary.Person, Country: "RU", Bengali: []string{"ইভান পেত্রভ"}, English: []string{"Ivan Petrov"}},
		{ID: "user-bad", Kind: glossary.Person, Country: "RU", Bengali: []string{"Ivan"}, English: []string{"Ivan"}},
	}})
	s.importURI(storage.NewFileURI(file), "")
	s.wait()
	if strings.Contains(s.status.Text, "Reading") {
		t.Errorf("status line %q", s.status.Text)
	}
	shown := overlayTexts(t, s.w.Canvas())
	for _, want := range []string{"Imported colleague.json", "2 entries added", "1 merged", "1 rejected", "Ivan", "Bengali"} {
		if !strings.Contains(shown, want) {
			t.Errorf("the report lacks %q:\n%s", want, shown)
		}
	}
	if res := s.g.Search("petrov", 1); len(res) == 0 || res[0].Entry.ID != "user-ivan-petrov" {
		t.Error("an imported entry is not in the glossary")
	}
	if u := userEntries(t, s.user.path); len(u.Entries) != 3 {
		t.Errorf("the file holds %d entries after the import", len(u.Entries))
	}
	if !strings.Contains(s.undoItem.Label, "Imported") {
		t.Errorf("Edit menu says %q", s.undoItem.Label)
	}
}

func TestExportImportsBack(t *testing.T) {
	s := newTestScreen(t, mccarthy)
	for _, e := range []*glossary.Entry{
		{ID: "user-kim-dong-ho", Kind: glossary.Person, Country: "KR", Bengali: []string{"কিম ডং হো"}, English: []string{"Kim Dong Ho"}, Native: "김동호", Origin: "user"},
		{ID: "user-ivan-petrov", Kind: glossary.Person, Country: "RU", Bengali: []string{"ইভান পেত্রভ", "পেত্রভ"}, English: []string{"Ivan Petrov"}, NoteEN: "A diplomat", Origin: "user"},
	} {
		if ps, err := s.user.ed.Add(e); len(ps) > 0 || err != nil {
			t.Fatal(ps, err)
		}
	}
	s.commit("", "")
	s.wait()
	entries := s.user.ed.User().Entries
	dir := t.TempDir()
	for _, f := range exchangeFormats {
		t.Run(string(f.format), func(t *testing.T) {
			u := storage.NewFileURI(filepath.Join(dir, "mine"+f.ext))
			wc, err := storage.Writer(u)
			if err != nil {
				t.Fatal(err)
			}
			s.exportTo(wc, "Exported", func(w io.Writer) error { return exchange.Export(w, entries, f.format) })
			s.wait()
			if !strings.Contains(s.note.Text, u.Name()) || strings.Contains(s.status.Text, "Writing") {
				t.Errorf("status line %q, %q", s.status.Text, s.note.Text)
			}
			format, ok := exchange.FormatFor(u.Name())
			if !ok || format != f.format {
				t.Errorf("%s reads as %q", u.Name(), format)
			}
			r, err := os.Open(u.Path())
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			b, err := exchange.Import(u.Name(), r, format)
			if err != nil {
				t.Fatalf("the export does not import: %v", err)
			}
			if len(b.Rejected) > 0 || len(b.Entries) != len(entries) {
				t.Fatalf("imported %d entries, rejected %v", len(b.Entries), b.Rejected)
			}
			for k, e := range b.Entries {
				if e.Headword() != entries[k].Headword() || e.EnglishHeadword() != entries[k].EnglishHeadword() {
					t.Errorf("entry %d came back as %s / %s", k, e.Headword(), e.EnglishHeadword())
				}
			}

			// And through the app, into a fresh glossary.
			s2 := newTestScreen(t, mccarthy)
			s2.importURI(u, "")
			s2.wait()
			if shown := overlayTexts(t, s2.w.Canvas()); !strings.Contains(shown, "2 entries added") {
				t.Errorf("importing the export says %q", shown)
			}
		})
	}
}

func TestExportAnki(t *testing.T) {
	s := newTestScreen(t, "")
	u := storage.NewFileURI(filepath.Join(t.TempDir(), "deck.txt"))
	wc, err := storage.Writer(u)
	if err != nil {
		t.Fatal(err)
	}
	entries := s.articleEntries()
	s.exportTo(wc, "Saved", func(w io.Writer) error { return exchange.ExportAnki(w, entries) })
	s.wait()
	data, err := os.ReadFile(u.Path())
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Sergei Lavrov", "Pyongyang", "\t"} {
		if !strings.Contains(string(data), want) {
			t.Errorf("the deck lacks %q", want)
		}
	}
}

// TestFileDialogsOpen opens every file dialog the glossary uses (and
// Open…, which shares the helper): Fyne 2.8 panics on a FileDialog
// resized before it is shown.
func TestFileDialogsOpen(t *testing.T) {
	s := newTestScreen(t, "")
	for _, tc := range []struct {
		name string
		open func()
	}{
		{"Open", s.onOpen},
		{"Import", s.onImport},
		{"Export Anki deck", s.onExportAnki},
		{"Export glossary", func() {
			x := &exportScreen{s: s}
			x.build()
			x.onChoose(true)
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tc.open()
			top := s.w.Canvas().Overlays().Top()
			if top == nil {
				t.Fatal("no dialog")
			}
			s.w.Canvas().Overlays().Remove(top)
		})
	}
}
