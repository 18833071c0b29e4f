package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/pathok/pathok/glossary"
	"github.com/pathok/pathok/glossary/chunk"
	"github.com/pathok/pathok/glossary/feed"
	"github.com/pathok/pathok/glossary/figures"
	"github.com/pathok/pathok/glossary/htmlpage"
	"github.com/pathok/pathok/glossary/page"
	"github.com/pathok/pathok/glossary/user"
	"github.com/pathok/pathok/glossary/web"
)

// jsonAnnotation is the shape shared/eval/FORMAT.md defines.
type jsonAnnotation struct {
	File  string          `json:"file"`
	Spans []glossary.Span `json:"spans"`
}

func annotate(args []string, stdin io.Reader, stdout io.Writer) error {
	fs := flag.NewFlagSet("annotate", flag.ContinueOnError)
	format := fs.String("format", "text", "output format: json, text or html")
	userFile := fs.String("glossary", "", "a glossary file (JSON or TSV) loaded over the built-in one")
	outDir := fs.String("o", "", "with -format html: the folder to write one page per file into")
	taka := fs.String("taka", figures.TakaAuto, "what টাকা stands for: auto (per article), BDT or INR")
	files, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	switch *format {
	case "json", "text", "html":
	default:
		return fmt.Errorf("annotate: unknown format %q (want json, text or html): %w", *format, errUsage)
	}
	if !figures.ValidTaka(*taka) {
		return fmt.Errorf("annotate: unknown -taka %q (want auto, BDT or INR): %w", *taka, errUsage)
	}
	if len(files) == 0 {
		return fmt.Errorf("annotate: no file given (use - for standard input): %w", errUsage)
	}
	switch {
	case *outDir != "" && *format != "html":
		return fmt.Errorf("annotate: -o is for -format html, which writes one page per file: %w", errUsage)
	case *outDir == "" && *format == "html" && len(files) > 1:
		return fmt.Errorf("annotate: -format html writes one page per file; say -o DIR to write %d pages: %w", len(files), errUsage)
	}
	// The glossary loads (some tens of milliseconds) while the inputs are
	// opened and the first is read and cut into chunks; workers wait for
	// it.
	g := glossaryLoad(sync.OnceValues(func() (*glossary.Glossary, error) { return loadGlossary(*userFile) }))
	go g()
	// Every input is opened and its head read first, so that a missing,
	// binary or mis-encoded file (or a page that cannot be fetched) stops
	// the run before anything is printed. What can only be found further
	// into a streamed file (a bad byte at 500 MB) stops it there: what was
	// written stays, the error names the file, line and byte, and a JSON
	// object cut short is left without its closing brackets, so that no
	// reader takes it for a whole one.
	inputs := make([]*input, len(files))
	for i, name := range files {
		if inputs[i], err = openInput(name, stdin); err != nil {
			if _, gerr := g(); gerr != nil {
				return gerr // as if the glossary had been loaded first
			}
			return err
		}
	}
	opt := glossary.StreamOptions{Figures: figures.Options{Taka: *taka}, Chunk: streamChunks}
	if *outDir != "" {
		return writePages(g, opt, *outDir, inputs, stdout)
	}
	out := bufio.NewWriterSize(stdout, 256<<10)
	for _, in := range inputs {
		switch *format {
		case "json":
			err = writeAnnotationJSON(out, g, opt, in)
		case "text":
			err = writeListing(out, g, opt, in)
		case "html":
			err = writePage(out, g, opt, in)
		}
		if err != nil {
			break
		}
	}
	if ferr := out.Flush(); err == nil {
		err = ferr
	}
	return err
}

// streamChunks sizes the chunks streamed files are cut into: the
// defaults of package chunk, smaller in tests so that a few kilobytes
// make many chunks.
var streamChunks chunk.Options

// headBytes is how much of a file is read up front to choose how to read
// it (streamed, or whole: HTML, UTF-16) and to catch a file that is not
// text before anything is printed.
const headBytes = 64 << 10

// input is one file to annotate: either text already read whole, or a
// UTF-8 text file (or standard input) to stream.
type input struct {
	name  string // as given, for the JSON "file" and the listing
	title string // for messages and page titles
	whole bool
	text  string    // when whole
	path  string    // a file to stream
	r     io.Reader // standard input to stream
}

// openInput opens name and decides how to read it. Files and standard
// input that are plain UTF-8 text are streamed; web pages, HTML files
// and UTF-16 are read whole within the article cap, as the app reads
// them; a file that is not text gets the whole-file message.
func openInput(name string, stdin io.Reader) (*input, error) {
	in := &input{name: name, title: pageTitle(name)}
	if web.LooksLikeAddress(name) {
		text, err := readArticle(name, stdin)
		in.whole, in.text = true, text
		return in, err
	}
	var head []byte
	var eof bool
	if name == "-" {
		br := bufio.NewReaderSize(stdin, headBytes)
		h, err := br.Peek(headBytes)
		if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, bufio.ErrBufferFull) {
			return nil, fmt.Errorf("standard input: %w", err)
		}
		head, eof, in.r = h, err != nil, br
	} else {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		if st, err := f.Stat(); err == nil && st.IsDir() {
			return nil, fmt.Errorf("%s: is a folder, not a file", filepath.Base(name))
		}
		buf := make([]byte, headBytes)
		n, err := io.ReadFull(f, buf)
		if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, io.ErrUnexpectedEOF) {
			return nil, fmt.Errorf("%s: %w", filepath.Base(name), err)
		}
		head, eof, in.path = buf[:n], n < headBytes, name
	}
	// An empty file, or one that is not plain UTF-8 text, takes the
	// whole-file path and its messages.
	if !page.Plain(name, head) || (eof && len(bytes.TrimSpace(bytes.TrimPrefix(head, utf8BOM))) == 0) {
		var text string
		var err error
		if in.r != nil {
			text, err = page.Read("standard input", in.r)
		} else {
			text, err = page.ReadFile(name)
		}
		in.whole, in.text, in.r, in.path = true, text, nil, ""
		return in, err
	}
	// The head's whole lines must be UTF-8 text now, not half-way
	// through the output.
	offset := 0
	if bytes.HasPrefix(head, utf8BOM) {
		offset = len(utf8BOM)
	}
	lines := head[offset:]
	if !eof {
		lines = lines[:bytes.LastIndexByte(lines, '\n')+1]
	}
	if _, err := (chunk.Chunk{Data: lines, Offset: int64(offset), Line: 1}).Text(in.streamName()); err != nil {
		return nil, err
	}
	return in, nil
}

var utf8BOM = []byte{0xef, 0xbb, 0xbf}

// streamName names the input in errors, as page names files.
func (in *input) streamName() string {
	if in.name == "-" {
		return "standard input"
	}
	return filepath.Base(in.name)
}

// annotateInput annotates in and calls emit with each piece in order: one
// piece for text read whole, a piece per chunk for a stream.
func annotateInput(g glossaryLoad, opt glossary.StreamOptions, in *input, emit func(*glossary.Piece) error) error {
	if in.whole {
		gl, err := g()
		if err != nil {
			return err
		}
		a := gl.AnnotateWith(in.text, opt.Figures)
		p := &glossary.Piece{Text: in.text, Spans: a.Spans, Last: true}
		if opt.Render != nil {
			if err := opt.Render(p); err != nil {
				return err
			}
		}
		return emit(p)
	}
	r := in.r
	if r == nil {
		f, err := os.Open(in.path)
		if err != nil {
			return err
		}
		defer f.Close()
		r = f
	}
	return glossary.AnnotateStreamLoading(context.Background(), g, in.streamName(), r, opt, emit)
}

// spanJSONBytes is about what a span takes as JSON (a name with its
// gloss, in Bengali): room for it up front spares regrowing the buffer.
const spanJSONBytes = 160

// writeAnnotationJSON writes one object per file in the shape FORMAT.md defines,
// byte for byte what encoding/json makes of jsonAnnotation, its spans
// encoded on the workers as they are found.
func writeAnnotationJSON(w *bufio.Writer, g glossaryLoad, opt glossary.StreamOptions, in *input) error {
	// The head waits for the first piece: a glossary that fails to load
	// (which the stream meets first) then leaves nothing printed.
	head := append(appendJSONString([]byte(`{"file":`), in.name), `,"spans":[`...)
	first := true
	opt.Recycle = true // what is written is not kept
	opt.Render = func(p *glossary.Piece) error {
		// with room to spare, as mergeSpans leaves: the buffer is
		// used again for later pieces
		p.Out = slices.Grow(p.Out[:0], len(p.Spans)*spanJSONBytes*5/4)
		// A streamed piece is UTF-8 (a chunk that is not is an error
		// instead): only text read whole needs the check.
		valid := !in.whole || utf8.ValidString(p.Text)
		for i := range p.Spans {
			p.Out = append(p.Out, ',')
			p.Out = appendSpanJSONIn(p.Out, &p.Spans[i], valid)
		}
		return nil
	}
	err := annotateInput(g, opt, in, func(p *glossary.Piece) error {
		if head != nil {
			w.Write(head)
			head = nil
		}
		out := p.Out
		if first && len(out) > 0 {
			out, first = out[1:], false
		}
		_, err := w.Write(out)
		return err
	})
	if err != nil {
		return err
	}
	w.Write(head) // none if a piece came, as one always does
	_, err = w.WriteString("]}\n")
	return err
}

// writeListing lists the spans of one file, a line each, and then its
// tally: the listing is written as the file is read, so the count comes
// last.
func writeListing(w *bufio.Writer, g glossaryLoad, opt glossary.StreamOptions, in *input) error {
	opt.Recycle = true // what is written is not kept
	opt.Render = func(p *glossary.Piece) error {
		for i := range p.Spans {
			p.Out = appendListingLine(p.Out, &p.Spans[i])
		}
		return nil
	}
	var c glossary.Counts
	err := annotateInput(g, opt, in, func(p *glossary.Piece) error {
		pc := (&glossary.Annotation{Spans: p.Spans}).Counts()
		c.Names, c.Figures, c.Unknown = c.Names+pc.Names, c.Figures+pc.Figures, c.Unknown+pc.Unknown
		_, err := w.Write(p.Out)
		return err
	})
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s: %d names, %d figures, %d not in the glossary\n", in.name, c.Names, c.Figures, c.Unknown)
	return err
}

// writePage writes one file's page as it is annotated.
func writePage(w io.Writer, g glossaryLoad, opt glossary.StreamOptions, in *input) error {
	pw := htmlpage.NewWriter(w, in.title)
	err := annotateInput(g, opt, in, func(p *glossary.Piece) error {
		return pw.Piece(p.Text, p.Base, p.Spans)
	})
	if err != nil {
		return err
	}
	return pw.Close()
}

func pageTitle(name string) string {
	if name == "-" {
		return "standard input"
	}
	return filepath.Base(name)
}

// writePages writes each page into dir, named for its input file
// (news/a.txt → a.html), with -2, -3… where two inputs share a name, and
// lists the files written. A page is written to a temporary file and
// renamed when whole, so a run stopped by a bad file leaves no page cut
// short.
func writePages(g glossaryLoad, opt glossary.StreamOptions, dir string, inputs []*input, stdout io.Writer) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	taken := map[string]bool{}
	for _, in := range inputs {
		base := "standard-input"
		if in.name != "-" {
			base = strings.TrimSuffix(filepath.Base(in.name), filepath.Ext(in.name))
		}
		file := base + ".html"
		for n := 2; taken[strings.ToLower(file)]; n++ {
			file = fmt.Sprintf("%s-%d.html", base, n)
		}
		taken[strings.ToLower(file)] = true
		path := filepath.Join(dir, file)
		if err := writePageFile(g, opt, in, path); err != nil {
			return err
		}
		if _, err := fmt.Fprintf(stdout, "%s → %s\n", in.title, path); err != nil {
			return err
		}
	}
	return nil
}

func writePageFile(g glossaryLoad, opt glossary.StreamOptions, in *input, path string) error {
	f, err := os.CreateTemp(filepath.Dir(path), ".pathok-*.html")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name()) // fails harmlessly once renamed
	w := bufio.NewWriterSize(f, 256<<10)
	err = writePage(w, g, opt, in)
	if err == nil {
		err = w.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(f.Name(), 0o644)
	}
	if err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}

// readArticle reads a file, or standard input for "-", within the
// article size cap.
func readArticle(name string, stdin io.Reader) (string, error) {
	if web.LooksLikeAddress(name) {
		story, err := feed.Fetch(context.Background(), web.NewClient(), name)
		if err != nil {
			return "", err
		}
		return story.Text, nil
	}
	if name == "-" {
		return page.Read("standard input", stdin)
	}
	return page.ReadFile(name)
}

// glossaryLoad returns the glossary, waiting for it to load.
type glossaryLoad func() (*glossary.Glossary, error)

// loadGlossary is the built-in glossary with the user's file over it.
func loadGlossary(userFile string) (*glossary.Glossary, error) {
	builtin, err := glossary.BuiltinEntries()
	if err != nil {
		return nil, fmt.Errorf("built-in glossary: %w", err)
	}
	if userFile == "" {
		return glossary.New(builtin)
	}
	u, err := user.ReadFile(userFile)
	if err != nil {
		return nil, err
	}
	return glossary.New(u.Over(builtin))
}

// appendListingLine appends the listing line of one span.
func appendListingLine(b []byte, s *glossary.Span) []byte {
	gloss := s.Gloss
	if s.Value != "" && s.Value != s.Gloss {
		gloss += " = " + s.Value
	}
	if e := s.Entry; e != nil {
		gloss += " (" + e.ID
		if e.Native != "" {
			gloss += ", " + e.Native
		}
		gloss += ")"
	}
	line := fmt.Sprintf("%6d–%-6d %-11s %s → %s", s.Start, s.End, s.Kind, s.Text, gloss)
	if s.ReadingNote() != "" {
		line += "   [" + s.ReadingNote() + "]"
	}
	if s.Unknown {
		line += "   [not in the glossary]"
	}
	return append(append(b, strings.TrimRight(line, " ")...), '\n')
}
