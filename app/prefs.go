package app

import (
	"slices"

	"fyne.io/fyne/v2"
)

// Preference keys, all in one place so that a renamed key cannot leave a
// stale twin behind.
const (
	prefRecent   = "recent.files"   // []string of URIs, most recent first
	prefTextSize = "view.text_size" // float: the article's text size
	prefTheme    = "view.theme"     // "system", "light" or "dark"
	prefFontPath = "view.font_path" // a Bengali font file, or "" for the system's
	prefSplit    = "view.split"     // float: the article's share of the width
	// prefTaka is what টাকা stands for: figures.TakaAuto (decided per
	// article), TakaBDT or TakaINR.
	prefTaka = "figures.taka"
	// prefExchangeFolder is the URI of the folder of the last glossary
	// file imported or exported.
	prefExchangeFolder = "glossary.exchange_folder"
	// prefFeedMinutes is how often feeds refresh while the app is open;
	// 0 only when asked.
	prefFeedMinutes = "feeds.refresh_minutes"
)

const (
	maxRecent       = 10
	defaultTextSize = 18
	minTextSize     = 11
	maxTextSize     = 40
	defaultSplit    = 0.68

	defaultFeedMinutes = 60
)

// recentFiles returns the recent list, most recent first.
func recentFiles(p fyne.Preferences) []string {
	return p.StringList(prefRecent)
}

// addRecent puts uri first in the recent list.
func addRecent(p fyne.Preferences, uri string) []string {
	list := slices.DeleteFunc(recentFiles(p), func(s string) bool { return s == uri })
	list = append([]string{uri}, list...)
	if len(list) > maxRecent {
		list = list[:maxRecent]
	}
	p.SetStringList(prefRecent, list)
	return list
}

// dropRecent forgets a file that can no longer be opened.
func dropRecent(p fyne.Preferences, uri string) []string {
	list := slices.DeleteFunc(recentFiles(p), func(s string) bool { return s == uri })
	p.SetStringList(prefRecent, list)
	return list
}

// minSplit and maxSplit keep both the article and the glossary pane
// usable whatever split was saved (a pane dragged shut, an edited file).
const (
	minSplit = 0.4
	maxSplit = 0.85
)

func clampSplit(f float64) float64 {
	if f != f { // NaN
		return defaultSplit
	}
	return min(max(f, minSplit), maxSplit)
}

func clampTextSize(s float32) float32 {
	return min(max(s, minTextSize), maxTextSize)
}
