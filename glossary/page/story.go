package page

import (
	"bytes"
	"errors"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
)

// Story is what a page holds for the reader: its text and where it came
// from.
type Story struct {
	URL      string
	Title    string
	Byline   string
	SiteName string
	// Published is zero when the page does not say.
	Published time.Time
	// Text is the story's readable text: its title, then paragraphs
	// separated by blank lines, table cells by tabs.
	Text string
	// Headings are the title and the section headings, in Text.
	Headings []Heading
}

// ErrNoStory is returned for a page with no readable story (a front page,
// a gallery, a login wall).
var ErrNoStory = errors.New("the page has no story Pathok can find (it may be a front page, a gallery, or need a login)")

// minStoryRunes is the shortest text taken for a story: about two short
// Bengali sentences.
const minStoryRunes = 80

// Extract finds the story in an HTML page (UTF-8) with go-readability,
// the port of Firefox's Reader View: menus, teasers in <aside>, comments
// and footers are left out. pageURL may be nil for a saved file.
func Extract(page []byte, pageURL *url.URL) (Story, error) {
	if !utf8.Valid(page) {
		return Story{}, errors.New("the page is not UTF-8; decode it first")
	}
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return Story{}, ErrNoStory
	}
	return extractFrom(doc, pageURL)
}

func extractFrom(doc *html.Node, pageURL *url.URL) (Story, error) {
	art, err := readability.FromDocument(doc, pageURL)
	if err != nil || art.Node == nil {
		return Story{}, ErrNoStory
	}
	text := cleanText(render.InnerText(art.Node))
	// Readability always returns something; a menu or a caption is not a
	// story. A news brief has at least a couple of sentences.
	if utf8.RuneCountInString(text) < minStoryRunes {
		return Story{}, ErrNoStory
	}
	s := Story{
		Title:    strings.TrimSpace(art.Title()),
		Byline:   strings.TrimSpace(art.Byline()),
		SiteName: strings.TrimSpace(art.SiteName()),
	}
	if pageURL != nil {
		s.URL = pageURL.String()
		if s.SiteName == "" {
			s.SiteName = strings.TrimPrefix(pageURL.Hostname(), "www.")
		}
	}
	d := withTitle(Doc{Text: text, Headings: markHeadings(text, collectHeadings(art.Node))}, s.Title, s.SiteName)
	s.Text, s.Headings = d.Text, d.Headings
	if t, err := art.PublishedTime(); err == nil {
		s.Published = t
	}
	return s, nil
}

// cleanText trims each line and keeps at most one blank line between
// paragraphs, so that offsets in the stored text stay stable and the
// article view shows no stray gaps.
func cleanText(s string) string {
	lines := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
	var b strings.Builder
	blank := 0
	for _, l := range lines {
		l = strings.TrimRight(strings.TrimLeft(l, " \u00a0"), " \t\u00a0")
		if l == "" {
			blank++
			continue
		}
		if b.Len() > 0 {
			if blank > 0 {
				b.WriteString("\n\n")
			} else {
				b.WriteString("\n")
			}
		}
		blank = 0
		b.WriteString(l)
	}
	return b.String()
}
