package textfile

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"
)

func utf16Bytes(s string, bigEndian, bom bool) []byte {
	var b []byte
	put := func(u uint16) {
		if bigEndian {
			b = append(b, byte(u>>8), byte(u))
		} else {
			b = append(b, byte(u), byte(u>>8))
		}
	}
	if bom {
		put(0xfeff)
	}
	for _, u := range utf16.Encode([]rune(s)) {
		put(u)
	}
	return b
}

func TestDecode(t *testing.T) {
	const bengali = "কিম জং উন\nপিয়ংইয়ংয়ে ফিরেছেন।\n"
	cases := []struct {
		name  string
		data  []byte
		guess bool
		want  string // the text, when ok
		// the error, when not: its message, byte, line and column
		errHas               string
		offset, line, column int
	}{
		// encodings
		{"utf-8", []byte(bengali), false, bengali, "", 0, 0, 0},
		{"utf-8 with bom", append([]byte{0xef, 0xbb, 0xbf}, bengali...), false, bengali, "", 0, 0, 0},
		{"utf-16le with bom", utf16Bytes(bengali, false, true), false, bengali, "", 0, 0, 0},
		{"utf-16be with bom", utf16Bytes(bengali, true, true), false, bengali, "", 0, 0, 0},
		{"utf-16le guessed", utf16Bytes(bengali+bengali, false, false), true, bengali + bengali, "", 0, 0, 0},
		{"utf-16be guessed", utf16Bytes("Kim Jong Un met Lavrov.", true, false), true, "Kim Jong Un met Lavrov.", "", 0, 0, 0},
		// bad utf-8: the column counts characters, the offset bytes
		{"invalid utf-8 on line 2", []byte("কিম\nজং\xffউন"), false, "", "not valid UTF-8 (byte 0xff)", 16, 2, 3},
		{"truncated utf-8", []byte("কিম\xe0\xa6"), false, "", "not valid UTF-8", 9, 1, 4},
		{"invalid after a bom", []byte("\xef\xbb\xbfক\xff"), false, "", "not valid UTF-8", 6, 1, 2},
		{"nul byte", []byte("ক\n\x00"), false, "", "NUL byte", 4, 2, 1},
		{"utf-16 without bom, not guessed", utf16Bytes("bengali", false, false), false, "", "UTF-16 needs a byte-order mark", 1, 1, 2},
		// bad utf-16
		{"odd utf-16", append(utf16Bytes("a\nb", false, true), 'x'), false, "", "odd number", 8, 2, 2},
		{"broken surrogate", []byte{0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00}, false, "", "surrogate", 2, 1, 1},
		{"lone low surrogate on line 2", append(utf16Bytes("ক\n", false, true), 0x00, 0xdc), false, "", "surrogate", 6, 2, 1},
		{"nul character", append(utf16Bytes("কি", true, true), 0, 0), false, "", "NUL character", 6, 1, 3},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := Decode("a.txt", c.data, Options{GuessUTF16: c.guess})
			if c.errHas == "" {
				if err != nil || got != c.want {
					t.Fatalf("got %q, %v; want %q", got, err, c.want)
				}
				return
			}
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("got %q, %v; want an *Error saying %q", got, err, c.errHas)
			}
			if !strings.Contains(e.Msg, c.errHas) || e.Name != "a.txt" || e.Offset != c.offset || e.Line != c.line || e.Column != c.column {
				t.Errorf("got %+v; want %q at byte %d, line %d, column %d", e, c.errHas, c.offset, c.line, c.column)
			}
		})
	}
}

// endless is a stream that never ends, as /dev/zero.
type endless struct{}

func (endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	return len(p), nil
}

func TestReadAll(t *testing.T) {
	const limit = 1 << 10
	cases := []struct {
		name   string
		r      io.Reader
		size   int64
		want   int    // bytes read, when ok
		errHas string // the message, when not
	}{
		{"at the cap", bytes.NewReader(make([]byte, limit)), -1, limit, ""},
		{"one byte over, size unknown", bytes.NewReader(make([]byte, limit+1)), -1, 0, "x: is 1.0 KB; Pathok reads tests up to 1.0 KB"},
		{"over, counted to its real size", bytes.NewReader(make([]byte, 5*limit)), -1, 0, "x: is 5.0 KB;"},
		{"over, size known", strings.NewReader(""), 3 * limit, 0, "x: is 3.0 KB;"},
		{"never ends", endless{}, -1, 0, "x: is more than 8.0 KB; Pathok reads tests up to 1.0 KB"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			data, err := ReadAll("x", c.r, c.size, limit, "tests")
			if c.errHas == "" {
				if err != nil || len(data) != c.want {
					t.Fatalf("got %d bytes, %v; want %d", len(data), err, c.want)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), c.errHas) || !IsTooLarge(err) {
				t.Errorf("got %d bytes, %v; want a *TooLargeError saying %q", len(data), err, c.errHas)
			}
		})
	}
}

func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.txt")
	if err := os.WriteFile(big, make([]byte, 3<<20+5), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadFile(big, "big.txt", 1<<20, "articles"); err == nil || err.Error() != "big.txt: is 3.0 MB; Pathok reads articles up to 1 MB" {
		t.Errorf("got %v; want big.txt refused with its size", err)
	}
	if _, err := ReadFile(dir, "dir", 1<<20, "articles"); err == nil || !strings.Contains(err.Error(), "folder") {
		t.Errorf("got %v; want a folder refused", err)
	}
	if _, err := os.Stat("/dev/zero"); err == nil {
		if _, err := ReadFile("/dev/zero", "/dev/zero", 1<<10, "articles"); err == nil || !strings.Contains(err.Error(), "more than 8.0 KB") {
			t.Errorf("got %v; want /dev/zero refused as more than 8 KB", err)
		}
	}
}
