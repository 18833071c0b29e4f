// Command pathok is the Pathok desktop reader: it opens a Bengali article,
// highlights every name and figure, and glosses them.
//
//	pathok [-sample] [-timings] [FILE]
//
// -timings writes to standard error how long after the start the window,
// the article's text and its marks took to show, for reports of slowness.
package main

import (
	"flag"
	"os"
	"time"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

	"github.com/pathok/pathok/app"
	"github.com/pathok/pathok/resources"
	"github.com/pathok/pathok/resources/metadata"
)

func main() {
	start := time.Now()
	sample := flag.Bool("sample", false, "open the bundled sample article")
	timings := flag.Bool("timings", false, "write to standard error how long the window, the article's text and its marks took to show")
	flag.Parse()
	a := fyneapp.NewWithID(metadata.ID())
	if m, changed := withMetadata(a.Metadata()); changed {
		fyneapp.SetMetadata(m)
	}
	w := a.NewWindow(metadata.Name())
	opts := app.Options{Sample: *sample, Files: flag.Args(), Start: start}
	if *timings {
		opts.Timings = os.Stderr
	}
	app.Run(a, w, opts)
}

// withMetadata fills in FyneApp.toml's name, ID, version and icon. fyne
// build and fyne package inject them (and mark release builds), so their
// metadata is kept; a plain go build has none.
func withMetadata(m fyne.AppMetadata) (fyne.AppMetadata, bool) {
	if m.ID == metadata.ID() && m.Version == metadata.Version() {
		return m, false
	}
	m.ID, m.Name, m.Version, m.Build = metadata.ID(), metadata.Name(), metadata.Version(), metadata.Build()
	if data, err := resources.Files.ReadFile("icon.png"); err == nil {
		m.Icon = fyne.NewStaticResource("icon.png", data)
	}
	return m, true
}
