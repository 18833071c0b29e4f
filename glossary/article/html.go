package article

import (
	"strings"

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
// block, separated by blank lines. When the page has an <article> (news
// sites mark the story so), only its text is kept.
func HTMLText(src string) string {
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		// html.Parse accepts any input; an error means a reader failure,
		// which a string reader cannot have.
		return ""
	}
	top := doc
	if a := findArticle(doc); a != nil {
		top = a
	}
	var paras []string
	var cur strings.Builder
	flush := func() {
		if p := strings.Join(strings.Fields(cur.String()), " "); p != "" {
			paras = append(paras, p)
		}
		cur.Reset()
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && (skipped[n.DataAtom] || hidden(n)) {
			return
		}
		if n.Type == html.TextNode {
			cur.WriteString(n.Data)
			return
		}
		block := n.Type == html.ElementNode && blocks[n.DataAtom]
		if block {
			flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			flush()
		}
	}
	walk(top)
	flush()
	return strings.Join(paras, "\n\n")
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

func hidden(n *html.Node) bool {
	for _, a := range n.Attr {
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
