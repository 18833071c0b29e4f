package page

import (
	"strings"
	"unicode/utf8"

	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Heading is a paragraph of an article's text that the page showed as a
// heading: the story's title (level 1) or a section heading (<h1>–<h3>
// inside the story, level 2 or 3). Offsets are code points into the text,
// as the annotator's are, and cover the whole paragraph.
type Heading struct {
	Start, End int
	Level      int
}

// Doc is an article's text with its headings, in order.
type Doc struct {
	Text     string
	Headings []Heading
}

// headingLevel is the level an element gives its text, or 0. Readability
// turns the story's <h1> into <h2> (the title is shown apart), so <h1>
// and <h2> are one level; the headline is told by being first.
func headingLevel(a atom.Atom) int {
	switch a {
	case atom.H1, atom.H2:
		return 2
	case atom.H3:
		return 3
	}
	return 0
}

// headingText is the text of a heading element as it appears in the
// article's text, one line each.
type headingText struct {
	line  string
	level int
}

// collectHeadings lists the h1–h3 of the tree under n in document order,
// each line as cleanText writes it.
func collectHeadings(n *html.Node) []headingText {
	var out []headingText
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			if lvl := headingLevel(n.DataAtom); lvl > 0 {
				for _, l := range strings.Split(cleanText(render.InnerText(n)), "\n") {
					if l != "" {
						out = append(out, headingText{l, lvl})
					}
				}
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return out
}

// markHeadings finds the headings among the lines of text, in order: a
// heading line is a whole line of the text equal to it. A heading the
// text lacks (readability dropped it) is passed over. A heading that
// opens the text is the headline, level 1.
func markHeadings(text string, heads []headingText) []Heading {
	var out []Heading
	off, j := 0, 0
	for _, line := range strings.SplitAfter(text, "\n") {
		n := utf8.RuneCountInString(line)
		l := strings.TrimSuffix(line, "\n")
		for k := j; k < len(heads) && l != ""; k++ {
			if heads[k].line == l {
				lvl := heads[k].level
				if off == 0 {
					lvl = 1
				}
				out = append(out, Heading{Start: off, End: off + utf8.RuneCountInString(l), Level: lvl})
				j = k + 1
				break
			}
		}
		off += n
	}
	return out
}

// withTitle puts the title before a story whose text does not open with
// its headline (readability shows the title apart and drops an <h1> that
// repeats it), so that the reader sees what the story is called. The
// site's name is left off the title ("… | Site").
func withTitle(d Doc, title, site string) Doc {
	title = storyTitle(title, site)
	if title == "" || len(d.Headings) > 0 && d.Headings[0].Start == 0 {
		return d
	}
	first, _, _ := strings.Cut(d.Text, "\n")
	if first == title {
		d.Headings = append([]Heading{{0, utf8.RuneCountInString(title), 1}}, d.Headings...)
		return d
	}
	n := utf8.RuneCountInString(title) + 2
	hs := make([]Heading, 0, len(d.Headings)+1)
	hs = append(hs, Heading{0, n - 2, 1})
	for _, h := range d.Headings {
		hs = append(hs, Heading{h.Start + n, h.End + n, h.Level})
	}
	return Doc{Text: title + "\n\n" + d.Text, Headings: hs}
}

// storyTitle is a page title without the site's name after a separator,
// on one line.
func storyTitle(title, site string) string {
	title = strings.Join(strings.Fields(title), " ")
	if site != "" {
		for _, sep := range []string{" | ", " - ", " – ", " — ", " :: ", " : "} {
			if t, ok := strings.CutSuffix(title, sep+site); ok && t != "" {
				return t
			}
		}
	}
	return title
}
