package glossary

import (
	"context"
	"errors"
	"io"
	"reflect"
	"strings"
	"sync"
	"testing"
	"testing/iotest"
	"time"
	"unicode/utf8"

	"github.com/pathok/pathok/glossary/chunk"
	"github.com/pathok/pathok/glossary/figures"
	"github.com/pathok/pathok/glossary/textfile"
)

// streamArticle is a multi-paragraph article of our own with what makes
// whole-document annotation whole: a surname read by the full name met in
// an earlier paragraph (ইয়ো জং's কিম), টাকা read as rupees from a Kolkata
// clue elsewhere, CRLF and LF paragraphs, NFD spellings (য + ়), and a
// name that runs over a line break inside a paragraph.
const streamArticle = "উত্তর কোরিয়ার নেতা কিম ইয়ো জং শনিবার পিয়ংইয়ংয়ে রুশ পররাষ্ট্রমন্ত্রী সের্গেই লাভরভের সঙ্গে বৈঠক করেন।\r\n\r\n" +
	"বৈঠকের পর লাভরভ বলেন, ২০২৫ সালের ১২ মার্চ থেকে দুই দেশের বাণিজ্য ৪০ শতাংশ বেড়েছে।\n\n" +
	"কিম বলেন, কলকাতায় এক কেজি চালের দাম এখন ৫০ টাকা।\n\n" +
	"পিয\u09bcংইয\u09bcং থেকে ফিরে কিম জং\nউন সকাল ১০টায় মস্কোর উদ্দেশে রওনা দেবেন।\n"

// stream annotates text through AnnotateStream and gathers the pieces.
func stream(t testing.TB, g *Glossary, text string, opt StreamOptions) ([]Span, []*Piece, error) {
	t.Helper()
	var spans []Span
	var pieces []*Piece
	err := g.AnnotateStream(context.Background(), "article.txt", iotest.HalfReader(strings.NewReader(text)), opt, func(p *Piece) error {
		spans = append(spans, p.Spans...)
		cp := *p
		pieces = append(pieces, &cp)
		return nil
	})
	return spans, pieces, err
}

func builtinForTest(t testing.TB) *Glossary {
	t.Helper()
	g, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// A text under a chunk is annotated exactly as the whole document is.
func TestAnnotateStreamMatchesWhole(t *testing.T) {
	g := builtinForTest(t)
	for _, taka := range []string{figures.TakaAuto, "BDT"} {
		opt := figures.Options{Taka: taka}
		want := g.AnnotateWith(streamArticle, opt).Spans
		got, pieces, err := stream(t, g, streamArticle, StreamOptions{Figures: opt})
		if err != nil {
			t.Fatal(err)
		}
		if len(pieces) != 1 || !pieces[0].Last || pieces[0].Text != streamArticle {
			t.Fatalf("taka %s: got %d pieces; want the whole text as one last piece", taka, len(pieces))
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("taka %s: got %d spans %+v; want %d spans %+v", taka, len(got), got, len(want), want)
		}
		checkSpans(t, streamArticle, got)
	}
	// The article must exercise what it claims to.
	whole := g.Annotate(streamArticle).Spans
	var kimYoJong, rupees bool
	for _, s := range whole {
		kimYoJong = kimYoJong || s.Text == "কিম" && s.Gloss == "Kim Yo Jong"
		rupees = rupees || strings.HasSuffix(s.Value, "INR")
	}
	if !kimYoJong || !rupees {
		t.Errorf("got lone কিম as Kim Yo Jong %v, টাকা as INR %v; want both (the test text no longer tests them)", kimYoJong, rupees)
	}
}

// Cut into many small chunks, a text whose paragraphs stand alone (every
// name in full, no টাকা) gives the spans of the whole: offsets carry over
// from chunk to chunk.
func TestAnnotateStreamOffsetsAcrossChunks(t *testing.T) {
	g := builtinForTest(t)
	paras := []string{
		"\ufeffরুশ প্রেসিডেন্ট ভ্লাদিমির পুতিন ২০২৪ সালের জুনে পিয়ংইয়ং সফর করেন।",
		"সের্গেই লাভরভ\r\nসোমবার মস্কোয় বলেন, ৩ হাজার ৫০০ সেনা যাবে।",
		"এই অনুচ্ছেদে কোনো নাম নেই, আছে শুধু ১০ শতাংশ।",
		"পিয\u09bcংইয\u09bcং থেকে কিম জং উন ফিরলেন রাত ৯টা ৩০ মিনিটে।",
		// A paragraph (so, here, a chunk) that opens with combining marks:
		// normalisation must not reach back over the cut.
		"\u09bc\u09be মস্কো থেকে ৫ কিলোমিটার দূরে",
		// A name broken over a line inside a paragraph is read as the
		// whole document reads it: no cut falls inside a paragraph.
		"পিয়ংইয়ং থেকে ফিরে কিম জং\nউন সকালে মস্কো যাবেন।",
	}
	var b strings.Builder
	for range 20 {
		for _, p := range paras {
			b.WriteString(p)
			b.WriteString("\n\n")
		}
	}
	text := b.String()
	whole := strings.TrimPrefix(text, "\ufeff")
	want := g.Annotate(whole).Spans
	for _, workers := range []int{1, 4} {
		got, pieces, err := stream(t, g, text, StreamOptions{Workers: workers, Chunk: chunk.Options{Size: 300}})
		if err != nil {
			t.Fatal(err)
		}
		if len(pieces) < 10 {
			t.Fatalf("workers %d: got %d pieces; want many", workers, len(pieces))
		}
		checkSpans(t, whole, got)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("workers %d: got %d spans; want %d as in the whole text", workers, len(got), len(want))
		}
		for i, p := range pieces {
			if p.Seq != i || p.Last != (i == len(pieces)-1) {
				t.Errorf("piece %d: got Seq %d Last %v; want in order, the last marked", i, p.Seq, p.Last)
			}
		}
	}
}

func TestAnnotateStreamBadText(t *testing.T) {
	g := builtinForTest(t)
	good := strings.Repeat("কিম জং উন পিয়ংইয়ংয়ে।\n\n", 20)
	text := good + "মস্কো\xff\n\nসিউল\n"
	_, pieces, err := stream(t, g, text, StreamOptions{Workers: 3, Chunk: chunk.Options{Size: 100}})
	var te *textfile.Error
	if !errors.As(err, &te) {
		t.Fatalf("got %v; want a *textfile.Error", err)
	}
	if want := strings.Index(text, "\xff"); te.Offset != want || te.Line != 41 || te.Name != "article.txt" {
		t.Errorf("got %s; want article.txt line 41, byte %d", te, want)
	}
	var emitted strings.Builder
	for _, p := range pieces {
		emitted.WriteString(p.Text)
	}
	if emitted.String() != good {
		t.Errorf("emitted %d bytes before the error; want all %d before the bad chunk", emitted.Len(), len(good))
	}
}

func TestAnnotateStreamStops(t *testing.T) {
	g := builtinForTest(t)
	text := strings.Repeat("কিম জং উন পিয়ংইয়ংয়ে।\n\n", 200)
	stop := errors.New("disk full")
	calls := 0
	err := g.AnnotateStream(context.Background(), "a.txt", strings.NewReader(text), StreamOptions{Workers: 2, Chunk: chunk.Options{Size: 64}},
		func(p *Piece) error {
			calls++
			if p.Seq == 2 {
				return stop
			}
			return nil
		})
	if !errors.Is(err, stop) || calls != 3 {
		t.Errorf("got %v after %d pieces; want the emit error after 3", err, calls)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err = g.AnnotateStream(ctx, "a.txt", strings.NewReader(text), StreamOptions{}, func(*Piece) error { return nil })
	if !errors.Is(err, context.Canceled) {
		t.Errorf("with a cancelled context got %v; want context.Canceled", err)
	}
	renderErr := errors.New("cannot render")
	err = g.AnnotateStream(context.Background(), "a.txt", strings.NewReader(text), StreamOptions{Render: func(*Piece) error { return renderErr }},
		func(*Piece) error { return nil })
	if !errors.Is(err, renderErr) {
		t.Errorf("got %v; want the Render error", err)
	}
}

// A stream whose glossary is still loading reads ahead while it loads,
// annotates as with the glossary in hand, and with a glossary that fails
// to load returns that error with nothing emitted.
func TestAnnotateStreamLoading(t *testing.T) {
	g := builtinForTest(t)
	text := strings.Repeat(streamArticle+"\n", 30)
	opt := StreamOptions{Workers: 3, Chunk: chunk.Options{Size: 512}}
	want, _, err := stream(t, g, text, opt)
	if err != nil {
		t.Fatal(err)
	}
	loaded := make(chan struct{})
	read := &signalReader{r: strings.NewReader(text), read: make(chan struct{})}
	load := sync.OnceValues(func() (*Glossary, error) {
		select {
		case <-read.read: // the stream is read before the glossary is there
		case <-time.After(10 * time.Second):
			return nil, errors.New("the stream was not read while the glossary loaded")
		}
		close(loaded)
		return g, nil
	})
	var got []Span
	err = AnnotateStreamLoading(context.Background(), load, "article.txt", read, opt, func(p *Piece) error {
		select {
		case <-loaded:
		default:
			t.Error("a piece was emitted before the glossary had loaded")
		}
		got = append(got, p.Spans...)
		return nil
	})
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("got %d spans, %v; want the %d spans of a loaded glossary", len(got), err, len(want))
	}

	bad := errors.New("bad.json:3: not a glossary")
	emitted := 0
	err = AnnotateStreamLoading(context.Background(), func() (*Glossary, error) { return nil, bad }, "article.txt",
		strings.NewReader(text), opt, func(*Piece) error { emitted++; return nil })
	if !errors.Is(err, bad) || emitted != 0 {
		t.Errorf("got %v after %d pieces; want the load's error before any piece", err, emitted)
	}
}

// signalReader closes read once its first bytes have been read.
type signalReader struct {
	r    io.Reader
	read chan struct{}
	once sync.Once
}

func (s *signalReader) Read(p []byte) (int, error) {
	n, err := s.r.Read(p)
	s.once.Do(func() { close(s.read) })
	return n, err
}

func TestAnnotateStreamEmpty(t *testing.T) {
	g := builtinForTest(t)
	for _, in := range []string{"", "\ufeff", "\n\n\n"} {
		spans, pieces, err := stream(t, g, in, StreamOptions{})
		if err != nil || len(spans) != 0 || len(pieces) != 1 || !pieces[0].Last {
			t.Errorf("%q: got %d spans, %d pieces, %v; want one empty last piece", in, len(spans), len(pieces), err)
		}
	}
}

func TestCountRunes(t *testing.T) {
	for _, s := range []string{"", "a", "কিম জং উন", "\u00e9\U0001F600 পিয়ংইয়ং abc", strings.Repeat("ক্ষ১a", 17)} {
		if got, want := countRunes([]byte(s)), utf8.RuneCountInString(s); got != want {
			t.Errorf("countRunes(%q) = %d; want %d", s, got, want)
		}
	}
}

// TestAnnotateStreamRecycle streams many small chunks with their memory
// given back after each emit: what each emit sees (copied out at once)
// must be what a stream that keeps its pieces gives, and no later chunk
// may write into a piece before it has been emitted.
func TestAnnotateStreamRecycle(t *testing.T) {
	g := builtinForTest(t)
	text := strings.Repeat(streamArticle+"\n", 40)
	render := func(p *Piece) error {
		for i := range p.Spans {
			p.Out = append(p.Out, p.Spans[i].Text...)
			p.Out = append(p.Out, '|')
		}
		return nil
	}
	type seen struct {
		text  string
		spans []Span
		out   string
	}
	run := func(recycle bool) []seen {
		var got []seen
		opt := StreamOptions{Workers: 3, Chunk: chunk.Options{Size: 200}, Render: render, Recycle: recycle}
		err := g.AnnotateStream(context.Background(), "a.txt", strings.NewReader(text), opt, func(p *Piece) error {
			// A slow reader of pieces: workers run ahead meanwhile, so
			// memory given back too early would be written over here.
			time.Sleep(time.Millisecond)
			s := seen{text: strings.Clone(p.Text), out: string(p.Out)}
			for _, sp := range p.Spans {
				sp.Text, sp.Base, sp.Suffix = strings.Clone(sp.Text), strings.Clone(sp.Base), strings.Clone(sp.Suffix)
				s.spans = append(s.spans, sp)
			}
			got = append(got, s)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	want, got := run(false), run(true)
	if len(got) != len(want) || len(want) < 20 {
		t.Fatalf("got %d pieces with Recycle; want %d (and at least 20)", len(got), len(want))
	}
	for i := range want {
		if got[i].text != want[i].text || got[i].out != want[i].out || !reflect.DeepEqual(got[i].spans, want[i].spans) {
			t.Errorf("piece %d with Recycle: text %q, out %q; want %q, %q", i, got[i].text, got[i].out, want[i].text, want[i].out)
		}
	}
}

// A workspace prepared for one text annotates that text as a fresh one
// does, and is never taken as prepared for another text, even one of
// the same length or an empty one.
func TestWorkspacePrepared(t *testing.T) {
	g := builtinForTest(t)
	a := "পুতিন মস্কোয় কিম জং উনের সঙ্গে বৈঠক করেন।"
	b := strings.Replace(a, "পুতিন", "ট্রাম্প", 1)[:len(a)] // another text of a's length
	for _, tc := range []struct {
		name, prepared, text string
	}{
		{"the prepared text", a, a},
		{"another text of the same length", a, b},
		{"an empty text after a prepared one", a, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want := g.Annotate(tc.text).Spans
			ws := new(workspace)
			ws.prepare(tc.prepared)
			got, err := g.annotateIn(context.Background(), ws, tc.text, figures.Options{})
			if err != nil || !reflect.DeepEqual(got.Spans, want) {
				t.Errorf("got %v, %v; want %v", got.Spans, err, want)
			}
		})
	}
	// Once annotated, the preparation is spent: an empty text next (whose
	// bytes are nowhere, as the spent preparation's are) is no text.
	ws := new(workspace)
	ws.prepare(a)
	g.annotateIn(context.Background(), ws, a, figures.Options{})
	if got, _ := g.annotateIn(context.Background(), ws, "", figures.Options{}); len(got.Spans) != 0 {
		t.Errorf("an empty text after a spent preparation: got %d spans; want none", len(got.Spans))
	}
}
