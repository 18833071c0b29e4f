package app

import (
	"math"
	"unicode"

	"fyne.io/fyne/v2"
)

// The article is laid out one paragraph at a time, and only when a
// paragraph comes into view: the rest have an estimated height from their
// length. So a 5 MB article opens at once, and the scroll position is
// kept stable by anchoring it to a paragraph (see articleView.settle).

// measurer measures whole words at one text size and caches them, since a
// news article repeats its vocabulary and shaping Bengali is the costly
// part of laying it out. Words are measured whole because a conjunct
// shapes differently from its letters.
type measurer struct {
	size   float32
	style  fyne.TextStyle
	widths map[string]float32
	space  float32
}

func newMeasurer(size float32) *measurer {
	m := &measurer{size: size, widths: make(map[string]float32, 4096)}
	m.space = fyne.MeasureText(" ", size, m.style).Width
	return m
}

func (m *measurer) width(s string) float32 {
	if w, ok := m.widths[s]; ok {
		return w
	}
	w := fyne.MeasureText(s, m.size, m.style).Width
	m.widths[s] = w
	return w
}

// lineLayout is one drawn line: a range of runes, its text and where
// each word starts, so that a span's edges can be found without shaping
// the whole line again.
type lineLayout struct {
	start, end int32 // runes of the document
	text       string
	words      []wordPos
	pieces     []piece // span pieces on this line; nil until first drawn
	measured   bool
}

type wordPos struct {
	start, end int32 // runes of the document
	x, w       float32
}

// piece is the part of a span that lies on one line.
type piece struct {
	span   int32
	x0, x1 float32
}

// paraLayout is a paragraph broken into lines at one width.
type paraLayout struct {
	lines []lineLayout
}

func isBreakSpace(r rune) bool {
	// A no-break space joins; everything else Unicode calls a space breaks.
	return unicode.IsSpace(r) && r != '\u00a0' && r != '\u202f' && r != '\u2007'
}

// layoutParagraph breaks runes[start:end] into lines no wider than maxW.
func layoutParagraph(runes []rune, start, end int32, maxW float32, m *measurer) *paraLayout {
	pl := &paraLayout{}
	var cur lineLayout
	x := float32(0)
	flush := func() {
		if len(cur.words) == 0 {
			return
		}
		cur.start = cur.words[0].start
		cur.end = cur.words[len(cur.words)-1].end
		cur.text = string(runes[cur.start:cur.end])
		pl.lines = append(pl.lines, cur)
		cur = lineLayout{}
		x = 0
	}
	i := start
	for i < end {
		for i < end && isBreakSpace(runes[i]) {
			i++
		}
		if i >= end {
			break
		}
		j := i
		for j < end && !isBreakSpace(runes[j]) {
			j++
		}
		word := string(runes[i:j])
		w := m.width(word)
		if w > maxW {
			// A word wider than the column (a URL, a run of digits) is
			// cut between clusters, on lines of its own.
			flush()
			for _, part := range splitLongWord(runes, i, j, maxW, m) {
				cur.words = append(cur.words, part)
				flush()
			}
			i = j
			continue
		}
		if len(cur.words) > 0 && x+m.space+w > maxW {
			flush()
		}
		if len(cur.words) > 0 {
			x += m.space
		}
		cur.words = append(cur.words, wordPos{start: i, end: j, x: x, w: w})
		x += w
		i = j
	}
	flush()
	if len(pl.lines) == 0 {
		pl.lines = []lineLayout{{start: start, end: start}}
	}
	return pl
}

// clusterBreakOK reports whether a line may be cut before runes[i]
// without splitting a grapheme cluster or a Bengali conjunct.
func clusterBreakOK(runes []rune, i int32) bool {
	r := runes[i]
	if unicode.In(r, unicode.Mn, unicode.Mc, unicode.Me) || r == '\u200c' || r == '\u200d' {
		return false
	}
	if p := runes[i-1]; p == '\u09cd' || p == '\u200d' || p == '\u200c' {
		return false
	}
	return true
}

func splitLongWord(runes []rune, i, j int32, maxW float32, m *measurer) []wordPos {
	var out []wordPos
	for i < j {
		best := int32(-1)
		for k := i + 1; k <= j; k++ {
			if k < j && !clusterBreakOK(runes, k) {
				continue
			}
			if m.width(string(runes[i:k])) > maxW && best > 0 {
				break
			}
			best = k
		}
		if best <= i {
			best = j
		}
		out = append(out, wordPos{start: i, end: best, w: m.width(string(runes[i:best]))})
		i = best
	}
	return out
}

// measurePieces finds where each span lies on the line: from the word
// positions, shaping only the part of a word before a span's edge when a
// span starts or ends inside a word.
func (l *lineLayout) measurePieces(d *document, lo, hi int32, m *measurer) {
	l.measured = true
	l.pieces = l.pieces[:0]
	spans := d.ann.Spans
	for si := lo; si < hi; si++ {
		s := &spans[si]
		a, b := max(int32(s.Start), l.start), min(int32(s.End), l.end)
		if a >= b {
			continue
		}
		l.pieces = append(l.pieces, piece{span: si, x0: l.xAt(d.runes, a, m), x1: l.xAt(d.runes, b, m)})
	}
}

// xAt is the x of the edge before rune r of the line.
func (l *lineLayout) xAt(runes []rune, r int32, m *measurer) float32 {
	for k := range l.words {
		w := &l.words[k]
		switch {
		case r <= w.start:
			if k == 0 {
				return w.x
			}
			// In the space before this word: its start edge.
			return w.x
		case r < w.end:
			return w.x + m.width(string(runes[w.start:r]))
		case r == w.end:
			return w.x + w.w
		}
	}
	if n := len(l.words); n > 0 {
		return l.words[n-1].x + l.words[n-1].w
	}
	return 0
}

// estimateLines guesses a paragraph's line count from its length.
func estimateLines(runes int32, advance, maxW float32) int {
	if maxW <= 0 {
		return 1
	}
	return max(1, int(math.Ceil(float64(float32(runes)*advance/maxW))))
}
