package bangla

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Text is normalised text together with the way back to the original: rune
// i of Runes was made from original code points [Start[i], End[i]).
type Text struct {
	Runes []rune
	Start []int32
	End   []int32
	// Len is the length of the original text in code points.
	Len int
}

// OrigSpan maps the normalised rune range [i, j) to original code points.
func (t *Text) OrigSpan(i, j int) (start, end int) {
	if i >= j {
		if i < len(t.Start) {
			return int(t.Start[i]), int(t.Start[i])
		}
		return t.Len, t.Len
	}
	return int(t.Start[i]), int(t.End[j-1])
}

const (
	zwnj      = '\u200c'
	zwj       = '\u200d'
	nukta     = '\u09bc'
	hasant    = '\u09cd'
	khandaTa  = '\u09ce'
	bengaliTa = '\u09a4'
)

// Normalize prepares s for matching: NFC, the nukta letters always written
// as base + nukta (NFC itself never composes them, and real text mixes
// both), khanda ta written as ত্ + ZWJ turned into ৎ, invisible joiners and
// soft hyphens dropped, every space-like character a plain space, every
// hyphen-like dash a '-', and a '|' used as a danda made into '।'.
func Normalize(s string) *Text {
	t := &Text{
		Runes: make([]rune, 0, len(s)/2),
		Start: make([]int32, 0, len(s)/2),
		End:   make([]int32, 0, len(s)/2),
	}
	pos := 0 // original code point index
	for len(s) > 0 {
		// Most news text is already NFC: copy that prefix rune by rune.
		n := norm.NFC.QuickSpanString(s)
		for _, r := range s[:n] {
			t.add(r, pos, pos+1)
			pos++
		}
		s = s[n:]
		if len(s) == 0 {
			break
		}
		// The rest of one normalisation segment: its output runes all map
		// to the whole segment, since NFC may reorder or merge within it.
		seg := norm.NFC.NextBoundaryInString(s, true)
		if seg <= 0 {
			seg = len(s)
		}
		count := utf8.RuneCountInString(s[:seg])
		for _, r := range norm.NFC.String(s[:seg]) {
			t.add(r, pos, pos+count)
		}
		pos += count
		s = s[seg:]
	}
	t.Len = pos
	return t
}

// add appends one NFC rune, applying the Bengali and typographic fixes.
func (t *Text) add(r rune, start, end int) {
	switch r {
	case '\u09dc': // ড়
		t.push('\u09a1', start, end)
		t.push(nukta, start, end)
		return
	case '\u09dd': // ঢ়
		t.push('\u09a2', start, end)
		t.push(nukta, start, end)
		return
	case '\u09df': // য়
		t.push('\u09af', start, end)
		t.push(nukta, start, end)
		return
	case zwj:
		// ত্ + ZWJ is the old way of writing ৎ.
		if n := len(t.Runes); n >= 2 && t.Runes[n-1] == hasant && t.Runes[n-2] == bengaliTa {
			t.Runes = t.Runes[:n-1]
			t.Runes[n-2] = khandaTa
			t.Start = t.Start[:n-1]
			t.End = t.End[:n-1]
			t.End[n-2] = int32(end)
		}
		return
	case zwnj, '\u00ad', '\u200b', '\u2060', '\ufeff':
		return
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2212', '\ufe63', '\uff0d':
		r = '-'
	case '\u2015':
		r = '\u2014'
	case '|':
		r = '\u0964'
	case '\t', '\n', '\r', ' ':
	default:
		if r < 0x80 {
			break
		}
		if unicode.Is(unicode.Zs, r) {
			r = ' '
		}
	}
	t.push(r, start, end)
}

func (t *Text) push(r rune, start, end int) {
	t.Runes = append(t.Runes, r)
	t.Start = append(t.Start, int32(start))
	t.End = append(t.End, int32(end))
}

// String returns the normalised text.
func (t *Text) String() string { return string(t.Runes) }

// NormalizeString is Normalize for callers that need only the text, such
// as glossary keys.
func NormalizeString(s string) string { return Normalize(s).String() }
