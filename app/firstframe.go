package app

import (
	"sync"
	"time"
)

// firstTextWait is how long the window waits, before it is first shown,
// for the first article's text: the sample or a small file is read in a
// few milliseconds, and its text is then in the window's first frame
// rather than a frame later, after fyne.Do can run. A slow read (a large
// file, a network folder) shows the window after this, and its text
// when it is read, as every later article.
const firstTextWait = 100 * time.Millisecond

// earlyResults holds the results that work sends to the UI goroutine
// (onUI) while the UI goroutine itself waits for them, before the window
// is first shown: fyne.Do runs nothing until the app runs, after the
// first frame is drawn.
type earlyResults struct {
	mu      sync.Mutex
	holding bool
	queue   []func()
	arrived chan struct{} // a result was queued
}

// hold starts holding results. UI goroutine.
func (e *earlyResults) hold() {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.holding = true
	e.arrived = make(chan struct{}, 1)
}

// take queues f, if results are held, and reports whether it did.
func (e *earlyResults) take(f func()) bool {
	e.mu.Lock()
	defer e.mu.Unlock()
	if !e.holding {
		return false
	}
	e.queue = append(e.queue, f)
	select {
	case e.arrived <- struct{}{}:
	default:
	}
	return true
}

// next is the results queued so far, taken from the queue; when there
// are none and last is set, holding stops there, so that a result sent
// later goes to fyne.Do and runs after all those held.
func (e *earlyResults) next(last bool) []func() {
	e.mu.Lock()
	defer e.mu.Unlock()
	fs := e.queue
	e.queue = nil
	if len(fs) == 0 && last {
		e.holding = false
	}
	return fs
}

// applyUntil runs the held results on the calling (UI) goroutine, in
// the order they were sent, until done reports true or within has
// passed, and then stops holding. It runs what arrived meanwhile first:
// a task's results keep their order (its progress shown, then its end).
func (e *earlyResults) applyUntil(done func() bool, within time.Duration) {
	deadline := time.NewTimer(within)
	defer deadline.Stop()
wait:
	for !done() {
		select {
		case <-e.arrived:
			for _, f := range e.next(false) {
				f()
			}
		case <-deadline.C:
			break wait
		}
	}
	for fs := e.next(true); len(fs) > 0; fs = e.next(true) {
		for _, f := range fs {
			f()
		}
	}
}
