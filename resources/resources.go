// Package resources holds the data embedded into Pathok: the built-in
// glossary, the sample article, the icon and the app's metadata. It has no
// logic of its own.
package resources

import "embed"

// Files holds the glossary folder, the sample article and the icon.
//
//go:embed glossary/*.tsv sample.txt icon.png
var Files embed.FS

// GlossaryFiles are the built-in glossary files, loaded in this order.
var GlossaryFiles = []string{
	"glossary/russia.tsv",
	"glossary/north-korea.tsv",
	"glossary/south-korea.tsv",
	"glossary/world.tsv",
	"glossary/countries.tsv",
}

// FyneAppTOML is a copy of FyneApp.toml, the one place that holds the
// app's name, ID and version; resources/metadata reads it.
//
//go:embed FyneApp.toml
var FyneAppTOML []byte

// SampleArticle is the name of the article shown on first run.
const SampleArticle = "sample.txt"
