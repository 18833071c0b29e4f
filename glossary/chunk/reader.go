package chunk

import (
	"bytes"
	"errors"
	"fmt"
	"io"

	"github.com/pathok/pathok/glossary/textfile"
)

// Size and MaxLine are the defaults of Options.
const (
	// Size is large enough that a news article, even a long feature, is
	// one chunk and so is annotated exactly as a whole document is, and
	// small enough that a worker per core holds only a few megabytes. At
	// 1 MB the CLI held 105 MB and spent twice the system time in page
	// faults (0.31 s against 0.14 s on a 26 MB file): what is in flight
	// is a few chunks per core, each some fifteen times its size once
	// normalised, tokenised and spanned.
	Size = 256 << 10
	// MaxLine is the article cap: a file that Pathok opens whole today
	// never fails here, whatever its line lengths.
	MaxLine = 32 << 20
)

// Options tunes a Reader; zero fields take the defaults above.
type Options struct {
	Size    int // a chunk ends at the first paragraph break at or past this many bytes
	MaxLine int // the longest stretch without a line break that is accepted
}

// Chunk is a run of whole paragraphs (or, in a paragraph longer than
// Size, of whole lines).
type Chunk struct {
	Seq    int    // 0 for the first chunk
	Data   []byte // the bytes, a leading UTF-8 byte-order mark dropped
	Offset int64  // byte offset of Data[0] in the stream
	Line   int    // 1-based line of Data[0]
	Last   bool   // no chunk follows

	buf []byte // the whole buffer Data was cut from, for Recycle
}

// Reader cuts a stream into chunks.
type Reader struct {
	name     string
	r        io.Reader
	opt      Options
	buf      []byte // pending bytes are buf[:n]
	n        int
	eof      bool
	seq      int
	offset   int64
	line     int
	scanned  int // where cut's search goes on
	firstEnd int // just past the first line end at or past Size, or 0
	finished bool
	// free holds buffers of chunks given back by Recycle: a long stream
	// then reads into the same few megabytes over and over, instead of
	// leaving a megabyte of garbage per chunk for the collector.
	free chan []byte
}

// NewReader reads r, named name in errors.
func NewReader(name string, r io.Reader, opt Options) *Reader {
	if opt.Size <= 0 {
		opt.Size = Size
	}
	if opt.MaxLine <= 0 {
		opt.MaxLine = MaxLine
	}
	opt.MaxLine = max(opt.MaxLine, opt.Size)
	return &Reader{name: name, r: r, opt: opt, line: 1, free: make(chan []byte, recycled)}
}

// recycled is how many given-back buffers a Reader keeps; more are left
// to the collector.
const recycled = 8

// Recycle gives back the buffer of a chunk that its caller is done with:
// nothing may read its Data, or any string made from it (Text,
// Unchecked), afterwards. It may be called from any goroutine.
func (cr *Reader) Recycle(c Chunk) {
	if c.buf == nil {
		return
	}
	select {
	case cr.free <- c.buf[:0]:
	default:
	}
}

// newBuf is an empty buffer of at least n bytes, a given-back one when
// one is large enough.
func (cr *Reader) newBuf(n int) []byte {
	select {
	case b := <-cr.free:
		if cap(b) >= n {
			return b
		}
	default:
	}
	return make([]byte, 0, n)
}

// readBlock is how much is asked of the underlying reader at a time.
const readBlock = 256 << 10

// Next returns the next chunk, or io.EOF after the last; an empty stream
// is one empty chunk, so that a caller always sees a Last one. The chunk's Data
// is the caller's to keep: the reader never writes to it again, unless it
// is given back with Recycle.
func (cr *Reader) Next() (Chunk, error) {
	if cr.finished {
		return Chunk{}, io.EOF
	}
	for {
		cut, err := cr.cut()
		if err != nil {
			cr.finished = true
			return Chunk{}, err
		}
		if cut > 0 || cr.eof {
			return cr.emit(cut), nil
		}
		if err := cr.fill(); err != nil {
			cr.finished = true
			return Chunk{}, fmt.Errorf("%s: %w", cr.name, err)
		}
	}
}

// cut is where the next chunk ends, or 0 when more must be read first.
// Where a cut falls depends only on the bytes, never on how the reads
// happened to arrive, so a file annotates the same from disk or a pipe:
//
//  1. at the first paragraph break that ends at or past Size and before
//     paraLimit;
//  2. else, in a paragraph that long, at the first line end past Size;
//  3. else at the last line end before Size;
//  4. else (one line longer than paraLimit) at its end, if that comes
//     within MaxLine; past MaxLine it is an error.
func (cr *Reader) cut() (int, error) {
	b, n := cr.buf[:cr.n], cr.n
	size, paraLimit := cr.opt.Size, cr.paraLimit()
	if n < size {
		return cr.more()
	}
	// A CR as the last byte read may yet be the first half of a CRLF.
	end := n
	if !cr.eof && b[n-1] == '\r' {
		end = n - 1
	}
	i := max(cr.scanned, size-1)
	for ; i < min(end, paraLimit); i++ {
		if !lineEnd(b, i) {
			continue
		}
		if cr.firstEnd == 0 {
			cr.firstEnd = i + 1
		}
		if blankBefore(b, i) {
			return i + 1, nil
		}
	}
	cr.scanned = i
	if i < paraLimit {
		return cr.more()
	}
	if cr.firstEnd > 0 {
		return cr.firstEnd, nil
	}
	if c := lastLineEnd(b, size-1); c > 0 {
		return c, nil
	}
	for ; i < min(end, cr.opt.MaxLine); i++ {
		if lineEnd(b, i) {
			return i + 1, nil
		}
	}
	cr.scanned = i
	if i >= cr.opt.MaxLine {
		return 0, &textfile.Error{Name: cr.name, Offset: int(cr.offset), Line: cr.line, Column: 1,
			Msg: fmt.Sprintf("has a line longer than %s starting here; Pathok reads text a line at a time up to that", textfile.HumanBytes(int64(cr.opt.MaxLine)))}
	}
	return cr.more()
}

// paraLimit is how far a paragraph may run before it is cut at a line
// end instead: a text with no blank lines still makes chunks near Size.
func (cr *Reader) paraLimit() int { return min(4*cr.opt.Size, cr.opt.MaxLine) }

// more asks for more bytes, or at the end of the stream takes them all.
func (cr *Reader) more() (int, error) {
	if cr.eof {
		return cr.n, nil
	}
	return 0, nil
}

// emit hands out pending[:cut] and keeps the rest.
func (cr *Reader) emit(cut int) Chunk {
	data := cr.buf[:cut:cut]
	c := Chunk{Seq: cr.seq, Data: data, Offset: cr.offset, Line: cr.line, buf: cr.buf}
	if cr.seq == 0 && bytes.HasPrefix(data, bom) {
		c.Data, c.Offset = data[len(bom):], c.Offset+int64(len(bom))
	}
	cr.seq++
	cr.offset += int64(cut)
	cr.line += bytes.Count(data, []byte{'\n'}) // lines as textfile.Position counts them
	// The rest moves to a fresh buffer: the chunk's bytes belong to its
	// worker now.
	rest := cr.buf[cut:cr.n]
	cr.buf = append(cr.newBuf(max(cr.opt.Size+readBlock, len(rest)+readBlock)), rest...)
	cr.n = len(rest)
	cr.scanned, cr.firstEnd = 0, 0
	c.Last = cr.eof && cr.n == 0
	if c.Last {
		cr.finished = true
	}
	return c
}

var bom = []byte{0xef, 0xbb, 0xbf}

// fill reads one block more.
func (cr *Reader) fill() error {
	if cap(cr.buf)-cr.n < readBlock {
		// The first buffer holds a chunk and the read that finds its end,
		// so that the first chunk is not copied into a second.
		nb := make([]byte, cr.n, max(2*cap(cr.buf)+readBlock, cr.opt.Size+readBlock))
		copy(nb, cr.buf[:cr.n])
		cr.buf = nb
	}
	m, err := io.ReadAtLeast(cr.r, cr.buf[cr.n:cap(cr.buf)], 1)
	cr.n += m
	cr.buf = cr.buf[:cap(cr.buf)]
	switch {
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		cr.eof = true
		return nil
	}
	return err
}

// lineEnd reports whether b[i] ends a line: a LF, or a CR not followed by
// a LF (a lone CR, as old Mac files write). A CR at the very end of b is
// not known to be lone, so it is not taken.
func lineEnd(b []byte, i int) bool {
	switch b[i] {
	case '\n':
		return true
	case '\r':
		return i+1 < len(b) && b[i+1] != '\n'
	}
	return false
}

// firstBreak is the position just past the first paragraph break whose
// final line end is at or after from, or 0. A paragraph break is a line
// end that closes a blank line (nothing but spaces, tabs or CRs); with
// para false any line end will do.
func firstBreak(b []byte, from int, para bool) int {
	for i := from; i < len(b); i++ {
		if !lineEnd(b, i) {
			continue
		}
		if !para || blankBefore(b, i) {
			return i + 1
		}
	}
	return 0
}

// blankBefore reports whether the line that b[i] ends is blank and
// follows another line end (so it is a blank line, not the end of text).
func blankBefore(b []byte, i int) bool {
	for j := i - 1; j >= 0; j-- {
		switch b[j] {
		case ' ', '\t':
		case '\r':
			if j == i-1 && b[i] == '\n' {
				continue // the CR of this CRLF
			}
			return true // a lone CR ends the previous line
		case '\n':
			return true
		default:
			return false
		}
	}
	return false
}

// lastLineEnd is the position just past the last line end before to in
// b, or 0.
func lastLineEnd(b []byte, to int) int {
	for i := to - 1; i >= 0; i-- {
		if lineEnd(b, i) {
			return i + 1
		}
	}
	return 0
}
