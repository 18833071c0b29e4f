package bangla

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Text is normalised text together with the way back to the original:
// rune i of Runes was made from original code points [Start(i), End(i)).
//
// The map is kept sparse: nearly every rune comes from the one code point
// after the last one's, so only the places where that fails are written
// down (a nukta letter split in two, a dropped joiner, a segment NFC
// merged). Two int32 a rune, written for every character of every
// article, had been a fifth of the time annotation took.
type Text struct {
	Runes []rune
	// Len is the length of the original text in code points.
	Len int
	// Invalid is set when the text held a byte that is not UTF-8, or a
	// NUL, which no text file holds: a stream's chunk is checked by the
	// pass that normalises it, rather than by one more pass of its own.
	Invalid bool
	// shifts says where Start(i) - i changes, in rune order.
	shifts []shift
	// wide lists, in rune order, the runes made from more than one code
	// point (End(i) > Start(i)+1).
	wide []wideRune
}

// shift: from rune at on, Start(i) = i + delta.
type shift struct{ at, delta int32 }

// wideRune: rune at ends at original code point end.
type wideRune struct{ at, end int32 }

// Start is the original code point rune i was made from (the first, if
// several).
func (t *Text) Start(i int) int {
	m := t.Mapper()
	return m.Start(i)
}

// End is the original code point after those rune i was made from.
func (t *Text) End(i int) int {
	m := t.Mapper()
	return m.End(i)
}

// OrigSpan maps the normalised rune range [i, j) to original code points.
func (t *Text) OrigSpan(i, j int) (start, end int) {
	m := t.Mapper()
	return m.OrigSpan(i, j)
}

// Mapper answers Start, End and OrigSpan as its Text does, for a caller
// that asks about runes mostly in order, as an annotator does going
// through its spans: it keeps its place among the shifts, so that an
// answer is a step or two from the last one instead of a binary search,
// whose every step the processor mispredicts half the time. A Mapper is
// for one goroutine.
type Mapper struct {
	t     *Text
	shift int // the shifts at or before the rune last asked about
}

// Mapper returns a Mapper for t, at its start.
func (t *Text) Mapper() Mapper { return Mapper{t: t} }

// Start is Text.Start.
func (m *Mapper) Start(i int) int {
	sh := m.t.shifts
	k := m.shift
	switch {
	case k > 0 && int(sh[k-1].at) > i: // back: search afresh
		k = sort.Search(len(sh), func(k int) bool { return int(sh[k].at) > i })
	default:
		// forward, a step at a time for the few shifts between one
		// span and the next, then by halves for a long way
		for steps := 0; k < len(sh) && int(sh[k].at) <= i; k++ {
			if steps++; steps == 8 {
				from := k
				k = from + sort.Search(len(sh)-from, func(j int) bool { return int(sh[from+j].at) > i })
				break
			}
		}
	}
	m.shift = k
	if k == 0 {
		return i
	}
	return i + int(sh[k-1].delta)
}

// End is Text.End.
func (m *Mapper) End(i int) int {
	if w := m.t.wide; len(w) > 0 {
		if k := sort.Search(len(w), func(k int) bool { return int(w[k].at) >= i }); k < len(w) && int(w[k].at) == i {
			return int(w[k].end)
		}
	}
	return m.Start(i) + 1
}

// OrigSpan is Text.OrigSpan.
func (m *Mapper) OrigSpan(i, j int) (start, end int) {
	if i >= j {
		if i < len(m.t.Runes) {
			s := m.Start(i)
			return s, s
		}
		return m.t.Len, m.t.Len
	}
	return m.Start(i), m.End(j - 1)
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
	t := &Text{}
	t.Reset(s)
	return t
}

// Reset normalises s into t, reusing t's memory: callers that normalise
// many texts keep one Text.
func (t *Text) Reset(s string) {
	// Bengali takes three bytes a letter; room for that and for the odd
	// decomposed nukta letter avoids both a counting pass and regrowth on
	// Bengali text, while Latin-heavy text regrows a time or two.
	n := len(s)/3 + len(s)/32 + 16
	if cap(t.Runes) < n {
		// with room to spare, for a Text that is reset with text after
		// text (a stream's chunks), each a little longer than the last
		t.Runes = make([]rune, 0, n+n/4)
	}
	t.Runes, t.shifts, t.wide = t.Runes[:0], t.shifts[:0], t.wide[:0]
	t.Invalid = false
	pos := 0 // original code point index
	// The output index where the current combining sequence begins: the
	// last starter copied by a fast path, or the end of the last
	// normalised segment. A combining mark that follows must be
	// normalised together with all of it (o + U+0306 is ŏ; marks with no
	// starter before them still take canonical order), so the output is
	// taken back there.
	starterRunes := 0
	for i := 0; i < len(s); {
		i, pos, starterRunes = t.copyPlain(s, i, pos, starterRunes)
		if i >= len(s) {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if c == 0 {
				t.Invalid = true
			}
			starterRunes = len(t.Runes)
			t.add(rune(c), pos, pos+1)
			pos++
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			t.Invalid = true
			t.add(r, pos, pos+1) // invalid input still maps one-to-one
			starterRunes = len(t.Runes)
			pos++
			i++
			continue
		}
		if !mayChangeUnderNFC(r) {
			starterRunes = len(t.Runes)
			t.add(r, pos, pos+1)
			pos++
			i += size
			continue
		}
		// (A character add drops does not stand between them: look past
		// it.)
		probe := i
		for probe < len(s) {
			r, size := utf8.DecodeRuneInString(s[probe:])
			if !passable(r) {
				break
			}
			probe += size
		}
		if probe < len(s) && !norm.NFC.PropertiesString(s[probe:]).BoundaryBefore() && starterRunes < len(t.Runes) {
			// r combines with or reorders around what came before: redo
			// from the last starter (decomposed ŏ, Й, or a hasant before
			// a nukta) so that the output is NFC.
			starterPos := t.Start(starterRunes)
			for ; pos > starterPos; pos-- {
				_, size := utf8.DecodeLastRuneInString(s[:i])
				i -= size
			}
			t.truncate(starterRunes)
		}
		// One normalisation segment through x/text: its output runes all
		// map to the whole segment, since NFC may reorder or merge in it.
		seg := i + norm.NFC.NextBoundaryInString(s[i:], true)
		if seg <= i {
			seg = len(s)
		}
		// x/text cuts a run of more than 30 combining marks into
		// segments; normalised apart, they would not be in order. And
		// the characters add drops (soft hyphen, zero-width space…) are
		// boundaries to x/text but not in the output: a mark after one
		// belongs to the segment before it.
		for seg < len(s) {
			next := seg
			for next < len(s) {
				r, size := utf8.DecodeRuneInString(s[next:])
				if !passable(r) {
					break
				}
				next += size
			}
			if next >= len(s) || norm.NFC.PropertiesString(s[next:]).BoundaryBefore() {
				break
			}
			step := norm.NFC.NextBoundaryInString(s[next:], true)
			if step <= 0 {
				seg = len(s)
				break
			}
			seg = next + step
		}
		count := utf8.RuneCountInString(s[i:seg])
		before := len(t.Runes)
		for _, r := range norm.NFC.String(withoutDropped(s[i:seg])) {
			t.add(r, pos, pos+count)
		}
		pos += count
		i = seg
		if len(t.Runes) > before {
			// A segment that was only dropped characters leaves the last
			// starter where it was: a mark after it still joins it.
			starterRunes = len(t.Runes)
		}
	}
	t.Len = pos
}

// copyPlain copies from s[i:] the run of characters that normalising
// leaves alone (ASCII but NUL, '|' and ':'; Bengali letters and signs
// that NFC keeps as they are, the nukta letters split as add splits
// them) and returns where it stopped, for Reset to take the character
// there. This loop sees nearly every byte of an article, so it does as
// little per character as it can: the slice is held in a local, the
// original position is known from the shift (it is len(runes)+delta),
// and the last starter is looked for once, when the run ends, rather
// than noted at every letter, a branch the processor could not foresee
// since letters and signs alternate as the words please.
func (t *Text) copyPlain(s string, i, pos, starterRunes int) (int, int, int) {
	runes := t.Runes
	if int32(pos-len(runes)) != t.delta() {
		t.shiftAt(len(runes), pos)
	}
	delta := t.delta()
	from := len(runes)
	// The loop writes into the whole capacity, not with append, whose
	// test for room at every character cost a fifth of the loop. Each
	// byte gives at most one rune (a nukta letter's three give two), so
	// the loop stops short of the capacity by the bytes it reads, and
	// grows it only when the text runs on past that.
	buf, n := runes[:cap(runes)], len(runes)
copying:
	for i < len(s) {
		if len(buf)-n < 8 {
			buf = slices.Grow(buf[:n], (len(s)-i)/3+64)
			buf = buf[:cap(buf)]
		}
		for end := min(len(s), i+len(buf)-n-2); i < end; {
			c := s[i]
			if c < utf8.RuneSelf {
				if c == 0 || c == '|' || c == ':' {
					break copying
				}
				buf[n] = rune(c)
				n++
				i++
				continue
			}
			// Bengali is U+0980–U+09FF, E0 A6 80 – E0 A7 BF in UTF-8:
			// decoded by hand. Only four code points depend on what
			// follows them.
			if c != 0xe0 || i+2 >= len(s) || s[i+1] != 0xa6 && s[i+1] != 0xa7 || s[i+2]&0xc0 != 0x80 {
				break copying
			}
			low := (s[i+1]&1)<<6 | s[i+2]&0x3f // r - U+0980
			r := 0x0980 + rune(low)
			if cls := bengaliClasses[low]; cls != bengaliPlain {
				if cls == bengaliContextual && !stableBengali(r, s[i+3:]) {
					break copying
				}
				if cls == bengaliNuktaLetter { // ড় ঢ় য়: base and nukta, as add writes them
					buf[n], buf[n+1] = decomposedNukta[r-'\u09dc'], nukta
					n += 2
					// the nukta comes from the same code point as its base
					delta--
					t.shifts = append(t.shifts, shift{at: int32(n - 1), delta: delta})
					i += 3
					continue
				}
			}
			buf[n] = r
			n++
			i += 3
		}
	}
	runes = buf[:n]
	for k := len(runes) - 1; k >= from; k-- {
		if r := runes[k]; r < utf8.RuneSelf || bengaliStarter(r) {
			starterRunes = k
			break
		}
	}
	t.Runes = runes
	return i, len(runes) + int(delta), starterRunes
}

// What copyPlain does with each Bengali code point, U+0980 to U+09FF.
const (
	bengaliPlain       = iota // copied
	bengaliContextual         // copied unless what follows makes NFC change it
	bengaliNuktaLetter        // split into base and nukta
)

var bengaliClasses = func() (c [0x80]uint8) {
	for i := range c {
		switch r := rune(0x0980 + i); r {
		case '\u09dc', '\u09dd', '\u09df':
			c[i] = bengaliNuktaLetter
		case nukta, hasant, '\u09c7', '\u09fe':
			c[i] = bengaliContextual
		}
	}
	return c
}()

// decomposedNukta gives the letters ড় ঢ় (U+09DC, U+09DD) and য় (U+09DF)
// stand on before their nukta.
var decomposedNukta = [...]rune{'\u09a1', '\u09a2', 0, '\u09af'}

// bengaliStarter reports whether r is a Bengali letter or digit, which
// never combines with what precedes it.
func bengaliStarter(r rune) bool {
	return r >= 0x0985 && r <= 0x09b9 || r == 0x09ce || r >= 0x09dc && r <= 0x09e1 || r >= 0x09e6 && r <= 0x09fd
}

// mayChangeUnderNFC is false for common non-Bengali characters that NFC
// leaves alone whatever follows them: typographic punctuation and the
// Devanagari dandas Bengali borrows.
func mayChangeUnderNFC(r rune) bool {
	switch {
	case r >= 0x2010 && r <= 0x2027, r == 0x0964, r == 0x0965, r == 0x00a0:
		return false
	}
	return true
}

// stableBengali reports whether r, followed by rest, is a Bengali code
// point NFC leaves alone, so that ordinary Bengali text skips x/text's
// segment-by-segment work. The exceptions: e-kar before a length mark
// (they compose into o-kar and au-kar), and a hasant before a nukta
// (canonical order puts the nukta first). The nukta letters, which NFC
// decomposes, are decomposed by add the same way.
func stableBengali(r rune, rest string) bool {
	if (r == nukta || r == hasant) && len(rest) > 0 && rest[0] >= 0x80 &&
		!(len(rest) >= 2 && rest[0] == 0xe0 && (rest[1] == 0xa6 || rest[1] == 0xa7)) {
		// a combining mark of another script may have to go before
		// these two (canonical order): NFC decides
		return false
	}
	if len(rest) < 3 || rest[0] != 0xe0 {
		return true
	}
	switch r {
	case '\u09c7': // before U+09BE (E0 A6 BE) or U+09D7 (E0 A7 97)
		return !(rest[1] == 0xa6 && rest[2] == 0xbe || rest[1] == 0xa7 && rest[2] == 0x97)
	case hasant: // before U+09BC (E0 A6 BC)
		return !(rest[1] == 0xa6 && rest[2] == 0xbc)
	case '\u09fe': // the sandhi mark (class 230) before a nukta or hasant
		return !(rest[1] == 0xa6 && rest[2] == 0xbc || rest[1] == 0xa7 && rest[2] == 0x8d)
	}
	return true
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
			t.truncate(n - 1)
			t.Runes[n-2] = khandaTa
			t.widen(n-2, end)
		}
		return
	case zwnj, '\u00ad', '\u200b', '\u2060', '\ufeff': // see dropped
		return
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2212', '\ufe63', '\uff0d':
		r = '-'
	case '\u2015':
		r = '\u2014'
	case '|':
		r = '\u0964'
	case ':':
		// Headlines abbreviate উত্তর as উঃ, and many type a colon for the
		// visarga: উ: কোরিয়া. Only a one-letter word takes it that way, so
		// that a colon after a name (পুতিন: …) stays punctuation.
		if n := len(t.Runes); n >= 1 && isLetter(t.Runes[n-1]) && (n == 1 || ScriptOf(t.Runes[n-2]) != Bengali) {
			r = '\u0983'
		}
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

// isLetter reports whether r is a Bengali vowel or consonant letter.
func isLetter(r rune) bool { return r >= '\u0985' && r <= '\u09b9' }

func (t *Text) push(r rune, start, end int) {
	n := len(t.Runes)
	if int32(start-n) != t.delta() {
		t.shiftAt(n, start)
	}
	if end != start+1 {
		t.widen(n, end)
	}
	t.Runes = append(t.Runes, r)
}

// delta is Start(i) - i for the next rune written: the last shift's.
func (t *Text) delta() int32 {
	if k := len(t.shifts); k > 0 {
		return t.shifts[k-1].delta
	}
	return 0
}

// shiftAt records that rune n, the next to be written, comes from
// original code point start.
func (t *Text) shiftAt(n, start int) {
	d := int32(start - n)
	if k := len(t.shifts); k > 0 && int(t.shifts[k-1].at) == n {
		t.shifts[k-1].delta = d // copyPlain wrote nothing after its shift
	} else {
		t.shifts = append(t.shifts, shift{at: int32(n), delta: d})
	}
}

// widen records that rune i ends at original code point end.
func (t *Text) widen(i, end int) {
	if k := len(t.wide); k > 0 && int(t.wide[k-1].at) == i {
		t.wide[k-1].end = int32(end)
		return
	}
	t.wide = append(t.wide, wideRune{at: int32(i), end: int32(end)})
}

// truncate keeps the first n runes and their map.
func (t *Text) truncate(n int) {
	t.Runes = t.Runes[:n]
	for len(t.shifts) > 0 && int(t.shifts[len(t.shifts)-1].at) >= n {
		t.shifts = t.shifts[:len(t.shifts)-1]
	}
	for len(t.wide) > 0 && int(t.wide[len(t.wide)-1].at) >= n {
		t.wide = t.wide[:len(t.wide)-1]
	}
}

// String returns the normalised text.
func (t *Text) String() string { return string(t.Runes) }

// NormalizeString is Normalize for callers that need only the text, such
// as glossary keys.
func NormalizeString(s string) string { return Normalize(s).String() }

// dropped reports whether add leaves r out of the text.
func dropped(r rune) bool {
	switch r {
	case zwnj, '\u00ad', '\u200b', '\u2060', '\ufeff':
		return true
	}
	return false
}

// passable reports whether a mark after r may still belong with what
// came before r: r is dropped, or a ZWJ, which add drops too unless it
// makes ত্ into ৎ.
func passable(r rune) bool { return r == zwj || dropped(r) }

// withoutDropped is s without the characters add leaves out, so that NFC
// sees the marks on either side of them together. A ZWJ that begins s is
// kept: it may follow ত্ and make it ৎ.
func withoutDropped(s string) string {
	if !strings.ContainsFunc(s, passable) {
		return s
	}
	var b strings.Builder
	for i, r := range s {
		if dropped(r) || r == zwj && i > 0 {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}
