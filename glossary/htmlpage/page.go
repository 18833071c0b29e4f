package glossary

import (
	"fmt"
	"html"
	"io"
	"strings"
)

// htmlStyle colours highlights by kind and underlines each kind in its own
// style, so that readers who cannot tell the colours apart still can.
const htmlStyle = `body{font-family:"Noto Sans Bengali","Noto Serif Bengali",sans-serif;max-width:46em;margin:2em auto;padding:0 1em;line-height:1.9;font-size:18px;color:#222;background:#fdfcf8}
@media (prefers-color-scheme:dark){body{color:#e8e6e1;background:#1d1f21}}
mark{background:none;color:inherit;border-radius:3px;padding:0 1px;text-decoration-thickness:2px;text-underline-offset:4px}
.person{background:rgba(66,133,244,.18);text-decoration:underline solid #4285f4}
.place{background:rgba(15,157,88,.18);text-decoration:underline double #0f9d58}
.org{background:rgba(171,71,188,.18);text-decoration:underline dashed #ab47bc}
.event,.nationality{background:rgba(0,150,136,.15);text-decoration:underline dotted #009688}
.figure{background:rgba(245,124,0,.2);text-decoration:underline wavy #f57c00}
.unknown{background:rgba(120,120,120,.18);text-decoration:underline dotted #777}
footer{margin-top:3em;font-size:14px;color:#777}`

// WriteHTML writes a standalone page showing the annotation: each span a
// <mark> whose title is its gloss. Everything from the text is escaped, so
// any input is safe to open in a browser.
func WriteHTML(w io.Writer, title string, a *Annotation) error {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\n<html lang=\"bn\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
	b.WriteString(html.EscapeString(title))
	b.WriteString("</title>\n<style>\n" + htmlStyle + "\n</style>\n</head>\n<body>\n<p>")
	runes := []rune(a.Text)
	pos := 0
	text := func(s string) {
		s = strings.ReplaceAll(html.EscapeString(s), "\r\n", "\n")
		for i, para := range strings.Split(s, "\n\n") {
			if i > 0 {
				b.WriteString("</p>\n<p>")
			}
			b.WriteString(strings.ReplaceAll(para, "\n", "<br>\n"))
		}
	}
	for _, s := range a.Spans {
		if s.Start < pos || s.End > len(runes) {
			continue
		}
		text(string(runes[pos:s.Start]))
		fmt.Fprintf(&b, `<mark class="%s" title="%s">`, spanClass(&s), html.EscapeString(SpanTitle(&s)))
		text(string(runes[s.Start:s.End]))
		b.WriteString("</mark>")
		pos = s.End
	}
	text(string(runes[pos:]))
	c := a.Counts()
	fmt.Fprintf(&b, "</p>\n<footer>Annotated by Pathok: %d names, %d figures, %d not in the glossary.</footer>\n</body>\n</html>\n", c.Names, c.Figures, c.Unknown)
	_, err := io.WriteString(w, b.String())
	return err
}

func spanClass(s *Span) string {
	switch {
	case s.Unknown:
		return "unknown"
	case s.IsName():
		return s.Kind
	}
	return "figure " + s.Kind
}

// SpanTitle is a one-line gloss of a span, for tooltips and listings.
func SpanTitle(s *Span) string {
	var parts []string
	if s.Unknown {
		parts = append(parts, "not in the glossary; reads as "+s.Gloss)
	} else {
		parts = append(parts, s.Gloss)
	}
	if e := s.Entry; e != nil {
		if e.Native != "" {
			parts = append(parts, e.Native)
		}
		if e.NoteEN != "" {
			parts = append(parts, e.NoteEN)
		}
	}
	if s.Reduction() != "" {
		parts = append(parts, s.Reduction())
	}
	return strings.Join(parts, " · ")
}
