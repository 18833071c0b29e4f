package app

import (
	"fmt"
	"io"
	"sync"
	"time"
)

// timings writes, for pathok -timings, how long after the start each
// step of opening the window and the first article took: what a user
// who finds Pathok slow can paste into a report. Each step is told once.
// A nil *timings says nothing.
type timings struct {
	w     io.Writer
	start time.Time

	mu   sync.Mutex // steps are told from the UI and from background work
	told map[string]bool
}

func newTimings(w io.Writer, start time.Time) *timings {
	if w == nil {
		return nil
	}
	if start.IsZero() {
		start = time.Now()
	}
	return &timings{w: w, start: start, told: map[string]bool{}}
}

// step tells that step happened now, the first time it does.
func (t *timings) step(step string) {
	t.stepf(step, "")
}

// stepf is step with a detail after it, such as what it took.
func (t *timings) stepf(step, format string, args ...any) {
	if t == nil {
		return
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.told[step] {
		return
	}
	t.told[step] = true
	detail := ""
	if format != "" {
		detail = " (" + fmt.Sprintf(format, args...) + ")"
	}
	fmt.Fprintf(t.w, "timing %7.0f ms  %s%s\n", float64(time.Since(t.start).Microseconds())/1000, step, detail)
}

// ms is d in milliseconds, for a detail.
func ms(d time.Duration) string { return fmt.Sprintf("%.0f ms", float64(d.Microseconds())/1000) }
