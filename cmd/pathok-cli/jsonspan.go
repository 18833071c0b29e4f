package main

import (
	"strconv"
	"unicode/utf8"

	"github.com/pathok/pathok/glossary"
)

// The JSON output is written by hand rather than by encoding/json: a file
// of many megabytes has hundreds of thousands of spans, and reflection
// over each was a large part of the time. The bytes are exactly what
// json.Marshal gives for jsonAnnotation (TestSpanJSONMatchesEncodingJSON).

// appendSpanJSON appends s as encoding/json encodes a glossary.Span.
func appendSpanJSON(b []byte, s *glossary.Span) []byte {
	return appendSpanJSONIn(b, s, utf8.ValidString(s.Text))
}

// appendSpanJSONIn is appendSpanJSON for a span of a text already known
// to be UTF-8 or not: a span's text is a slice of its piece's, cut
// between characters, so a piece is checked once rather than each of its
// thousands of spans.
func appendSpanJSONIn(b []byte, s *glossary.Span, textValid bool) []byte {
	b = append(b, `{"start":`...)
	b = strconv.AppendInt(b, int64(s.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(s.End), 10)
	b = append(b, `,"text":`...)
	if textValid {
		b = appendValidJSONString(b, s.Text)
	} else {
		b = appendJSONString(b, s.Text)
	}
	b = append(b, `,"kind":`...)
	b = appendJSONString(b, s.Kind)
	b = append(b, `,"gloss":`...)
	b = appendJSONString(b, s.Gloss)
	b = append(b, `,"value":`...)
	b = appendJSONString(b, s.Value)
	if s.Guess {
		b = append(b, `,"guess":true`...)
	}
	return append(b, '}')
}

const hexDigits = "0123456789abcdef"

// appendJSONString appends s quoted as encoding/json quotes strings, HTML
// characters and the JavaScript line separators escaped as it does. It
// reads s once: kinds, glosses and values are short and mostly ASCII, and
// a check that s is UTF-8 before copying it cost as much as the copy.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if !jsonPlain[c] {
				b = appendEscapedASCII(append(b, s[start:i]...), c)
				start = i + 1
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xf])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// appendValidJSONString is appendJSONString for UTF-8 text, as nearly every
// span's is: a byte of a multi-byte character needs escaping only in the
// line and paragraph separators (E2 80 A8, E2 80 A9), so the scan decodes
// nothing.
func appendValidJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if jsonPlain[c] {
			continue
		}
		if c >= utf8.RuneSelf { // 0xe2: U+2028 and U+2029 are escaped
			if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0xa8 || s[i+2] == 0xa9) {
				b = append(b, s[start:i]...)
				b = append(b, '\\', 'u', '2', '0', '2', hexDigits[s[i+2]&0xf])
				i += 2
				start = i + 1
			}
			continue
		}
		b = appendEscapedASCII(append(b, s[start:i]...), c)
		start = i + 1
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// jsonPlain marks the bytes of UTF-8 that go into a JSON string as they
// are: one table read a byte, where tests of ASCII first were a branch
// mispredicted at every space of Bengali text.
var jsonPlain = func() (t [256]bool) {
	for c := range 256 {
		t[c] = c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' && c != 0xe2
	}
	return t
}()

// appendEscapedASCII appends the escape encoding/json writes for the ASCII
// byte c: a quote, a backslash, an HTML character or a control character.
func appendEscapedASCII(b []byte, c byte) []byte {
	switch c {
	case '"', '\\':
		return append(b, '\\', c)
	case '\b':
		return append(b, '\\', 'b')
	case '\f':
		return append(b, '\\', 'f')
	case '\n':
		return append(b, '\\', 'n')
	case '\r':
		return append(b, '\\', 'r')
	case '\t':
		return append(b, '\\', 't')
	}
	return append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
}
