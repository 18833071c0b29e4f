package exchange

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/pathok/pathok/glossary"
)

// node is any XML element, kept whole: TBX files differ too much in
// their details for fixed structs.
type node struct {
	XMLName xml.Name
	Attrs   []xml.Attr `xml:",any,attr"`
	Text    string     `xml:",chardata"`
	Nodes   []node     `xml:",any"`
}

func (n *node) attr(local string) string {
	for _, a := range n.Attrs {
		if a.Name.Local == local {
			return strings.TrimSpace(a.Value)
		}
	}
	return ""
}

func (n *node) text() string { return strings.Join(strings.Fields(n.Text), " ") }

// readTBX reads the termEntry (TBX 2008) or conceptEntry (TBX v3)
// elements of a martif or tbx document.
func readTBX(name, text string) ([]row, error) {
	dec := xml.NewDecoder(strings.NewReader(text))
	// The text is UTF-8 now, whatever the declaration says it was.
	dec.CharsetReader = func(label string, r io.Reader) (io.Reader, error) {
		switch strings.ToLower(label) {
		case "utf-16", "utf-16le", "utf-16be", "utf16":
			return r, nil
		}
		return nil, fmt.Errorf("the file declares encoding %q; save it as UTF-8", label)
	}
	var (
		rows []row
		root string
	)
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, xmlError(name, dec, err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		line, _ := dec.InputPos()
		if root == "" {
			root = se.Name.Local
			if root != "martif" && root != "tbx" {
				return nil, &glossary.LineError{File: name, Line: line, Msg: fmt.Sprintf("not a TBX file: the root element is <%s>, not <martif> or <tbx>", root)}
			}
			continue
		}
		if se.Name.Local != "termEntry" && se.Name.Local != "conceptEntry" {
			continue
		}
		var n node
		if err := dec.DecodeElement(&n, &se); err != nil {
			return nil, xmlError(name, dec, err)
		}
		rows = append(rows, row{line: line, entry: tbxEntry(&n)})
	}
	if root == "" {
		return nil, &glossary.LineError{File: name, Line: 1, Msg: "not a TBX file: no XML elements"}
	}
	return rows, nil
}

func xmlError(name string, dec *xml.Decoder, err error) error {
	line, col := dec.InputPos()
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		if se.Line != line {
			return &glossary.LineError{File: name, Line: se.Line, Msg: "bad XML: " + se.Msg}
		}
		return &glossary.LineError{File: name, Line: line, Msg: fmt.Sprintf("column %d: bad XML: %s", col, se.Msg)}
	}
	return &glossary.LineError{File: name, Line: line, Msg: fmt.Sprintf("column %d: %v", col, err)}
}

// tbxEntry maps one termEntry to an entry; see the package comment.
func tbxEntry(n *node) *glossary.Entry {
	e := &glossary.Entry{}
	if id := n.attr("id"); idPattern.MatchString(id) {
		e.ID = id
	}
	var entryNote string
	for i := range n.Nodes {
		c := &n.Nodes[i]
		switch c.XMLName.Local {
		case "admin", "descrip":
			switch c.attr("type") {
			case "x-pathok-kind":
				e.Kind = glossary.Kind(c.text())
			case "x-pathok-country":
				e.Country = c.text()
			case "x-pathok-as-of":
				e.AsOf = c.text()
			case "definition":
				entryNote = first(entryNote, c.text())
			}
		case "note":
			entryNote = first(entryNote, c.text())
		case "langSet", "langSec":
			tbxLangSet(e, c)
		}
	}
	e.NoteEN = first(e.NoteEN, entryNote)
	return e
}

func tbxLangSet(e *glossary.Entry, ls *node) {
	tag := strings.ToLower(ls.attr("lang"))
	lang, script, _ := strings.Cut(tag, "-")
	for i := range ls.Nodes {
		c := &ls.Nodes[i]
		switch c.XMLName.Local {
		case "descrip", "note":
			if c.XMLName.Local == "descrip" && c.attr("type") != "definition" {
				continue
			}
			switch lang {
			case "bn":
				e.NoteBN = first(e.NoteBN, c.text())
			case "en":
				e.NoteEN = first(e.NoteEN, c.text())
			}
		case "tig", "ntig", "termSec":
			term, notes := tbxTerm(c)
			if term != "" {
				addTerm(e, lang, script, term, notes)
			}
		}
	}
}

// tbxTerm finds the term of a tig, ntig or termSec and its termNotes by
// type.
func tbxTerm(n *node) (string, map[string]string) {
	term, notes := "", map[string]string{}
	var walk func(n *node)
	walk = func(n *node) {
		for i := range n.Nodes {
			c := &n.Nodes[i]
			switch c.XMLName.Local {
			case "term":
				term = first(term, c.text())
			case "termNote":
				notes[c.attr("type")] = c.text()
			case "termGrp":
				walk(c)
			}
		}
	}
	walk(n)
	return term, notes
}

func addTerm(e *glossary.Entry, lang, script, term string, notes map[string]string) {
	termType, pos, field := notes["termType"], notes["partOfSpeech"], notes["x-pathok-field"]
	switch {
	case field == "native":
		e.Native = first(e.Native, term)
	case field == "russian":
		e.Russian = first(e.Russian, term)
	case field == "korean":
		e.Korean = first(e.Korean, term)
	case termType == "romanizedForm" || termType == "transliteratedForm":
		e.Roman = first(e.Roman, term)
	case script == "hani":
		e.Hanja = first(e.Hanja, term)
	case lang == "bn" && termType == "shortForm":
		if notes["x-pathok-default"] == "yes" {
			term += "!"
		}
		e.Short = append(e.Short, term)
	case lang == "bn" && pos == "adjective":
		e.DemonymBN = append(e.DemonymBN, term)
	case lang == "bn":
		e.Bengali = append(e.Bengali, term)
	case lang == "en" && pos == "adjective":
		e.DemonymEN = first(e.DemonymEN, term)
	case lang == "en":
		e.English = append(e.English, term)
	case lang == "ru" || lang == "uk" || lang == "be" || lang == "ko":
		// Another termbase's Russian or Korean term: the original.
		e.Native = first(e.Native, term)
	}
}

func first(have, s string) string {
	if have != "" {
		return have
	}
	return s
}

// nativeLang is the xml:lang of an entry's native form.
func nativeLang(country string) string {
	switch country {
	case "RU":
		return "ru"
	case "UA":
		return "uk"
	case "BY":
		return "be"
	case "KP", "KR":
		return "ko"
	}
	return "und"
}

// tbxWriter builds the document; langSets keeps each entry's languages in
// the order they are first used.
type tbxWriter struct {
	b     bytes.Buffer
	langs []string
	sets  map[string]*bytes.Buffer
}

func (t *tbxWriter) set(lang string) *bytes.Buffer {
	if b, ok := t.sets[lang]; ok {
		return b
	}
	b := new(bytes.Buffer)
	t.sets[lang] = b
	t.langs = append(t.langs, lang)
	return b
}

func (t *tbxWriter) term(lang, term string, notes ...string) {
	if term == "" {
		return
	}
	b := t.set(lang)
	b.WriteString("          <tig>\n            <term>" + esc(term) + "</term>\n")
	for i := 0; i+1 < len(notes); i += 2 {
		fmt.Fprintf(b, "            <termNote type=\"%s\">%s</termNote>\n", esc(notes[i]), esc(notes[i+1]))
	}
	b.WriteString("          </tig>\n")
}

func (t *tbxWriter) definition(lang, text string) {
	if text != "" {
		fmt.Fprintf(t.set(lang), "          <descrip type=\"definition\">%s</descrip>\n", esc(text))
	}
}

func esc(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

func writeTBX(w io.Writer, entries []*glossary.Entry) error {
	t := &tbxWriter{}
	t.b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX" xml:lang="en">
  <martifHeader>
    <fileDesc>
      <sourceDesc>
        <p>Pathok glossary: names in Bengali news about Russia and the Koreas</p>
      </sourceDesc>
    </fileDesc>
  </martifHeader>
  <text>
    <body>
`)
	for _, e := range entries {
		t.entry(e)
	}
	t.b.WriteString("    </body>\n  </text>\n</martif>\n")
	_, err := w.Write(t.b.Bytes())
	return err
}

func (t *tbxWriter) entry(e *glossary.Entry) {
	t.langs, t.sets = t.langs[:0], map[string]*bytes.Buffer{}
	// bn and en come first, as readers of a bilingual glossary expect;
	// a langSet without terms is left out, as TBX wants.
	t.set("bn")
	t.set("en")
	t.definition("bn", e.NoteBN)
	t.definition("en", e.NoteEN)
	for _, f := range e.Bengali {
		t.term("bn", f)
	}
	for _, s := range e.Short {
		if f, def := glossary.ShortForm(s); def {
			t.term("bn", f, "termType", "shortForm", "x-pathok-default", "yes")
		} else {
			t.term("bn", f, "termType", "shortForm")
		}
	}
	for _, f := range e.DemonymBN {
		t.term("bn", f, "partOfSpeech", "adjective")
	}
	for _, f := range e.English {
		t.term("en", f)
	}
	t.term("en", e.DemonymEN, "partOfSpeech", "adjective")
	native := nativeLang(e.Country)
	t.term(native, e.Native, "x-pathok-field", "native")
	t.term(native, e.Roman, "termType", "romanizedForm")
	t.term("ru", e.Russian, "x-pathok-field", "russian")
	t.term("ko", e.Korean, "x-pathok-field", "korean")
	t.term("ko-Hani", e.Hanja)

	if e.ID != "" {
		fmt.Fprintf(&t.b, "      <termEntry id=\"%s\">\n", esc(e.ID))
	} else {
		t.b.WriteString("      <termEntry>\n")
	}
	for _, a := range []struct{ typ, v string }{{"x-pathok-kind", string(e.Kind)}, {"x-pathok-country", e.Country}, {"x-pathok-as-of", e.AsOf}} {
		if a.v != "" {
			fmt.Fprintf(&t.b, "        <admin type=\"%s\">%s</admin>\n", a.typ, esc(a.v))
		}
	}
	for _, lang := range t.langs {
		if body := t.sets[lang]; bytes.Contains(body.Bytes(), []byte("<tig>")) {
			fmt.Fprintf(&t.b, "        <langSet xml:lang=\"%s\">\n", lang)
			t.b.Write(body.Bytes())
			t.b.WriteString("        </langSet>\n")
		}
	}
	t.b.WriteString("      </termEntry>\n")
}
