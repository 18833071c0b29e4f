package app

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"

	"github.com/pathok/pathok/glossary/user"
)

// The glossary loads from launch (Run): an article read once it is
// ready is in its first frame marked, and putting the glossary in force
// later leaves it so; one read before shows as text, and is marked when
// the glossary is put in force. A long article starts the load itself.
func TestFirstFrameMarksWithGlossaryLoadedAtLaunch(t *testing.T) {
	long := longArticle(3 * firstPartBytes)
	tests := []struct {
		name      string
		text      string
		ready     bool // the glossary is loaded before the article is read
		wantMarks markState
		anyMarks  bool // which comes first decides: the load or the text
	}{
		{"glossary ready", "", true, fullyMarked, false},
		{"glossary not loaded", "", false, notMarked, false},
		{"long article starts the load", long, false, 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newUnlaunchedScreen(t)
			loading := newGlossaryLoad(s.user.path)
			if tt.ready {
				loading.start()
				<-loading.done
			}
			s.loading = loading

			s.early.hold()
			if tt.text == "" {
				s.openSample()
			} else {
				s.open(pastedSource(tt.text))
			}
			s.early.applyUntil(func() bool { return s.doc != nil }, time.Minute)
			first := s.doc
			if first == nil {
				t.Fatal("got no article before the first frame; want it read")
			}
			if got := first.marks; !tt.anyMarks && got != tt.wantMarks {
				t.Errorf("got marks %d in the first frame; want %d", got, tt.wantMarks)
			}
			if tt.text != "" {
				select {
				case <-loading.done:
				case <-time.After(time.Minute):
					t.Fatal("reading a long article did not start loading the glossary")
				}
			}

			s.loadGlossary(nil) // as started does
			s.wait()
			if s.g != loading.l.g || s.doc.marks == notMarked {
				t.Fatalf("got marks %d by %p; want the article marked by the loaded glossary %p", s.doc.marks, s.g, loading.l.g)
			}
			if tt.text == "" {
				sameSpans(t, s.doc.ann, builtin(t).Annotate(sampleText(t)))
			}
			if tt.ready && s.doc != first {
				t.Error("got the sample marked again by the glossary it was marked with; want it left as shown")
			}
		})
	}
}

// The window's first frame shows the first article's text, and the
// glossary loads only once that frame is drawn: loading it meanwhile
// slowed the frame down on two cores. Its marks still follow.
func TestFirstFrameTextBeforeGlossary(t *testing.T) {
	s := newUnlaunchedScreen(t)

	s.launch(Options{Sample: true})
	// No s.wait(): what launch leaves is what the first frame shows.
	if s.doc == nil {
		t.Fatal("got no article when the window is first shown; want the sample's text")
	}
	if got := s.view.doc; got != s.doc {
		t.Errorf("got the view showing %v; want the sample", got)
	}
	if s.g != nil || s.tasks.pending != 0 {
		t.Errorf("got the glossary loaded or loading (%d tasks) before the first frame; want it after", s.tasks.pending)
	}

	drawFirstFrame(t, s)
	if s.g == nil {
		t.Fatal("got no glossary after the first frame was drawn; want it loaded")
	}
	if s.doc.marks != fullyMarked || len(s.doc.ann.Spans) == 0 {
		t.Errorf("got the sample marked %v with %d spans after the glossary loaded; want it fully marked", s.doc.marks, len(s.doc.ann.Spans))
	}
}

// drawFirstFrame draws s's window, as Fyne does once the app runs, and
// waits for what follows the first frame to be done.
func drawFirstFrame(t *testing.T, s *mainScreen) {
	t.Helper()
	drawNextFrame(t, s)
}

// earlyResults applies what work sends while the UI goroutine waits, on
// that goroutine and in order, and after the wait gives way to fyne.Do.
func TestEarlyResults(t *testing.T) {
	test.NewTempApp(t)
	tests := []struct {
		name   string
		sends  int           // results sent, one after another
		doneAt int           // applyUntil stops waiting after this many
		within time.Duration // how long it waits at most
		want   int           // results applied by applyUntil itself
	}{
		// A quick article: its progress and its end both in time.
		{"all in time", 2, 2, time.Minute, 2},
		// Nothing comes: the wait ends at its deadline.
		{"nothing sent", 0, 1, 20 * time.Millisecond, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var e earlyResults
			var mu sync.Mutex
			var ran []int
			e.hold()
			var wg sync.WaitGroup
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := range tt.sends {
					if !e.take(func() { mu.Lock(); ran = append(ran, i); mu.Unlock() }) {
						t.Errorf("result %d not held while holding", i)
					}
				}
			}()
			e.applyUntil(func() bool { mu.Lock(); defer mu.Unlock(); return len(ran) >= tt.doneAt }, tt.within)
			wg.Wait()
			mu.Lock()
			got := slices.Clone(ran)
			mu.Unlock()
			want := make([]int, tt.want)
			for i := range want {
				want[i] = i
			}
			if !slices.Equal(got, want) {
				t.Errorf("got %v applied during the wait; want %v", got, want)
			}
			if e.take(func() {}) {
				t.Error("got a result held after the wait; want it left to fyne.Do")
			}
		})
	}
}

// A result sent while applyUntil gives up at its deadline is still
// applied, by applyUntil, before holding stops: none is lost between the
// two.
func TestEarlyResultsLateResultApplied(t *testing.T) {
	var e earlyResults
	e.hold()
	applied := false
	e.take(func() { applied = true })
	e.applyUntil(func() bool { return false }, 0)
	if !applied {
		t.Error("got a held result dropped at the deadline; want it applied")
	}
}

// The first frame has no Hangul (drawing it loads the CJK font); the
// search box's hint with Hangul comes once that frame is drawn.
func TestFirstFrameHintWithoutHangul(t *testing.T) {
	s := newUnlaunchedScreen(t)
	s.w.Resize(fyne.NewSize(1280, 700))
	hasHangul := func(h string) bool {
		return strings.IndexFunc(h, func(r rune) bool { return unicode.Is(unicode.Hangul, r) }) >= 0
	}
	if !hasHangul(searchHints[0]) {
		t.Fatalf("the longest hint %q has no Hangul; the test needs one that has", searchHints[0])
	}

	s.launch(Options{Sample: true})
	if got := s.pane.search.PlaceHolder; hasHangul(got) || got == "" {
		t.Errorf("got hint %q in the first frame; want one without Hangul", got)
	}
	drawFirstFrame(t, s)
	drawNextFrame(t, s)
	if got := s.pane.search.PlaceHolder; got != searchHints[0] {
		t.Errorf("got hint %q once the marks were drawn; want the whole %q", got, searchHints[0])
	}
}

// Hangul (the search hints) comes once the first marks are drawn, not
// before them: it loads the CJK font on the UI goroutine, which held up
// the glossary's arrival.
func TestHangulHintAfterFirstMarks(t *testing.T) {
	s := newUnlaunchedScreen(t)
	s.w.Resize(fyne.NewSize(1280, 700))
	// This test draws every frame itself: the fallback must not stand
	// in for one however slowly the machine runs.
	s.painted.latest = time.Hour
	s.launch(Options{Sample: true})
	drawFirstFrame(t, s)
	if s.doc.marks == notMarked {
		t.Fatal("the article is not marked after the glossary loaded")
	}
	if got := s.pane.search.PlaceHolder; got == searchHints[0] {
		t.Errorf("got hint %q before the marks were drawn; want Hangul only after them", got)
	}
	drawNextFrame(t, s)
	if got := s.pane.search.PlaceHolder; got != searchHints[0] {
		t.Errorf("got hint %q once the marks were drawn; want the whole %q", got, searchHints[0])
	}
}

// drawNextFrame draws s's window and waits for what waited for that
// frame to be done.
func drawNextFrame(t *testing.T, s *mainScreen) {
	t.Helper()
	drawn := make(chan struct{})
	s.painted.then(func() { close(drawn) }) // after what waits already
	capture(s)
	select {
	case <-drawn:
	case <-time.After(time.Minute):
		t.Fatal("drawing the window did not tell that it was drawn")
	}
	s.wait()
}

// A window whose first frame is never told of (started minimised, or a
// driver that skips the transparent pixel) still gets its glossary.
func TestGlossaryLoadsWithoutFirstFrame(t *testing.T) {
	s := newUnlaunchedScreen(t)
	s.launch(Options{Sample: true})
	loaded := make(chan struct{})
	s.painted.then(func() { close(loaded) })
	// No frame is drawn here: only the fallback can fire.
	select {
	case <-loaded:
	case <-time.After(paintedAtTheLatest + time.Minute):
		t.Fatal("nothing ran after launch without a frame drawn; want the glossary loaded at the latest after paintedAtTheLatest")
	}
	s.wait()
	if s.g == nil {
		t.Fatal("got no glossary without a first frame; want it loaded anyway")
	}
}

// Once the window is closed, nothing that waited for a frame runs: a
// timer left from launch must not touch a screen that is gone.
func TestPaintSignalStopsWithWindow(t *testing.T) {
	a := test.NewTempApp(t)
	w := a.NewWindow("Pathok")
	s := newMainScreen(a, w)
	s.user.path = filepath.Join(t.TempDir(), user.FileName)
	ran := make(chan struct{}, 1)
	s.painted.afterNextFrame(func() { ran <- struct{}{} })
	w.Close()
	s.painted.fire() // as a late frame or the fallback timer would
	select {
	case <-ran:
		t.Error("what waited for a frame ran after the window closed; want it dropped")
	case <-time.After(200 * time.Millisecond):
	}
}

// capture draws s's window as the app's UI goroutine would: what the
// frame sets off (on another goroutine, with the test driver) takes its
// turn after it, as results do.
func capture(s *mainScreen) {
	s.tasks.applying.Lock()
	defer s.tasks.applying.Unlock()
	s.w.Canvas().Capture()
}

// newUnlaunchedScreen is a screen built in a test window, not yet
// launched: the tests here launch it and draw its frames themselves.
func newUnlaunchedScreen(t *testing.T) *mainScreen {
	t.Helper()
	a := test.NewTempApp(t)
	w := a.NewWindow("Pathok")
	t.Cleanup(w.Close)
	s := newMainScreen(a, w)
	s.user.path = filepath.Join(t.TempDir(), user.FileName)
	return s
}

// The first article is read while the window is created, and shown by
// launch as openInitial would have read it (the file asked for, else the
// most recent one if it is still there, else the sample), marked with
// the glossary loaded meanwhile.
func TestReadAheadShownAtLaunch(t *testing.T) {
	dir := t.TempDir()
	article := filepath.Join(dir, "খবর.txt")
	if err := os.WriteFile(article, []byte("পিয়ংইয়ংয়ে সের্গেই ল্যাভরভ ১২ মার্চ পৌঁছান।\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	gone := filepath.Join(dir, "মুছে-ফেলা.txt")
	tests := []struct {
		name     string
		opts     Options
		recent   []string // files opened before, most recent first
		wantPath string   // "" for the sample
	}{
		{"file asked for", Options{Files: []string{article}}, nil, article},
		{"most recent file", Options{}, []string{article}, article},
		{"sample asked for", Options{Sample: true}, []string{article}, ""},
		// A most recent file that is gone: the sample.
		{"most recent file gone", Options{}, []string{gone}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newUnlaunchedScreen(t)
			for i := len(tt.recent) - 1; i >= 0; i-- {
				addRecent(s.prefs, storage.NewFileURI(tt.recent[i]).String())
			}
			s.loading = newGlossaryLoad(s.user.path)
			s.loading.start()
			<-s.loading.done
			s.ahead = s.startReadingAhead(tt.opts)
			<-s.ahead.done

			s.launch(tt.opts)
			// No s.wait(): what launch leaves is what the first frame shows.
			d := s.doc
			if d == nil {
				t.Fatal("got no article when the window is first shown; want the one read ahead")
			}
			switch got := d.uri; {
			case tt.wantPath == "" && got != nil:
				t.Errorf("got %v on screen; want the sample", got)
			case tt.wantPath != "" && (got == nil || got.Path() != tt.wantPath):
				t.Errorf("got %v on screen; want %s", got, tt.wantPath)
			}
			if d.marks != fullyMarked || len(d.ann.Spans) == 0 {
				t.Errorf("got marks %d with %d spans in the first frame; want the article marked", d.marks, len(d.ann.Spans))
			}
			if s.ahead != nil {
				t.Error("got the read-ahead kept after it was shown; want it used once")
			}
			s.wait()
		})
	}
}
