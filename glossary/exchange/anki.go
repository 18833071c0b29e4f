package exchange

import (
	"bytes"
	"html"
	"io"
	"strings"

	"github.com/pathok/pathok/glossary"
)

// ankiHeader tells Anki (2.1.54 and later) how to read the file, so that
// importing needs no choices: tabs, HTML fields, the third column tags.
const ankiHeader = "#separator:tab\n#html:true\n#columns:Front\tBack\tTags\n#tags column:3\n"

// ExportAnki writes entries as an Anki deck, a note a line: on the front
// the Bengali headword with its variants in small print, on the back the
// English headword, the native form with its romanisation, and the note.
func ExportAnki(w io.Writer, entries []*glossary.Entry) error {
	var b bytes.Buffer
	b.WriteString(ankiHeader)
	for _, e := range entries {
		front := ankiField(e.Headword())
		if len(e.Bengali) > 1 {
			front += "<br><small>" + ankiField(strings.Join(e.Bengali[1:], " · ")) + "</small>"
		}
		back := ankiField(e.EnglishHeadword())
		if native := ankiField(e.Native); native != "" || e.Roman != "" {
			back += "<br>" + native
			if e.Roman != "" {
				if native != "" {
					back += " "
				}
				back += "(" + ankiField(e.Roman) + ")"
			}
		}
		if e.NoteEN != "" {
			back += "<br><small>" + ankiField(e.NoteEN) + "</small>"
		}
		tags := []string{"pathok"}
		for _, t := range []string{string(e.Kind), e.Country} {
			if t = strings.Join(strings.Fields(t), "_"); t != "" {
				tags = append(tags, t)
			}
		}
		b.WriteString(front + "\t" + back + "\t" + ankiField(strings.Join(tags, " ")) + "\n")
	}
	_, err := w.Write(b.Bytes())
	return err
}

// ankiField escapes HTML (quotes too, so that Anki never sees a quoted
// field) and keeps the field on its line.
func ankiField(s string) string {
	s = html.EscapeString(strings.TrimSpace(s))
	return strings.NewReplacer("\r\n", "<br>", "\n", "<br>", "\r", "<br>", "\t", " ").Replace(s)
}
