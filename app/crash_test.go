package app

import (
	"os"
	"os/exec"
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
