// Package htmlpage writes an annotation as a standalone HTML page: the
// text with each span a <mark> coloured and underlined by its kind (from
// package highlight's table, as the app draws it) and glossed on hover.
package htmlpage

import (
	"fmt"
	"html"
	"io"
	"strings"

	"github.com/pathok/pathok/glossary"
	"github.com/pathok/pathok/glossary/highlight"
)

const pageStyle = `body{font-family:"Noto Sans Bengali","Noto Serif Bengali",sans-serif;max-width:46em;margin:2em auto;padding:0 1em;line-height:1.9;font-size:18px;color:#222;background:#fdfcf8}
@media (prefers-color-scheme:dark){body{color:#e8e6e1;background:#1d1f21}}
mark{background:none;color:inherit;border-radius:3px;padding:0 1px;text-decoration-thickness:2px;text-underline-offset:4px}
footer{margin-top:3em;font-size:14px;color:#777}
`

// css is the page's style sheet: each highlight class coloured and
// underlined in its own style, so that readers who cannot tell the
// colours apart still can.
var css = func() string {
	var light, dark strings.Builder
	for _, s := range highlight.Styles {
		l, d := s.Light, s.Dark
		fmt.Fprintf(&light, ".%s{background:rgba(%d,%d,%d,.18);text-decoration:underline %s #%02x%02x%02x}\n",
			s.Name, l.R, l.G, l.B, s.Underline.CSS(), l.R, l.G, l.B)
		fmt.Fprintf(&dark, ".%s{background:rgba(%d,%d,%d,.22);text-decoration-color:#%02x%02x%02x}",
			s.Name, d.R, d.G, d.B, d.R, d.G, d.B)
	}
	return pageStyle + light.String() + "@media (prefers-color-scheme:dark){" + dark.String() + "}"
}()

// Write writes a standalone page showing the annotation: each span a
// <mark> whose title is its gloss. Everything written from the text and
// the glossary is escaped, attributes included, so any input is safe to
// open in a browser.
func Write(w io.Writer, title string, a *glossary.Annotation) error {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\n<html lang=\"bn\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
	b.WriteString(html.EscapeString(title))
	b.WriteString("</title>\n<style>\n" + css + "\n</style>\n</head>\n<body>\n<p>")
	runes := []rune(a.Text)
	pos := 0
	text := func(s string) {
		s = html.EscapeString(strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(s))
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
		fmt.Fprintf(&b, `<mark class="%s" title="%s">`, html.EscapeString(spanClass(&s)), html.EscapeString(Title(&s)))
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

// spanClass is the span's highlight class, and a figure's kind after it
// (figure money) for styling one kind of figure.
func spanClass(s *glossary.Span) string {
	c := highlight.ClassOf(s)
	if c == highlight.Figure {
		return highlight.Styles[c].Name + " " + s.Kind
	}
	return highlight.Styles[c].Name
}

// Title is a one-line gloss of a span, for tooltips.
func Title(s *glossary.Span) string {
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
	if r := s.ReadingNote(); r != "" {
		parts = append(parts, r)
	}
	return strings.Join(parts, " · ")
}
