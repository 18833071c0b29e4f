// Package highlight is how each kind of span looks, wherever it is
// drawn: the class name, the legend's words, the underline's shape and
// its colours on light and dark paper. The app's article view and legend
// and the annotated HTML page (package htmlpage) both read this one table,
// so a kind looks the same in both. It has no Fyne in it.
package highlight

import (
	"image/color"

	"github.com/pathok/pathok/glossary"
)

// Class is a highlight class: one per kind of name, one for names the
// glossary lacks, one for figures.
type Class uint8

const (
	Person Class = iota
	Place
	Org
	Event
	Nationality
	Other
	Figure
	Unknown
	NumClasses
)

// Underline is the shape of a highlight's underline, so that kinds differ
// in shape as well as colour for readers who cannot tell colours apart.
type Underline uint8

const (
	Solid Underline = iota
	Double
	Dashed
	DashDot
	Dotted
	Wavy
)

// CSS is the nearest text-decoration-style; CSS has no dash-dot line.
func (u Underline) CSS() string {
	return [...]string{Solid: "solid", Double: "double", Dashed: "dashed", DashDot: "dashed", Dotted: "dotted", Wavy: "wavy"}[u]
}

// Style is how one class is drawn.
type Style struct {
	Name      string // the HTML class, and the kind it stands for
	Label     string // the legend's words
	Underline Underline
	// Light and Dark are the underline's colour on light and on dark
	// paper; fills are the same colour, translucent.
	Light, Dark color.NRGBA
}

// The Okabe–Ito colours, which stay apart under the common colour-vision
// deficiencies, in a darker set for light paper and a lighter one for
// dark. Classes that share a colour differ in underline.
var (
	blue       = [2]color.NRGBA{{0x00, 0x62, 0x9c, 0xff}, {0x56, 0xb4, 0xe9, 0xff}}
	green      = [2]color.NRGBA{{0x00, 0x85, 0x60, 0xff}, {0x2b, 0xc4, 0x9a, 0xff}}
	purple     = [2]color.NRGBA{{0xb0, 0x4f, 0x8c, 0xff}, {0xe0, 0x9b, 0xc4, 0xff}}
	vermillion = [2]color.NRGBA{{0xc4, 0x50, 0x00, 0xff}, {0xf0, 0x8a, 0x4b, 0xff}}
	orange     = [2]color.NRGBA{{0xb8, 0x7a, 0x00, 0xff}, {0xf0, 0xc2, 0x4b, 0xff}}
	grey       = [2]color.NRGBA{{0x77, 0x77, 0x77, 0xff}, {0xa8, 0xa8, 0xa8, 0xff}}
)

func style(name, label string, u Underline, c [2]color.NRGBA) Style {
	return Style{name, label, u, c[0], c[1]}
}

// Styles is the table, by class.
var Styles = [NumClasses]Style{
	Person:      style("person", "person", Solid, blue),
	Place:       style("place", "place", Double, green),
	Org:         style("org", "organisation", Dashed, purple),
	Event:       style("event", "event", DashDot, vermillion),
	Nationality: style("nationality", "nationality", Dotted, green),
	Other:       style("other", "other name", Solid, vermillion),
	Figure:      style("figure", "figure", Wavy, orange),
	Unknown:     style("unknown", "not in glossary", Dotted, grey),
}

// KindClass is the class of a name of kind k; a kind outside the closed
// set (which loaders refuse) is drawn as Other.
func KindClass(k glossary.Kind) Class {
	switch k {
	case glossary.Person:
		return Person
	case glossary.Place:
		return Place
	case glossary.Org:
		return Org
	case glossary.Event:
		return Event
	case glossary.Nationality:
		return Nationality
	}
	return Other
}

// ClassOf is the class of a span.
func ClassOf(s *glossary.Span) Class {
	switch {
	case s.Unknown:
		return Unknown
	case s.IsName():
		return KindClass(glossary.Kind(s.Kind))
	}
	return Figure
}
