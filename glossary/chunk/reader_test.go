package chunk

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/pathok/pathok/glossary/textfile"
)

// readAll cuts in into chunks with opt and returns their data as strings.
func readAll(t testing.TB, in string, opt Options) ([]string, []Chunk, error) {
	t.Helper()
	// One byte at a time: every cut must hold however the stream arrives.
	return readFrom(t, iotest.OneByteReader(strings.NewReader(in)), opt)
}

func readFrom(t testing.TB, r io.Reader, opt Options) ([]string, []Chunk, error) {
	t.Helper()
	cr := NewReader("in.txt", r, opt)
	var out []string
	var chunks []Chunk
	for {
		c, err := cr.Next()
		if errors.Is(err, io.EOF) {
			return out, chunks, nil
		}
		if err != nil {
			return out, chunks, err
		}
		out = append(out, string(c.Data))
		chunks = append(chunks, c)
	}
}

func TestReaderCuts(t *testing.T) {
	small := Options{Size: 16, MaxLine: 400}
	cases := []struct {
		name string
		in   string
		opt  Options
		want []string
	}{
		// Paragraphs
		{"one paragraph under the size", "কিম জং উন।\n", small, []string{"কিম জং উন।\n"}},
		{"cut after the blank line past the size", "প্রথম অনুচ্ছেদ\n\nদ্বিতীয়\n", small, []string{"প্রথম অনুচ্ছেদ\n\n", "দ্বিতীয়\n"}},
		{"short paragraphs gathered to the size", "ক\n\nখ\n\nগগগগগগগগ\n\nঘ", Options{Size: 12, MaxLine: 64}, []string{"ক\n\nখ\n\nগগগগগগগগ\n\n", "ঘ"}},
		{"several blank lines stay with the chunk before", "অনুচ্ছেদ এক\n\n\n\nদুই", small, []string{"অনুচ্ছেদ এক\n\n", "\n\nদুই"}},
		{"a blank line of spaces and tabs is a break", "অনুচ্ছেদ এক\n \t\nদুই", small, []string{"অনুচ্ছেদ এক\n \t\n", "দুই"}},
		// Line ends
		{"CRLF", "অনুচ্ছেদ এক\r\n\r\nদুই\r\n", small, []string{"অনুচ্ছেদ এক\r\n\r\n", "দুই\r\n"}},
		{"lone CR", "অনুচ্ছেদ এক\r\rদুই\r", small, []string{"অনুচ্ছেদ এক\r\r", "দুই\r"}},
		{"a single line break is not a paragraph break", "মস্কো থেকে\nসিউলে ফেরা", small, []string{"মস্কো থেকে\nসিউলে ফেরা"}},
		// Ends of the stream
		{"empty is one empty chunk", "", small, []string{""}},
		{"no trailing newline", "শেষ লাইন", small, []string{"শেষ লাইন"}},
		{"only blank lines", "\n\n\n", small, []string{"\n\n\n"}},
		{"byte-order mark dropped", "\ufeffকিম\n", small, []string{"কিম\n"}},
		{"byte-order mark only", "\ufeff", small, []string{""}},
		// A paragraph longer than the chunk: cut at its last line break
		// within MaxLine.
		// A paragraph longer than four chunks is cut at the first line
		// end past the size; a line longer than that at its end.
		{"long paragraph cut at a line break", "কিম জং\n" + strings.Repeat("উন\n", 12) + "\nশেষ", Options{Size: 8, MaxLine: 200},
			[]string{"কিম জং\n", "উন\nউন\n", "উন\nউন\n", "উন\nউন\n", "উন\nউন\n", strings.Repeat("উন\n", 4) + "\n", "শেষ"}},
		{"long line cut at its end", "ক\n" + strings.Repeat("খ", 20) + "\nগ", Options{Size: 8, MaxLine: 200},
			[]string{"ক\n", strings.Repeat("খ", 20) + "\n", "গ"}},
		// Defaults hold a short text whole.
		{"defaults", "ক\n\nখ\n\nগ", Options{}, []string{"ক\n\nখ\n\nগ"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, _, err := readAll(t, c.in, c.opt)
			if err != nil {
				t.Fatalf("got error %v; want none", err)
			}
			if strings.Join(got, "|") != strings.Join(c.want, "|") || len(got) != len(c.want) {
				t.Errorf("got %q; want %q", got, c.want)
			}
		})
	}
}

func TestReaderPositions(t *testing.T) {
	in := "\ufeffএক\n\nদুই লাইন\nতিন\n\nচার\n"
	_, chunks, err := readAll(t, in, Options{Size: 4, MaxLine: 64})
	if err != nil {
		t.Fatal(err)
	}
	for i, c := range chunks {
		if c.Seq != i {
			t.Errorf("chunk %d: got Seq %d; want %d", i, c.Seq, i)
		}
		if got := in[c.Offset : c.Offset+int64(len(c.Data))]; got != string(c.Data) {
			t.Errorf("chunk %d: got %q at offset %d; want %q", i, got, c.Offset, c.Data)
		}
		if want := strings.Count(in[:c.Offset], "\n") + 1; c.Line != want {
			t.Errorf("chunk %d: got line %d; want %d", i, c.Line, want)
		}
		if want := i == len(chunks)-1; c.Last != want {
			t.Errorf("chunk %d: got Last %v; want %v", i, c.Last, want)
		}
	}
}

func TestReaderLineTooLong(t *testing.T) {
	in := "ক\n\n" + strings.Repeat("খ", 30) // 90 bytes without a line break
	_, _, err := readAll(t, in, Options{Size: 4, MaxLine: 32})
	var te *textfile.Error
	if !errors.As(err, &te) {
		t.Fatalf("got %v; want a *textfile.Error", err)
	}
	if te.Offset != len("ক\n\n") || te.Line != 3 || !strings.Contains(te.Error(), "line longer than 32 bytes") {
		t.Errorf("got %+v; want offset %d, line 3, the cap named", te, len("ক\n\n"))
	}
}

func TestReaderReadError(t *testing.T) {
	boom := errors.New("disk gone")
	cr := NewReader("in.txt", io.MultiReader(strings.NewReader("ক\n\n"), iotest.ErrReader(boom)), Options{Size: 64})
	_, err := cr.Next()
	if !errors.Is(err, boom) || !strings.Contains(err.Error(), "in.txt") {
		t.Errorf("got %v; want the read error, naming the file", err)
	}
	if _, err := cr.Next(); !errors.Is(err, io.EOF) {
		t.Errorf("after an error got %v; want io.EOF", err)
	}
}

func TestChunkText(t *testing.T) {
	in := "ভালো\n\nআরও ভালো\n\nখা\xffরাপ\n"
	_, chunks, err := readAll(t, in, Options{Size: 16, MaxLine: 400})
	if err != nil {
		t.Fatal(err)
	}
	if len(chunks) != 2 {
		t.Fatalf("got %d chunks; want 2", len(chunks))
	}
	for _, c := range chunks[:1] {
		if s, err := c.Text("in.txt"); err != nil || s != string(c.Data) {
			t.Errorf("chunk %d: got %q, %v; want its text", c.Seq, s, err)
		}
	}
	_, err = chunks[1].Text("in.txt")
	var te *textfile.Error
	if !errors.As(err, &te) {
		t.Fatalf("got %v; want a *textfile.Error", err)
	}
	if want := strings.Index(in, "\xff"); te.Offset != want || te.Line != 5 || te.Column != 3 {
		t.Errorf("got offset %d line %d column %d; want %d, 5, 3", te.Offset, te.Line, te.Column, want)
	}
	nul := Chunk{Data: []byte("ক\x00"), Offset: 10, Line: 2}
	if _, err := nul.Text("in.txt"); err == nil || !strings.Contains(err.Error(), "NUL") || !strings.Contains(err.Error(), "at byte 13") {
		t.Errorf("got %v; want a NUL error at byte 13", err)
	}
}

// FuzzReader checks that chunks put back together are the stream, that
// every chunk but the last ends at a line end, and that sizes hold.
func FuzzReader(f *testing.F) {
	for _, s := range []string{"", "ক\n\nখ", "a\r\n\r\nb", "a\r\rb\r", "\ufeffx\n\n\ny", "\n \t\n\r\n", "খ\r"} {
		f.Add(s, uint8(4))
	}
	f.Fuzz(func(t *testing.T, in string, size uint8) {
		opt := Options{Size: int(size%32) + 1, MaxLine: 48}
		got, chunks, err := readAll(t, in, opt)
		if err != nil {
			var te *textfile.Error
			if !errors.As(err, &te) {
				t.Fatalf("got %v; want only a line-too-long error", err)
			}
			return
		}
		// Cuts depend on the bytes only, not on how reads arrive.
		whole, _, err := readFrom(t, strings.NewReader(in), opt)
		if err != nil || strings.Join(whole, "|") != strings.Join(got, "|") {
			t.Fatalf("read whole got %q, %v; read byte by byte %q", whole, err, got)
		}
		joined := strings.Join(got, "")
		if want := strings.TrimPrefix(in, "\ufeff"); joined != want {
			t.Fatalf("joined chunks %q; want %q", joined, want)
		}
		if len(chunks) == 0 || !chunks[len(chunks)-1].Last {
			t.Fatalf("got %d chunks, the last not marked Last", len(chunks))
		}
		for i, c := range chunks[:len(chunks)-1] {
			d := c.Data
			if len(d) == 0 || (d[len(d)-1] != '\n' && d[len(d)-1] != '\r') {
				t.Fatalf("chunk %d %q does not end at a line end", i, d)
			}
			if d[len(d)-1] == '\r' && bytes.HasPrefix(chunks[i+1].Data, []byte{'\n'}) {
				t.Fatalf("chunk %d cuts a CRLF", i)
			}
			if len(d) > opt.MaxLine+opt.Size {
				t.Fatalf("chunk %d has %d bytes; want at most %d", i, len(d), opt.MaxLine+opt.Size)
			}
		}
	})
}

// TestReaderRecycle reads the same stream with every chunk given back as
// soon as it has been copied: the cuts must not change, and the given-back
// buffers must be read into again.
func TestReaderRecycle(t *testing.T) {
	var b strings.Builder
	for i := range 200 {
		b.WriteString(strings.Repeat("মস্কো থেকে সিউলে ফেরা ", 1+i%5))
		b.WriteString("\n\n")
	}
	in := b.String()
	opt := Options{Size: 512, MaxLine: 4096}
	want, _, err := readAll(t, in, opt)
	if err != nil {
		t.Fatal(err)
	}
	cr := NewReader("in.txt", strings.NewReader(in), opt)
	var got []string
	seen := map[*byte]bool{}
	reused := 0
	for {
		c, err := cr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if len(c.Data) > 0 {
			p := &c.buf[:1][0]
			if seen[p] {
				reused++
			}
			seen[p] = true
		}
		got = append(got, string(c.Data))
		clear(c.Data) // what a careless caller might leave behind
		cr.Recycle(c)
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("recycled chunks = %q; want %q", got, want)
	}
	if reused == 0 {
		t.Errorf("no buffer was read into again out of %d chunks; want given-back buffers reused", len(got))
	}
}
