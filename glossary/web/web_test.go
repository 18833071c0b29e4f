package web

import (
	"bytes"
	"compress/gzip"
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// A page of our own, for fetching; extraction is tested in package page.
const storyPage = `<!doctype html><html lang="bn"><head><meta charset="utf-8"><title>মেট্রো</title></head>
<body><article><p>মস্কোয় সোমবার একটি নতুন মেট্রো লাইন চালু হয়েছে।</p></article></body></html>`

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
