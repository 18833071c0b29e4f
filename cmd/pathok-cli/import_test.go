package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/pathok/pathok/glossary/user"
)

// TestMain lets the test binary run as pathok-cli itself, so that tests
// can start real second processes of it.
func TestMain(m *testing.M) {
	if os.Getenv("PATHOK_CLI_TEST_MAIN") == "1" {
		main()
	}
	os.Exit(m.Run())
}

// villagesTSV is n rows of made-up village names, numbered from first.
func villagesTSV(first, n int) string {
	letters := []rune("কখগঘচছজঝটঠডঢতথদধনপফবভমযরলশসহ")
	var b strings.Builder
	b.WriteString("id\tkind\tcountry\tbengali\tenglish\n")
	for i := first; i < first+n; i++ {
		name := string(letters[i%len(letters)]) + string(letters[i/len(letters)%len(letters)]) + string(letters[i/len(letters)/len(letters)%len(letters)]) + "গাঁও"
		fmt.Fprintf(&b, "user-village-%d\tplace\tBD\tগ্রাম %s\tVillage %d\n", i, name, i)
	}
	return b.String()
}

// TestGlossaryImportTwoProcesses runs two pathok-cli processes at once,
// each importing 300 rows of its own into one user glossary. Each reads,
// merges and writes the file under its lock, so the file ends with all
// 600; without the lock both read the same file and the later write
// keeps one side's 300.
func TestGlossaryImportTwoProcesses(t *testing.T) {
	self, err := os.Executable()
	if err != nil {
		t.Skip("cannot find the test binary to run as pathok-cli:", err)
	}
	dir := t.TempDir()
	mine := filepath.Join(dir, "storage", "glossary.json")
	for round := range 3 {
		var wg sync.WaitGroup
		outs := make([]string, 2)
		errs := make([]error, 2)
		for p := range 2 {
			first := round*600 + p*300
			file := write(t, dir, fmt.Sprintf("in-%d-%d.tsv", round, p), villagesTSV(first, 300))
			cmd := exec.Command(self, "glossary", "import", file, "-user", mine)
			cmd.Env = append(os.Environ(), "PATHOK_CLI_TEST_MAIN=1")
			wg.Add(1)
			go func() {
				defer wg.Done()
				out, err := cmd.CombinedOutput()
				outs[p], errs[p] = string(out), err
			}()
		}
		wg.Wait()
		for p := range 2 {
			if errs[p] != nil || !strings.Contains(outs[p], "300 added") {
				t.Fatalf("round %d, process %d: got %v\n%s\nwant 300 added", round, p, errs[p], outs[p])
			}
		}
		u, err := user.Load(mine)
		if err != nil {
			t.Fatal(err)
		}
		if want := (round + 1) * 600; len(u.Entries) != want {
			t.Fatalf("round %d: got %d entries; want %d (300 from each import)", round, len(u.Entries), want)
		}
	}
}

// TestGlossaryImportReadOnly: a user glossary made read-only (chmod 444)
// is left as it is, and the import says why. The check is on the mode
// bits, so it holds for root too.
func TestGlossaryImportReadOnly(t *testing.T) {
	dir := t.TempDir()
	mine := write(t, dir, "glossary.json", `{"pathok_glossary": 1, "entries": []}`)
	if err := os.Chmod(mine, 0o444); err != nil {
		t.Fatal(err)
	}
	file := write(t, dir, "in.tsv", villagesTSV(0, 2))
	cli("", "glossary", "import", file, "-user", mine).check(t, 1, nil, []string{mine + " is read-only", "make it writable"})
	if data, _ := os.ReadFile(mine); string(data) != `{"pathok_glossary": 1, "entries": []}` {
		t.Errorf("got the read-only file changed to\n%s; want it as it was", data)
	}
}
