package glossary

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/pathok/pathok/glossary/bangla"
	"github.com/pathok/pathok/glossary/figures"
)

// Annotate finds every name and figure in text.
func (g *Glossary) Annotate(text string) *Annotation {
	t := bangla.Normalize(text)
	toks := bangla.Tokenize(t.Runes, nil)
	f := foldTokens(t, toks)

	names := g.resolve(t, toks, g.findNames(t, toks, f))
	figs := figures.Find(t.Runes)
	covered := make([]bool, len(toks))
	spans := make([]Span, 0, len(names)+len(figs))
	orig := &cursor{s: text}
	for _, n := range names {
		spans = append(spans, g.nameSpan(t, orig, n))
		for k := n.firstTok; k <= n.lastTok; k++ {
			covered[k] = true
		}
	}
	orig = &cursor{s: text}
	for _, fm := range figs {
		s, e := t.OrigSpan(fm.Start, fm.End)
		spans = append(spans, Span{Start: s, End: e, Text: orig.slice(s, e), Kind: fm.Kind, Gloss: fm.Gloss, Value: fm.Value})
		markCovered(toks, covered, int32(fm.Start), int32(fm.End))
	}
	orig = &cursor{s: text}
	for _, u := range findUnknown(t, toks, covered) {
		spans = append(spans, unknownSpan(t, orig, toks, u))
	}
	return &Annotation{Text: text, Spans: dropOverlaps(spans)}
}

// markCovered marks the tokens overlapping normalised runes [start, end).
func markCovered(toks []bangla.Token, covered []bool, start, end int32) {
	k := sort.Search(len(toks), func(i int) bool { return toks[i].End > start })
	for ; k < len(toks) && toks[k].Start < end; k++ {
		covered[k] = true
	}
}

func unknownSpan(t *bangla.Text, orig *cursor, toks []bangla.Token, u unknownName) Span {
	s, e := t.OrigSpan(int(toks[u.first].Start), int(toks[u.last].End))
	_, be := t.OrigSpan(int(toks[u.first].Start), int(u.baseEnd))
	base := orig.slice(s, be)
	sp := Span{Start: s, End: e, Text: orig.slice(s, e), Kind: string(u.kind), Gloss: bangla.Romanize(base), Base: base, Unknown: true}
	if be < e {
		sp.Suffix = orig.slice(be, e)
	}
	return sp
}

// cursor slices a string by code point offsets that mostly move forward,
// as spans do, without converting the whole text to runes.
type cursor struct {
	s     string
	runes int // code point offset of byte offset b
	b     int
}

func (c *cursor) byteAt(r int) int {
	if r < c.runes {
		c.runes, c.b = 0, 0
	}
	for c.runes < r && c.b < len(c.s) {
		if c.s[c.b] < utf8.RuneSelf {
			c.b++
		} else {
			_, size := utf8.DecodeRuneInString(c.s[c.b:])
			c.b += size
		}
		c.runes++
	}
	return c.b
}

// slice is the text of code points [start, end).
func (c *cursor) slice(start, end int) string {
	b := c.byteAt(start)
	return c.s[b:c.byteAt(end)]
}

// resolved is a name match with its entry chosen.
type resolved struct {
	nameMatch
	form int32 // index into g.forms
}

// resolve chooses the entry each match names. A form shared by several
// entries (কিম) goes to the entry named in full most recently before it,
// else the one named in full anywhere in the article, else the entry
// marked as the default reading; with none of these it is dropped, since
// a wrong gloss is worse than none.
func (g *Glossary) resolve(t *bangla.Text, toks []bangla.Token, ms []nameMatch) []resolved {
	firstFull := make(map[int32]int)
	for i, m := range ms {
		if e, ok := g.soleEntry(m.accept, true); ok {
			if _, seen := firstFull[e]; !seen {
				firstFull[e] = i
			}
		}
	}
	lastFull := make(map[int32]int)
	out := make([]resolved, 0, len(ms))
	for i, m := range ms {
		fi, ok := g.choose(t, toks, m, i, firstFull, lastFull)
		if !ok {
			continue
		}
		if k := g.forms[fi].kind; k == fullForm || k == latinForm {
			lastFull[g.forms[fi].entry] = i
		}
		out = append(out, resolved{m, fi})
	}
	return out
}

// soleEntry reports the one entry all forms at an accepting node name;
// with fullOnly, only full and Latin forms count as naming it.
func (g *Glossary) soleEntry(accept int32, fullOnly bool) (int32, bool) {
	entry := int32(-1)
	for _, fi := range g.trie.forms[accept] {
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

func (g *Glossary) choose(t *bangla.Text, toks []bangla.Token, m nameMatch, at int, firstFull, lastFull map[int32]int) (int32, bool) {
	forms := g.trie.forms[m.accept]
	if len(forms) == 1 {
		return g.checkExact(t, toks, m, forms[0])
	}
	// Several forms fold to this key: prefer those spelt exactly so.
	key := textKey(t, toks, m.firstTok, m.baseLastTok(toks), m.baseEnd)
	var exact, any []int32
	for _, fi := range forms {
		any = append(any, fi)
		if g.forms[fi].exact == key {
			exact = append(exact, fi)
		}
	}
	pool := exact
	if len(pool) == 0 {
		if m.keyLen < minFoldedKey {
			return -1, false
		}
		pool = any
	}
	best, bestScore := int32(-1), -1
	distinct := map[int32]bool{}
	for _, fi := range pool {
		f := &g.forms[fi]
		distinct[f.entry] = true
		score := 0
		if last, ok := lastFull[f.entry]; ok {
			score = 3_000_000 + last // the most recent mention wins
		} else if first, ok := firstFull[f.entry]; ok {
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
	if len(distinct) > 1 && bestScore < 500_000 {
		return -1, false
	}
	return best, best >= 0
}

func (g *Glossary) checkExact(t *bangla.Text, toks []bangla.Token, m nameMatch, fi int32) (int32, bool) {
	if m.keyLen >= minFoldedKey {
		return fi, true
	}
	key := textKey(t, toks, m.firstTok, m.baseLastTok(toks), m.baseEnd)
	return fi, g.forms[fi].exact == key
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

func (g *Glossary) nameSpan(t *bangla.Text, orig *cursor, r resolved) Span {
	f := &g.forms[r.form]
	e := g.entries[f.entry]
	s, end := t.OrigSpan(int(r.start), int(r.end))
	_, baseEnd := t.OrigSpan(int(r.start), int(r.baseEnd))
	sp := Span{
		Start: s, End: end, Text: orig.slice(s, end),
		Kind: string(e.Kind), Gloss: e.EnglishHeadword(), Entry: e,
		Base: orig.slice(s, baseEnd),
	}
	if f.kind == demonymForm {
		sp.Kind = string(Nationality)
		if e.DemonymEN != "" {
			sp.Gloss = e.DemonymEN
		}
	}
	if r.suffix.Text != "" {
		sp.Suffix = strings.TrimLeft(orig.slice(baseEnd, end), "-‐‑ ")
		sp.Inflection = r.suffix.Note
		sp.Reduction = fmt.Sprintf("%s = %s + -%s (%s: “%s”)", sp.Text, sp.Base, suffixShown(sp.Suffix),
			r.suffix.Note, fmt.Sprintf(r.suffix.Gloss, sp.Gloss))
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

// dropOverlaps sorts spans and, where two overlap, keeps the longer; on a
// tie the earlier one (names are added before figures) stays.
func dropOverlaps(spans []Span) []Span {
	sort.SliceStable(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
	out := spans[:0]
	for _, s := range spans {
		if n := len(out); n > 0 && s.Start < out[n-1].End {
			if s.End-s.Start > out[n-1].End-out[n-1].Start {
				out[n-1] = s
			}
			continue
		}
		out = append(out, s)
	}
	return out
}
