package glossary

import (
	"slices"
	"unicode/utf8"

	"github.com/pathok/pathok/glossary/bangla"
)

// nameMatch is a name found in normalised text, before the article's
// context has chosen among the entries it may name.
type nameMatch struct {
	start, end int32          // normalised runes, the ending included
	baseEnd    int32          // where the name stops and its ending starts
	accept     int32          // the list in trie.forms
	keyLen     int            // runes in the folded key
	suffix     *bangla.Suffix // nil when the name stands bare
	form       int32          // the form chosen by resolve, an index into g.forms
	firstTok   int
	lastTok    int
}

// minFoldedKey is the shortest folded key allowed to match a word that is
// spelt differently: below it folding would make ordinary words collide
// with short names, so short keys must match letter for letter.
const minFoldedKey = 4

// minStopFoldedKey is the shortest folded key that may match with its
// retroflex and dental stops swapped (টলস্টয় for তলস্তয়): shorter ones
// would claim everyday words (বন্দি is not Bondi, কাটার not Qatar,
// রুটে not Rutte), so they must agree on every stop.
const minStopFoldedKey = 6

// minInflectedKey is the shortest key that may carry an ending glued on:
// below it, Bengali words too often look like a short name plus an ending
// (থেকে is not থে + -কে, শির is not শি + -র).
const minInflectedKey = 3

// notInflectedNames are common words that a short name plus an ending
// would otherwise claim.
var notInflectedNames = newRuneSet(normalizedList("হানে", "হানের", "পাকে", "চোরে", "লিরা", "কোরে")...)

// candidate is one place where the trie accepted while walking.
type candidate struct {
	accept  int32
	lastTok int
	cut     int32 // normalised offset where the name part ends
	keyLen  int
	suffix  *bangla.Suffix
}

// findNames walks the trie from every token and keeps, at each start, the
// longest name whose leftover letters are a real ending. Matches do not
// overlap: the walk resumes after the last token of a match.
func (g *Glossary) findNames(t *bangla.Text, toks []bangla.Token, walks *wordWalks, out []nameMatch) []nameMatch {
	var cands [16]candidate
	walks.forGlossary(g)
	for i := 0; i < len(toks); i++ {
		if toks[i].Script == bangla.Digits {
			continue
		}
		known, names, slot, at := walks.lookup(t, toks[i])
		if known != nil && known.dead() {
			continue
		}
		n, end := g.walk(t, toks, i, cands[:0], known, names)
		if known == nil && end.ok && slot != nil {
			walks.set(slot, at, t, toks[i], end, n)
		}
		if len(n) == 0 {
			continue
		}
		m, ok := g.pick(t, toks, i, n)
		if !ok {
			continue
		}
		if m.firstTok == m.lastTok && reduplicated(t, toks, i) {
			i++ // both words of the pair are an idiom, not names
			continue
		}
		out = append(out, m)
		i = m.lastTok
	}
	return out
}

// reduplicated reports whether token k is doubled (কাতারে কাতারে, "in
// rows and rows"): Bengali doubles words for idioms, never names.
func reduplicated(t *bangla.Text, toks []bangla.Token, k int) bool {
	same := func(a, b int) bool {
		return bangla.Between(t.Runes, toks[a].End, toks[b].Start) == bangla.Space &&
			slices.Equal(t.Runes[toks[a].Start:toks[a].End], t.Runes[toks[b].Start:toks[b].End])
	}
	return k+1 < len(toks) && same(k, k+1) || k > 0 && same(k-1, k)
}

// walk follows the trie across tokens i, i+1, … joined by spaces or
// hyphens, collecting every accepting point. end tells where it stood
// after token i when that word accepted nothing, which depends on the
// word's letters alone (see wordWalks); from, when not nil, is that
// place remembered from an earlier walk, with the names its letters
// gave, and the word's letters are not walked again.
func (g *Glossary) walk(t *bangla.Text, toks []bangla.Token, i int, cands []candidate, from *wordWalk, fromNames []keptAccept) (_ []candidate, end walkEnd) {
	tr := g.trie
	node := int32(root)
	depth := 0
	var first rune // the key's first letter
	k := i
	if from != nil {
		for _, a := range fromNames {
			cands = append(cands, candidate{accept: a.accept, lastTok: i, cut: toks[i].Start + int32(a.cut), keyLen: int(a.keyLen), suffix: a.suffix})
		}
		node, depth, first = from.node, int(from.depth), from.first
		if node < 0 {
			return cands, end
		}
		k++
	}
	for ; k < len(toks) && k < i+g.maxTokens; k++ {
		if k > i {
			if toks[k].Script != toks[i].Script {
				break
			}
			j := bangla.Between(t.Runes, toks[k-1].End, toks[k].Start)
			if j != bangla.Space && j != bangla.Hyphen {
				break
			}
		}
		tok := toks[k]
		w := t.Runes[tok.Start:tok.End]
		folds := tok.Script == bangla.Bengali
		// Bengali is walked folded, other scripts letter for letter; the
		// two are written out rather than behind a function value, since
		// this loop runs for every letter of every word of an article.
		var r rune
		var p int
		var ok bool
		if folds {
			r, p, ok = bangla.FoldNext(w, 0)
		} else if len(w) > 0 {
			r, p, ok = w[0], 1, true
		}
		for ok {
			switch depth {
			case 0:
				node, first = tr.child(node, r), r
			case 1:
				node = tr.childOfFirst(first, node, r)
			default:
				node = tr.search(node, r)
			}
			if node < 0 {
				if k == i {
					return cands, walkEnd{node: -1, accepts: len(cands), ok: len(cands) <= keptAccepts}
				}
				return cands, end
			}
			depth++
			var after int
			if folds {
				if p < len(w) && bangla.KeptByFold(w[p]) {
					r, after, ok = w[p], p+1, true
				} else {
					r, after, ok = bangla.FoldNext(w, p)
				}
			} else if ok = p < len(w); ok {
				r, after = w[p], p+1
			} else {
				after = p
			}
			acc := tr.nodes[node].accept
			if acc >= 0 && len(cands) < cap(cands) {
				cands = g.accept(t, tok, w, p, !ok, folds, acc, k, depth, cands)
			}
			p = after
		}
		if k == i && len(cands) <= keptAccepts {
			end = walkEnd{node: node, depth: depth, first: first, accepts: len(cands), ok: true}
		}
	}
	return cands, end
}

// accept records an accepting point after w[:p]: at the end of the word
// as it stands, or before a real ending glued on.
func (g *Glossary) accept(t *bangla.Text, tok bangla.Token, w []rune, p int, atEnd, bengali bool, acc int32, k, depth int, cands []candidate) []candidate {
	if atEnd {
		return append(cands, candidate{accept: acc, lastTok: k, cut: tok.End, keyLen: depth})
	}
	if !bengali || depth < minInflectedKey {
		return cands // Latin names end at a word's end; short ones take no ending
	}
	tail := w[p:]
	if len(tail) == 0 || !bangla.IsSuffixStart(tail[0]) {
		return cands
	}
	if s := bangla.LookupSuffix(tail); s != nil && !notInflectedNames.has(w) {
		cands = append(cands, candidate{accept: acc, lastTok: k, cut: tok.Start + int32(p), keyLen: depth, suffix: s})
	}
	return cands
}

// pick chooses the longest candidate that some form accepts as written,
// then lets a name take an ending joined by a hyphen (কেসিএনএ-এর) or
// glued on after a change of script (DPRKর).
func (g *Glossary) pick(t *bangla.Text, toks []bangla.Token, i int, cands []candidate) (nameMatch, bool) {
	for c := len(cands) - 1; c >= 0; c-- {
		cd := cands[c]
		if cd.keyLen < minFoldedKey && !g.anyExact(t, toks, i, cd) {
			continue
		}
		if cd.keyLen < minStopFoldedKey && !g.anySameStops(t, toks, i, cd) {
			continue
		}
		m := nameMatch{
			start: toks[i].Start, end: toks[cd.lastTok].End, baseEnd: cd.cut,
			accept: cd.accept, keyLen: cd.keyLen, suffix: cd.suffix,
			firstTok: i, lastTok: cd.lastTok,
		}
		if cd.suffix == nil && cd.lastTok+1 < len(toks) {
			next := toks[cd.lastTok+1]
			j := bangla.Between(t.Runes, toks[cd.lastTok].End, next.Start)
			if (j == bangla.Hyphen || j == bangla.Glued) && next.Script == bangla.Bengali {
				if s := bangla.LookupSuffix(t.Runes[next.Start:next.End]); s != nil {
					m.suffix, m.end, m.lastTok = s, next.End, cd.lastTok+1
				}
			}
		}
		return m, true
	}
	return nameMatch{}, false
}

// keyIs reports whether the name part of a candidate (tokens i to
// lastTok, cut at cut) with its word breaks dropped, the shape of
// form.exact, is s; it makes no key of its own, since it is asked of
// most names found.
func keyIs(t *bangla.Text, toks []bangla.Token, i int, lastTok int, cut int32, s string) bool {
	b := 0
	for k := i; k <= lastTok; k++ {
		end := toks[k].End
		if k == lastTok {
			end = cut
		}
		for _, r := range t.Runes[toks[k].Start:end] {
			if r >= 0x0800 && r < 0xd800 { // Bengali and the rest of its width, by hand
				if b+3 > len(s) || s[b] != byte(0xe0|r>>12) || s[b+1] != byte(0x80|(r>>6)&0x3f) || s[b+2] != byte(0x80|r&0x3f) {
					return false
				}
				b += 3
				continue
			}
			if b >= len(s) {
				return false
			}
			c, n := utf8.DecodeRuneInString(s[b:])
			if c != r {
				return false
			}
			b += n
		}
	}
	return b == len(s)
}

func (g *Glossary) anyExact(t *bangla.Text, toks []bangla.Token, i int, cd candidate) bool {
	for _, fi := range g.trie.forms.of(cd.accept) {
		if keyIs(t, toks, i, cd.lastTok, cd.cut, g.forms[fi].exact) {
			return true
		}
	}
	return false
}

// anySameStops reports whether some form the candidate accepts writes
// the same retroflex and dental stops, in order, as the text.
func (g *Glossary) anySameStops(t *bangla.Text, toks []bangla.Token, i int, cd candidate) bool {
	var buf [16]rune
	stops := buf[:0]
	for k := i; k <= cd.lastTok; k++ {
		end := toks[k].End
		if k == cd.lastTok {
			end = cd.cut
		}
		stops = bangla.AppendStops(stops, t.Runes[toks[k].Start:end])
	}
	for _, fi := range g.trie.forms.of(cd.accept) {
		if bangla.StopsAre(stops, g.forms[fi].exact) {
			return true
		}
	}
	return false
}
