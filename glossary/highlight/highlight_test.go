package highlight

import (
	"testing"

	"github.com/pathok/pathok/glossary"
)

// TestStylesApart checks that every class can be told from every other
// by its underline's shape or colour, in either variant, and has a name.
func TestStylesApart(t *testing.T) {
	type look struct {
		u Underline
		c [4]uint8
	}
	for v, variant := range []string{"light", "dark"} {
		seen := map[look]Class{}
		for c := range NumClasses {
			s := Styles[c]
			if s.Name == "" || s.Label == "" {
				t.Errorf("class %d: got name %q, label %q; want both", c, s.Name, s.Label)
			}
			col := s.Light
			if v == 1 {
				col = s.Dark
			}
			l := look{s.Underline, [4]uint8{col.R, col.G, col.B, col.A}}
			if other, dup := seen[l]; dup {
				t.Errorf("%s: got %s and %s drawn alike; want every class apart", variant, s.Name, Styles[other].Name)
			}
			seen[l] = c
		}
	}
}

func TestClassOf(t *testing.T) {
	cases := []struct {
		span glossary.Span
		want Class
	}{
		// every entry kind has its own class
		{glossary.Span{Kind: "person"}, Person},
		{glossary.Span{Kind: "place"}, Place},
		{glossary.Span{Kind: "org"}, Org},
		{glossary.Span{Kind: "event"}, Event},
		{glossary.Span{Kind: "nationality"}, Nationality},
		{glossary.Span{Kind: "other"}, Other},
		// names the glossary lacks, whatever kind was guessed
		{glossary.Span{Kind: "person", Unknown: true}, Unknown},
		// figures
		{glossary.Span{Kind: "money"}, Figure},
		{glossary.Span{Kind: "date"}, Figure},
		// a hostile kind is still a figure or other, never its own text
		{glossary.Span{Kind: `person" onmouseover="x`}, Figure},
	}
	for _, c := range cases {
		if got := ClassOf(&c.span); got != c.want {
			t.Errorf("ClassOf(%+v): got %s; want %s", c.span, Styles[got].Name, Styles[c.want].Name)
		}
		if got := Styles[ClassOf(&c.span)].Name; c.want < Figure && got != c.span.Kind {
			t.Errorf("got class name %q; want the kind %q", got, c.span.Kind)
		}
	}
	if KindClass("city") != Other {
		t.Errorf("got KindClass(city) = %v; want Other", KindClass("city"))
	}
}
