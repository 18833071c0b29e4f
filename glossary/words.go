package glossary

import (
	"strings"
	"unicode/utf8"

	"github.com/pathok/pathok/glossary/bangla"
	"github.com/pathok/pathok/resources"
)

// The Bengali word list tells ordinary words (শেষবার, সম্মেলনে, হওয়ার)
// from names the glossary lacks. The list also holds well-known foreign
// names (পুতিন, ভ্লাদিমির), so a word in it that looks like a Russian or
// Korean name is still allowed to be one.

// wordList is the words of the list, one a line, sorted bytewise, as
// Normalize leaves text (TestWordListNormalized): the file without its
// header. A word is looked up by binary search in it as it stands, so
// the list costs nothing to load; the few hundred lookups a long
// article makes cost less than building a set of 65,000 words would.
var wordList = func() string {
	text := resources.BengaliWords
	for strings.HasPrefix(text, "#") {
		_, text, _ = strings.Cut(text, "\n")
	}
	return text
}()

// isBengaliWord reports whether w is a word of the list.
func isBengaliWord(w string) bool {
	text := wordList
	// Lines start at lo and at hi: the line around any byte between them
	// starts at lo or later, and ends before hi.
	lo, hi := 0, len(text)
	for lo < hi {
		mid := lo + (hi-lo)/2
		start := lo + strings.LastIndexByte(text[lo:mid], '\n') + 1
		end := strings.IndexByte(text[start:hi], '\n')
		if end < 0 {
			end = hi - start
		}
		switch line := text[start : start+end]; {
		case line == w:
			return w != ""
		case line < w:
			lo = start + end + 1
		default:
			hi = start
		}
	}
	return false
}

// ordinaryWord reports whether a normalised Bengali word is an everyday
// word, as written or once its case ending is read off (সম্মেলনে is
// সম্মেলন + -এ), and does not look like a foreign name.
func ordinaryWord(w []rune) bool {
	if looksForeign(w) {
		return false
	}
	if isBengaliWord(string(w)) {
		return true
	}
	for cut := len(w) - 1; cut >= 2; cut-- {
		if w[cut-1] == '\u09cd' {
			continue
		}
		if bangla.LookupSuffix(w[cut:]) != nil && isBengaliWord(string(w[:cut])) {
			return true
		}
	}
	return false
}

// appendRunes appends w as UTF-8: looking the bytes up in a map as
// string(b) makes no string, where string(w) would.
func appendRunes(b []byte, w []rune) []byte {
	for _, r := range w {
		b = utf8.AppendRune(b, r)
	}
	return b
}

// foreignEndings end Russian surnames and patronymics in Bengali
// spelling; Bengali words rarely end so.
var foreignEndings = normalizedList("ভ", "ভা", "ভিচ", "ভনা", "স্কি", "স্কায়া", "েঙ্কো", "য়েভ", "য়েভা")

// looksForeign reports whether w, its ending read off, is a Russian or
// Korean name part Pathok knows the shape of.
func looksForeign(w []rune) bool {
	base := w
	if cut, ok := caseEnding(w); ok {
		base = w[:cut]
	}
	var buf [64]byte
	s := appendRunes(buf[:0], base)
	if _, ok := russianGiven[string(s)]; ok {
		return true
	}
	if _, ok := koreanSurnames[string(s)]; ok {
		return true
	}
	for _, e := range foreignEndings {
		if len(s) >= len(e) && string(s[len(s)-len(e):]) == e && len(base) > utf8.RuneCountInString(e)+1 {
			return true
		}
	}
	return false
}
