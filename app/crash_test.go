package app

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
)

// inChild runs the named test again in a child process with env added,
// and reports its output when it fails. Fyne reads some settings (the
// cache lifetime among them) once at start, so a test that needs another
// value must run in a process of its own. It returns true in the child,
// which then goes on with the test body.
func inChild(t *testing.T, env ...string) bool {
	t.Helper()
	if os.Getenv("PATHOK_TEST_CHILD") == t.Name() {
		return true
	}
	cmd := exec.Command(os.Args[0], "-test.run=^"+t.Name()+"$", "-test.v")
	cmd.Env = append(append(os.Environ(), "PATHOK_TEST_CHILD="+t.Name()), env...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("the test failed in its own process: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "--- PASS: "+t.Name()) {
		t.Fatalf("the child process ran no test:\n%s", out)
	}
	return false
}

// Fyne forgets the theme override of a widget whose renderer has not been
// used for a while (a minute by default). The hover card's labels are not
// drawn while it is hidden, so after a minute of reading they fell back to
// the app's theme, which did not know the card's title size: it read 0 and
// Label.SetText panicked in howManyRunesFit.
func TestHoverCardAfterCacheClean(t *testing.T) {
	// A cache that expires after a millisecond: the first clean forgets
	// everything not drawn since.
	if !inChild(t, "FYNE_CACHE=1ms") {
		return
	}
	s := newTestScreen(t, "")
	c := s.w.Canvas()
	first := findSpan(t, s.doc, "ল্যাভরভের")
	test.MoveMouse(c, spanPoint(t, s, first))
	if !s.card.Visible() {
		t.Fatal("no card for the first name")
	}
	s.hideCard()
	time.Sleep(20 * time.Millisecond)
	c.Capture() // draws the window, which cleans Fyne's caches
	if got := s.card.title.Theme().Size(sizeNameCardTitle); got <= 0 {
		t.Logf("after the clean the title's theme gives size %v (the override is forgotten)", got)
	}
	second := findSpan(t, s.doc, "পিয়ংইয়ংয়ের")
	test.MoveMouse(c, spanPoint(t, s, second))
	if !s.card.Visible() || s.card.span != second {
		t.Fatalf("no card for the second name after the clean (visible %v, span %d)", s.card.Visible(), s.card.span)
	}
	if h := s.card.title.MinSize().Height; h <= 0 {
		t.Errorf("the card's title has height %v after the clean; want > 0", h)
	}
}

// A crash is written to crash.log in the app's storage; the next start
// keeps it under another name and tells the reader where it is, once.
func TestCrashLogAndNotice(t *testing.T) {
	if dir := os.Getenv("PATHOK_CRASH_DIR"); dir != "" {
		if _, err := crashLog(dir); err != nil {
			t.Fatal(err)
		}
		panic("a crash of our own: পাঠক")
	}
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashLogAndNotice$")
	cmd.Env = append(os.Environ(), "PATHOK_CRASH_DIR="+dir)
	out, err := cmd.CombinedOutput()
	if err == nil {
		t.Fatalf("the crashing child exited cleanly:\n%s", out)
	}
	logged, err := os.ReadFile(filepath.Join(dir, crashLogName))
	if err != nil {
		t.Fatalf("no crash log after a crash: %v", err)
	}
	for _, want := range []string{"panic: a crash of our own: পাঠক", "goroutine", "crash_test.go"} {
		if !strings.Contains(string(logged), want) {
			t.Errorf("crash log lacks %q; it holds:\n%s", want, logged)
		}
	}

	// The next start keeps the log under another name and reports it.
	previous, err := crashLog(dir)
	if err != nil {
		t.Fatal(err)
	}
	if previous == "" {
		t.Fatal("got no previous crash log on the start after a crash; want its path")
	}
	if kept, err := os.ReadFile(previous); err != nil || string(kept) != string(logged) {
		t.Errorf("the kept log %s: got %d bytes (%v); want the %d bytes of the crash", previous, len(kept), err, len(logged))
	}
	if st, err := os.Stat(filepath.Join(dir, crashLogName)); err != nil || st.Size() != 0 {
		t.Errorf("crash.log after the start: %v, %v; want a fresh empty file", st, err)
	}
	// Told once: a start after that finds nothing new.
	if again, err := crashLog(dir); err != nil || again != "" {
		t.Errorf("second start: got %q, %v; want no crash to report", again, err)
	}

	s := newTestScreen(t, "")
	s.previousCrash = previous
	s.start(Options{Sample: true})
	s.wait()
	shown := overlayTexts(t, s.w.Canvas())
	if !strings.Contains(shown, "crashed last time") || !strings.Contains(shown, previous) {
		t.Errorf("got dialog %q; want one naming the crash log %s", shown, previous)
	}
}
