package article

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// MaxBytes is the largest file Pathok opens. Real articles are a few
// hundred kilobytes; past this a file is almost surely not an article, and
// reading it would only make the reader wait.
const MaxBytes = 32 << 20

// Error is a file that cannot be read as an article.
type Error struct {
	Name   string
	Offset int // byte offset of the problem, or -1
	Msg    string
}

func (e *Error) Error() string {
	if e.Offset >= 0 {
		return fmt.Sprintf("%s: %s at byte %d", e.Name, e.Msg, e.Offset)
	}
	return fmt.Sprintf("%s: %s", e.Name, e.Msg)
}

// Decode returns the text of a file: UTF-8 (a byte-order mark is
// dropped), UTF-16 with a byte-order mark or clearly UTF-16 without one,
// and HTML reduced to its readable text when the name or the content says
// it is HTML.
func Decode(name string, data []byte) (string, error) {
	base := filepath.Base(name)
	if len(data) > MaxBytes {
		return "", &Error{base, -1, fmt.Sprintf("is %s; Pathok opens articles up to %s", humanBytes(len(data)), humanBytes(MaxBytes))}
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return "", &Error{base, -1, "is empty"}
	}
	if kind := binaryKind(data); kind != "" {
		return "", &Error{base, -1, "is " + kind + ", not text; copy the article's text and use Paste article instead"}
	}
	text, err := decodeText(base, data)
	if err != nil {
		return "", err
	}
	if strings.TrimSpace(text) == "" {
		return "", &Error{base, -1, "is empty"}
	}
	if isHTML(name, text) {
		text = HTMLText(text)
		if strings.TrimSpace(text) == "" {
			return "", &Error{base, -1, "is an HTML page with no readable text"}
		}
	}
	return text, nil
}

func decodeText(name string, data []byte) (string, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xef, 0xbb, 0xbf}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xff, 0xfe}):
		return decodeUTF16(name, data[2:], 2, false)
	case bytes.HasPrefix(data, []byte{0xfe, 0xff}):
		return decodeUTF16(name, data[2:], 2, true)
	default:
		if be, ok := looksUTF16(data); ok {
			return decodeUTF16(name, data, 0, be)
		}
	}
	if off := invalidUTF8(data); off >= 0 {
		return "", &Error{name, off, "is not valid UTF-8 (save it as UTF-8 and open it again)"}
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return "", &Error{name, i, "holds a NUL byte, so it is not a text file"}
	}
	return string(data), nil
}

// looksUTF16 spots UTF-16 without a byte-order mark: in ASCII-heavy or
// Bengali text one byte of nearly every pair is constant (0x00 or 0x09).
func looksUTF16(data []byte) (bigEndian, ok bool) {
	n := min(len(data)&^1, 4096)
	if n < 4 {
		return false, false
	}
	var evenZero, oddZero int
	for i := 0; i < n; i += 2 {
		if data[i] == 0 || data[i] == 0x09 {
			evenZero++
		}
		if data[i+1] == 0 || data[i+1] == 0x09 {
			oddZero++
		}
	}
	pairs := n / 2
	switch {
	case evenZero*10 >= pairs*9 && oddZero*10 < pairs*5 && bytes.IndexByte(data[:n], 0) >= 0:
		return true, true
	case oddZero*10 >= pairs*9 && evenZero*10 < pairs*5 && bytes.IndexByte(data[:n], 0) >= 0:
		return false, true
	}
	return false, false
}

// decodeUTF16 decodes data, which starts at byte base of the file (after
// a byte-order mark), so that errors give offsets into the file.
func decodeUTF16(name string, data []byte, base int, bigEndian bool) (string, error) {
	if len(data)%2 != 0 {
		return "", &Error{name, base + len(data) - 1, "is UTF-16 with an odd number of bytes (the file is cut short)"}
	}
	u := make([]uint16, len(data)/2)
	for i := range u {
		if bigEndian {
			u[i] = uint16(data[2*i])<<8 | uint16(data[2*i+1])
		} else {
			u[i] = uint16(data[2*i+1])<<8 | uint16(data[2*i])
		}
	}
	for i := 0; i < len(u); i++ {
		switch {
		case u[i] == 0:
			return "", &Error{name, base + 2*i, "holds a NUL character, so it is not a text file"}
		case utf16.IsSurrogate(rune(u[i])):
			if u[i] >= 0xdc00 || i+1 >= len(u) || u[i+1] < 0xdc00 || u[i+1] > 0xdfff {
				return "", &Error{name, base + 2*i, "is not valid UTF-16 (a broken surrogate pair)"}
			}
			i++
		}
	}
	return string(utf16.Decode(u)), nil
}

func invalidUTF8(data []byte) int {
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return -1
}

// binaryKind names common non-text formats by their magic numbers, and
// calls anything else with many control bytes "a binary file".
func binaryKind(data []byte) string {
	magics := []struct{ prefix, name string }{
		{"%PDF", "a PDF document"},
		{"PK\x03\x04", "a ZIP archive (a .docx or .epub file, perhaps)"},
		{"\x89PNG", "a PNG image"},
		{"\xff\xd8\xff", "a JPEG image"},
		{"GIF8", "a GIF image"},
		{"\x7fELF", "a program"},
		{"\xd0\xcf\x11\xe0", "an old Microsoft Office document"},
		{"\x1f\x8b", "a gzip archive"},
	}
	for _, m := range magics {
		if bytes.HasPrefix(data, []byte(m.prefix)) {
			return m.name
		}
	}
	if _, ok := looksUTF16(data); ok || bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff}) {
		return ""
	}
	head := data[:min(len(data), 8192)]
	ctrl := 0
	for _, b := range head {
		if b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' {
			ctrl++
		}
	}
	if ctrl*20 > len(head) {
		return "a binary file"
	}
	return ""
}

func isHTML(name, text string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".html", ".htm", ".xhtml":
		return true
	case ".txt", ".md":
		return false
	}
	head := strings.ToLower(strings.TrimSpace(text[:min(len(text), 512)]))
	return strings.HasPrefix(head, "<!doctype html") || strings.HasPrefix(head, "<html")
}

func humanBytes(n int) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}
