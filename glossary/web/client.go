package web

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"

	"golang.org/x/net/html/charset"
)

// Limits a Client enforces. Bengali news pages are 100–600 KB of HTML;
// feeds a few hundred KB. The caps leave room for bloated pages while a
// hostile server can never make a request cost more than this.
const (
	DefaultMaxBytes  = 8 << 20
	DefaultTimeout   = 45 * time.Second
	DefaultRedirects = 5
	// UserAgent says who is asking, as polite clients do.
	UserAgent = "Pathok/0.1 (Bengali news reader; +https://github.com/pathok/pathok)"
)

// Client fetches pages and feeds. The zero value is not usable; call
// NewClient.
type Client struct {
	http     *http.Client
	maxBytes int64
}

// NewClient returns a client with the default limits.
func NewClient() *Client {
	transport := &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		DialContext:           (&net.Dialer{Timeout: 15 * time.Second, KeepAlive: 30 * time.Second}).DialContext,
		TLSHandshakeTimeout:   15 * time.Second,
		ResponseHeaderTimeout: 30 * time.Second,
		IdleConnTimeout:       60 * time.Second,
		MaxIdleConnsPerHost:   2,
		// Go asks for gzip itself and inflates transparently; the size cap
		// below applies to the inflated bytes, so a gzip bomb stops there.
	}
	return &Client{
		http: &http.Client{
			Transport: transport,
			Timeout:   DefaultTimeout,
			CheckRedirect: func(req *http.Request, via []*http.Request) error {
				if len(via) > DefaultRedirects {
					return fmt.Errorf("more than %d redirects (last to %s)", DefaultRedirects, req.URL.Redacted())
				}
				return nil
			},
		},
		maxBytes: DefaultMaxBytes,
	}
}

// WithLimits returns a copy of c with another size cap and overall
// timeout; tests use it to keep hostile servers cheap.
func (c *Client) WithLimits(maxBytes int64, timeout time.Duration) *Client {
	cc := *c
	hc := *c.http
	hc.Timeout = timeout
	cc.http = &hc
	cc.maxBytes = maxBytes
	return &cc
}

// Validators make a conditional request: a feed that has not changed
// answers 304 and costs nothing.
type Validators struct {
	ETag         string
	LastModified string
}

// Response is a fetched body, decoded to UTF-8.
type Response struct {
	// URL is the address after redirects.
	URL *url.URL
	// MediaType is the Content-Type without parameters (text/html).
	MediaType string
	// Body is the body as the server sent it (inflated); UTF8 decodes it.
	Body        []byte
	contentType string
	// Validators to send next time.
	Validators Validators
	// NotModified is true when the server answered 304; Body is empty.
	NotModified bool
}

// Error is a fetch that failed, with the address it was for.
type Error struct {
	URL string
	Msg string
	Err error
}

func (e *Error) Error() string {
	if e.Err != nil {
		return e.URL + ": " + e.Msg + ": " + e.Err.Error()
	}
	return e.URL + ": " + e.Msg
}

func (e *Error) Unwrap() error { return e.Err }

// ParseAddress accepts what a reader pastes: a full http(s) address, or
// one without its scheme (www.example.com/news/1).
func ParseAddress(s string) (*url.URL, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil, errors.New("the address is empty")
	}
	if !strings.Contains(s, "://") {
		s = "https://" + s
	}
	u, err := url.Parse(s)
	if err != nil {
		return nil, fmt.Errorf("%q is not a web address: %v", s, err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, fmt.Errorf("%q is not a web address (Pathok opens http and https addresses)", s)
	}
	if u.Host == "" {
		return nil, fmt.Errorf("%q has no host name", s)
	}
	return u, nil
}

// LooksLikeAddress reports whether pasted or dropped text is a single web
// address rather than an article.
func LooksLikeAddress(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsAny(s, " \n\t") {
		return false
	}
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

// Get fetches addr. accept lists the media types the caller can use; any
// other is refused with a message naming what the address gave.
func (c *Client) Get(ctx context.Context, addr string, v Validators, accept ...string) (*Response, error) {
	u, err := ParseAddress(addr)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, &Error{URL: addr, Msg: "cannot make a request", Err: err}
	}
	req.Header.Set("User-Agent", UserAgent)
	req.Header.Set("Accept", strings.Join(append(accept, "*/*;q=0.1"), ", "))
	req.Header.Set("Accept-Language", "bn, en;q=0.5")
	if v.ETag != "" {
		req.Header.Set("If-None-Match", v.ETag)
	}
	if v.LastModified != "" {
		req.Header.Set("If-Modified-Since", v.LastModified)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, &Error{URL: u.Redacted(), Msg: "could not fetch", Err: unwrapURLError(err)}
	}
	defer resp.Body.Close()
	out := &Response{URL: resp.Request.URL, Validators: Validators{
		ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified"),
	}}
	if resp.StatusCode == http.StatusNotModified {
		out.NotModified = true
		out.Validators = v
		return out, nil
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, &Error{URL: u.Redacted(), Msg: "the server answered " + resp.Status}
	}
	raw, err := readCapped(resp.Body, c.maxBytes)
	if err != nil {
		return nil, &Error{URL: u.Redacted(), Msg: "could not read the page", Err: err}
	}
	ct := resp.Header.Get("Content-Type")
	if ct == "" {
		ct = http.DetectContentType(raw)
	}
	mt, _, perr := mime.ParseMediaType(ct)
	if perr != nil {
		mt = strings.ToLower(strings.TrimSpace(strings.SplitN(ct, ";", 2)[0]))
	}
	// Servers label feeds text/html and pages text/plain; trust the bytes
	// when the label is generic.
	if mt == "application/octet-stream" || mt == "text/plain" {
		if sniffed, _, _ := mime.ParseMediaType(http.DetectContentType(raw)); sniffed != "" && sniffed != "text/plain; charset=utf-8" {
			mt = sniffed
		}
	}
	if !acceptable(mt, accept) {
		return nil, &Error{URL: u.Redacted(), Msg: "the address gives " + describe(mt) + ", not " + describe(accept[0])}
	}
	out.MediaType = mt
	out.Body = raw
	out.contentType = ct
	return out, nil
}

// readCapped reads at most max bytes and says so when there is more.
func readCapped(r io.Reader, max int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("it is larger than %d MB, more than any article; Pathok stopped reading", max>>20)
	}
	return b, nil
}

func acceptable(mt string, accept []string) bool {
	for _, a := range accept {
		if a == mt || (strings.HasSuffix(a, "/*") && strings.HasPrefix(mt, strings.TrimSuffix(a, "*"))) {
			return true
		}
	}
	return false
}

// describe names a media type in words a reader knows.
func describe(mt string) string {
	switch {
	case mt == "text/html", mt == "application/xhtml+xml":
		return "a web page"
	case mt == "application/pdf":
		return "a PDF document (application/pdf)"
	case strings.HasPrefix(mt, "image/"):
		return "an image (" + mt + ")"
	case strings.HasPrefix(mt, "video/"), strings.HasPrefix(mt, "audio/"):
		return "a media file (" + mt + ")"
	case strings.Contains(mt, "xml"), mt == "application/feed+json":
		return "a feed (" + mt + ")"
	case mt == "application/zip", mt == "application/gzip", mt == "application/x-gzip":
		return "an archive (" + mt + ")"
	}
	return "a file of type " + mt
}

// UTF8 decodes a page by its declared charset, else its <meta> charset,
// else a sniffed guess (x/net/html/charset follows the HTML5 algorithm).
// Feeds are left to the feed parser, which reads the XML declaration.
func (r *Response) UTF8() ([]byte, error) {
	cr, err := charset.NewReader(bytes.NewReader(r.Body), r.contentType)
	if err != nil {
		return nil, &Error{URL: r.URL.Redacted(), Msg: "cannot decode the text", Err: err}
	}
	return io.ReadAll(cr)
}

// unwrapURLError drops net/http's "Get \"…\":" prefix: the address is
// already in our message.
func unwrapURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		if errors.Is(ue.Err, context.DeadlineExceeded) || ue.Timeout() {
			return errors.New("the server did not answer in time")
		}
		return ue.Err
	}
	return err
}
