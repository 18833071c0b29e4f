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
