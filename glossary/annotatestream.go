package glossary

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math/bits"
	"runtime"
	"sync"

	"github.com/pathok/pathok/glossary/chunk"
	"github.com/pathok/pathok/glossary/figures"
)

// A stream (a file of any size, standard input) is annotated a chunk of
// whole paragraphs at a time (see package chunk), on a worker per core,
// and handed back strictly in order. Memory then depends on the chunk
// size and the number of cores, not on the size of the input.
//
// What this changes: each chunk is annotated as if it were a document of
// its own. A text of up to chunk.Size (256 KB, far more than any news
// article) is one chunk and gets exactly what Annotate gives. In a longer
// text, a short name (a surname) is read by the full names met in its own
// chunk of about a quarter of a megabyte of surrounding paragraphs, and
// টাকা is decided per chunk: a window of a hundred or more paragraphs
// stands in for "the article", which is what a long file of many articles
// needs anyway, since one article's Kim is not the next one's.

// Piece is the annotation of one chunk of a stream.
type Piece struct {
	Seq int // 0 for the first chunk
	// Text is the chunk's text, UTF-8 throughout: a chunk that is not
	// is an error, never a piece.
	Text string
	// Base is the number of code points in the stream before Text; the
	// Spans' offsets already include it, so they are offsets into the
	// whole stream.
	Base  int
	Spans []Span
	Last  bool // no piece follows
	// Out is what StreamOptions.Render made of the piece, for the caller
	// to write.
	Out []byte
}

// StreamOptions tunes AnnotateStream.
type StreamOptions struct {
	Figures figures.Options
	Chunk   chunk.Options
	// Workers annotate chunks in parallel; 0 means one per core
	// (runtime.GOMAXPROCS).
	Workers int
	// Render, when set, runs on the worker right after its piece is
	// annotated, in parallel with the other workers: the place to turn
	// spans into output bytes (Piece.Out), so that the one goroutine that
	// writes in order only copies bytes. Piece.Out may hold the memory
	// of an earlier piece's Out, emptied: append to it.
	Render func(*Piece) error
	// Recycle says that the caller keeps nothing of a piece once emit
	// has returned: not its Text, its Spans or their strings, nor its
	// Out. Their memory is then used again for later chunks, so that a
	// long stream makes little garbage (several times the chunk's size
	// otherwise).
	Recycle bool
}

// inFlight is how many chunks may be read ahead per worker: enough to
// keep every worker busy while the writer waits for the oldest chunk, few
// enough that memory stays a small multiple of the chunk size. Each
// chunk in flight is a megabyte or two of buffers touched for the first
// time, and on a virtual machine a first touch (a page fault) can cost
// ten to fifteen microseconds a page: one chunk per worker, with the
// workers yielding to the reader and writer, keeps them as busy as two
// did, with 600 fewer faults on 26 MB.
const inFlight = 1

type streamJob struct {
	c     chunk.Chunk
	piece Piece
	err   error
	done  chan struct{}
}

// AnnotateStream reads r (named name in errors) to its end, annotating it
// a chunk at a time, and calls emit with each piece in order, from the
// calling goroutine. Text that is not UTF-8 is a *textfile.Error giving
// the byte offset, line and column in the whole stream; it is returned
// when its chunk's turn comes, so every piece before it has been emitted.
// An error from emit or Render, or ctx ending, stops the stream and is
// returned. r is not read after AnnotateStream returns.
func (g *Glossary) AnnotateStream(ctx context.Context, name string, r io.Reader, opt StreamOptions, emit func(*Piece) error) error {
	return AnnotateStreamLoading(ctx, func() (*Glossary, error) { return g, nil }, name, r, opt, emit)
}

// AnnotateStreamLoading is AnnotateStream with a glossary that may still
// be loading: each worker normalises its first chunk and then calls load
// (so load should wait for one loading, as sync.OnceValues does), and
// meanwhile the stream is opened, read and cut. A program that starts loading its
// glossary and then its stream saves most of the load's time, some
// tens of milliseconds; an error from load is the stream's error, met
// before any piece is emitted.
func AnnotateStreamLoading(ctx context.Context, load func() (*Glossary, error), name string, r io.Reader, opt StreamOptions, emit func(*Piece) error) error {
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan *streamJob, workers)
	order := make(chan *streamJob, workers*inFlight)
	cr := chunk.NewReader(name, r, opt.Chunk)
	var free *recycler
	if opt.Recycle {
		free = newRecycler(workers*inFlight + workers)
	}
	var wg sync.WaitGroup
	// The reader: cuts chunks and counts the code points before each, so
	// that workers can give offsets into the whole stream.
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(order)
		defer close(jobs)
		base := 0
		for {
			c, err := cr.Next()
			if errors.Is(err, io.EOF) {
				return
			}
			j := &streamJob{c: c, err: err, done: make(chan struct{})}
			j.piece = Piece{Seq: c.Seq, Base: base, Last: c.Last}
			if err != nil {
				close(j.done)
			}
			select {
			case order <- j:
			case <-ctx.Done():
				return
			}
			if err != nil {
				return
			}
			select {
			case jobs <- j:
			case <-ctx.Done():
				return
			}
			base += countRunes(c.Data)
		}
	}()
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ws := new(workspace)
			var g *Glossary
			var loadErr error
			loaded := false
			for j := range jobs {
				if !loaded {
					// Normalising needs no glossary: the first chunk
					// is normalised (and its cold memory touched)
					// while the glossary loads.
					ws.prepare(j.c.Unchecked())
					g, loadErr = load()
					loaded = true
				}
				if loadErr != nil {
					j.err = loadErr
					close(j.done)
					continue
				}
				if free != nil {
					ws.spans, j.piece.Out = free.take()
				}
				j.err = g.annotatePiece(ctx, ws, name, j, opt)
				close(j.done)
				// With a worker per core, the writer this piece wakes
				// and the reader that taking a job woke would wait
				// for a worker's time slice to end (10 ms); the writer
				// then fell behind at the start and left pieces to
				// write after the last was annotated.
				runtime.Gosched()
			}
		}()
	}
	err := func() error {
		for j := range order {
			select {
			case <-j.done:
			case <-ctx.Done():
				return ctx.Err()
			}
			if j.err != nil {
				return j.err
			}
			if err := emit(&j.piece); err != nil {
				return err
			}
			if free != nil {
				free.give(j.piece.Spans, j.piece.Out)
				cr.Recycle(j.c)
				j.piece = Piece{}
			}
		}
		return ctx.Err()
	}()
	cancel()
	// Let the reader and the workers see the end: drain what they would
	// still hand over, then wait, so that r is not read after we return.
	go func() {
		for range order {
		}
	}()
	wg.Wait()
	return err
}

// annotatePiece checks and annotates one chunk, shifting its spans by the
// code points before it.
func (g *Glossary) annotatePiece(ctx context.Context, ws *workspace, name string, j *streamJob, opt StreamOptions) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	// Normalising reads every byte anyway: it tells whether the chunk is
	// text, and only then is the chunk checked again for the error.
	text := j.c.Unchecked()
	a, err := g.annotateIn(ctx, ws, text, opt.Figures)
	if err != nil {
		return err
	}
	if ws.text.Invalid {
		_, err := j.c.Text(name)
		if err == nil {
			err = fmt.Errorf("%s: normalising found a byte that is not text, which the check did not", name)
		}
		return err
	}
	p := &j.piece
	p.Text, p.Spans = text, a.Spans
	for i := range p.Spans {
		s := &p.Spans[i]
		s.Start += p.Base
		s.End += p.Base
		if s.baseEnd != 0 {
			s.baseEnd += p.Base
		}
	}
	j.c.Data = nil // the text and its spans hold it now
	if opt.Render != nil {
		return opt.Render(p)
	}
	return nil
}

// countRunes counts the code points of UTF-8 text as the bytes that do
// not continue a character, eight bytes at a time. On text that is not
// UTF-8 the count is wrong, but such a chunk is an error before any
// offset after it is used.
func countRunes(b []byte) int {
	n := 0
	i := 0
	for ; i+8 <= len(b); i += 8 {
		w := binary.LittleEndian.Uint64(b[i:])
		// A continuation byte is 10xxxxxx: bit 7 set and bit 6 clear.
		cont := w & ^(w << 1) & 0x8080808080808080
		n += 8 - bits.OnesCount64(cont)
	}
	for ; i < len(b); i++ {
		if b[i]&0xc0 != 0x80 {
			n++
		}
	}
	return n
}

// recycler holds the span lists and output buffers of pieces already
// emitted, for the workers to fill again.
type recycler struct {
	spans chan []Span
	outs  chan []byte
}

func newRecycler(n int) *recycler {
	return &recycler{spans: make(chan []Span, n), outs: make(chan []byte, n)}
}

// take returns an emptied span list and output buffer, or nils when none
// has been given back yet.
func (rc *recycler) take() (spans []Span, out []byte) {
	select {
	case spans = <-rc.spans:
	default:
	}
	select {
	case out = <-rc.outs:
	default:
	}
	return spans[:0], out[:0]
}

func (rc *recycler) give(spans []Span, out []byte) {
	if cap(spans) > 0 {
		select {
		case rc.spans <- spans:
		default:
		}
	}
	if cap(out) > 0 {
		select {
		case rc.outs <- out:
		default:
		}
	}
}
