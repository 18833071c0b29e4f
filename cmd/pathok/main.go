// Command pathok is the Pathok desktop reader: it opens a Bengali article,
// highlights every name and figure, and glosses them.
//
//	pathok [-sample] [FILE]
package main

import (
	"flag"

	fyneapp "fyne.io/fyne/v2/app"

	"github.com/pathok/pathok/app"
)

func main() {
	sample := flag.Bool("sample", false, "open the bundled sample article")
	flag.Parse()
	a := fyneapp.NewWithID(app.ID)
	w := a.NewWindow("Pathok")
	app.Run(a, w, app.Options{Sample: *sample, Files: flag.Args()})
}
