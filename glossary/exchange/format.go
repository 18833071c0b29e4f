package exchange

import (
	"path/filepath"
	"strings"
)

// Format is a glossary file format.
type Format string

const (
	JSON   Format = "json"   // our user glossary JSON (user.File)
	TSV    Format = "tsv"    // the built-in glossary's columns
	CSV    Format = "csv"    // the same columns, RFC 4180
	OmegaT Format = "omegat" // source<TAB>target<TAB>comment
	TBX    Format = "tbx"    // ISO 30042 TermBase eXchange
	Anki   Format = "anki"   // an Anki deck, export only
)

// Formats lists the formats, in the order menus show them.
var Formats = []Format{JSON, TSV, CSV, OmegaT, TBX, Anki}

// Valid reports whether f is one of Formats.
func (f Format) Valid() bool {
	for _, v := range Formats {
		if f == v {
			return true
		}
	}
	return false
}

// CanImport reports whether files in f can be imported.
func (f Format) CanImport() bool { return f.Valid() && f != Anki }

// FormatFor guesses a file's format from its extension. Anki decks have
// no extension of their own (.txt is OmegaT's), so they are never guessed.
func FormatFor(name string) (Format, bool) {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".json":
		return JSON, true
	case ".tsv":
		return TSV, true
	case ".csv":
		return CSV, true
	case ".txt", ".tab", ".utf8":
		return OmegaT, true
	case ".tbx", ".xml":
		return TBX, true
	}
	return "", false
}
