package glossary

import "strings"

// Span is one highlight: a name or a figure in the original text.
type Span struct {
	// Start and End are code points into the original text; Text is
	// exactly that slice.
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	// Kind is a Kind for names, or a figure kind: number, percent, money,
	// date, time, range, duration.
	Kind string `json:"kind"`
	// Gloss is the English headword of a name, or a figure in English.
	Gloss string `json:"gloss"`
	// Value is a figure's normalised value (see shared/eval/FORMAT.md).
	Value string `json:"value"`

	// Entry is the glossary entry of a known name; nil otherwise.
	Entry *Entry `json:"-"`
	// Base is the name as written, without its ending; Suffix the ending.
	Base   string `json:"-"`
	Suffix string `json:"-"`
	// Inflection names the ending's grammar: "genitive", "object + emphatic ও".
	Inflection string `json:"-"`
	// inflectedGloss renders the ending in English, %s for the name.
	inflectedGloss string
	// baseEnd is where a name's base ends, in code points; 0 for figures.
	baseEnd int
	// Unknown marks a likely name the glossary lacks; Gloss then holds a
	// romanised reading.
	Unknown bool `json:"-"`
	// Guess marks an unknown Russian or Korean name whose Gloss is a
	// proposed English spelling (ভাসিলি পেত্রভ → Vasily Petrov);
	// GuessNative is the proposed original (Василий Петров, 최민호).
	Guess       bool   `json:"guess,omitempty"`
	GuessNative string `json:"-"`
}

// ReadingNote explains how an inflected form was read: "ল্যাভরভের = ল্যাভরভ + -এর
// (genitive: “Sergei Lavrov's”)". It is empty when nothing was stripped.
// It is built on demand: most spans are never hovered.
func (s *Span) ReadingNote() string {
	if s.Inflection == "" {
		return ""
	}
	return s.Text + " = " + s.Base + " + -" + suffixShown(s.Suffix) +
		" (" + s.Inflection + ": “" + strings.Replace(s.inflectedGloss, "%s", s.Gloss, 1) + "”)"
}

// IsName reports whether the span is a name (known or not).
func (s *Span) IsName() bool {
	switch Kind(s.Kind) {
	case Person, Place, Org, Event, Nationality, Other:
		return true
	}
	return false
}

// Annotation is an annotated text.
type Annotation struct {
	Text  string
	Spans []Span
}

// Counts tallies an annotation for the status line.
type Counts struct {
	Names, Figures, Unknown int
}

// Counts tallies the spans.
func (a *Annotation) Counts() Counts {
	var c Counts
	for i := range a.Spans {
		s := &a.Spans[i]
		switch {
		case s.Unknown:
			c.Unknown++
			c.Names++
		case s.IsName():
			c.Names++
		default:
			c.Figures++
		}
	}
	return c
}
