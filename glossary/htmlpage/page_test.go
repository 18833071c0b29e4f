package glossary

import (
	"strings"
	"testing"
)

func TestWriteHTML(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string // fragments the page must hold
		not        []string // fragments it must not
	}{
		{"names and figures", "ল্যাভরভের মতে ১৫ হাজার সৈন্য", []string{
			`<mark class="person" title="Sergei Lavrov · Сергей Лавров · ল্যাভরভের = ল্যাভরভ + -এর (genitive: “Sergei Lavrov&#39;s”)">ল্যাভরভের</mark>`,
			`<mark class="figure number" title="15,000">১৫ হাজার</mark>`,
		}, nil},
		// whatever the text holds, the page runs nothing
		{"markup in the text", "<script>alert(1)</script> মস্কো <img src=x onerror=alert(1)>", []string{
			"&lt;script&gt;alert(", "&lt;/script&gt;", "&lt;img src=x onerror=alert(", `<mark class="place"`,
		}, []string{"<script>", "<img"}},
		{"quotes in the text", `"মস্কো" & 'কিম'`, []string{"&#34;", "&amp;", "&#39;"}, nil},
		{"paragraphs", "মস্কো\n\nওনসান\nকিম", []string{"</p>\n<p>", "<br>"}, nil},
	}
	g := testGlossary(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var b strings.Builder
			if err := WriteHTML(&b, "<title>", g.Annotate(c.text)); err != nil {
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
			for _, n := range c.not {
				if strings.Contains(page[strings.Index(page, "<body>"):], n) {
					t.Errorf("got page\n%s\nwant no %q in its body", page, n)
				}
			}
		})
	}
}
