package feed

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/pathok/pathok/glossary/library"
)

// storyHTML is a page of our own for item n.
func storyHTML(n int) string {
	return fmt.Sprintf(`<html><head><title>খবর %[1]d</title></head><body>
<nav><a href="/">প্রচ্ছদ</a></nav>
<article><h1>খবর %[1]d</h1>
<p>সিউলে আজ নতুন একটি গ্রন্থাগার খুলেছে, যেখানে বাংলা ও কোরীয় ভাষার বই পাশাপাশি রাখা হয়েছে। খবর নম্বর %[1]d।</p>
<p>গ্রন্থাগারের পরিচালক জানিয়েছেন, প্রথম মাসেই কয়েক হাজার পাঠক এসেছেন এবং শিশুদের জন্য আলাদা পাঠকক্ষ তৈরি করা হয়েছে।</p>
</article><footer>© খবর</footer></body></html>`, n)
}

const rssTmpl = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>পরীক্ষা সংবাদ</title><link>%[1]s</link>
<item><title>খবর ১</title><link>%[1]s/story/1</link><guid>story-1</guid><pubDate>Mon, 02 Nov 2026 10:00:00 +0600</pubDate></item>
<item><title>খবর ২</title><link>%[1]s/story/2</link><guid>story-2</guid></item>
<item><title>ছবির গ্যালারি</title><link>%[1]s/gallery</link><guid>gallery</guid></item>
</channel></rss>`

const atomTmpl = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>অ্যাটম খবর</title><id>urn:test</id><updated>2026-11-02T10:00:00Z</updated>
<entry><title>খবর ৩</title><link href="%[1]s/story/3"/><id>urn:story-3</id><updated>2026-11-02T10:00:00Z</updated></entry>
</feed>`

const jsonTmpl = `{"version":"https://jsonfeed.org/version/1.1","title":"জেসন খবর","items":[
{"id":"j4","url":"%[1]s/story/4","title":"খবর ৪"}]}`

type site struct {
	*httptest.Server
	pageHits atomic.Int32
	notMod   atomic.Int32
}

func newSite(t *testing.T) *site {
	s := &site{}
	mux := http.NewServeMux()
	s.Server = httptest.NewServer(mux)
	t.Cleanup(s.Close)
	feed := func(tmpl, ctype string) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			if r.Header.Get("If-None-Match") == `"same"` {
				s.notMod.Add(1)
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("ETag", `"same"`)
			w.Header().Set("Content-Type", ctype)
			fmt.Fprintf(w, tmpl, s.URL)
		}
	}
	mux.HandleFunc("/rss", feed(rssTmpl, "application/rss+xml"))
	mux.HandleFunc("/atom", feed(atomTmpl, "application/atom+xml"))
	mux.HandleFunc("/json", feed(jsonTmpl, "application/feed+json"))
	mux.HandleFunc("/broken", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write([]byte("<rss><channel><title>ভাঙা"))
	})
	mux.HandleFunc("/home", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, `<html><head><link rel="alternate" type="application/rss+xml" href="/rss"></head><body>প্রচ্ছদ</body></html>`)
	})
	mux.HandleFunc("/story/", func(w http.ResponseWriter, r *http.Request) {
		s.pageHits.Add(1)
		var n int
		fmt.Sscanf(strings.TrimPrefix(r.URL.Path, "/story/"), "%d", &n)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, storyHTML(n))
	})
	mux.HandleFunc("/gallery", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, `<html><body><img src="a.jpg"><img src="b.jpg"></body></html>`)
	})
	return s
}

func newFollower(t *testing.T) (*Follower, *library.Library) {
	lib, err := library.Open(context.Background(), filepath.Join(t.TempDir(), library.FileName))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { lib.Close() })
	f := New(lib)
	f.Client = f.Client.WithLimits(1<<20, 5*time.Second)
	return f, lib
}

func TestFollowAndRefresh(t *testing.T) {
	ctx := context.Background()
	s := newSite(t)
	f, lib := newFollower(t)
	for _, path := range []string{"/rss", "/atom", "/json"} {
		if _, err := f.Follow(ctx, s.URL+path); err != nil {
			t.Fatalf("Follow %s: %v", path, err)
		}
	}
	// A page that links to its feed is followed through the link.
	fd, err := f.Follow(ctx, s.URL+"/home")
	if err != nil || fd.URL != s.URL+"/rss" {
		t.Errorf("Follow /home: got %+v, %v; want the RSS feed it links to", fd, err)
	}
	feeds, _ := lib.Feeds(ctx)
	if len(feeds) != 3 || feeds[0].Title != "পরীক্ষা সংবাদ" {
		t.Fatalf("feeds: got %+v", feeds)
	}
	var steps []int
	reports, err := f.RefreshAll(ctx, func(done, total int, title string) { steps = append(steps, done) })
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(steps) != "[0 1 2 3]" {
		t.Errorf("progress: got %v", steps)
	}
	added := 0
	for _, r := range reports {
		if r.Err != nil || len(r.ItemErrs) > 0 {
			t.Errorf("%s: %v %v", r.Feed.URL, r.Err, r.ItemErrs)
		}
		added += r.Added
	}
	if added != 4 || reports[0].NoStory != 1 {
		t.Errorf("got %d added, %d without a story; want 4 and the gallery", added, reports[0].NoStory)
	}
	arts, _ := lib.List(ctx, library.Filter{})
	if len(arts) != 4 {
		t.Fatalf("library holds %d articles; want 4", len(arts))
	}
	got, _ := lib.Get(ctx, arts[len(arts)-1].ID)
	if !strings.Contains(got.Text, "নতুন একটি গ্রন্থাগার") || strings.Contains(got.Text, "প্রচ্ছদ") || got.Source == "" {
		t.Errorf("kept article: %+v", got)
	}
	// The second refresh asks conditionally and fetches no page again.
	hits := s.pageHits.Load()
	reports, _ = f.RefreshAll(ctx, nil)
	if s.pageHits.Load() != hits {
		t.Errorf("pages fetched again: %d → %d", hits, s.pageHits.Load())
	}
	if s.notMod.Load() != 3 || !reports[0].NotModified {
		t.Errorf("conditional GET: got %d 304s; want 3", s.notMod.Load())
	}
	// Items are remembered even when the feed changes its validators.
	lib.FeedChecked(ctx, library.Feed{ID: feeds[0].ID, URL: feeds[0].URL, Title: feeds[0].Title}, time.Now(), nil)
	feeds, _ = lib.Feeds(ctx)
	r := f.Refresh(ctx, feeds[0])
	if r.Added != 0 || r.Seen != 3 {
		t.Errorf("refresh without validators: got %d added, %d seen; want 0 and 3", r.Added, r.Seen)
	}
}

// One feed's failure is reported; the others go on; the library is not
// touched by the failed one.
func TestRefreshOneFails(t *testing.T) {
	ctx := context.Background()
	s := newSite(t)
	f, lib := newFollower(t)
	lib.AddFeed(ctx, s.URL+"/broken", "ভাঙা")
	lib.AddFeed(ctx, s.URL+"/missing", "")
	lib.AddFeed(ctx, s.URL+"/json", "")
	// The JSON feed's one story was opened by hand before: not new.
	story, err := Fetch(ctx, f.Client, s.URL+"/story/4")
	if err != nil {
		t.Fatal(err)
	}
	lib.Add(ctx, library.Article{URL: story.URL, Text: story.Text})
	reports, err := f.RefreshAll(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if reports[0].Err == nil || !strings.Contains(reports[0].Err.Error(), "no longer a feed") {
		t.Errorf("broken feed: got %v", reports[0].Err)
	}
	if reports[1].Err == nil || !strings.Contains(reports[1].Err.Error(), "404") {
		t.Errorf("missing feed: got %v", reports[1].Err)
	}
	if reports[2].Err != nil || reports[2].Added != 0 || reports[2].Seen != 1 {
		t.Errorf("good feed after two bad ones, its story kept before: got %+v; want 0 added, 1 seen", reports[2])
	}
	feeds, _ := lib.Feeds(ctx)
	if feeds[0].LastError == "" || feeds[2].LastError != "" || feeds[2].Checked.IsZero() {
		t.Errorf("recorded: got %+v", feeds)
	}
	if _, err := f.Follow(ctx, s.URL+"/story/1"); err == nil || !strings.Contains(err.Error(), "not a feed") {
		t.Errorf("following a story page: got %v", err)
	}
}

// The reader searches and lists while a refresh writes.
func TestRefreshWhileReading(t *testing.T) {
	ctx := context.Background()
	s := newSite(t)
	f, lib := newFollower(t)
	for _, p := range []string{"/rss", "/atom", "/json"} {
		lib.AddFeed(ctx, s.URL+p, "")
	}
	var wg sync.WaitGroup
	stop := make(chan struct{})
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			select {
			case <-stop:
				return
			default:
			}
			if _, err := lib.Search(ctx, "গ্রন্থাগার", 10); err != nil {
				t.Error(err)
				return
			}
			if _, err := lib.List(ctx, library.Filter{}); err != nil {
				t.Error(err)
				return
			}
		}
	}()
	if _, err := f.RefreshAll(ctx, nil); err != nil {
		t.Error(err)
	}
	close(stop)
	wg.Wait()
	if hits, _ := lib.Search(ctx, "গ্রন্থাগার", 10); len(hits) != 4 {
		t.Errorf("after refresh: %d hits; want 4", len(hits))
	}
}
