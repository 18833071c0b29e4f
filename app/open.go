package app

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"

	"github.com/pathok/pathok/glossary"
	"github.com/pathok/pathok/glossary/figures"
	"github.com/pathok/pathok/glossary/htmlpage"
	"github.com/pathok/pathok/glossary/page"
	"github.com/pathok/pathok/glossary/textfile"
	"github.com/pathok/pathok/glossary/web"
	"github.com/pathok/pathok/resources"
)

// articleExtensions are the files the Open dialog offers.
var articleExtensions = []string{".txt", ".md", ".html", ".htm"}

// source is where an article comes from.
type source struct {
	name       string   // for messages and the title bar
	uri        fyne.URI // remembered in Recent; nil for the sample and pasted text
	read       func() ([]byte, error)
	fromRecent bool // opened from the Recent list, dropped from it if gone

	// For the library: story is a fetched page's metadata; libID is an
	// article read back from the library (not kept again); noKeep keeps
	// the bundled sample out of it.
	story  *page.Story
	libID  int64
	noKeep bool
}

func uriSource(u fyne.URI) source {
	return source{name: u.Name(), uri: u, read: func() ([]byte, error) { return readURI(u) }}
}

func sampleSource() source {
	return source{name: "Sample article", noKeep: true, read: func() ([]byte, error) {
		return resources.Files.ReadFile(resources.SampleArticle)
	}}
}

func pastedSource(text string) source {
	return source{name: "Pasted article", read: func() ([]byte, error) { return []byte(text), nil }}
}

// readURI reads a file within the article cap, refusing a regular file
// too large to be an article before reading it.
func readURI(u fyne.URI) ([]byte, error) {
	size := int64(-1)
	if u.Scheme() == "file" {
		if st, err := os.Stat(u.Path()); err == nil && st.Mode().IsRegular() {
			size = st.Size()
		}
	}
	r, err := storage.Reader(u)
	if err != nil {
		return nil, readError(u.Name(), err)
	}
	defer r.Close()
	data, err := textfile.ReadAll(u.Name(), r, size, page.MaxBytes, "articles")
	if err != nil && !textfile.IsTooLarge(err) {
		return nil, readError(u.Name(), err)
	}
	return data, err
}

func readError(name string, err error) error {
	switch {
	case errors.Is(err, os.ErrNotExist):
		return fmt.Errorf("%s: the file is no longer there", name)
	case errors.Is(err, os.ErrPermission):
		return fmt.Errorf("%s: you do not have permission to read it", name)
	}
	return fmt.Errorf("%s could not be read: %w", name, err)
}

// readText reads and decodes an article (and finds an HTML page's
// story and headings). It runs off the UI goroutine.
func readText(src source) (page.Doc, error) {
	data, err := src.read()
	if err != nil {
		return page.Doc{}, err
	}
	name := src.name
	if src.uri != nil {
		name = src.uri.Name()
	}
	return page.DecodeDoc(name, data)
}

// readDocument reads, decodes and annotates an article whole. It runs
// off the UI goroutine, and gives up with ctx's error when a newer open
// has overtaken it.
func readDocument(ctx context.Context, src source, g *glossary.Glossary) (*document, error) {
	text, err := readText(src)
	if err != nil {
		return nil, err
	}
	ann, err := g.AnnotateContext(ctx, text.Text)
	if err != nil {
		return nil, err
	}
	d := newDocument(src.name, src.uri, ann)
	d.headings = headingsFor(src, text)
	return d, nil
}

// reading is an article read, decoded and made ready to show (marked,
// when a glossary is at hand), off the UI goroutine.
type reading struct {
	d          *document
	err        error
	bytes      int
	read, took time.Duration
}

// readArticle reads src and makes its document, marked with g, or with
// the glossary loading if that is ready by the time the text is: the
// text never waits for it. A long article starts that load, if it has
// not started: making its text ready takes long enough for the glossary
// to load meanwhile. Any goroutine.
func readArticle(ctx context.Context, src source, g *glossary.Glossary, loading *glossaryLoad, opt figures.Options) reading {
	start := time.Now()
	text, err := readText(src)
	r := reading{bytes: len(text.Text), read: time.Since(start)}
	if err == nil {
		if _, long := firstPart(text.Text); long && g == nil {
			loading.start()
		}
		if g == nil {
			g = loading.ready()
		}
		r.d, err = firstDocument(ctx, src, text.Text, g, opt)
	}
	if err == nil && r.d.marks == notMarked {
		if g = loading.ready(); g != nil {
			r.d, err = r.d.markedStart(ctx, g, opt)
		}
	}
	if err == nil {
		r.d.headings = headingsFor(src, text)
	}
	r.err, r.took = err, time.Since(start)
	return r
}

// open reads an article in the background and shows it, or says plainly
// why it cannot. A newer open cancels this one. A long article shows with
// its first part marked, and the glossary may still be loading: in both
// cases markDocument marks the rest.
func (s *mainScreen) open(src source) {
	g, loading, opt := s.g, s.loading, s.figureOptions()
	s.openWith(src, func(ctx context.Context) reading {
		return readArticle(ctx, src, g, loading, opt)
	})
}

// openWith shows the article that read reads, in the background.
func (s *mainScreen) openWith(src source, read func(ctx context.Context) reading) {
	// The article on screen is being replaced: marking it is moot.
	s.marking.stop()
	s.backgroundLatest(s.opening, "Opening "+src.name+"…", func(ctx context.Context) func() {
		r := read(ctx)
		d, err := r.d, r.err
		return func() {
			if ctx.Err() != nil {
				return // a newer open shows its own article
			}
			if err != nil {
				if src.fromRecent && src.uri != nil {
					dropRecent(s.prefs, src.uri.String())
					s.refreshRecent()
				}
				s.updateStatus()
				s.showError("Cannot open "+src.name, err)
				s.markDocument() // the article still on screen, if stopped above
				return
			}
			s.timings.stepf("article read", "%d bytes, reading took %s, with its first marks %s", r.bytes, ms(r.read), ms(r.took))
			s.showDocument(d)
			keep := func() { s.shelf.keep(src, d) }
			if d.marks == notMarked {
				// The glossary marks it when it comes, or now if it came
				// while the text was read.
				s.markDocument()
				s.afterFirstMarks(true, keep)
				return
			}
			// Marked as it was read: the rest of a long article once these
			// marks are drawn. While the glossary it was marked with is
			// not in force yet, putting it in force does that.
			s.afterFirstMarks(false, func() {
				if s.doc == d && s.g != nil {
					s.markDocument()
				}
				keep()
			})
		}
	})
}

// readAhead is the first article, read while the screen is built (Run):
// a 5 MB article took ~0.13 s to read and make ready after the screen
// was built, and was shown a frame or more after it.
type readAhead struct {
	src  source
	done chan struct{} // closed once r is read
	r    reading
}

// startReadingAhead starts reading the article openInitial would open.
// s.loading must be set, started or not, so that the article can be
// marked as it is read (a long one starts it).
func (s *mainScreen) startReadingAhead(opts Options) *readAhead {
	ra := &readAhead{src: s.initialSource(opts), done: make(chan struct{})}
	loading, opt := s.loading, s.figureOptions()
	if longFile(ra.src) {
		// Started once the text is read, the glossary was at times
		// still loading when it was ready (under load on two cores).
		loading.start()
	}
	go func() {
		defer close(ra.done)
		ra.r = readArticle(context.Background(), ra.src, nil, loading, opt)
	}()
	return ra
}

func (s *mainScreen) openURI(u fyne.URI) {
	src := uriSource(u)
	for _, r := range recentFiles(s.prefs) {
		src.fromRecent = src.fromRecent || r == u.String()
	}
	s.open(src)
}

// longFile reports whether src is a local file long enough to be
// marked in two steps (see firstPart), by its size.
func longFile(src source) bool {
	if src.uri == nil || src.uri.Scheme() != "file" {
		return false
	}
	st, err := os.Stat(src.uri.Path())
	return err == nil && st.Mode().IsRegular() && st.Size() > 2*firstPartBytes
}

func (s *mainScreen) openPath(path string) { s.open(pathSource(path)) }

func pathSource(path string) source {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	return uriSource(storage.NewFileURI(path))
}

func (s *mainScreen) openSample() { s.open(sampleSource()) }

// openInitial opens the first article, or shows the one read ahead.
func (s *mainScreen) openInitial(opts Options) {
	if ra := s.ahead; ra != nil {
		s.ahead = nil
		s.openWith(ra.src, func(context.Context) reading {
			<-ra.done
			return ra.r
		})
		return
	}
	s.open(s.initialSource(opts))
}

// initialSource is what the command line asks for; else the most recent
// article, if it is still there; else the sample.
func (s *mainScreen) initialSource(opts Options) source {
	switch {
	case len(opts.Files) > 0:
		return pathSource(opts.Files[0])
	case !opts.Sample:
		for _, r := range recentFiles(s.prefs) {
			u, err := storage.ParseURI(r)
			if err != nil {
				continue
			}
			if ok, _ := storage.Exists(u); ok {
				src := uriSource(u)
				src.fromRecent = true
				return src
			}
			break
		}
	}
	return sampleSource()
}

func (s *mainScreen) onOpen() {
	fm, d := newFileOpen(s.w, func(r fyne.URIReadCloser, err error) {
		if err != nil {
			s.showError("Cannot open the file", err)
			return
		}
		if r == nil {
			return
		}
		u := r.URI()
		r.Close()
		s.openURI(u)
	})
	d.SetFilter(storage.NewExtensionFileFilter(articleExtensions))
	if dir := s.lastFolder(); dir != nil {
		d.SetLocation(dir)
	}
	fm.Show()
}

// lastFolder is the folder of the most recent file, where the Open
// dialog starts.
func (s *mainScreen) lastFolder() fyne.ListableURI {
	for _, r := range recentFiles(s.prefs) {
		u, err := storage.ParseURI(r)
		if err != nil {
			continue
		}
		parent, err := storage.Parent(u)
		if err != nil {
			continue
		}
		if l, err := storage.ListerForURI(parent); err == nil {
			return l
		}
	}
	return nil
}

// onDropped opens a file dropped on the window.
func (s *mainScreen) onDropped(_ fyne.Position, uris []fyne.URI) {
	if len(uris) == 0 {
		return
	}
	// One article at a time: the first of several files wins.
	if sc := uris[0].Scheme(); sc == "http" || sc == "https" {
		s.shelf.showOpenAddress(uris[0].String())
		return
	}
	s.openURI(uris[0])
}

// onPaste opens the text on the clipboard as an article.
func (s *mainScreen) onPaste() {
	text := s.a.Clipboard().Content()
	if strings.TrimSpace(text) == "" {
		showInformation(s.w, "Nothing to paste", "The clipboard holds no text. Copy an article's text in your browser, then choose Paste article again.")
		return
	}
	if web.LooksLikeAddress(text) {
		s.shelf.showOpenAddress(strings.TrimSpace(text))
		return
	}
	s.open(pastedSource(text))
}

// onExport saves the article as a standalone HTML page with its
// highlights and glosses.
func (s *mainScreen) onExport() {
	if s.doc == nil {
		showInformation(s.w, "Nothing to export", "Open an article first.")
		return
	}
	doc := s.doc
	fm, d := newFileSave(s.w, func(wc fyne.URIWriteCloser, err error) {
		if err != nil {
			s.showError("Cannot save the page", err)
			return
		}
		if wc == nil {
			return
		}
		err = exportHTML(wc, doc)
		if cerr := wc.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			s.showError("Cannot save the page", err)
			return
		}
		s.flash("Saved " + wc.URI().Name())
	})
	d.SetFileName(exportName(doc))
	d.SetFilter(storage.NewExtensionFileFilter([]string{".html", ".htm"}))
	if dir := s.lastFolder(); dir != nil {
		d.SetLocation(dir)
	}
	fm.Show()
}

func exportName(d *document) string {
	base := "article"
	if d.uri != nil {
		base = strings.TrimSuffix(d.uri.Name(), d.uri.Extension())
	}
	return base + "-pathok.html"
}

func exportHTML(w io.Writer, d *document) error {
	return htmlpage.Write(w, d.name+" — Pathok", d.ann)
}
