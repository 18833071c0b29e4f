package htmlpage

import (
	"html"
	"strings"
	"testing"

	"github.com/pathok/pathok/glossary"
	"github.com/pathok/pathok/glossary/highlight"
)

func testGlossary(t *testing.T) *glossary.Glossary {
	t.Helper()
	g, err := glossary.New([]*glossary.Entry{
		{ID: "ru-lavrov", Kind: glossary.Person, Country: "RU", Bengali: []string{"সের্গেই ল্যাভরভ"}, Short: []string{"ল্যাভরভ"}, English: []string{"Sergei Lavrov"}, Native: "Сергей Лавров"},
		{ID: "ru-moscow", Kind: glossary.Place, Country: "RU", Bengali: []string{"মস্কো"}, English: []string{"Moscow"}},
		{ID: "cc-ru", Kind: glossary.Place, Country: "RU", Bengali: []string{"রাশিয়া"}, English: []string{"Russia"}, DemonymBN: []string{"রুশ"}, DemonymEN: "Russian"},
		{ID: "w-victory-day", Kind: glossary.Event, Country: "RU", Bengali: []string{"বিজয় দিবস"}, English: []string{"Victory Day"}},
		{ID: "w-soyuz", Kind: glossary.Other, Country: "RU", Bengali: []string{"সয়ুজ"}, English: []string{"Soyuz"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestWrite(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string // fragments the page must hold
		not        []string // fragments its body must not
	}{
		{"names and figures", "ল্যাভরভের মতে ১৫ হাজার সৈন্য", []string{
			`<mark class="person" title="Sergei Lavrov · Сергей Лавров · ল্যাভরভের = ল্যাভরভ + -এর (genitive: “Sergei Lavrov&#39;s”)">ল্যাভরভের</mark>`,
			`<mark class="figure number" title="15,000">১৫ হাজার</mark>`,
		}, nil},
		// every kind has a class of its own
		{"each kind its class", "বিজয় দিবসে রুশ সয়ুজ মস্কো", []string{
			`<mark class="event"`, `<mark class="nationality"`, `<mark class="other"`, `<mark class="place"`,
		}, nil},
		// whatever the text holds, the page runs nothing
		{"markup in the text", "<script>alert(1)</script> মস্কো <img src=x onerror=alert(1)>", []string{
			"&lt;script&gt;alert(", "&lt;/script&gt;", "&lt;img src=x onerror=alert(", `<mark class="place"`,
		}, []string{"<script>", "<img"}},
		{"quotes in the text", `"মস্কো" & 'কিম'`, []string{"&#34;", "&amp;", "&#39;"}, nil},
		// paragraphs: LF, CRLF and a lone CR all break lines
		{"paragraphs", "মস্কো\n\nরাশিয়া\nকিম", []string{"মস্কো</mark></p>\n<p><mark", "</mark><br>\nকিম"}, nil},
		{"crlf paragraphs", "মস্কো\r\n\r\nরাশিয়া\r\nকিম", []string{"মস্কো</mark></p>\n<p><mark", "</mark><br>\nকিম"}, []string{"\r"}},
		{"lone cr paragraphs", "মস্কো\r\rরাশিয়া\rকিম", []string{"মস্কো</mark></p>\n<p><mark", "</mark><br>\nকিম"}, []string{"\r"}},
	}
	g := testGlossary(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var b strings.Builder
			if err := Write(&b, "<title>", g.Annotate(c.text)); err != nil {
				t.Fatal(err)
			}
			page := b.String()
			if !strings.Contains(page, "<title>&lt;title&gt;</title>") {
				t.Errorf("got a page whose title is not escaped:\n%s", page)
			}
			for _, w := range c.want {
				if !strings.Contains(page, w) {
					t.Errorf("got page\n%s\nwant it to hold %q", page, w)
				}
			}
			body := page[strings.Index(page, "<body>"):]
			for _, n := range c.not {
				if strings.Contains(body, n) {
					t.Errorf("got page\n%s\nwant no %q in its body", page, n)
				}
			}
		})
	}
}

// TestWriteEscapesAttributes: a span whose kind or gloss came from a
// hostile glossary cannot add attributes or elements.
func TestWriteEscapesAttributes(t *testing.T) {
	const evil = `person" onmouseover="alert(1)`
	a := &glossary.Annotation{Text: "মস্কো ১৫", Spans: []glossary.Span{
		{Start: 0, End: 5, Text: "মস্কো", Kind: evil, Gloss: `"><script>alert(2)</script>`},
		{Start: 6, End: 8, Text: "১৫", Kind: `number"><b x="`, Gloss: "15"},
	}}
	var b strings.Builder
	if err := Write(&b, "t", a); err != nil {
		t.Fatal(err)
	}
	body := b.String()[strings.Index(b.String(), "<body>"):]
	for _, bad := range []string{`onmouseover="`, "<script>", `<b x="`} {
		if strings.Contains(body, bad) {
			t.Errorf("got body\n%s\nwant no %q", body, bad)
		}
	}
	if !strings.Contains(body, `title="&#34;&gt;&lt;script&gt;`) || !strings.Contains(body, `class="figure number&#34;&gt;&lt;b x=&#34;"`) {
		t.Errorf("got body\n%s\nwant the gloss and kind escaped", body)
	}
}

// TestCSSFromTable: each highlight class has its own rule, with the
// underline of the shared table.
func TestCSSFromTable(t *testing.T) {
	for _, s := range highlight.Styles {
		l := s.Light
		want := "." + s.Name + "{background:rgba("
		i := strings.Index(css, want)
		if i < 0 {
			t.Errorf("got no rule for .%s in\n%s", s.Name, css)
			continue
		}
		rule := css[i:]
		rule = rule[:strings.IndexByte(rule, '}')]
		if !strings.Contains(rule, "underline "+s.Underline.CSS()) || !strings.Contains(rule, "#"+hex(l.R, l.G, l.B)) {
			t.Errorf("got rule %q; want underline %s in #%s", rule, s.Underline.CSS(), hex(l.R, l.G, l.B))
		}
	}
}

func hex(r, g, b uint8) string {
	const digits = "0123456789abcdef"
	out := []byte{}
	for _, v := range []uint8{r, g, b} {
		out = append(out, digits[v>>4], digits[v&15])
	}
	return string(out)
}

// TestWriterPieces: a page written piece by piece, cut at any line end as
// a stream is, is the page written whole; and the text between marks is
// the reference reading of line ends (pairs of LF make paragraphs, one
// left over a <br>).
func TestWriterPieces(t *testing.T) {
	g := testGlossary(t)
	text := "মস্কো\n\n\nরাশিয়া & <কিম>\r\n\r\nসয়ুজ\rবিজয় দিবস\n \nল্যাভরভের মতে\n\n\n\nশেষ\r"
	a := g.Annotate(text)
	var whole strings.Builder
	if err := Write(&whole, "t", a); err != nil {
		t.Fatal(err)
	}
	runes := []rune(text)
	for cut := range runes {
		if runes[cut] != '\n' && runes[cut] != '\r' {
			continue
		}
		cut++ // just past a line end, as package chunk cuts
		var b strings.Builder
		pw := NewWriter(&b, "t")
		var first, second []glossary.Span
		for _, s := range a.Spans {
			if s.Start < cut {
				first = append(first, s)
			} else {
				second = append(second, s)
			}
		}
		pw.Piece(string(runes[:cut]), 0, first)
		pw.Piece(string(runes[cut:]), cut, second)
		if err := pw.Close(); err != nil {
			t.Fatal(err)
		}
		if b.String() != whole.String() {
			t.Errorf("cut at %d: got\n%s\nwant\n%s", cut, b.String(), whole.String())
		}
	}
	// Without marks, the body is the reference reading of the text.
	plain := "এক\n\n\nদুই\r\n\r\nতিন\rচার <&>"
	var b strings.Builder
	if err := Write(&b, "t", &glossary.Annotation{Text: plain}); err != nil {
		t.Fatal(err)
	}
	ref := html.EscapeString(strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(plain))
	ref = strings.ReplaceAll(strings.Join(strings.Split(ref, "\n\n"), "</p>\n<p>"), "\n", "<br>\n")
	ref = strings.ReplaceAll(ref, "</p><br>\n<p>", "</p>\n<p>")
	if body := b.String(); !strings.Contains(body, "<body>\n<p>"+ref+"</p>\n<footer>") {
		t.Errorf("got\n%s\nwant the body\n%s", body, ref)
	}
}
