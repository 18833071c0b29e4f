// Package metadata is Pathok's name, app ID and version, read from
// FyneApp.toml (embedded by package resources) so that the app, the CLI and
// the Makefile share one source. It has no Fyne dependency: the CLI links it.
package metadata

import (
	"fmt"

	"github.com/BurntSushi/toml"

	"github.com/pathok/pathok/resources"
)

// App is what FyneApp.toml says about the app.
type App struct {
	Website string
	Details struct {
		Icon    string
		Name    string
		ID      string
		Version string
		Build   int
	}
}

// Parse reads a FyneApp.toml, requiring the fields Pathok relies on.
func Parse(name string, data []byte) (App, error) {
	var a App
	md, err := toml.Decode(string(data), &a)
	if err != nil {
		return App{}, fmt.Errorf("%s: %w", name, err)
	}
	for _, f := range []struct{ key, value string }{
		{"Details.ID", a.Details.ID},
		{"Details.Name", a.Details.Name},
		{"Details.Version", a.Details.Version},
	} {
		if f.value == "" {
			return App{}, fmt.Errorf("%s: %s is missing or empty", name, f.key)
		}
	}
	if !md.IsDefined("Details", "Build") {
		return App{}, fmt.Errorf("%s: Details.Build is missing", name)
	}
	return a, nil
}

// Pathok is the embedded FyneApp.toml. It is checked by the package's
// tests, so a broken file never gets past make test.
var Pathok = mustParse()

func mustParse() App {
	a, err := Parse("FyneApp.toml", resources.FyneAppTOML)
	if err != nil {
		panic(err)
	}
	return a
}

// ID is the app's ID: Fyne's preferences and storage live under it.
func ID() string { return Pathok.Details.ID }

// Name is the app's name as the user sees it.
func Name() string { return Pathok.Details.Name }

// Version is the app's version, as in the package names.
func Version() string { return Pathok.Details.Version }

// Build is the build number within the version.
func Build() int { return Pathok.Details.Build }
