package web

import (
	"bytes"
	"compress/gzip"
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"
)

// A story page of our own, dressed as outlets dress theirs: a menu, a
// related-story teaser in <aside> that is itself an <article>, a table, a
// comment section and a footer.
const storyPage = `<!doctype html><html lang="bn"><head><meta charset="utf-8">
<title>মস্কোয় নতুন মেট্রো লাইন | খবর ডেস্ক</title>
<meta property="og:site_name" content="খবর ডেস্ক">
<meta name="author" content="নিজস্ব প্রতিবেদক">
<meta property="article:published_time" content="2026-03-04T09:30:00+06:00">
</head><body>
<nav><ul><li><a href="/">প্রচ্ছদ</a></li><li><a href="/world">বিশ্ব</a></li><li><a href="/sport">খেলা</a></li></ul></nav>
<main><article>
<h1>মস্কোয় নতুন মেট্রো লাইন</h1>
<p>রাশিয়ার রাজধানী মস্কোয় সোমবার একটি নতুন মেট্রো লাইন চালু হয়েছে। শহরের মেয়র জানিয়েছেন, লাইনটি প্রতিদিন প্রায় তিন লাখ যাত্রী বহন করবে এবং পূর্ব ও পশ্চিমের দুটি বড় এলাকাকে যুক্ত করবে।</p>
<p>নির্মাণে সময় লেগেছে সাত বছর। প্রকল্পে কাজ করেছেন কয়েক হাজার শ্রমিক, আর খরচ হয়েছে কয়েকশো কোটি রুবল। নতুন স্টেশনগুলোর নকশায় সোভিয়েত আমলের স্থাপত্যের ছাপ রাখা হয়েছে বলে জানিয়েছে নির্মাতা প্রতিষ্ঠান।</p>
<table><tr><td>শহর</td><td>স্টেশন</td></tr><tr><td>রাশিয়া</td><td>মস্কো</td></tr></table>
<p>যাত্রীরা বলছেন, আগে যে পথে দেড় ঘণ্টা লাগত, এখন তা চল্লিশ মিনিটে পৌঁছানো যাচ্ছে। শহর কর্তৃপক্ষ আগামী বছর আরও দুটি লাইনের কাজ শুরু করার পরিকল্পনা করছে।</p>
<aside><article><h2>আরও পড়ুন</h2><p>সিউলে শীতের প্রথম তুষারপাত: শহরজুড়ে যানজট, বিমান চলাচলে বিলম্ব।</p></article></aside>
</article></main>
<section id="comments"><h3>মন্তব্য</h3><p>দারুণ খবর!</p></section>
<footer><p>© খবর ডেস্ক, সর্বস্বত্ব সংরক্ষিত</p></footer>
</body></html>`

func TestExtractStory(t *testing.T) {
	u, _ := url.Parse("https://news.example.com/world/moscow-metro")
	s, err := Extract([]byte(storyPage), u)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"নতুন মেট্রো লাইন চালু হয়েছে", "নির্মাণে সময় লেগেছে সাত বছর", "চল্লিশ মিনিটে"} {
		if !strings.Contains(s.Text, want) {
			t.Errorf("story text lacks %q; got %q", want, s.Text)
		}
	}
	// Cells stay apart: রাশিয়া and মস্কো must not run into one word.
	if strings.Contains(s.Text, "রাশিয়ামস্কো") || !strings.Contains(s.Text, "মস্কো") {
		t.Errorf("table cells run together or vanish: %q", s.Text)
	}
	for _, unwanted := range []string{"প্রচ্ছদ", "সিউলে শীতের", "দারুণ খবর", "সর্বস্বত্ব"} {
		if strings.Contains(s.Text, unwanted) {
			t.Errorf("story text has %q from a menu, teaser, comment or footer: %q", unwanted, s.Text)
		}
	}
	if s.Title != "মস্কোয় নতুন মেট্রো লাইন" && s.Title != "মস্কোয় নতুন মেট্রো লাইন | খবর ডেস্ক" {
		t.Errorf("title: got %q", s.Title)
	}
	if s.SiteName != "খবর ডেস্ক" {
		t.Errorf("site: got %q; want খবর ডেস্ক", s.SiteName)
	}
	if s.Byline != "নিজস্ব প্রতিবেদক" {
		t.Errorf("byline: got %q; want নিজস্ব প্রতিবেদক", s.Byline)
	}
	if want := time.Date(2026, 3, 4, 3, 30, 0, 0, time.UTC); !s.Published.Equal(want) {
		t.Errorf("published: got %v; want %v", s.Published, want)
	}
	if strings.Contains(s.Text, "\n\n\n") {
		t.Errorf("more than one blank line between paragraphs: %q", s.Text)
	}
}

func TestExtractNoStory(t *testing.T) {
	page := `<html><body><nav><a href="/a">এক</a><a href="/b">দুই</a></nav></body></html>`
	if _, err := Extract([]byte(page), nil); err != ErrNoStory {
		t.Errorf("got %v; want ErrNoStory", err)
	}
}

func serve(t *testing.T, h http.HandlerFunc) string {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv.URL
}

func TestGetPage(t *testing.T) {
	var ua, acceptEnc string
	addr := serve(t, func(w http.ResponseWriter, r *http.Request) {
		ua, acceptEnc = r.UserAgent(), r.Header.Get("Accept-Encoding")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		gz := gzip.NewWriter(w)
		w.Header().Set("Content-Encoding", "gzip")
		gz.Write([]byte(storyPage))
		gz.Close()
	})
	resp, err := NewClient().Get(context.Background(), addr+"/story", Validators{}, "text/html")
	if err != nil {
		t.Fatal(err)
	}
	body, err := resp.UTF8()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(body, []byte("মেট্রো")) {
		t.Errorf("gzip body not inflated: %q", body[:min(len(body), 80)])
	}
	if !strings.HasPrefix(ua, "Pathok/") {
		t.Errorf("User-Agent: got %q; want Pathok/…", ua)
	}
	if !strings.Contains(acceptEnc, "gzip") {
		t.Errorf("Accept-Encoding: got %q; want gzip", acceptEnc)
	}
}

// A page in a legacy encoding, declared only in its <meta>, arrives as
// UTF-8.
func TestGetDecodesCharset(t *testing.T) {
	// "Café Señor" in windows-1252.
	page := append([]byte(`<html><head><meta charset="windows-1252"></head><body><p>Caf`), 0xe9, ' ', 'S', 'e', 0xf1, 'o', 'r')
	page = append(page, []byte(`</p></body></html>`)...)
	addr := serve(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write(page)
	})
	resp, err := NewClient().Get(context.Background(), addr, Validators{}, "text/html")
	if err != nil {
		t.Fatal(err)
	}
	body, err := resp.UTF8()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(body, []byte("Café Señor")) {
		t.Errorf("got %q; want Café Señor decoded", body)
	}
}

func TestGetConditional(t *testing.T) {
	addr := serve(t, func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte(storyPage))
	})
	c := NewClient()
	first, err := c.Get(context.Background(), addr, Validators{}, "text/html")
	if err != nil {
		t.Fatal(err)
	}
	second, err := c.Get(context.Background(), addr, first.Validators, "text/html")
	if err != nil {
		t.Fatal(err)
	}
	if !second.NotModified || first.Validators.ETag != `"v1"` {
		t.Errorf("got NotModified=%v ETag=%q; want a 304 the second time", second.NotModified, first.Validators.ETag)
	}
}

// Hostile and unusual servers: each gets a clear message, within a bound
// of time and memory.
func TestGetBadServers(t *testing.T) {
	zeros := func(w http.ResponseWriter, n int) {
		buf := make([]byte, 64<<10)
		for i := 0; i < n; i += len(buf) {
			if _, err := w.Write(buf); err != nil {
				return
			}
		}
	}
	var bomb bytes.Buffer
	gz := gzip.NewWriter(&bomb)
	gz.Write(make([]byte, 8<<20))
	gz.Close()
	block := make(chan struct{})
	t.Cleanup(func() { close(block) })
	tests := []struct {
		name    string
		handler http.HandlerFunc
		want    string
	}{
		{"never answers", func(w http.ResponseWriter, r *http.Request) {
			select {
			case <-block:
			case <-r.Context().Done():
			}
		}, "did not answer in time"},
		{"endless body", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			zeros(w, 1<<40)
		}, "larger than 1 MB"},
		{"gzip bomb", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			w.Header().Set("Content-Encoding", "gzip")
			w.Write(bomb.Bytes())
		}, "larger than 1 MB"},
		{"redirect loop", func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, r.URL.Path+"x", http.StatusFound)
		}, "more than 5 redirects"},
		{"pdf", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/pdf")
			w.Write([]byte("%PDF-1.7\n"))
		}, "a PDF document"},
		{"image without a type", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/octet-stream")
			w.Write([]byte("\x89PNG\r\n\x1a\n0000"))
		}, "an image (image/png)"},
		{"not found", func(w http.ResponseWriter, r *http.Request) {
			http.NotFound(w, r)
		}, "404 Not Found"},
	}
	c := NewClient().WithLimits(1<<20, 2*time.Second)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			addr := serve(t, tc.handler)
			start := time.Now()
			_, err := c.Get(context.Background(), addr+"/a", Validators{}, "text/html")
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v; want an error saying %q", err, tc.want)
			}
			if !strings.Contains(err.Error(), "127.0.0.1") {
				t.Errorf("the message does not name the address: %v", err)
			}
			if d := time.Since(start); d > 10*time.Second {
				t.Errorf("took %v; the bound is the client's timeout", d)
			}
		})
	}
}

func TestParseAddress(t *testing.T) {
	tests := []struct {
		in, want, err string
	}{
		{"https://example.com/a", "https://example.com/a", ""},
		{"  example.com/news/1 ", "https://example.com/news/1", ""},
		{"ftp://example.com/x", "", "not a web address"},
		{"", "", "empty"},
		{"https://", "", "no host"},
	}
	for _, tc := range tests {
		u, err := ParseAddress(tc.in)
		switch {
		case tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)):
			t.Errorf("ParseAddress(%q): got %v; want error %q", tc.in, err, tc.err)
		case tc.err == "" && (err != nil || u.String() != tc.want):
			t.Errorf("ParseAddress(%q): got %v, %v; want %s", tc.in, u, err, tc.want)
		}
	}
	if !LooksLikeAddress("https://x.example/a") || LooksLikeAddress("রাশিয়া https://x") {
		t.Error("LooksLikeAddress misjudges")
	}
}
