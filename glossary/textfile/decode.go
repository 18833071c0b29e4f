package textfile

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// Error is a file that is not text Pathok can read, with where.
type Error struct {
	Name   string
	Offset int // byte offset into the file
	Line   int // 1-based line of that byte
	Column int // 1-based, in characters
	Msg    string
}

func (e *Error) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s (at byte %d)", e.Name, e.Line, e.Column, e.Msg, e.Offset)
}

// Options says which encodings to accept beyond UTF-8 and UTF-16 with a
// byte-order mark.
type Options struct {
	// GuessUTF16 reads UTF-16 without a byte-order mark when the bytes
	// leave no doubt (see LooksUTF16). Without it such a file is refused
	// for its NUL bytes, with a message that says why.
	GuessUTF16 bool
}

// Decode returns the text of a file without a byte-order mark: UTF-8, or
// UTF-16 with a byte-order mark. Bytes that are not valid UTF-8, a NUL
// character, an odd-length or a broken UTF-16 file are an *Error.
func Decode(name string, data []byte, opt Options) (string, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xef, 0xbb, 0xbf}):
		return decodeUTF8(name, data, 3)
	case bytes.HasPrefix(data, []byte{0xff, 0xfe}):
		return decodeUTF16(name, data, 2, false)
	case bytes.HasPrefix(data, []byte{0xfe, 0xff}):
		return decodeUTF16(name, data, 2, true)
	}
	if opt.GuessUTF16 {
		if be, ok := LooksUTF16(data); ok {
			return decodeUTF16(name, data, 0, be)
		}
	}
	return decodeUTF8(name, data, 0)
}

func decodeUTF8(name string, data []byte, start int) (string, error) {
	for i := start; i < len(data); {
		if data[i] == 0 {
			return "", errorAt(name, data, start, i, "holds a NUL byte, so it is not UTF-8 text (UTF-16 needs a byte-order mark)")
		}
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			return "", errorAt(name, data, start, i, fmt.Sprintf("is not valid UTF-8 (byte 0x%02x); save it as UTF-8", data[i]))
		}
		i += size
	}
	return string(data[start:]), nil
}

// errorAt is an *Error at byte i of UTF-8 data whose text starts at start.
func errorAt(name string, data []byte, start, i int, msg string) *Error {
	line, col := Position(string(data[start:i]))
	return &Error{name, i, line, col, msg}
}

// Position is the 1-based line and column (in characters) just past
// prefix: where the next character stands.
func Position(prefix string) (line, col int) {
	lineStart := strings.LastIndexByte(prefix, '\n') + 1
	return strings.Count(prefix, "\n") + 1, utf8.RuneCountInString(prefix[lineStart:]) + 1
}

// decodeUTF16 decodes data[start:], so that errors give offsets into the
// whole file.
func decodeUTF16(name string, data []byte, start int, bigEndian bool) (string, error) {
	body := data[start:]
	units := make([]uint16, len(body)/2)
	for i := range units {
		if bigEndian {
			units[i] = uint16(body[2*i])<<8 | uint16(body[2*i+1])
		} else {
			units[i] = uint16(body[2*i+1])<<8 | uint16(body[2*i])
		}
	}
	fail := func(unit int, msg string) (string, error) {
		line, col := Position(string(utf16.Decode(units[:unit])))
		return "", &Error{name, start + 2*unit, line, col, msg}
	}
	for i := 0; i < len(units); i++ {
		switch u := units[i]; {
		case u == 0:
			return fail(i, "holds a NUL character, so it is not a text file")
		case utf16.IsSurrogate(rune(u)):
			if u >= 0xdc00 || i+1 >= len(units) || units[i+1] < 0xdc00 || units[i+1] > 0xdfff {
				return fail(i, "is not valid UTF-16 (a broken surrogate pair)")
			}
			i++
		}
	}
	if len(body)%2 != 0 {
		line, col := Position(string(utf16.Decode(units)))
		return "", &Error{name, len(data) - 1, line, col, "is UTF-16 with an odd number of bytes (the file is cut short)"}
	}
	return string(utf16.Decode(units)), nil
}

// LooksUTF16 spots UTF-16 without a byte-order mark: in ASCII-heavy or
// Bengali text one byte of nearly every pair is constant (0x00 or 0x09).
func LooksUTF16(data []byte) (bigEndian, ok bool) {
	n := min(len(data)&^1, 4096)
	if n < 4 || bytes.IndexByte(data[:n], 0) < 0 {
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
	case evenZero*10 >= pairs*9 && oddZero*10 < pairs*5:
		return true, true
	case oddZero*10 >= pairs*9 && evenZero*10 < pairs*5:
		return false, true
	}
	return false, false
}

// Lines splits text into lines without their "\n" or "\r\n", numbered
// as Position and encoding/csv number them.
func Lines(text string) []string {
	ls := strings.Split(text, "\n")
	if ls[len(ls)-1] == "" {
		ls = ls[:len(ls)-1]
	}
	for i, l := range ls {
		ls[i] = strings.TrimSuffix(l, "\r")
	}
	return ls
}
