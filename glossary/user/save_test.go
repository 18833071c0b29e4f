package user

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/pathok/pathok/glossary"
)

// rows makes n distinct entries of our own, numbered from first.
func rows(first, n int) []*glossary.Entry {
	letters := []rune("কখগঘচছজঝটঠডঢতথদধনপফবভমযরলশসহ")
	var es []*glossary.Entry
	for i := first; i < first+n; i++ {
		name := string(letters[i%len(letters)]) + string(letters[i/len(letters)%len(letters)]) + string(letters[i/len(letters)/len(letters)%len(letters)])
		es = append(es, &glossary.Entry{ID: fmt.Sprintf("user-row-%d", i), Kind: glossary.Place, Country: "ZZ",
			Bengali: []string{"গ্রাম " + name}, English: []string{fmt.Sprintf("Village %d", i)}})
	}
	return es
}

// TestUpdateTwoWriters has two writers, each with its own editor and its
// own handle on the lock, add 300 entries each to one file at once: as
// two pathok-cli imports do, each reads, merges and writes. Without the
// lock both read the empty file and the second write keeps only its own
// 300.
func TestUpdateTwoWriters(t *testing.T) {
	path := filepath.Join(t.TempDir(), FileName)
	start := make(chan struct{})
	var wg sync.WaitGroup
	errs := make([]error, 2)
	for w := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			errs[w] = Update(path, func(disk *File) (*File, error) {
				ed := NewEditor(testBuiltin(), disk)
				for _, e := range rows(w*300, 300) {
					if ps, err := ed.Add(e); err != nil || len(ps) > 0 {
						return nil, fmt.Errorf("%s: %v %v", e.ID, ps, err)
					}
				}
				return ed.User(), nil
			})
		}()
	}
	close(start)
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	u, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(u.Entries) != 600 {
		t.Errorf("got %d entries; want 600 (300 from each writer)", len(u.Entries))
	}
}

// TestUpdateWaitsForTheLock: a save waits while another process holds
// the lock, goes on when it lets go, and gives up with a clear message
// when it holds on too long, leaving the file as it was.
func TestUpdateWaitsForTheLock(t *testing.T) {
	defer func(w time.Duration) { LockWait = w }(LockWait)
	path := filepath.Join(t.TempDir(), FileName)
	first := &File{Version: FormatVersion, Entries: rows(0, 1)}
	if err := Save(path, first); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(path)

	release, err := Lock(path, 0)
	if err != nil {
		t.Fatal(err)
	}
	LockWait = 100 * time.Millisecond
	err = Save(path, &File{Version: FormatVersion, Entries: rows(0, 2)})
	if !errors.Is(err, ErrBusy) || !strings.Contains(err.Error(), FileName+".lock") {
		t.Errorf("got %v; want ErrBusy naming %s.lock", err, FileName)
	}
	if data, _ := os.ReadFile(path); !bytes.Equal(data, before) {
		t.Errorf("got the file changed while locked; want it as before")
	}

	LockWait = time.Minute
	done := make(chan error, 1)
	go func() { done <- Save(path, &File{Version: FormatVersion, Entries: rows(0, 3)}) }()
	select {
	case err := <-done:
		t.Fatalf("got the save done (%v) while the lock was held; want it to wait", err)
	case <-time.After(50 * time.Millisecond):
	}
	release()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if u, _ := Load(path); len(u.Entries) != 3 {
		t.Errorf("got %d entries; want 3 after the lock was released", len(u.Entries))
	}
}

// TestReadOnlyFileIsKept: a glossary the reader made read-only (chmod
// 444) is not replaced, and the error says so. The check is on the mode
// bits: a rename replaces a read-only file for anyone who may write the
// folder, and root may write anything.
func TestReadOnlyFileIsKept(t *testing.T) {
	path := filepath.Join(t.TempDir(), FileName)
	if err := Save(path, &File{Version: FormatVersion, Entries: rows(0, 1)}); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(path)
	if err := os.Chmod(path, 0o444); err != nil {
		t.Fatal(err)
	}
	err := Save(path, &File{Version: FormatVersion, Entries: rows(0, 2)})
	if !errors.Is(err, ErrReadOnly) || !strings.Contains(err.Error(), "read-only") || !strings.Contains(err.Error(), path) {
		t.Errorf("got %v; want ErrReadOnly naming %s", err, path)
	}
	if data, _ := os.ReadFile(path); !bytes.Equal(data, before) {
		t.Errorf("got the read-only file replaced with\n%s; want it as before", data)
	}
	if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o444 {
		t.Errorf("got %v, %v; want the file still read-only", fi.Mode(), err)
	}
	if _, err := os.Stat(path + ".bak"); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("got a backup written (%v); want nothing written", err)
	}
	assertNoTemp(t, filepath.Dir(path))
	// Saving what is already there is not a change, and not an error.
	if err := Save(path, &File{Version: FormatVersion, Entries: rows(0, 1)}); err != nil {
		t.Errorf("got %v saving the same entries; want nothing to do", err)
	}
}

// TestStaleTempsRemoved: the temporary files that killed saves left
// are removed on load, but only ours, only old ones, and only while no
// save holds the lock.
func TestStaleTempsRemoved(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, FileName)
	if err := Save(path, &File{Version: FormatVersion, Entries: rows(0, 1)}); err != nil {
		t.Fatal(err)
	}
	old := time.Now().Add(-time.Hour)
	files := []struct {
		name string
		old  bool
		gone bool
	}{
		{".glossary.json.123456.tmp", true, true},
		{".glossary.json.bak.98765.tmp", true, true},
		{".glossary.json.5555.tmp", false, false},        // a save may be writing it
		{".glossary.recovered.json.42.tmp", true, false}, // another file's
		{".notes.json.42.tmp", true, false},              // not Pathok's
		{"glossary.json.42.tmp", true, false},            // not our pattern
		{".glossary.json.draft.tmp", true, false},        // not our pattern
	}
	create := func() {
		for _, f := range files {
			p := filepath.Join(dir, f.name)
			os.WriteFile(p, []byte("partial"), 0o600)
			if f.old {
				os.Chtimes(p, old, old)
			}
		}
	}
	create()
	// While a save holds the lock, nothing is removed.
	release, err := Lock(path, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Load(path); err != nil {
		t.Fatal(err)
	}
	release()
	for _, f := range files {
		if _, err := os.Stat(filepath.Join(dir, f.name)); err != nil {
			t.Errorf("got %s removed while the lock was held; want it kept", f.name)
		}
	}
	if _, err := Load(path); err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		_, err := os.Stat(filepath.Join(dir, f.name))
		if gone := errors.Is(err, fs.ErrNotExist); gone != f.gone {
			t.Errorf("got %s gone %v; want %v", f.name, gone, f.gone)
		}
	}
}
