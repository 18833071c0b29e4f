package app

import (
	"context"
	"sync"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
)

// progressDelay is how long work may take before the status line shows
// that it is still going.
const progressDelay = 150 * time.Millisecond

// tasks is the bookkeeping of work running off the UI goroutine.
type tasks struct {
	// running counts tasks not yet applied, so that tests can wait.
	running sync.WaitGroup
	busy    int // tasks past progressDelay
	pending int // tasks not yet applied

	// applying makes the results take turns. In the app they all run on
	// the main goroutine and it is never contended; Fyne's test driver
	// runs fyne.Do on the calling goroutine, where a test that goes on
	// working the screen holds it meanwhile.
	applying sync.Mutex
}

// onUI runs f on the UI goroutine, after any result being applied.
func (s *mainScreen) onUI(f func()) {
	apply := func() {
		s.tasks.applying.Lock()
		defer s.tasks.applying.Unlock()
		f()
	}
	if s.early.take(apply) {
		return // start applies it, before the first frame
	}
	fyne.Do(apply)
}

// background does work off the UI goroutine and then the apply it
// returns on it; after progressDelay the status line shows a progress bar
// until it is done. what says what is going on meanwhile.
func (s *mainScreen) background(what string, work func() (apply func())) {
	s.tasks.running.Add(1)
	s.tasks.pending++
	s.status.SetText(what)
	if s.doc == nil {
		s.view.setPlaceholder(what)
	}
	finish := func(apply func()) {
		apply()
		s.tasks.pending--
		if s.tasks.pending == 0 {
			s.view.setPlaceholder("")
		}
	}
	go func() {
		defer s.tasks.running.Done()
		done := make(chan func(), 1)
		go func() { done <- work() }()
		select {
		case apply := <-done:
			s.onUI(func() { finish(apply) })
			return
		case <-time.After(progressDelay):
		}
		s.onUI(func() { s.setBusy(+1) })
		apply := <-done
		s.onUI(func() {
			s.setBusy(-1)
			finish(apply)
		})
	}()
}

func (s *mainScreen) setBusy(d int) {
	s.tasks.busy += d
	if s.tasks.busy > 0 {
		s.progressBox.Show()
		s.progress.Start()
	} else {
		s.progress.Stop()
		s.progressBox.Hide()
	}
	// Showing a child does not lay out its parent again.
	s.statusBar.Refresh()
}

// wait blocks until all work started so far has been applied. Only tests
// call it: the app itself never waits on the UI goroutine.
func (s *mainScreen) wait() { s.tasks.running.Wait() }

// latestOnly runs work of which only the newest request matters (marking
// the article after a glossary edit, opening an article): a new request
// cancels the one before, and one runs at a time, so that held Ctrl+Z or
// rapid edits never pile up full rebuilds side by side.
type latestOnly struct {
	cancel context.CancelFunc
	turn   chan struct{} // held by the request that runs

	// ran and mostAtOnce are for tests: requests that ran to the end, and
	// the most that ever ran at once.
	ran, atOnce, mostAtOnce atomic.Int32
}

func newLatestOnly() *latestOnly { return &latestOnly{turn: make(chan struct{}, 1)} }

// stop cancels the request running or waiting, if any. UI goroutine.
func (l *latestOnly) stop() {
	if l.cancel != nil {
		l.cancel()
		l.cancel = nil
	}
}

// backgroundLatest is background for work that a newer request through
// l makes moot. work gets a context that is cancelled when that happens;
// it should stop early and return an apply that still does what must be
// done (a save's result) and then checks ctx before it shows anything.
// Call it on the UI goroutine.
func (s *mainScreen) backgroundLatest(l *latestOnly, what string, work func(ctx context.Context) (apply func())) {
	if l.cancel != nil {
		l.cancel()
	}
	ctx, cancel := context.WithCancel(context.Background())
	l.cancel = cancel
	s.background(what, func() func() {
		l.turn <- struct{}{}
		defer func() { <-l.turn }()
		n := l.atOnce.Add(1)
		defer l.atOnce.Add(-1)
		for m := l.mostAtOnce.Load(); n > m && !l.mostAtOnce.CompareAndSwap(m, n); m = l.mostAtOnce.Load() {
		}
		apply := work(ctx)
		if ctx.Err() == nil {
			l.ran.Add(1)
		}
		return apply
	})
}
