package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/pathok/pathok/glossary"
	"github.com/pathok/pathok/glossary/chunk"
	"github.com/pathok/pathok/resources"
)

func TestSpanJSONMatchesEncodingJSON(t *testing.T) {
	texts := []string{
		"", "কিম জং উন", `quote " and \ backslash`, "<script>&amp;</script>", "tab\tnew\nline\rcr",
		"\b\f\x00\x01\x1f\x7f", "line\u2028sep\u2029para", "invalid \xff byte", "emoji 😀 and য়",
	}
	for _, s := range texts {
		for _, guess := range []bool{false, true} {
			sp := glossary.Span{Start: 3, End: 1 << 40, Text: s, Kind: "person", Gloss: s + "x", Value: "", Guess: guess}
			want, err := json.Marshal(sp)
			if err != nil {
				t.Fatal(err)
			}
			if got := appendSpanJSON(nil, &sp); !bytes.Equal(got, want) {
				t.Errorf("got %s; want %s", got, want)
			}
		}
		want, _ := json.Marshal(s)
		if got := appendJSONString(nil, s); !bytes.Equal(got, want) {
			t.Errorf("string %q: got %s; want %s", s, got, want)
		}
	}
}

// bigArticle is n bytes or more of paragraphs of our own, each whole in
// itself, so that streaming it in chunks must give what annotating each
// paragraph gives.
func bigArticle(n int) string {
	paras := []string{
		"রুশ পররাষ্ট্রমন্ত্রী সের্গেই লাভরভ ১২ মার্চ পিয়ংইয়ংয়ে যান।",
		"কিম জং উন\r\nসোমবার মস্কোয় বলেন, ৩ হাজার সেনা যাবে।",
		"এই অনুচ্ছেদে কোনো নাম নেই, আছে শুধু ১০ শতাংশ আর <&> চিহ্ন।",
	}
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		b.WriteString(paras[i%len(paras)])
		b.WriteString("\n\n")
	}
	return b.String()
}

// smallChunks makes streamed files many chunks of 4 KB for one test.
func smallChunks(t *testing.T) {
	saved := streamChunks
	streamChunks = chunk.Options{Size: 4 << 10}
	t.Cleanup(func() { streamChunks = saved })
}

// TestAnnotateStreams: a file of several chunks is annotated whole from
// disk and from standard input alike, with offsets into the whole file.
func TestAnnotateStreams(t *testing.T) {
	smallChunks(t)
	dir := t.TempDir()
	text := bigArticle(200 << 10)
	file := write(t, dir, "big.txt", text)
	r := cli("", "annotate", "-format", "json", file)
	r.check(t, 0, nil, nil)
	var a jsonAnnotation
	if err := json.Unmarshal([]byte(r.stdout), &a); err != nil {
		t.Fatalf("got %v decoding the output", err)
	}
	runes := []rune(text)
	perRound := 0
	for i, s := range a.Spans {
		if s.Start < 0 || s.End > len(runes) || string(runes[s.Start:s.End]) != s.Text || (i > 0 && s.Start < a.Spans[i-1].End) {
			t.Fatalf("span %d %+v breaks the contract", i, s)
		}
		if s.Gloss == "Kim Jong Un" {
			perRound++
		}
	}
	if want := strings.Count(text, "কিম জং উন"); perRound != want {
		t.Errorf("got %d Kim Jong Un; want %d, one per paragraph that names him", perRound, want)
	}
	if stdin := cli(text, "annotate", "-format", "json", "-"); strings.Replace(stdin.stdout, `"file":"-"`, `"file":"`+file+`"`, 1) != r.stdout {
		t.Errorf("standard input gave other spans than the file")
	}
	// The text listing and the page stream as well.
	names := 0
	for i := range a.Spans {
		if a.Spans[i].IsName() {
			names++
		}
	}
	listing := cli("", "annotate", file)
	listing.check(t, 0, []string{fmt.Sprintf("big.txt: %d names, %d figures, 0 not in the glossary\n", names, len(a.Spans)-names)}, nil)
	if n := strings.Count(listing.stdout, "\n"); n != len(a.Spans)+1 {
		t.Errorf("got %d lines listed; want a line per span and the tally", n)
	}
	page := cli("", "annotate", "-format", "html", file)
	page.check(t, 0, []string{"&lt;&amp;&gt;"}, nil)
	if n := strings.Count(page.stdout, "<mark "); n != len(a.Spans) {
		t.Errorf("got %d marks in the page; want %d", n, len(a.Spans))
	}
}

// TestAnnotateBadByteDeep: a bad byte past the first chunk stops the run
// there: what was written stays, the error says where, and the JSON
// object is left open so that it cannot pass for a whole one.
func TestAnnotateBadByteDeep(t *testing.T) {
	smallChunks(t)
	dir := t.TempDir()
	good := bigArticle(2 * headBytes)
	file := write(t, dir, "bad.txt", good+"মস্কো\xff\n")
	r := cli("", "annotate", "-format", "json", file)
	want := fmt.Sprintf("bad.txt:%d:6: is not valid UTF-8 (byte 0xff); save it as UTF-8 (at byte %d)", strings.Count(good, "\n")+1, len(good)+len("মস্কো"))
	if r.code != 1 || !strings.Contains(r.stderr, want) {
		t.Errorf("got exit %d, stderr %q; want 1 and %q", r.code, r.stderr, want)
	}
	if !strings.HasPrefix(r.stdout, `{"file":`) || json.Valid([]byte(r.stdout)) {
		t.Errorf("got stdout of %d bytes, valid JSON %v; want the spans so far, left open", len(r.stdout), json.Valid([]byte(r.stdout)))
	}
	// In the head, the same byte stops the run before anything is printed.
	early := write(t, dir, "early.txt", "মস্কো\xff\n"+good)
	cli("", "annotate", "-format", "json", early).check(t, 1, nil, []string{"early.txt:1:6: is not valid UTF-8"})
	// -o writes no page cut short.
	out := dir + "/pages"
	cli("", "annotate", "-format", "html", "-o", out, file).check(t, 1, nil, []string{"bad.txt:"})
	if entries, _ := os.ReadDir(out); len(entries) != 0 {
		t.Errorf("got %d files in the page folder; want none", len(entries))
	}
}

func FuzzJSONString(f *testing.F) {
	for _, s := range []string{"কিম জং উন", "line\u2028sep\u2029para", "invalid \xff byte", `"<&>\`, "\x00\x1f", "\xe2\x80"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want, _ := json.Marshal(s)
		if got := appendJSONString(nil, s); !bytes.Equal(got, want) {
			t.Errorf("appendJSONString(%q) = %s; want %s", s, got, want)
		}
	})
}

// BenchmarkSpanJSON encodes the spans of the sample article, as the
// workers do for every piece of a stream.
func BenchmarkSpanJSON(b *testing.B) {
	text, err := resources.Files.ReadFile(resources.SampleArticle)
	if err != nil {
		b.Fatal(err)
	}
	g, err := glossary.Builtin()
	if err != nil {
		b.Fatal(err)
	}
	spans := g.Annotate(string(text)).Spans
	var out []byte
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		out = out[:0]
		for i := range spans {
			out = appendSpanJSONIn(append(out, ','), &spans[i], true)
		}
	}
}
