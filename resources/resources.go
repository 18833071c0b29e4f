// Package resources holds the data embedded into Pathok: the built-in
// glossary, the sample article, the icon and the app's metadata. It has no
// logic of its own.
package resources

import "embed"

// Files holds the glossary folder, the sample article and the icon.
//
//go:embed glossary/*.tsv sample.txt icon.png
var Files embed.FS

// BengaliWords is a list of ordinary Bengali word forms, one a line,
// after a header of comment lines (see words/README.md).
//
//go:embed words/bn-words.txt
var BengaliWords string

// GlossaryIndex is the built-in glossary parsed and indexed, which
// Pathok reads at start instead of the files: go generate ./glossary
// writes it from them (see glossary/index.go).
//
//go:embed glossary.index
var GlossaryIndex string

// GlossaryFiles are the built-in glossary files, loaded in this order.
var GlossaryFiles = []string{
	"glossary/russia.tsv",
	"glossary/russia-places.tsv",
	"glossary/russia-history.tsv",
	"glossary/russia-state.tsv",
	"glossary/russia-culture.tsv",
	"glossary/ukraine-war.tsv",
	"glossary/north-korea.tsv",
	"glossary/south-korea.tsv",
	"glossary/south-korea-politics.tsv",
	"glossary/south-korea-places.tsv",
	"glossary/south-korea-business.tsv",
	"glossary/south-korea-culture.tsv",
	"glossary/south-korea-sport.tsv",
	"glossary/south-korea-history.tsv",
	"glossary/south-korea-society.tsv",
	"glossary/north-korea-more.tsv",
	"glossary/north-korea-places.tsv",
	"glossary/world.tsv",
	"glossary/countries.tsv",
	"glossary/world-more.tsv",
	"glossary/bangladesh-india.tsv",
	"glossary/cities.tsv",
}

// FyneAppTOML is a copy of FyneApp.toml, the one place that holds the
// app's name, ID and version; resources/metadata reads it.
//
//go:embed FyneApp.toml
var FyneAppTOML []byte

// SampleArticle is the name of the article shown on first run.
const SampleArticle = "sample.txt"
