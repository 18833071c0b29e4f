package app

import (
	"image"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
)

// firstTextWait is how long the screen waits, before it is first drawn,
// for the first article's text: the sample or a small file is read in a
// few milliseconds, and its text is then in the screen's first frame
// rather than a frame later, after fyne.Do can run. A slow read (a large
// file, a network folder) shows the screen after this, and its text
// when it is read, as every later article.
const firstTextWait = 100 * time.Millisecond

// earlyResults holds the results that work sends to the UI goroutine
// (onUI) while the UI goroutine itself waits for them, before the screen
// is first drawn: fyne.Do runs nothing until the app runs.
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

// loadFonts measures, off the UI goroutine, text in the styles and
// scripts of the window's first frame, which has Fyne load the fonts for
// it: its index of the system's fonts, its own fonts, and the system's
// Bengali ones. Run creates the window meanwhile, and builds the screen
// once the returned channel is closed: until then the UI goroutine must
// measure or draw no text, as Fyne's text shaper is not safe for two
// goroutines at once. The app's theme must be in force.
func loadFonts() <-chan struct{} {
	done := make(chan struct{})
	go func() {
		defer close(done)
		for _, style := range []fyne.TextStyle{{}, {Bold: true}} {
			fyne.MeasureText(firstFrameScripts, theme.TextSize(), style)
		}
	}()
	return done
}

// firstFrameScripts has a letter of each script of the window's first
// frame: Latin, Bengali and Cyrillic (in the search box's hint).
const firstFrameScripts = "Ag কৃষ্ণ Лавров"

// paintSignal tells when the window is first drawn: Fyne asks its
// raster, a transparent pixel in a corner, for its image only when it
// paints the window. Fyne's lifecycle has no such moment: its "started"
// comes as the app runs, before the first frame of a window filled after
// it was shown.
type paintSignal struct {
	raster *canvas.Raster

	mu      sync.Mutex
	painted bool
	waiting []func()
	closed  bool          // the window is gone: nothing waits any more
	timers  []*time.Timer // fallback's, stopped by stop
	// latest is how long a wait lasts at most (paintedAtTheLatest; a
	// test that draws its frames itself makes it longer).
	latest time.Duration
}

func newPaintSignal() *paintSignal {
	p := &paintSignal{latest: paintedAtTheLatest}
	p.raster = canvas.NewRaster(func(w, h int) image.Image {
		p.fire()
		return image.NewNRGBA(image.Rect(0, 0, 1, 1))
	})
	p.raster.Resize(fyne.NewSize(1, 1))
	return p
}

// paintedAtTheLatest is how long what waits for a frame runs after
// even if no frame has been told of: a window started minimised, or a
// driver that skips the transparent pixel, must still get the rest of
// its article marked and its glossary's search index.
const paintedAtTheLatest = 3 * time.Second

// fire marks the window drawn and, the first time, queues what waits for
// it on the UI goroutine: the frame being drawn is finished first. Any
// goroutine.
func (p *paintSignal) fire() {
	p.mu.Lock()
	first := !p.painted && !p.closed
	p.painted = true
	p.mu.Unlock()
	if first {
		go fyne.Do(p.run)
	}
}

// fallback fires the signal after p.latest, if the window has not been
// drawn by then.
func (p *paintSignal) fallback() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.closed {
		p.timers = append(p.timers, time.AfterFunc(p.latest, p.fire))
	}
}

// stop drops what waits, and the timers, when the window closes: nothing
// may run on a screen that is gone.
func (p *paintSignal) stop() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.closed = true
	p.waiting = nil
	for _, t := range p.timers {
		t.Stop()
	}
	p.timers = nil
}

// then runs f on the UI goroutine once the window has been drawn: soon
// after, or now if it has been.
func (p *paintSignal) then(f func()) {
	p.mu.Lock()
	painted := p.painted
	if !painted {
		p.waiting = append(p.waiting, f)
	}
	p.mu.Unlock()
	if painted {
		f()
	}
}

// afterNextFrame runs f on the UI goroutine once the window has been
// drawn again, with what was just put on it: work that would hold that
// frame up (loading a font) comes after it. At the latest, as for the
// first frame, after paintedAtTheLatest. UI goroutine.
func (p *paintSignal) afterNextFrame(f func()) {
	p.mu.Lock()
	p.painted = false
	p.waiting = append(p.waiting, f)
	// The timers of an earlier wait would cut this one short.
	for _, t := range p.timers {
		t.Stop()
	}
	p.timers = nil
	p.mu.Unlock()
	p.raster.Refresh()
	p.fallback()
}

func (p *paintSignal) run() {
	p.mu.Lock()
	fs := p.waiting
	p.waiting = nil
	if p.closed {
		fs = nil
	}
	p.mu.Unlock()
	for _, f := range fs {
		f()
	}
}
