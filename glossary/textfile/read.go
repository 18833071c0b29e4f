package textfile

import (
	"errors"
	"fmt"
	"io"
	"os"
)

// TooLargeError is a file or stream larger than the caller's cap.
type TooLargeError struct {
	Name  string
	Size  int64 // the real size; -1 when the stream went on past Known
	Known int64 // with Size -1: it is larger than this
	Limit int64
	What  string // what the cap is for: "articles", "glossaries"
}

func (e *TooLargeError) Error() string {
	size := "more than " + HumanBytes(e.Known)
	if e.Size >= 0 {
		size = HumanBytes(e.Size)
	}
	return fmt.Sprintf("%s: is %s; Pathok reads %s up to %s", e.Name, size, e.What, HumanBytes(e.Limit))
}

// countPast bounds how far a stream over its cap is read, only counted,
// to report its real size: a stream that never ends (/dev/zero) is then
// "more than" this many times the cap.
const countPast = 8

// ReadAll reads r to its end, but never holds more than limit bytes: a
// longer stream is a *TooLargeError giving its real size, which is
// counted (not kept) up to countPast times the limit. size is the size
// when the caller knows it (a regular file's), or -1.
func ReadAll(name string, r io.Reader, size, limit int64, what string) ([]byte, error) {
	tooLarge := &TooLargeError{Name: name, Size: size, Limit: limit, What: what}
	if size > limit {
		return nil, tooLarge
	}
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if int64(len(data)) <= limit {
		return data, nil
	}
	// Past the cap: count the rest without keeping it.
	n, err := io.Copy(io.Discard, io.LimitReader(r, countPast*limit-int64(len(data))+1))
	total := int64(len(data)) + n
	switch {
	case err != nil:
		return nil, fmt.Errorf("%s: %w", name, err)
	case total > countPast*limit:
		tooLarge.Size, tooLarge.Known = -1, countPast*limit
	default:
		tooLarge.Size = total
	}
	return nil, tooLarge
}

// ReadFile reads the file at path as ReadAll does; name is how errors
// name it. A regular file over the cap is refused before it is read.
func ReadFile(path, name string, limit int64, what string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	size := int64(-1)
	if st, err := f.Stat(); err == nil && st.Mode().IsRegular() {
		size = st.Size()
	} else if err == nil && st.IsDir() {
		return nil, fmt.Errorf("%s: is a folder, not a file", name)
	}
	return ReadAll(name, f, size, limit, what)
}

// IsTooLarge reports whether err is a *TooLargeError.
func IsTooLarge(err error) bool {
	var t *TooLargeError
	return errors.As(err, &t)
}

// HumanBytes is n in the unit a person reads: bytes, KB or MB.
func HumanBytes(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MB", n>>20)
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}
