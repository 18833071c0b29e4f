// Package htmlpage writes an annotation as a standalone HTML page: the
// text with each span a <mark> coloured and underlined by its kind (from
// package highlight's table, as the app draws it) and glossed on hover.
package htmlpage

import (
	"bytes"
	"fmt"
	"html"
	"io"
	"strings"
	"unicode/utf8"

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
// open in a browser. The page reaches w in one write.
func Write(w io.Writer, title string, a *glossary.Annotation) error {
	var b bytes.Buffer
	pw := NewWriter(&b, title)
	pw.Piece(a.Text, 0, a.Spans)
	if err := pw.Close(); err != nil {
		return err
	}
	_, err := w.Write(b.Bytes())
	return err
}

// Writer writes a page a piece of text at a time, as a stream is
// annotated (see glossary.AnnotateStream), so that a page of any length
// is written in memory the size of one piece. Pieces given one after the
// other make the same page as Write given their text whole.
type Writer struct {
	w      io.Writer
	b      []byte // what the current piece made, written at its end
	nl     int    // line ends seen but not yet written
	cr     bool   // the last byte was a CR, so a LF after it is the same line end
	counts glossary.Counts
	err    error
}

// NewWriter starts a page titled title on w.
func NewWriter(w io.Writer, title string) *Writer {
	pw := &Writer{w: w}
	pw.b = append(pw.b, "<!DOCTYPE html>\n<html lang=\"bn\">\n<head>\n<meta charset=\"utf-8\">\n<title>"...)
	pw.b = append(pw.b, html.EscapeString(title)...)
	pw.b = append(pw.b, "</title>\n<style>\n"+css+"\n</style>\n</head>\n<body>\n<p>"...)
	return pw
}

// Piece adds text, which follows base code points of the page's text,
// with its spans (offsets into the whole text, as AnnotateStream gives
// them). A span that is out of order or outside text is left out.
func (pw *Writer) Piece(text string, base int, spans []glossary.Span) error {
	if pw.err != nil {
		return pw.err
	}
	runes := []rune(text)
	pos := 0
	for i := range spans {
		s := &spans[i]
		start, end := s.Start-base, s.End-base
		if start < pos || end > len(runes) || start > end {
			continue
		}
		pw.text(runes[pos:start])
		pw.flush()
		pw.b = fmt.Appendf(pw.b, `<mark class="%s" title="%s">`, html.EscapeString(spanClass(s)), html.EscapeString(Title(s)))
		pw.text(runes[start:end])
		pw.flush()
		pw.b = append(pw.b, "</mark>"...)
		pos = end
		pw.count(s)
	}
	// The text after the last mark may go on in the next piece: its line
	// ends wait to be paired with the ones there.
	pw.text(runes[pos:])
	return pw.write()
}

// Close ends the page with its tally.
func (pw *Writer) Close() error {
	if pw.err != nil {
		return pw.err
	}
	pw.flush()
	c := pw.counts
	pw.b = fmt.Appendf(pw.b, "</p>\n<footer>Annotated by Pathok: %d names, %d figures, %d not in the glossary.</footer>\n</body>\n</html>\n", c.Names, c.Figures, c.Unknown)
	return pw.write()
}

func (pw *Writer) write() error {
	_, pw.err = pw.w.Write(pw.b)
	pw.b = pw.b[:0]
	return pw.err
}

func (pw *Writer) count(s *glossary.Span) {
	a := glossary.Annotation{Spans: []glossary.Span{*s}}
	c := a.Counts()
	pw.counts.Names += c.Names
	pw.counts.Figures += c.Figures
	pw.counts.Unknown += c.Unknown
}

// text writes runs of text escaped, with CRLF and a lone CR read as LF.
// Line ends are held back until the next character: two make a new
// paragraph, one left over a line break.
func (pw *Writer) text(rs []rune) {
	for _, r := range rs {
		switch r {
		case '\r':
			pw.nl++
			pw.cr = true
			continue
		case '\n':
			if !pw.cr {
				pw.nl++
			}
			pw.cr = false
			continue
		}
		pw.cr = false
		pw.flush()
		switch r {
		case '<':
			pw.b = append(pw.b, "&lt;"...)
		case '>':
			pw.b = append(pw.b, "&gt;"...)
		case '&':
			pw.b = append(pw.b, "&amp;"...)
		case '\'':
			pw.b = append(pw.b, "&#39;"...)
		case '"':
			pw.b = append(pw.b, "&#34;"...)
		default:
			pw.b = utf8.AppendRune(pw.b, r)
		}
	}
}

// flush writes the line ends held back; a mark's edge ends a run of them,
// as it ends a paragraph's text.
func (pw *Writer) flush() {
	for ; pw.nl >= 2; pw.nl -= 2 {
		pw.b = append(pw.b, "</p>\n<p>"...)
	}
	if pw.nl == 1 {
		pw.b = append(pw.b, "<br>\n"...)
	}
	pw.nl, pw.cr = 0, false
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
