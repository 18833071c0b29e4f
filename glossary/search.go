package glossary

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/pathok/pathok/glossary/bangla"
	"github.com/sahilm/fuzzy"
	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// Result is one entry found by Search.
type Result struct {
	Entry *Entry
	// Field names the form that matched: "bengali", "english", "native",
	// "roman", "hanja", "short", "russian", "korean".
	Field string
	// Text is the matching form; Matched holds the rune offsets in Text
	// of the query's characters, for marking them (empty when the form
	// matched by sound, not letter by letter).
	Text    string
	Matched []int
	// Score orders results: the tier (4 exact, 3 prefix, 2 in this
	// article, 1 fuzzy) times 10,000 plus a score within the tier.
	Score int
}

// Search tiers, best first: the whole query is a form (or sounds like
// one); a form starts with it; the entry is named in the article the
// reader has open; the query is near a form.
const (
	tierFuzzy  = 1
	tierHere   = 2
	tierPrefix = 3
	tierExact  = 4
	tierSize   = 10_000
)

type searchString struct {
	entry int32
	field string
	text  string // normalised, as shown
	fold  string // lower-cased, for narrowing
	flat  string // fold without spaces and hyphens
	words []string
	key   string // phonetic key of the whole form
	latin string // the form read in Latin letters, before folding
	// isDefault marks a short form's default reading (কিম → Kim Jong Un)
	isDefault bool
	script    int
}

// keyRef says which string has a phonetic key, and whether as its whole
// form or as one of its words.
type keyRef struct {
	str   int32
	whole bool
}

// searchIndex finds candidates for a query three ways: strings holding
// all its letters (for fuzzy ranking, since ranking every string of a
// 100,000-entry glossary costs tens of milliseconds per keystroke),
// phonetic keys equal to or starting with the query's, and keys within a
// small Damerau–Levenshtein distance of it through a trigram index.
type searchIndex struct {
	strs     []searchString
	postings map[rune][]int32 // rune → strings that contain it, ascending
	keys     []string
	keyIDs   map[string]int32
	keyRefs  [][]keyRef
	grams    map[uint32][]int32 // trigram of "^key$" → keys, ascending
	byKey    []int32            // key ids in key order, for prefixes
	byFold   []int32            // strings in order of fold, for prefixes
	byWord   []wordRef          // words after the first, in order
	// entry i's strings are strs[firstStr[i]:firstStr[i+1]]
	firstStr []int32
	// defaultReading[i] says entry i is the default reading of a shared
	// short form (Kim Jong Un for কিম)
	defaultReading []bool
	scratch        sync.Pool // *gramCounts
	scores         sync.Pool // *searchScratch
}

type gramCounts struct {
	n       []uint8
	touched []int32
}

func (g *Glossary) searchIndex() *searchIndex {
	g.searchOnce.Do(func() {
		ix := &searchIndex{postings: make(map[rune][]int32), keyIDs: make(map[string]int32), grams: make(map[uint32][]int32)}
		addKey := func(k string, ref keyRef) {
			if k == "" {
				return
			}
			id, ok := ix.keyIDs[k]
			if !ok {
				id = int32(len(ix.keys))
				ix.keyIDs[k] = id
				ix.keys = append(ix.keys, k)
				ix.keyRefs = append(ix.keyRefs, nil)
				for _, gr := range trigrams(k) {
					ix.grams[gr] = append(ix.grams[gr], id)
				}
			}
			ix.keyRefs[id] = append(ix.keyRefs[id], ref)
		}
		add := func(e int, field, s string) {
			if s == "" {
				return
			}
			s = bangla.NormalizeString(s)
			id := int32(len(ix.strs))
			fold := strings.ToLower(s)
			key, wordKeys := searchKeys(s)
			latin := strings.Join(latinWords(s), "")
			ix.strs = append(ix.strs, searchString{entry: int32(e), field: field, text: s, fold: fold, flat: flatten(fold), words: strings.FieldsFunc(fold, isWordBreak), key: key, latin: latin, script: scriptOf(fold)})
			seen := map[rune]bool{}
			for _, r := range fold {
				if seen[r] || unicode.IsSpace(r) {
					continue
				}
				seen[r] = true
				ix.postings[r] = append(ix.postings[r], id)
			}
			addKey(key, keyRef{id, true})
			if len(wordKeys) > 1 {
				for _, w := range wordKeys {
					addKey(w, keyRef{id, false})
				}
			}
		}
		ix.defaultReading = make([]bool, len(g.entries))
		for i, e := range g.entries {
			ix.firstStr = append(ix.firstStr, int32(len(ix.strs)))
			for _, s := range e.Bengali {
				add(i, "bengali", s)
			}
			for _, s := range e.English {
				add(i, "english", s)
			}
			for _, s := range e.Short {
				s, def := ShortForm(s)
				add(i, "short", s)
				if def {
					ix.strs[len(ix.strs)-1].isDefault = true
					ix.defaultReading[i] = true
				}
			}
			add(i, "native", e.Native)
			add(i, "roman", e.Roman)
			add(i, "hanja", e.Hanja)
			if e.Russian != e.Native {
				add(i, "russian", e.Russian)
			}
			if e.Korean != e.Native {
				add(i, "korean", e.Korean)
			}
		}
		ix.firstStr = append(ix.firstStr, int32(len(ix.strs)))
		ix.byFold = make([]int32, len(ix.strs))
		for i := range ix.byFold {
			ix.byFold[i] = int32(i)
		}
		slices.SortFunc(ix.byFold, func(a, b int32) int { return strings.Compare(ix.strs[a].fold, ix.strs[b].fold) })
		for i := range ix.strs {
			fold := ix.strs[i].fold
			for at, w := range wordStarts(fold) {
				if at > 0 {
					ix.byWord = append(ix.byWord, wordRef{w, int32(i), int32(at)})
				}
			}
		}
		slices.SortFunc(ix.byWord, func(a, b wordRef) int {
			if c := strings.Compare(a.word, b.word); c != 0 {
				return c
			}
			return int(a.str - b.str)
		})
		ix.byKey = make([]int32, len(ix.keys))
		for i := range ix.byKey {
			ix.byKey[i] = int32(i)
		}
		sort.Slice(ix.byKey, func(a, b int) bool { return ix.keys[ix.byKey[a]] < ix.keys[ix.byKey[b]] })
		ix.scratch.New = func() any { return &gramCounts{n: make([]uint8, len(ix.keys))} }
		n := len(g.entries)
		ix.scores.New = func() any {
			return &searchScratch{score: make([]int32, n), str: make([]int32, n), show: make([]int32, n), showScore: make([]int32, n), matched: make([][]int, n)}
		}
		g.search = ix
	})
	return g.search
}

// wordStarts maps the byte offset of each word of s to the rest of s from
// there.
func wordStarts(s string) map[int]string {
	out := map[int]string{}
	prevBreak := true
	for i, r := range s {
		if isWordBreak(r) {
			prevBreak = true
			continue
		}
		if prevBreak {
			out[i] = s[i:]
		}
		prevBreak = false
	}
	return out
}

func isWordBreak(r rune) bool { return unicode.IsSpace(r) || r == '-' || r == '.' || r == ',' }

// flatten drops the spaces and hyphens, which readers type or leave out
// at will (kim jong-un, Kim Jong Un, kimjongun).
func flatten(s string) string {
	return strings.Map(func(r rune) rune {
		if isWordBreak(r) {
			return -1
		}
		return r
	}, s)
}

// trigrams of "^key$", packed.
func trigrams(k string) []uint32 {
	p := "^" + k + "$"
	out := make([]uint32, 0, len(p)-2)
	for i := 0; i+3 <= len(p); i++ {
		out = append(out, uint32(p[i])<<16|uint32(p[i+1])<<8|uint32(p[i+2]))
	}
	return out
}

// hit is the best way one string matched, while results are gathered.
type hit struct {
	tier, sub int
	matched   []int
}

// Search finds up to n entries matching query, best first, one result
// per entry. The query may be Bengali (inflected or not), English,
// Cyrillic, Hangul or any romanisation, with typos. here lists the ids
// of the entries named in the article the reader has open: they come
// before mere fuzzy matches.
func (g *Glossary) Search(query string, n int, here ...string) []Result {
	q := strings.ToLower(strings.TrimSpace(bangla.NormalizeString(query)))
	q = strings.Join(strings.Fields(q), " ")
	if q == "" || n <= 0 {
		return nil
	}
	ix := g.searchIndex()
	qScript := scriptOf(q)
	inHere := make(map[int32]bool, len(here))
	for _, id := range here {
		if e, ok := g.byID[id]; ok {
			inHere[int32(e)] = true
		}
	}
	sc := ix.scores.Get().(*searchScratch)
	defer ix.scores.Put(sc)
	strong := 0 // entries matched exactly or by prefix
	// consider keeps, per entry, the best way one of its strings matched,
	// in dense arrays: a broad query touches thousands of strings.
	consider := func(str int32, h hit) {
		s := &ix.strs[str]
		e := s.entry
		tier, sub := h.tier, h.sub+fieldBonus(s.field)+focusBonus(g.entries[e])
		if s.script == qScript {
			sub += 10 // a Latin query is answered by a Latin form first
		}
		if s.isDefault {
			// কিম, kim: the reading the article view chooses alone comes
			// before every other Kim
			sub += 30
			if tier == tierExact {
				sub += 600
			}
		} else if ix.defaultReading[e] {
			// and of two names matched alike (kim jong: Kim Jong Il,
			// Kim Jong Un), it comes first
			sub++
		}
		if inHere[e] {
			tier = max(tier, tierHere)
			sub += 50
		}
		score := int32(tier*tierSize + min(max(sub, 0), tierSize-1))
		old := sc.score[e]
		if old == 0 {
			sc.touched = append(sc.touched, e)
		}
		// on a tie, the form listed first
		if score > old || score == old && str < sc.str[e] {
			if old < tierPrefix*tierSize && score >= tierPrefix*tierSize {
				strong++
			}
			sc.score[e], sc.str[e] = score, str
		}
		// The form shown is the best one that matched letter by letter,
		// with the letters marked: "lavrov" shows Sergei Lavrov, though
		// the short form ল্যাভরভ sounds the same and ranks the entry.
		if h.matched != nil && (score > sc.showScore[e] || score == sc.showScore[e] && str < sc.show[e]) {
			sc.show[e], sc.showScore[e], sc.matched[e] = str, score, h.matched
		}
	}
	// enough reports whether n entries already match exactly or by
	// prefix: then no fuzzy match can reach the results.
	enough := func() bool { return strong >= n }
	qflat := flatten(q)
	qwords := strings.FieldsFunc(q, isWordBreak)

	// Letter by letter: fuzzy (sahilm) over the strings that hold every
	// letter of the query. A query of a letter or two is held by most
	// strings: there, the forms and words it begins count, and fuzzy
	// ranking sees only the first of the rest, so that results still
	// fill the list and narrow as the reader types on.
	if cands := ix.narrow(q); len(cands) > 0 {
		if len(cands) > maxFuzzyCandidates {
			ix.byPrefix(q, func(id int32, at int) {
				consider(id, letterHit(&ix.strs[id], q, qflat, qwords, 0, prefixBytes(ix.strs[id].text, at, q)))
			})
			cands = cands[:maxFuzzyCandidates]
		}
		texts := make([]string, len(cands))
		for i, c := range cands {
			texts[i] = ix.strs[c].text
		}
		for _, m := range fuzzy.Find(q, texts) {
			id := cands[m.Index]
			consider(id, letterHit(&ix.strs[id], q, qflat, qwords, m.Score, m.MatchedIndexes))
		}
	}

	// By sound: the query and, for Bengali, the query with a case ending
	// taken off, as the article view reads it.
	for i, v := range queryVariants(q) {
		ix.bySound(v, i > 0, consider, enough)
	}
	if s, ok := g.Lookup(query); ok {
		ix.considerEntry(g.byID[s.Entry.ID], s.Base, consider)
	}

	// The best n, by score and then id, without sorting every hit.
	top := make([]int32, 0, n+1)
	before := func(a, b int32) bool {
		if sc.score[a] != sc.score[b] {
			return sc.score[a] > sc.score[b]
		}
		return g.entries[a].ID < g.entries[b].ID
	}
	for _, e := range sc.touched {
		if len(top) == n && !before(e, top[n-1]) {
			continue
		}
		i := sort.Search(len(top), func(i int) bool { return before(e, top[i]) })
		top = slices.Insert(top, i, e)
		if len(top) > n {
			top = top[:n]
		}
	}
	out := make([]Result, len(top))
	for i, e := range top {
		str, matched := sc.str[e], []int(nil)
		if sc.showScore[e] > 0 {
			str, matched = sc.show[e], sc.matched[e]
		}
		s := &ix.strs[str]
		out[i] = Result{Entry: g.entries[e], Field: s.field, Text: s.text, Matched: runeOffsets(s.text, matched), Score: int(sc.score[e])}
	}
	for _, e := range sc.touched {
		sc.score[e], sc.showScore[e], sc.matched[e] = 0, 0, nil
	}
	sc.touched = sc.touched[:0]
	return out
}

// searchScratch holds one search's best match per entry.
type searchScratch struct {
	score []int32 // 0: not matched
	str   []int32 // the string that scored best
	// the best string matched letter by letter, its score, and the byte
	// offsets in its text of the query's letters
	show      []int32
	showScore []int32
	matched   [][]int
	touched   []int32
}

// maxFuzzyCandidates bounds the strings ranked letter by letter: ranking
// costs about a microsecond a string.
const maxFuzzyCandidates = 600

// byPrefix calls f with the strings whose lower-cased form, or one of
// whose words, starts with q, at most maxFuzzyCandidates of each, and the
// byte offset in the form where q starts.
func (ix *searchIndex) byPrefix(q string, f func(str int32, at int)) {
	i := sort.Search(len(ix.byFold), func(i int) bool { return ix.strs[ix.byFold[i]].fold >= q })
	for n := 0; i < len(ix.byFold) && n < maxFuzzyCandidates && strings.HasPrefix(ix.strs[ix.byFold[i]].fold, q); i, n = i+1, n+1 {
		f(ix.byFold[i], 0)
	}
	i = sort.Search(len(ix.byWord), func(i int) bool { return ix.byWord[i].word >= q })
	for n := 0; i < len(ix.byWord) && n < maxFuzzyCandidates && strings.HasPrefix(ix.byWord[i].word, q); i, n = i+1, n+1 {
		f(ix.byWord[i].str, int(ix.byWord[i].at))
	}
}

// wordRef is a word of a form, after the first, for prefix search.
type wordRef struct {
	word string
	str  int32
	at   int32 // byte offset of the word in the form
}

// prefixBytes marks every character of q found at byte offset at, as
// byte offsets; nil when the form's text differs there (case folding
// changed its length).
func prefixBytes(text string, at int, q string) []int {
	if at+len(q) > len(text) || !strings.EqualFold(text[at:at+len(q)], q) {
		return nil
	}
	var out []int
	for i := range q {
		out = append(out, at+i)
	}
	return out
}

// letterHit places a string that holds the query's letters in order.
func letterHit(s *searchString, q, qflat string, qwords []string, fuzzyScore int, matched []int) hit {
	clip := min(max(fuzzyScore, -900), 900)
	short := -min(utf8.RuneCountInString(s.flat)-utf8.RuneCountInString(qflat), 900)
	switch {
	case s.flat == qflat:
		return hit{tierExact, 9000, matched}
	case len(qwords) == 1 && slices.Contains(s.words, q):
		return hit{tierExact, 8500 + short, matched}
	case strings.HasPrefix(s.flat, qflat):
		return hit{tierPrefix, 8000 + short, matched}
	case len(qwords) == 1 && slices.ContainsFunc(s.words, func(w string) bool { return strings.HasPrefix(w, q) }):
		return hit{tierPrefix, 6500 + short, matched}
	}
	return hit{tierFuzzy, 3000 + clip/2, matched}
}

// queryVariants is the query itself and, when its last word is Bengali
// with a case ending, the query without the ending (শোইগুর → শোইগু).
func queryVariants(q string) []string {
	out := []string{q}
	rs := []rune(q)
	last := strings.LastIndexAny(q, " -") + 1
	word := []rune(q[last:])
	if len(word) == 0 || !(word[0] >= 0x0980 && word[0] <= 0x09ff) {
		return out
	}
	for cut := len(word) - 1; cut >= 2; cut-- {
		if word[cut-1] == '\u09cd' {
			continue
		}
		if bangla.LookupSuffix(word[cut:]) != nil {
			out = append(out, string(rs[:len(rs)-len(word)+cut]))
		}
	}
	return out
}

// bySound finds the strings whose phonetic key equals, starts with or is
// near that of v; stripped marks a query whose ending was taken off,
// which matches a little less surely than the query as typed.
func (ix *searchIndex) bySound(v string, stripped bool, consider func(int32, hit), enough func() bool) {
	key, words := searchKeys(v)
	latin := strings.Join(latinWords(v), "")
	// a key that kept too little of the query (zzzzqqqq is "jk") says
	// nothing about it
	if key == "" || 2*len(key) < len(latin) {
		return
	}
	// Forms that sound alike are told apart by how close their Latin
	// reading is to the query's: vonsan is Wonsan before Pyongsan.
	spelling := func(str int32, weight int) int {
		return weight * min(damerau(latin, ix.strs[str].latin, 8), 8)
	}
	single := len(words) <= 1
	penalty := 0
	if stripped {
		penalty = 300
	}
	if id, ok := ix.keyIDs[key]; ok {
		for _, ref := range ix.keyRefs[id] {
			switch {
			case ref.whole && (len(key) > 3 || damerau(latin, ix.strs[ref.str].latin, 1) <= 1):
				// A form that sounds like the query but is spelt two or
				// more letters away from it (kim jong: কিম জি-ওন, Kim
				// Ji-won) is a guess at what was meant: forms that start
				// with the letters typed (Kim Jong Un) come first.
				tier := tierExact
				if damerau(latin, ix.strs[ref.str].latin, 2) >= 2 {
					tier = tierPrefix
				}
				consider(ref.str, hit{tier, 8000 - penalty - spelling(ref.str, 100), nil})
			case ref.whole:
				// a short key is weak evidence: ল্যাভ (lav) is not র্যাব
				// (rab) though both fold to "lap"
				consider(ref.str, hit{tierPrefix, 6000 - penalty - spelling(ref.str, 100), nil})
			case single:
				// a word of a longer form sounding like the query: as good
				// as a prefix, not as the form itself
				consider(ref.str, hit{tierPrefix, 6000 - penalty - spelling(ref.str, 20), nil})
			}
		}
	}
	if len(key) >= 3 {
		i := sort.Search(len(ix.byKey), func(i int) bool { return ix.keys[ix.byKey[i]] >= key })
		for n := 0; i < len(ix.byKey) && n < 300 && strings.HasPrefix(ix.keys[ix.byKey[i]], key); i, n = i+1, n+1 {
			k := ix.keys[ix.byKey[i]]
			if k == key {
				continue
			}
			for _, ref := range ix.keyRefs[ix.byKey[i]] {
				if ref.whole || single {
					consider(ref.str, hit{tierPrefix, 5000 - min(len(k)-len(key), 900) - penalty - wordPenalty(ref), nil})
				}
			}
		}
	}
	if len(key) < 5 || stripped || enough() {
		// too short to tell a typo from another name; or a typo on top
		// of an ending, which is too far a guess; or no need
		return
	}
	d := 1
	switch {
	case len(key) >= 12:
		d = 3
	case len(key) >= 7:
		d = 2
	}
	for _, kid := range ix.nearKeys(key, d) {
		k := ix.keys[kid]
		dist := damerau(key, k, d)
		if dist < 1 || dist > d {
			continue
		}
		for _, ref := range ix.keyRefs[kid] {
			if ref.whole || single {
				consider(ref.str, hit{tierFuzzy, 5500 - 700*dist - penalty - wordPenalty(ref) - spelling(ref.str, 200), nil})
			}
		}
	}
}

// wordPenalty ranks a form that is the query as a whole above one that
// holds it as a word (Novosibirsk before Novosibirsk Oblast).
func wordPenalty(ref keyRef) int {
	if ref.whole {
		return 0
	}
	return 200
}

// nearKeys returns the keys sharing enough trigrams with key to be within
// distance d of it: an edit changes at most three trigrams of "^key$"
// (a transposition four, so a few of those are missed on short keys).
func (ix *searchIndex) nearKeys(key string, d int) []int32 {
	grams := trigrams(key)
	need := max(len(grams)-3*d, 2)
	c := ix.scratch.Get().(*gramCounts)
	defer ix.scratch.Put(c)
	var out []int32
	for _, gr := range grams {
		for _, kid := range ix.grams[gr] {
			if c.n[kid] == 0 {
				c.touched = append(c.touched, kid)
			}
			if c.n[kid] < 255 {
				c.n[kid]++
			}
		}
	}
	// the keys sharing the most trigrams first, at most maxNearKeys
	var byCount [256][]int32
	top := 0
	for _, kid := range c.touched {
		if n := int(c.n[kid]); n >= need {
			if l := len(ix.keys[kid]); l >= len(key)-d && l <= len(key)+d {
				byCount[n] = append(byCount[n], kid)
				top = max(top, n)
			}
		}
		c.n[kid] = 0
	}
	c.touched = c.touched[:0]
	for n := top; n >= need && len(out) < maxNearKeys; n-- {
		out = append(out, byCount[n][:min(len(byCount[n]), maxNearKeys-len(out))]...)
	}
	return out
}

// maxNearKeys bounds the keys measured by edit distance per query.
const maxNearKeys = 400

// damerau is the optimal-string-alignment distance between a and b,
// giving up (returning limit+1) once it must exceed limit.
func damerau(a, b string, limit int) int {
	if abs(len(a)-len(b)) > limit {
		return limit + 1
	}
	// three rows, on the stack for keys of ordinary length
	var rows [3][34]int
	var prev2, prev, cur []int
	if len(b) < len(rows[0]) {
		prev2, prev, cur = rows[0][:len(b)+1], rows[1][:len(b)+1], rows[2][:len(b)+1]
	} else {
		prev2, prev, cur = make([]int, len(b)+1), make([]int, len(b)+1), make([]int, len(b)+1)
	}
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			rowMin = min(rowMin, v)
		}
		if rowMin > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// considerEntry records an entry the article view reads the query as
// (ল্যাভরভের is Lavrov): an exact match, shown by its form closest to
// what was typed.
func (ix *searchIndex) considerEntry(e int, base string, consider func(int32, hit)) {
	flat := flatten(strings.ToLower(bangla.NormalizeString(base)))
	bestStr, bestSub := int32(-1), 0
	for i := ix.firstStr[e]; i < ix.firstStr[e+1]; i++ {
		s := &ix.strs[i]
		sub := 8500
		if s.flat != flat {
			sub = 8400
		}
		if bestStr < 0 || sub > bestSub {
			bestStr, bestSub = i, sub
		}
	}
	if bestStr >= 0 {
		consider(bestStr, hit{tierExact, bestSub, nil})
	}
}

// focusBonus prefers, between equals, what Pathok's readers follow:
// Russia and the two Koreas (Pyongyang before Benin, 베냉, for "phenian").
func focusBonus(e *Entry) int {
	switch e.Country {
	case "RU", "KP", "KR":
		return 3
	}
	return 0
}

// scriptOf names the script of the first letter of s.
func scriptOf(s string) int {
	for _, r := range s {
		switch {
		case r >= 0x0980 && r <= 0x09ff:
			return 1
		case r >= 0x0400 && r <= 0x04ff:
			return 2
		case r >= 0xac00 && r <= 0xd7a3, r >= 0x1100 && r <= 0x11ff, r >= 0x3130 && r <= 0x318f:
			return 3
		case unicode.IsLetter(r) && r < 0x0250:
			return 4
		case unicode.IsLetter(r):
			return 5
		}
	}
	return 0
}

// fieldBonus lets a headword-like form outrank an alias scoring the same.
func fieldBonus(field string) int {
	switch field {
	case "bengali", "english", "native":
		return 20
	}
	return 0
}

// narrow returns the strings holding every letter of q, by intersecting
// the posting lists from the rarest letter up.
func (ix *searchIndex) narrow(q string) []int32 {
	var lists [][]int32
	seen := map[rune]bool{}
	for _, r := range q {
		if unicode.IsSpace(r) || seen[r] {
			continue
		}
		seen[r] = true
		p, ok := ix.postings[r]
		if !ok {
			return nil
		}
		lists = append(lists, p)
	}
	if len(lists) == 0 {
		return nil
	}
	sort.Slice(lists, func(i, j int) bool { return len(lists[i]) < len(lists[j]) })
	cur := append([]int32(nil), lists[0]...)
	for _, l := range lists[1:] {
		cur = intersect(cur, l)
		if len(cur) == 0 {
			return nil
		}
	}
	return cur
}

func intersect(a, b []int32) []int32 {
	out := a[:0]
	j := 0
	if len(a)*16 < len(b) {
		// a few against many (a rare letter against a vowel sign): search
		for _, x := range a {
			j += sort.Search(len(b)-j, func(i int) bool { return b[j+i] >= x })
			if j < len(b) && b[j] == x {
				out = append(out, x)
			}
		}
		return out
	}
	for _, x := range a {
		for j < len(b) && b[j] < x {
			j++
		}
		if j < len(b) && b[j] == x {
			out = append(out, x)
		}
	}
	return out
}

// runeOffsets turns the byte offsets fuzzy reports into rune offsets.
func runeOffsets(s string, bytesIdx []int) []int {
	if bytesIdx == nil {
		return nil
	}
	out := make([]int, len(bytesIdx))
	for i, b := range bytesIdx {
		out[i] = utf8.RuneCountInString(s[:b])
	}
	return out
}

// Sorted returns the entries in Bengali alphabetical order of their
// headwords (CLDR collation), for the "All" list.
func (g *Glossary) Sorted() []*Entry {
	out := append([]*Entry(nil), g.entries...)
	c := collate.New(language.Bengali)
	var buf collate.Buffer
	keys := make(map[*Entry][]byte, len(out))
	for _, e := range out {
		keys[e] = append([]byte(nil), c.KeyFromString(&buf, e.Headword())...)
		buf.Reset()
	}
	sort.SliceStable(out, func(i, j int) bool {
		return string(keys[out[i]]) < string(keys[out[j]])
	})
	return out
}
