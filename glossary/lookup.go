package glossary

// Lookup reads one word or name, inflected or not (ল্যাভরভের, কিম জং
// উনকে), as the annotator would, and returns the span it makes of it.
func (g *Glossary) Lookup(word string) (Span, bool) {
	a := g.Annotate(word)
	for _, s := range a.Spans {
		if s.Entry != nil && s.Start == 0 && s.End == len([]rune(word)) {
			return s, true
		}
	}
	return Span{}, false
}
