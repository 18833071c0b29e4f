package glossary

import (
	"context"
	"math/bits"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"

	"github.com/pathok/pathok/glossary/bangla"
	"github.com/pathok/pathok/glossary/figures"
)

// workspace holds Annotate's scratch memory between calls, so that
// re-annotating after every glossary edit, or annotating file after file,
// does not allocate and clear tens of megabytes each time.
type workspace struct {
	text                 bangla.Text
	toks                 []bangla.Token
	covered              []bool
	names, figs, unknown []Span
	figMatches           []figures.Match
	matches              []nameMatch
	// spans, when set, is where the next annotation's spans go: a
	// stream whose caller gives its pieces back (StreamOptions.Recycle).
	spans []Span
	// firstFull and lastFull are where resolve notes each entry's first
	// and latest full mention.
	firstFull, lastFull entryInts
	walks               wordWalks
	exact               []int32 // choose's forms spelt as written
	// prepared is the text whose normalised runes and tokens text and
	// toks hold already (see prepare), or "".
	prepared string
}

// prepare normalises and tokenises text, the part of annotating that
// needs no glossary: a stream's workers do it for their first chunk
// while the glossary is still loading.
func (ws *workspace) prepare(text string) {
	ws.text.Reset(text)
	if need := len(ws.text.Runes)/4 + 8; cap(ws.toks) < need {
		// with room to spare: chunks differ in size, and one a little
		// longer than the last would make a new list each time
		ws.toks = make([]bangla.Token, 0, need+need/4)
	}
	ws.toks = bangla.Tokenize(ws.text.Runes, ws.toks)
	ws.prepared = text
}

// isPrepared reports whether prepare last saw this very text: the same
// bytes in the same place, not merely equal ones.
func (ws *workspace) isPrepared(text string) bool {
	return len(text) > 0 && len(text) == len(ws.prepared) && unsafe.StringData(text) == unsafe.StringData(ws.prepared)
}

// entryInts maps entry indexes to ints, emptied for each article in
// constant time: resolve asks it two or three times per name found, which
// with maps made and filled per article was a twentieth of the run.
type entryInts struct {
	gen   uint32
	stamp []uint32 // val[e] holds only where stamp[e] == gen
	val   []int32
}

// reset empties m for n entries.
func (m *entryInts) reset(n int) {
	if len(m.stamp) < n {
		m.stamp, m.val, m.gen = make([]uint32, n), make([]int32, n), 0
	}
	m.gen++
	if m.gen == 0 { // wrapped: old stamps could look current
		clear(m.stamp)
		m.gen = 1
	}
}

func (m *entryInts) get(e int32) (int, bool) {
	if m.stamp[e] != m.gen {
		return 0, false
	}
	return int(m.val[e]), true
}

func (m *entryInts) set(e int32, v int) {
	m.stamp[e], m.val[e] = m.gen, int32(v)
}

var workspaces = sync.Pool{New: func() any { return new(workspace) }}

// Annotate finds every name and figure in text, deciding per article
// whether টাকা is the taka or the Indian rupee.
func (g *Glossary) Annotate(text string) *Annotation {
	return g.AnnotateWith(text, figures.Options{})
}

// AnnotateWith is Annotate with the reader's figure options.
func (g *Glossary) AnnotateWith(text string, opt figures.Options) *Annotation {
	a, _ := g.annotate(context.Background(), text, opt)
	return a
}

// AnnotateContext is Annotate that gives up, returning ctx.Err(), when
// ctx is done: the app drops a marking that a newer edit has made moot.
// It checks between the passes over the text (tokens, names, figures);
// paragraphs cannot be marked one by one, since a short name is read by
// the full name met first anywhere in the text.
func (g *Glossary) AnnotateContext(ctx context.Context, text string) (*Annotation, error) {
	return g.annotate(ctx, text, figures.Options{})
}

// AnnotateContextWith is AnnotateContext with the reader's figure options.
func (g *Glossary) AnnotateContextWith(ctx context.Context, text string, opt figures.Options) (*Annotation, error) {
	return g.annotate(ctx, text, opt)
}

func (g *Glossary) annotate(ctx context.Context, text string, opt figures.Options) (*Annotation, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	ws := workspaces.Get().(*workspace)
	defer workspaces.Put(ws)
	return g.annotateIn(ctx, ws, text, opt)
}

// annotateIn annotates text in the scratch memory of ws. A stream's
// worker keeps its own workspace from chunk to chunk: the pool is emptied
// by every other garbage collection, and a chunk's workspace is megabytes.
func (g *Glossary) annotateIn(ctx context.Context, ws *workspace, text string, opt figures.Options) (*Annotation, error) {
	if !ws.isPrepared(text) {
		ws.prepare(text)
	}
	ws.prepared = ""
	t, toks := &ws.text, ws.toks
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	names := g.dropEveryday(t, toks, g.dropSwallowing(t, toks, g.resolve(ws, t, toks, g.findNames(t, toks, &ws.walks, ws.matches[:0]))))
	ws.matches = names
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	covered := resize(ws.covered, len(toks))
	ws.covered = covered
	nameSpans := slices.Grow(ws.names[:0], len(names))
	m := t.Mapper() // spans are mapped back in order: names, figures, then unknown names
	for _, n := range names {
		nameSpans = append(nameSpans, g.nameSpan(&m, n))
		for k := n.firstTok; k <= n.lastTok; k++ {
			covered[k] = true
		}
	}
	figs := figures.FindAppend(ws.figMatches[:0], t.Runes, takaClues(opt, nameSpans))
	if err := ctx.Err(); err != nil {
		ws.names = clear0(nameSpans) // it holds entries
		return nil, err
	}
	figSpans := ws.figs[:0]
	for _, fm := range figs {
		s, e := m.OrigSpan(fm.Start, fm.End)
		figSpans = append(figSpans, Span{Start: s, End: e, Kind: fm.Kind, Gloss: fm.Gloss, Value: fm.Value})
		markCovered(toks, covered, int32(fm.Start), int32(fm.End))
	}
	clear(figs) // it holds strings
	ws.figMatches = figs[:0]
	unknownSpans := ws.unknown[:0]
	for _, u := range findUnknown(t, toks, covered) {
		unknownSpans = append(unknownSpans, unknownSpan(&m, toks, u))
	}
	spans := mergeSpans(ws.spans[:0], nameSpans, figSpans, unknownSpans)
	ws.spans = nil
	fillText(text, spans, !t.Invalid)
	// The scratch lists are kept for the next call, emptied so that they
	// hold no entries or strings alive.
	ws.names, ws.figs, ws.unknown = clear0(nameSpans), clear0(figSpans), clear0(unknownSpans)
	return &Annotation{Text: text, Spans: spans}, nil
}

// resize returns a zeroed slice of n bools, reusing b's memory.
func resize(b []bool, n int) []bool {
	if cap(b) < n {
		return make([]bool, n)
	}
	b = b[:n]
	clear(b)
	return b
}

func clear0(s []Span) []Span {
	clear(s)
	return s[:0]
}

// markCovered marks the tokens overlapping normalised runes [start, end).
func markCovered(toks []bangla.Token, covered []bool, start, end int32) {
	k := sort.Search(len(toks), func(i int) bool { return toks[i].End > start })
	for ; k < len(toks) && toks[k].Start < end; k++ {
		covered[k] = true
	}
}

func unknownSpan(m *bangla.Mapper, toks []bangla.Token, u unknownName) Span {
	s, e := m.OrigSpan(int(toks[u.first].Start), int(toks[u.last].End))
	_, be := m.OrigSpan(int(toks[u.first].Start), int(u.baseEnd))
	return Span{Start: s, End: e, baseEnd: be, Kind: string(u.kind), Unknown: true}
}

// fillText gives the spans that survived merging their text, in one pass
// over the original: the slice, and for names the base and the ending.
func fillText(text string, spans []Span, valid bool) {
	c := cursor{s: text, valid: valid}
	for i := range spans {
		sp := &spans[i]
		if sp.baseEnd == 0 { // a figure
			sp.Text = c.slice(sp.Start, sp.End)
			continue
		}
		start := c.byteAt(sp.Start)
		cut := c.byteAt(sp.baseEnd)
		end := c.byteAt(sp.End)
		sp.Text = text[start:end]
		base, suffix := text[start:cut], text[cut:end]
		sp.Base = base
		switch {
		case sp.Unknown:
			sp.Suffix = suffix
			sp.Gloss, sp.GuessNative, sp.Guess = unknownGloss(base)
		case sp.Inflection != "":
			sp.Suffix = strings.TrimLeft(suffix, "-‐‑ ")
		}
	}
}

// cursor slices a string by code point offsets that mostly move forward,
// as spans do, without converting the whole text to runes.
type cursor struct {
	s     string
	valid bool // s is UTF-8 through and through
	runes int  // code point offset of byte offset b
	b     int
}

func (c *cursor) byteAt(r int) int {
	if r < c.runes {
		c.runes, c.b = 0, 0
	}
	if c.valid {
		c.seek(r)
		return c.b
	}
	for c.runes < r && c.b < len(c.s) {
		switch b := c.s[c.b]; {
		case b < utf8.RuneSelf:
			c.b++
		case b >= 0xe0 && b < 0xf0 && c.b+2 < len(c.s) && c.s[c.b+1]&0xc0 == 0x80 && c.s[c.b+2]&0xc0 == 0x80 && (b != 0xe0 || c.s[c.b+1] >= 0xa0) && (b != 0xed || c.s[c.b+1] < 0xa0):
			c.b += 3 // Bengali and punctuation: a valid three-byte sequence
		default:
			_, size := utf8.DecodeRuneInString(c.s[c.b:])
			c.b += size
		}
		c.runes++
	}
	return c.b
}

// utf8Len is the length of a character of valid UTF-8 by the top four
// bits of its first byte.
var utf8Len = [16]uint8{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 3, 4}

// seek moves the cursor to the first byte of code point r (or the end)
// eight bytes at a time: in valid UTF-8 each byte that does not continue
// a character starts one, so c.runes stays the number of characters begun
// before c.b. In the word that holds r's first byte, dropping the lower
// start bits finds it without a loop over bytes, whose every step waited
// on the load before it.
func (c *cursor) seek(r int) {
	s, b, runes := c.s, c.b, c.runes
	for b+8 <= len(s) {
		w := uint64(s[b]) | uint64(s[b+1])<<8 | uint64(s[b+2])<<16 | uint64(s[b+3])<<24 |
			uint64(s[b+4])<<32 | uint64(s[b+5])<<40 | uint64(s[b+6])<<48 | uint64(s[b+7])<<56
		// A continuation byte is 10xxxxxx: any other byte has bit 7
		// clear or bit 6 set.
		starts := (^w | w<<1) & 0x8080808080808080
		n := bits.OnesCount64(starts)
		if runes+n > r {
			for k := r - runes; k > 0; k-- {
				starts &= starts - 1
			}
			c.b, c.runes = b+bits.TrailingZeros64(starts)/8, r
			return
		}
		runes += n
		b += 8
	}
	// Fewer than eight bytes remain, the first perhaps inside a
	// character already counted.
	for b < len(s) && s[b]&0xc0 == 0x80 {
		b++
	}
	for runes < r && b < len(s) {
		b += int(utf8Len[s[b]>>4])
		runes++
	}
	c.b, c.runes = min(b, len(s)), runes
}

// slice is the text of code points [start, end).
func (c *cursor) slice(start, end int) string {
	b := c.byteAt(start)
	return c.s[b:c.byteAt(end)]
}

// resolve chooses the entry each match names, keeping the matches that
// name one. A form shared by several entries (কিম) goes to the entry
// named in full most recently before it, else the one named in full
// anywhere in the article, else the entry marked as the default reading;
// with none of these it is dropped, since a wrong gloss is worse than
// none.
func (g *Glossary) resolve(ws *workspace, t *bangla.Text, toks []bangla.Token, ms []nameMatch) []nameMatch {
	firstFull, lastFull := &ws.firstFull, &ws.lastFull
	firstFull.reset(len(g.entries))
	lastFull.reset(len(g.entries))
	for i, m := range ms {
		if e, ok := g.soleEntry(m.accept, true); ok {
			if _, seen := firstFull.get(e); !seen {
				firstFull.set(e, i)
			}
		}
	}
	out := ms[:0]
	for i, m := range ms {
		fi, ok := g.choose(t, toks, m, i, firstFull, lastFull, &ws.exact)
		if !ok {
			continue
		}
		if k := g.forms[fi].kind; k == fullForm || k == latinForm {
			lastFull.set(g.forms[fi].entry, i)
		}
		m.form = fi
		out = append(out, m)
	}
	return out
}

// soleEntry reports the one entry all forms at an accepting node name;
// with fullOnly, only full and Latin forms count as naming it.
func (g *Glossary) soleEntry(accept int32, fullOnly bool) (int32, bool) {
	entry := int32(-1)
	for _, fi := range g.trie.forms.of(accept) {
		f := &g.forms[fi]
		if fullOnly && f.kind != fullForm && f.kind != latinForm {
			continue
		}
		if entry >= 0 && entry != f.entry {
			return -1, false
		}
		entry = f.entry
	}
	return entry, entry >= 0
}

func (g *Glossary) choose(t *bangla.Text, toks []bangla.Token, m nameMatch, at int, firstFull, lastFull *entryInts, scratch *[]int32) (int32, bool) {
	forms := g.trie.forms.of(m.accept)
	if len(forms) == 1 {
		return g.checkExact(t, toks, m, forms[0])
	}
	// Several forms fold to this key: prefer those spelt exactly so. A
	// short name (কিম) is a form of dozens of entries: the list is kept
	// from call to call rather than made afresh.
	last := m.baseLastTok(toks)
	exact := (*scratch)[:0]
	for _, fi := range forms {
		if keyIs(t, toks, m.firstTok, last, m.baseEnd, g.forms[fi].exact) {
			exact = append(exact, fi)
		}
	}
	*scratch = exact
	pool := exact
	if len(pool) == 0 {
		if m.keyLen < minFoldedKey {
			return -1, false
		}
		pool = forms
	}
	best, bestScore := int32(-1), -1
	firstEntry, distinct := int32(-1), false
	for _, fi := range pool {
		f := &g.forms[fi]
		if firstEntry < 0 {
			firstEntry = f.entry
		} else if f.entry != firstEntry {
			distinct = true
		}
		score := 0
		if last, ok := lastFull.get(f.entry); ok {
			score = 3_000_000 + last // the most recent mention wins
		} else if first, ok := firstFull.get(f.entry); ok {
			score = 2_000_000 - first
		} else if f.isDefault {
			score = 1_000_000
		} else if f.kind == fullForm || f.kind == latinForm {
			score = 500_000
		}
		if f.kind != shortForm && f.kind != demonymForm {
			score += 10 // a full form of the same entry reads better
		}
		if score > bestScore {
			best, bestScore = fi, score
		}
	}
	if distinct && bestScore < 500_000 {
		return -1, false
	}
	return best, best >= 0
}

func (g *Glossary) checkExact(t *bangla.Text, toks []bangla.Token, m nameMatch, fi int32) (int32, bool) {
	if m.keyLen >= minFoldedKey {
		return fi, true
	}
	return fi, keyIs(t, toks, m.firstTok, m.baseLastTok(toks), m.baseEnd, g.forms[fi].exact)
}

// baseLastTok is the last token holding part of the name itself (not a
// hyphen-joined ending).
func (m nameMatch) baseLastTok(toks []bangla.Token) int {
	k := m.lastTok
	for k > m.firstTok && toks[k].Start >= m.baseEnd {
		k--
	}
	return k
}

// nameSpan makes the span of a name, its text left for fillText.
func (g *Glossary) nameSpan(m *bangla.Mapper, r nameMatch) Span {
	f := &g.forms[r.form]
	e := g.entries[f.entry]
	s, end := m.OrigSpan(int(r.start), int(r.end))
	_, baseEnd := m.OrigSpan(int(r.start), int(r.baseEnd))
	sp := Span{
		Start: s, End: end, baseEnd: baseEnd,
		Kind: string(e.Kind), Gloss: e.EnglishHeadword(), Entry: e,
	}
	if f.kind == demonymForm {
		sp.Kind = string(Nationality)
		if e.DemonymEN != "" {
			sp.Gloss = e.DemonymEN
		}
	}
	if r.suffix != nil {
		sp.Inflection = r.suffix.Note
		sp.inflectedGloss = r.suffix.Gloss
	}
	return sp
}

// suffixShown writes an ending that starts with a vowel sign (ের) with the
// full vowel (এর), since a vowel sign cannot stand after a hyphen.
func suffixShown(s string) string {
	if rest, ok := strings.CutPrefix(s, "ে"); ok {
		return "এ" + rest
	}
	return s
}

// mergeSpans merges lists each sorted by Start into one sorted list (in
// dst's memory when it has room) and,
// where two spans overlap, keeps the longer; on a tie the one from the
// earlier list (names before figures before unknown names) stays.
func mergeSpans(dst []Span, lists ...[]Span) []Span {
	n := 0
	for _, l := range lists {
		n += len(l)
	}
	out := dst[:0]
	switch {
	case cap(out) == 0:
		out = make([]Span, 0, n) // the caller keeps it: no more than it needs
	case cap(out) < n:
		// A list given back by a stream's caller, outgrown: a quarter
		// more than this chunk needs, since the list is used again for
		// later chunks, and one made to measure would be outgrown by
		// every second chunk, each time a fresh third of a megabyte
		// for the system to fault in.
		out = make([]Span, 0, n+n/4)
	}
	// Spans are large: they are compared where they lie, by index, and
	// copied once, into out.
	next := make([]int, len(lists))
	for {
		best := -1
		bestStart := 0
		for i, l := range lists {
			if k := next[i]; k < len(l) && (best < 0 || l[k].Start < bestStart) {
				best, bestStart = i, l[k].Start
			}
		}
		if best < 0 {
			return out
		}
		s := &lists[best][next[best]]
		next[best]++
		if n := len(out); n > 0 && s.Start < out[n-1].End {
			if s.End-s.Start > out[n-1].End-out[n-1].Start {
				out[n-1] = *s
			}
			continue
		}
		out = append(out, *s)
	}
}
