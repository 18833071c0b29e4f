package page

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"golang.org/x/text/encoding/unicode"
)

// utf16Bytes encodes s with x/text, so the test does not share the
// decoder's idea of UTF-16.
func utf16Bytes(s string, bigEndian, bom bool) []byte {
	order, useBOM := unicode.LittleEndian, unicode.IgnoreBOM
	if bigEndian {
		order = unicode.BigEndian
	}
	if bom {
		useBOM = unicode.UseBOM
	}
	b, err := unicode.UTF16(order, useBOM).NewEncoder().Bytes([]byte(s))
	if err != nil {
		panic(err)
	}
	return b
}

func TestDecode(t *testing.T) {
	const bengali = "কিম জং উন পিয়ংইয়ংয়ে ফিরেছেন।\n"
	cases := []struct {
		name, file string
		data       []byte
		want       string // the text, when ok
		errHas     string // part of the error, when not
		errOffset  int    // the byte offset the error names, or -1
	}{
		// text encodings
		{"utf-8", "a.txt", []byte(bengali), bengali, "", 0},
		{"utf-8 with bom", "a.txt", append([]byte{0xef, 0xbb, 0xbf}, bengali...), bengali, "", 0},
		{"utf-16le with bom", "a.txt", utf16Bytes(bengali, false, true), bengali, "", 0},
		{"utf-16be with bom", "a.txt", utf16Bytes(bengali, true, true), bengali, "", 0},
		{"utf-16le without bom", "a.txt", utf16Bytes(bengali+bengali, false, false), bengali + bengali, "", 0},
		{"utf-16be without bom", "a.txt", utf16Bytes("Kim Jong Un met Lavrov.", true, false), "Kim Jong Un met Lavrov.", "", 0},
		// bad input
		{"empty", "a.txt", nil, "", "is empty", -1},
		{"byte-order mark only", "a.txt", []byte{0xff, 0xfe}, "", "is empty", -1},
		{"only spaces", "a.txt", []byte(" \n\t "), "", "is empty", -1},
		{"invalid utf-8", "a.txt", []byte("কিম\xff\xfeজং"), "", "not valid UTF-8", 9},
		{"truncated utf-8", "a.txt", []byte("কিম\xe0\xa6"), "", "not valid UTF-8", 9},
		{"nul byte in text", "a.txt", []byte(bengali + "\x00" + bengali), "", "NUL", len(bengali)},
		{"nul bytes in a short file", "a.txt", []byte("abc\x00def"), "", "binary", -1},
		{"pdf", "a.pdf", []byte("%PDF-1.7\n..."), "", "PDF", -1},
		{"png", "a.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00"), "", "PNG", -1},
		{"zip", "a.docx", []byte("PK\x03\x04\x14\x00"), "", "ZIP", -1},
		{"binary noise", "a.bin", bytes.Repeat([]byte{1, 2, 3, 200, 4}, 100), "", "binary", -1},
		{"odd utf-16", "a.txt", append(utf16Bytes("ab", false, true), 'x'), "", "odd number", 6},
		{"broken surrogate", "a.txt", []byte{0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00}, "", "surrogate", 2},
		// html
		{"html by name", "a.html", []byte("<html><body><nav>মেনু</nav><p>কিম <b>জং</b> উন</p><script>x()</script><p>দ্বিতীয়</p></body></html>"), "কিম জং উন\n\nদ্বিতীয়", "", 0},
		{"html by content", "article", []byte("<!DOCTYPE html><p>মস্কো</p>"), "মস্কো", "", 0},
		{"html article element wins", "a.htm", []byte("<body><div>বিজ্ঞাপন</div><article><h1>শিরোনাম</h1><p>লেখা</p></article></body>"), "শিরোনাম\n\nলেখা", "", 0},
		{"html without text", "a.html", []byte("<html><script>x</script></html>"), "", "no readable text", -1},
		{"markdown stays text", "a.md", []byte("# শিরোনাম\n<p>not html</p>"), "# শিরোনাম\n<p>not html</p>", "", 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := Decode(c.file, c.data)
			if c.errHas == "" {
				if err != nil {
					t.Fatalf("got error %v; want %q", err, c.want)
				}
				if got != c.want {
					t.Errorf("got %q; want %q", got, c.want)
				}
				return
			}
			if err == nil {
				t.Fatalf("got %q; want an error with %q", got, c.errHas)
			}
			if !strings.Contains(err.Error(), c.errHas) || !strings.Contains(err.Error(), c.file) {
				t.Errorf("got error %q; want one naming %s and saying %q", err, c.file, c.errHas)
			}
			var ae *Error
			if !errors.As(err, &ae) || ae.Offset != c.errOffset {
				t.Errorf("got error %#v; want an *Error at byte %d", err, c.errOffset)
			}
		})
	}
}

func TestDecodeHuge(t *testing.T) {
	_, err := Decode("big.txt", bytes.Repeat([]byte("ক"), MaxBytes/3+1))
	if err == nil || !strings.Contains(err.Error(), "MB") {
		t.Errorf("got %v; want an error giving the size limit", err)
	}
}

func FuzzDecode(f *testing.F) {
	f.Add("a.txt", []byte("কিম জং উন"))
	f.Add("a.html", []byte("<p>মস্কো</p>"))
	f.Add("a.txt", utf16Bytes("ওনসান", false, true))
	f.Add("a.html", []byte("<title>শিরোনাম</title><h1>এক</h1><p>দুই</p><h2>তিন<br>চার</h2>"))
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		d, err := DecodeDoc(name, data)
		if err == nil && strings.TrimSpace(d.Text) == "" {
			t.Errorf("Decode(%q) gave no text and no error", data)
		}
		// Headings are whole, non-empty lines of the text, in order.
		runes := []rune(d.Text)
		end := 0
		for _, h := range d.Headings {
			if h.Start < end || h.Start >= h.End || h.End > len(runes) || h.Level < 1 || h.Level > 3 {
				t.Fatalf("DecodeDoc(%q): heading %+v out of order or range (%d runes)", data, h, len(runes))
			}
			if h.Start > 0 && runes[h.Start-1] != '\n' || h.End < len(runes) && runes[h.End] != '\n' {
				t.Errorf("DecodeDoc(%q): heading %+v is not a whole line of %q", data, h, d.Text)
			}
			end = h.End
		}
	})
}

// TestDeepHTML: x/net/html refuses pages nested more than 512 elements
// deep; their text is read anyway, with the same elements skipped.
func TestDeepHTML(t *testing.T) {
	deep := func(n int, inner string) []byte {
		return []byte("<html><head><title>শিরোনাম</title><script>var x = '<p>না</p>';</script></head><body>" +
			strings.Repeat("<div>", n) + inner + strings.Repeat("</div>", n) + "</body></html>")
	}
	cases := []struct {
		name string
		data []byte
		want string
	}{
		{"2000 divs", deep(2000, "<p>কিম জং উন <b>মস্কো</b> গেলেন।</p><nav>মেনু</nav><p>দ্বিতীয় অনুচ্ছেদ</p>"), "কিম জং উন মস্কো গেলেন।\n\nদ্বিতীয় অনুচ্ছেদ"},
		{"hidden and skipped parts", deep(600, "<p hidden>লুকানো <span>আরও</span></p><p>দেখা যায়<br>নতুন লাইন</p><aside><aside>পাশে</aside></aside><p>শেষ</p>"), "দেখা যায়\n\nনতুন লাইন\n\nশেষ"},
		{"article wins", deep(1000, "<div>বিজ্ঞাপন</div><article><h1>শিরোনাম</h1><p>লেখা &amp; আরও</p></article><div>নিচে</div>"), "শিরোনাম\n\nলেখা & আরও"},
		{"2000 spans", []byte("<p>" + strings.Repeat("<span>", 2000) + "পিয়ংইয়ং" + strings.Repeat("</span>", 2000) + "</p>"), "পিয়ংইয়ং"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := Decode("deep.html", c.data)
			if err != nil || got != c.want {
				t.Errorf("got %q, %v; want %q", got, err, c.want)
			}
		})
	}
}
