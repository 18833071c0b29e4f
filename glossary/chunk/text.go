package chunk

import (
	"bytes"
	"errors"
	"unicode/utf8"
	"unsafe"

	"github.com/pathok/pathok/glossary/textfile"
)

// Text is the chunk as text, sharing Data's memory (so Data must not be
// changed afterwards), or a *textfile.Error at the first byte that
// is not UTF-8 text (a NUL byte or an invalid sequence), with its offset,
// line and column in the whole stream, as the whole-file reader gives
// them.
func (c Chunk) Text(name string) (string, error) {
	if utf8.Valid(c.Data) && bytes.IndexByte(c.Data, 0) < 0 {
		return c.Unchecked(), nil
	}
	_, err := textfile.Decode(name, c.Data, textfile.Options{})
	var te *textfile.Error
	if !errors.As(err, &te) {
		// Decode skips a leading byte-order mark, which in a later chunk
		// is a character like any other; a bad byte is still reported.
		te = &textfile.Error{Name: name, Msg: "is not valid UTF-8", Line: 1, Column: 1}
	}
	out := *te
	out.Offset += int(c.Offset)
	// A chunk starts at the start of a line, so only the line moves.
	out.Line += c.Line - 1
	return "", &out
}

// Unchecked is the chunk as a string, not checked: for a caller whose own
// pass over the text tells whether it is UTF-8 without NULs (as
// bangla.Text.Invalid does), and that asks Text for the error when not.
func (c Chunk) Unchecked() string {
	if len(c.Data) == 0 {
		return ""
	}
	// The text shares Data's memory rather than copying a megabyte per
	// chunk: a Reader never writes to a chunk it has handed out, and
	// nothing else is given Data to write to.
	return unsafe.String(&c.Data[0], len(c.Data))
}
