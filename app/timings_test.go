package app

import (
	"bytes"
	"regexp"
	"testing"
	"time"
)

func TestTimings(t *testing.T) {
	var b bytes.Buffer
	tm := newTimings(&b, time.Now().Add(-1500*time.Millisecond))
	tm.step("window built")
	tm.step("window built") // told once
	tm.stepf("article read", "%d bytes, reading took %s", 6171, ms(42*time.Millisecond))
	want := regexp.MustCompile(`^timing +1[5-9]\d\d ms  window built\ntiming +1[5-9]\d\d ms  article read \(6171 bytes, reading took 42 ms\)\n$`)
	if got := b.String(); !want.MatchString(got) {
		t.Errorf("got %q; want it to match %s", got, want)
	}
	// Without -timings nothing is told, and nothing breaks.
	var off *timings = newTimings(nil, time.Now())
	off.step("window built")
	if off != nil {
		t.Errorf("got timings %v without a writer; want nil", off)
	}
}
