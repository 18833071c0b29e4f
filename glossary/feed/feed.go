package feed

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"

	"github.com/pathok/pathok/glossary/library"
	"github.com/pathok/pathok/glossary/page"
	"github.com/pathok/pathok/glossary/web"
)

// feedTypes are the media types a feed may arrive as; servers often send
// feeds as text/html or text/plain, which the parser then judges.
var feedTypes = []string{"application/rss+xml", "application/atom+xml", "application/feed+json",
	"application/json", "application/xml", "text/xml", "text/html", "text/plain", "application/rdf+xml"}

// MaxItems bounds how many new items one refresh of one feed takes in;
// the rest wait for the next refresh.
const MaxItems = 50

// Follower takes feeds into a library.
type Follower struct {
	Client  *web.Client
	Library *library.Library
	// Now is the clock; tests fix it.
	Now func() time.Time
}

// New returns a Follower with the default client.
func New(lib *library.Library) *Follower {
	return &Follower{Client: web.NewClient(), Library: lib, Now: time.Now}
}

// Report is what one feed's refresh did.
type Report struct {
	Feed library.Feed
	// Added counts new articles; Seen items already taken in (from this
	// feed, or kept before by another way); NoStory items whose page had
	// no readable story.
	Added, Seen, NoStory int
	// NotModified is true when the server said nothing changed.
	NotModified bool
	// Err is why the feed could not be read; ItemErrs are items that
	// failed and will be tried again next time.
	Err      error
	ItemErrs []error
}

// Follow checks that addr is a feed (or a page that links to one), and
// follows it.
func (f *Follower) Follow(ctx context.Context, addr string) (library.Feed, error) {
	resp, err := f.Client.Get(ctx, addr, web.Validators{}, feedTypes...)
	if err != nil {
		return library.Feed{}, err
	}
	parsed, perr := gofeed.NewParser().Parse(bytes.NewReader(resp.Body))
	if perr != nil {
		// A news site's page names its feed in <link rel="alternate">.
		if alt := discover(resp.Body, resp.URL); alt != "" && alt != addr {
			return f.Follow(ctx, alt)
		}
		return library.Feed{}, fmt.Errorf("%s is not a feed Pathok can read (RSS, Atom or JSON Feed): %v", resp.URL.Redacted(), shortErr(perr))
	}
	return f.Library.AddFeed(ctx, resp.URL.String(), strings.TrimSpace(parsed.Title))
}

// RefreshAll refreshes every followed feed in turn. progress, if not
// nil, is called before each feed with its position and title.
func (f *Follower) RefreshAll(ctx context.Context, progress func(done, total int, title string)) ([]Report, error) {
	feeds, err := f.Library.Feeds(ctx)
	if err != nil {
		return nil, err
	}
	reports := make([]Report, 0, len(feeds))
	for i, fd := range feeds {
		if err := ctx.Err(); err != nil {
			return reports, err
		}
		if progress != nil {
			progress(i, len(feeds), titleOf(fd))
		}
		reports = append(reports, f.Refresh(ctx, fd))
	}
	if progress != nil {
		progress(len(feeds), len(feeds), "")
	}
	return reports, nil
}

// Refresh reads one feed and takes in its new items.
func (f *Follower) Refresh(ctx context.Context, fd library.Feed) Report {
	rep := Report{Feed: fd}
	resp, err := f.Client.Get(ctx, fd.URL, web.Validators{ETag: fd.ETag, LastModified: fd.LastModified}, feedTypes...)
	if err == nil && !resp.NotModified {
		var parsed *gofeed.Feed
		parsed, err = gofeed.NewParser().Parse(bytes.NewReader(resp.Body))
		if err != nil {
			err = fmt.Errorf("%s is no longer a feed Pathok can read: %v", fd.URL, shortErr(err))
		} else {
			if t := strings.TrimSpace(parsed.Title); t != "" {
				fd.Title = t
			}
			f.takeIn(ctx, &rep, fd, parsed)
		}
	}
	if err == nil {
		fd.ETag, fd.LastModified = resp.Validators.ETag, resp.Validators.LastModified
		rep.NotModified = resp.NotModified
	}
	rep.Err = err
	rep.Feed = fd
	// A cancelled refresh is not the feed's fault: leave its record.
	if ctx.Err() == nil {
		if cerr := f.Library.FeedChecked(ctx, fd, f.Now(), err); cerr != nil && rep.Err == nil {
			rep.Err = cerr
		}
	}
	return rep
}

func (f *Follower) takeIn(ctx context.Context, rep *Report, fd library.Feed, parsed *gofeed.Feed) {
	taken := 0
	for _, it := range parsed.Items {
		if ctx.Err() != nil || taken >= MaxItems {
			return
		}
		key := strings.TrimSpace(it.GUID)
		if key == "" {
			key = strings.TrimSpace(it.Link)
		}
		if key == "" {
			continue
		}
		seen, err := f.Library.ItemSeen(ctx, fd.ID, key)
		if err != nil {
			rep.ItemErrs = append(rep.ItemErrs, err)
			return
		}
		if seen {
			rep.Seen++
			continue
		}
		taken++
		art, err := f.article(ctx, fd, it)
		switch {
		case errors.Is(err, page.ErrNoStory):
			rep.NoStory++
			if err := f.Library.MarkItem(ctx, fd.ID, key); err != nil {
				rep.ItemErrs = append(rep.ItemErrs, err)
			}
		case err != nil:
			rep.ItemErrs = append(rep.ItemErrs, err)
		default:
			switch _, existed, err := f.Library.AddFromFeed(ctx, fd.ID, key, art); {
			case err != nil:
				rep.ItemErrs = append(rep.ItemErrs, err)
			case existed:
				rep.Seen++ // kept already, opened by hand or from another feed
			default:
				rep.Added++
			}
		}
	}
}

// article fetches an item's page for its story; a feed that carries the
// whole story in the item needs no fetch when the page cannot be had.
func (f *Follower) article(ctx context.Context, fd library.Feed, it *gofeed.Item) (library.Article, error) {
	a := library.Article{Title: strings.TrimSpace(it.Title), URL: strings.TrimSpace(it.Link), Source: titleOf(fd)}
	if it.PublishedParsed != nil {
		a.Published = *it.PublishedParsed
	} else if it.UpdatedParsed != nil {
		a.Published = *it.UpdatedParsed
	}
	var fetchErr error
	if a.URL != "" {
		story, err := Fetch(ctx, f.Client, a.URL)
		if err == nil {
			if a.Title == "" {
				a.Title = story.Title
			}
			if story.Byline != "" {
				a.Byline = story.Byline
			}
			a.Text = story.Text
			return a, nil
		}
		fetchErr = err
	}
	// The item's own content, when it is the story and not a teaser.
	if text := page.HTMLText(firstNonEmpty(it.Content, it.Description)); len([]rune(text)) >= 300 {
		a.Text = text
		return a, nil
	}
	if fetchErr != nil {
		return a, fetchErr
	}
	return a, page.ErrNoStory
}

// Fetch reads the page at addr and extracts its story.
func Fetch(ctx context.Context, c *web.Client, addr string) (page.Story, error) {
	resp, err := c.Get(ctx, addr, web.Validators{}, "text/html", "application/xhtml+xml")
	if err != nil {
		return page.Story{}, err
	}
	body, err := resp.UTF8()
	if err != nil {
		return page.Story{}, err
	}
	story, err := page.Extract(body, resp.URL)
	if err != nil {
		return story, fmt.Errorf("%s: %w", resp.URL.Redacted(), err)
	}
	return story, nil
}

// discover finds a feed linked from an HTML page's head.
func discover(body []byte, base *url.URL) string {
	z := html.NewTokenizer(bytes.NewReader(body))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			t := z.Token()
			if t.Data == "body" {
				return ""
			}
			if t.Data != "link" {
				continue
			}
			var rel, typ, href string
			for _, a := range t.Attr {
				switch a.Key {
				case "rel":
					rel = strings.ToLower(a.Val)
				case "type":
					typ = strings.ToLower(a.Val)
				case "href":
					href = a.Val
				}
			}
			if rel == "alternate" && (strings.Contains(typ, "rss") || strings.Contains(typ, "atom") || strings.Contains(typ, "feed+json")) && href != "" {
				if u, err := base.Parse(href); err == nil {
					return u.String()
				}
			}
		}
	}
}

func titleOf(fd library.Feed) string {
	if fd.Title != "" {
		return fd.Title
	}
	if u, err := url.Parse(fd.URL); err == nil && u.Host != "" {
		return strings.TrimPrefix(u.Hostname(), "www.")
	}
	return fd.URL
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if strings.TrimSpace(x) != "" {
			return x
		}
	}
	return ""
}

// shortErr keeps a parser's message to one line.
func shortErr(err error) string {
	s := err.Error()
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	if len(s) > 160 {
		s = s[:160] + "…"
	}
	return s
}
