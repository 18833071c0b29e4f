package page

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// skipped elements hold no article text: code, chrome and navigation.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Nav: true, atom.Header: true, atom.Footer: true, atom.Aside: true,
	atom.Form: true, atom.Button: true, atom.Select: true, atom.Iframe: true,
	atom.Svg: true, atom.Canvas: true, atom.Head: true, atom.Menu: true,
}

// blocks end a paragraph.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Br: true, atom.Li: true, atom.Tr: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Blockquote: true, atom.Section: true, atom.Article: true, atom.Pre: true,
	atom.Figcaption: true, atom.Table: true, atom.Ul: true, atom.Ol: true, atom.Hr: true,
}

// HTMLText reduces an HTML page to its readable text, one paragraph per
// block, separated by blank lines. The story is found as Extract finds it
// (go-readability); a page too short to hold a story (a fragment, a feed
// item's content) keeps all its text, or its <article>'s when it has one.
func HTMLText(src string) string { return HTMLDoc(src).Text }

// HTMLDoc is HTMLText with the headings: the story's title and its
// <h1>–<h3>.
func HTMLDoc(src string) Doc {
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		// html.Parse refuses a page nested more than 512 elements deep
		// (a string reader cannot fail otherwise); its tokens still hold
		// the text.
		return tokenText(src)
	}
	// readability changes the tree it reads: give it its own.
	if copyDoc, err := html.Parse(strings.NewReader(src)); err == nil {
		if st, err := extractFrom(copyDoc, nil); err == nil {
			return Doc{Text: st.Text, Headings: st.Headings}
		}
	}
	top := doc
	if a := findArticle(doc); a != nil {
		top = a
	}
	var ps paragraphs
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && (skipped[n.DataAtom] || hidden(n)) {
			return
		}
		if n.Type == html.TextNode {
			ps.cur.WriteString(n.Data)
			return
		}
		block := n.Type == html.ElementNode && blocks[n.DataAtom]
		if block {
			ps.flush()
		}
		lvl := 0
		if n.Type == html.ElementNode {
			lvl = headingLevel(n.DataAtom)
		}
		if lvl > 0 {
			ps.level = lvl
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			ps.flush()
		}
		if lvl > 0 {
			ps.level = 0
		}
	}
	walk(top)
	return ps.doc()
}

// paragraphs gathers an article's paragraphs, with the heading level each
// was written at (0 for body text).
type paragraphs struct {
	paras  []string
	levels []int
	cur    strings.Builder
	level  int
}

func (ps *paragraphs) flush() {
	if p := strings.Join(strings.Fields(ps.cur.String()), " "); p != "" {
		ps.paras = append(ps.paras, p)
		ps.levels = append(ps.levels, ps.level)
	}
	ps.cur.Reset()
}

// doc joins the paragraphs with blank lines and says where the headings
// fell; one that opens the text is the headline.
func (ps *paragraphs) doc() Doc {
	ps.flush()
	var d Doc
	off := 0
	for i, p := range ps.paras {
		n := utf8.RuneCountInString(p)
		if lvl := ps.levels[i]; lvl > 0 {
			if off == 0 {
				lvl = 1
			}
			d.Headings = append(d.Headings, Heading{off, off + n, lvl})
		}
		off += n + 2
	}
	d.Text = strings.Join(ps.paras, "\n\n")
	return d
}

func findArticle(n *html.Node) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == atom.Article {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if a := findArticle(c); a != nil {
			return a
		}
	}
	return nil
}

func hidden(n *html.Node) bool { return hiddenAttr(n.Attr) }

func hiddenAttr(attrs []html.Attribute) bool {
	for _, a := range attrs {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		}
	}
	return false
}

// tokenText is HTMLText for a page html.Parse refuses, read token by
// token: the same elements are skipped and end paragraphs, and when the
// page has <article> elements only their text is kept. Without a tree,
// misnested tags are taken as they come.
func tokenText(src string) Doc {
	var (
		ps        paragraphs
		skipping  string // the element being skipped, and how deep in it
		skipDepth int
		articles  = strings.Contains(strings.ToLower(src), "<article")
		inArticle int
	)
	z := html.NewTokenizer(strings.NewReader(src))
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return ps.doc()
		case html.TextToken:
			if skipDepth == 0 && (!articles || inArticle > 0) {
				ps.cur.Write(z.Text())
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			t := z.Token()
			switch {
			case skipDepth > 0:
				if t.Data == skipping && tt == html.StartTagToken {
					skipDepth++
				}
			case tt == html.StartTagToken && !void[t.DataAtom] && (skipped[t.DataAtom] || hiddenAttr(t.Attr)):
				skipping, skipDepth = t.Data, 1
			case blocks[t.DataAtom]:
				if t.DataAtom == atom.Article && tt == html.StartTagToken {
					inArticle++
				}
				ps.flush()
				if lvl := headingLevel(t.DataAtom); lvl > 0 && tt == html.StartTagToken {
					ps.level = lvl
				}
			}
		case html.EndTagToken:
			t := z.Token()
			switch {
			case skipDepth > 0:
				if t.Data == skipping {
					skipDepth--
				}
			case blocks[t.DataAtom]:
				ps.flush()
				if headingLevel(t.DataAtom) > 0 {
					ps.level = 0
				}
				if t.DataAtom == atom.Article && inArticle > 0 {
					inArticle--
				}
			}
		}
	}
}

// void elements have no end tag, so they open nothing to skip.
var void = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true, atom.Hr: true,
	atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true, atom.Source: true, atom.Track: true, atom.Wbr: true,
}
