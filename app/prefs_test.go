package app

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2/test"
)

func TestRecentList(t *testing.T) {
	p := test.NewTempApp(t).Preferences()
	for i := range maxRecent + 3 {
		addRecent(p, fmt.Sprintf("file:///a/%d.txt", i))
	}
	got := recentFiles(p)
	if len(got) != maxRecent || got[0] != fmt.Sprintf("file:///a/%d.txt", maxRecent+2) {
		t.Fatalf("recent: %v", got)
	}
	addRecent(p, "file:///a/5.txt")
	got = recentFiles(p)
	if got[0] != "file:///a/5.txt" || len(got) != maxRecent {
		t.Errorf("reopening a file: %v", got)
	}
	dropRecent(p, "file:///a/5.txt")
	for _, u := range recentFiles(p) {
		if u == "file:///a/5.txt" {
			t.Error("dropped file still listed")
		}
	}
}

// A saved split is clamped to a range where both the article and the
// pane stay usable.
func TestSavedSplitIsClamped(t *testing.T) {
	for _, tc := range []struct {
		name  string
		saved float64
		want  float64
	}{
		{"usable", 0.6, 0.6},
		{"pane dragged shut", 0.999, maxSplit},
		{"article dragged shut", 0.02, minSplit},
		{"negative", -3, minSplit},
		{"past the end", 7, maxSplit},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := test.NewTempApp(t)
			a.Preferences().SetFloat(prefSplit, tc.saved)
			w := a.NewWindow("Pathok")
			t.Cleanup(w.Close)
			s := newMainScreen(a, w)
			if got := s.split.Offset; got != tc.want {
				t.Errorf("got split %v from saved %v; want %v", got, tc.saved, tc.want)
			}
		})
	}
}
