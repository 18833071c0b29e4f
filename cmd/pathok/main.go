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
	// fyne build and fyne package inject FyneApp.toml's metadata; a plain
	// go build has none, so it is set from the embedded copy of the same file.
	if a.Metadata().Version != metadata.Version() {
		m := a.Metadata()
		m.ID, m.Name, m.Version, m.Build = metadata.ID(), metadata.Name(), metadata.Version(), metadata.Build()
		if data, err := resources.Files.ReadFile("icon.png"); err == nil {
			m.Icon = fyne.NewStaticResource("icon.png", data)
		}
		fyneapp.SetMetadata(m)
	}
	w := a.NewWindow(metadata.Name())
	app.Run(a, w, app.Options{Sample: *sample, Files: flag.Args()})
}
