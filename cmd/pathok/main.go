// Command pathok is the Pathok desktop reader: it opens a Bengali article,
// highlights every name and figure, and glosses them.
//
//	pathok [-sample] [FILE]
package main

import (
	"flag"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

	"github.com/pathok/pathok/app"
	"github.com/pathok/pathok/resources"
	"github.com/pathok/pathok/resources/metadata"
)

func main() {
	sample := flag.Bool("sample", false, "open the bundled sample article")
	flag.Parse()
	a := fyneapp.NewWithID(metadata.ID())
	if m, changed := withMetadata(a.Metadata()); changed {
		fyneapp.SetMetadata(m)
	}
	w := a.NewWindow(metadata.Name())
	app.Run(a, w, app.Options{Sample: *sample, Files: flag.Args()})
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
