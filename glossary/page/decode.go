package page

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/pathok/pathok/glossary/textfile"
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

// ReadFile reads and decodes the article at path, refusing a file over
// MaxBytes while reading it (a device or a pipe has no size to check first).
func ReadFile(path string) (string, error) {
	data, err := textfile.ReadFile(path, filepath.Base(path), MaxBytes, "articles")
	if err != nil {
		return "", err
	}
	return Decode(path, data)
}

// Read reads and decodes an article from r (standard input, a pasted
// stream), named name in messages.
func Read(name string, r io.Reader) (string, error) {
	data, err := textfile.ReadAll(name, r, -1, MaxBytes, "articles")
	if err != nil {
		return "", err
	}
	return Decode(name, data)
}

// Decode returns the text of a file: UTF-8 (a byte-order mark is
// dropped), UTF-16 with a byte-order mark or clearly UTF-16 without one,
// and HTML reduced to its readable text when the name or the content says
// it is HTML.
func Decode(name string, data []byte) (string, error) {
	d, err := DecodeDoc(name, data)
	return d.Text, err
}

// DecodeDoc is Decode with the headings of an HTML page (none for plain
// text).
func DecodeDoc(name string, data []byte) (Doc, error) {
	base := filepath.Base(name)
	if len(data) > MaxBytes {
		return Doc{}, &textfile.TooLargeError{Name: base, Size: int64(len(data)), Limit: MaxBytes, What: "articles"}
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return Doc{}, &Error{base, -1, "is empty"}
	}
	if kind := binaryKind(data); kind != "" {
		return Doc{}, &Error{base, -1, "is " + kind + ", not text; copy the article's text and use Paste article instead"}
	}
	text, err := textfile.Decode(base, data, textfile.Options{GuessUTF16: true})
	var te *textfile.Error
	if errors.As(err, &te) {
		return Doc{}, &Error{base, te.Offset, fmt.Sprintf("%s (line %d, column %d)", te.Msg, te.Line, te.Column)}
	}
	if strings.TrimSpace(text) == "" {
		return Doc{}, &Error{base, -1, "is empty"}
	}
	if isHTML(name, text) {
		d := HTMLDoc(text)
		if strings.TrimSpace(d.Text) == "" {
			return Doc{}, &Error{base, -1, "is an HTML page with no readable text"}
		}
		return d, nil
	}
	return Doc{Text: text}, nil
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
	if _, ok := textfile.LooksUTF16(data); ok || bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff}) {
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

// Plain reports whether a file whose first bytes are head is UTF-8 text
// that is not HTML, so that it can be read a piece at a time (see
// glossary.AnnotateStream) instead of whole: UTF-16 needs decoding, HTML
// go-readability, and binary files the whole-file message.
func Plain(name string, head []byte) bool {
	if bytes.HasPrefix(head, []byte{0xff, 0xfe}) || bytes.HasPrefix(head, []byte{0xfe, 0xff}) || binaryKind(head) != "" {
		return false
	}
	if _, ok := textfile.LooksUTF16(head); ok {
		return false
	}
	return !isHTML(name, string(bytes.TrimPrefix(head, []byte{0xef, 0xbb, 0xbf})))
}
