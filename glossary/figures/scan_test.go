package figures

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/pathok/pathok/glossary/bangla"
)

// The scanner's shortcuts (the word-rune table, the first-letters test,
// skipping the rest of a word) must never change what is found: these
// tests hold FindAppend to findReference, the plain scan it replaced.

func TestIsWordRuneMatchesReference(t *testing.T) {
	for r := rune(-1); r <= utf8.MaxRune+1; r++ {
		if got, want := isWordRune(r), isWordRuneReference(r); got != want {
			t.Fatalf("isWordRune(%U) = %v; want %v", r, got, want)
		}
	}
}

// TestMayStartAdmitsEveryStartWord walks the lexicon the parser reads, so
// that a word added to any list is admitted by the scanner's first test.
func TestMayStartAdmitsEveryStartWord(t *testing.T) {
	var walk func(n int32, word []rune)
	count := 0
	walk = func(n int32, word []rune) {
		node := &lex.nodes[n]
		if node.e != nil && node.e.start {
			count++
			if !lex.startsFigure(word, 0, len(word)) {
				t.Errorf("startsFigure(%q) = false; want true: it starts a figure", string(word))
			}
			if len(word) >= 2 && isBengaliLetterOrSign(word[0]) && isBengaliWordRune(word[1]) && !lex.mayStart(word[0], word[1]) {
				t.Errorf("mayStart(%q, %q) = false; want true: %q starts a figure", word[0], word[1], string(word))
			}
			if len(word) >= 3 && isBengaliLetterOrSign(word[0]) && isBengaliWordRune(word[1]) && isBengaliWordRune(word[2]) &&
				!lex.mayStart3(word[0], word[1], word[2]) {
				t.Errorf("mayStart3(%q) = false; want true: %q starts a figure", string(word[:3]), string(word))
			}
		}
		for _, k := range node.kids {
			walk(k.next, append(word, k.r))
		}
	}
	for r := rune(0x980); r < 0xa00; r++ {
		if c := lex.root[r-0x980]; c != 0 {
			walk(c, []rune{r})
		}
	}
	for _, k := range lex.nodes[0].kids {
		walk(k.next, []rune{k.r})
	}
	if count < 150 {
		t.Errorf("walked %d start words; want the whole lexicon (over 150)", count)
	}
}

// TestTablesNeverTurnAwayAFigureWord tries every one, two and three
// Bengali runes the scanner asks the tables about: where a table says no,
// no word so written, or beginning so, may start a figure.
func TestTablesNeverTurnAwayAFigureWord(t *testing.T) {
	// alive reports whether a walk along word may still reach a word a
	// figure begins with, once word is read.
	alive := func(word []rune) bool {
		n := int32(0)
		for _, r := range word {
			if n = lex.child(n, r); n == 0 {
				return false
			}
		}
		return lex.nodes[n].toStart
	}
	turnedAway, asked := 0, 0
	for a := rune(0x980); a < 0xa00; a++ {
		if !isBengaliLetterOrSign(a) {
			continue
		}
		if !lex.startsAlone(a) && lex.startsFigure([]rune{a}, 0, 1) {
			t.Errorf("startsAlone(%q) = false; want true: the word starts a figure", a)
		}
		for b := rune(0x980); b < 0xa00; b++ {
			if !isBengaliWordRune(b) || !lex.mayStart(a, b) {
				continue
			}
			if pair := []rune{a, b}; !lex.pairStartsAlone(a, b) && lex.startsFigure(pair, 0, 2) {
				t.Errorf("pairStartsAlone(%q) = false; want true: the word starts a figure", string(pair))
			}
			for c := rune(0x980); c < 0xa00; c++ {
				if !isBengaliWordRune(c) {
					continue
				}
				asked++
				if lex.mayStart3(a, b, c) {
					continue
				}
				turnedAway++
				if word := []rune{a, b, c}; lex.startsFigure(word, 0, 3) || alive(word) {
					t.Errorf("mayStart3(%q) = false; want true: a word beginning so may start a figure", string(word))
				}
			}
		}
	}
	if turnedAway < asked*3/4 {
		t.Errorf("mayStart3 turned away %d of %d; want three in four or more: the table is too full to help", turnedAway, asked)
	}
}

// scanEdgeTexts are sentences of our own that stress where the scanner
// starts and skips: figures ending inside a word, apostrophes inside
// words, hyphens, signs, Latin and Assamese letters, words that begin
// like number words.
var scanEdgeTexts = []string{
	// A figure or a token ending inside a word.
	"দাম ৫০০টাকার বেশি", "সভা ১০টায়ও হয়নি", "৯১২ভোট পেয়েছেন", "ধারা ১২৩ক অনুযায়ী", "রাতে ৯টায় ফিরলেন",
	"১২,০০০জনের মিছিল", "২০২৫-এর শেষে", "মে-তে আবার", "৫০০-এরও বেশি", "হাজারেরও বেশি মানুষ",
	// Apostrophes.
	"দু'জন এলেন", "ছ'টা বাজে", "’৭১ সালে", "'৭১-এর যুদ্ধ", "রাম'স দোকান", "ক' বার", "'ক'",
	// Hyphens and separators.
	"MiG-29 বিমান", "হোয়াসং-১৮ ক্ষেপণাস্ত্র", "খেলা ২-১ গোলে শেষ", "সংস্করণ 1.2.3 এসেছে", "১০-১৫ জন", "--৫", "-৫-৫",
	// Signs.
	"$৫০ খরচ", "৳ ১০০ দিলেন", "½ কাপ চিনি", "১½ কাপ", "-৫ ডিগ্রি", "€ ২০", "₹৩০০", "₩", "৳",
	// Latin, Assamese and rare letters next to Bengali.
	"Facebook ৩ জন", "June ৩, ২০২৪", "৩ June ২০২৪", "ৰ ৱ ৼ ৽ ৾", "ৰাতি ৩ জন", "αβγ ৫ টি",
	// Words that begin as number words do.
	"ছোট ছেলে", "ও এ ই", "তিনি বলেন", "বিশ্বের দেশ", "একটি বই", "এক দিন", "নয় জন", "হাজার হাজার মানুষ", "সর্বোচ্চ ১০ জন",
	// Sentence ends, lines and the edges of the text.
	"৫", "এক", "ছ", "রাতে।৯টায়", "সকালে\n৯টায়", "\n\n৩ জন\r\n", " ", "", "।", "ক",
}

// scanTexts gathers every text the tests know: the tables, the edge texts,
// and the seed articles when they are there.
func scanTexts(tb testing.TB) []string {
	var texts []string
	for _, table := range allCases() {
		for _, c := range table {
			texts = append(texts, c.in)
		}
	}
	for _, c := range everydayCases {
		texts = append(texts, c.in)
	}
	for _, c := range takaCases {
		texts = append(texts, c.in)
	}
	texts = append(texts, benchSentences...)
	texts = append(texts, scanEdgeTexts...)
	paths, _ := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		texts = append(texts, string(raw))
	}
	return texts
}

// mixedTexts glues pieces of texts together at random, with and without
// spaces, so that figures and words meet in ways no table spells out.
func mixedTexts(texts []string, n int) []string {
	var pieces []string
	for _, s := range texts {
		for _, w := range strings.Fields(s) {
			if len(w) < 200 {
				pieces = append(pieces, w)
			}
		}
	}
	seps := []string{" ", " ", " ", "", "-", ",", "।", "\n", "'", "’", "$", "/", ".", ":"}
	rng := rand.New(rand.NewPCG(13, 7))
	out := make([]string, n)
	for i := range out {
		var b strings.Builder
		for range 2 + rng.IntN(10) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
			b.WriteString(seps[rng.IntN(len(seps))])
		}
		out[i] = b.String()
	}
	return out
}

func TestFindAppendMatchesReference(t *testing.T) {
	texts := scanTexts(t)
	texts = append(texts, mixedTexts(texts, 5000)...)
	for _, taka := range []string{"", "BDT", "INR"} {
		opt := Options{Taka: taka}
		for _, s := range texts {
			text := bangla.Normalize(s).Runes
			got, want := FindAppend(nil, text, opt), findReference(text, opt)
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Fatalf("FindAppend(%q, Taka %q):\n got %v;\nwant %v", s, taka, figsOf(text, got), figsOf(text, want))
			}
		}
	}
}

func TestWordEndMatchesReference(t *testing.T) {
	texts := scanTexts(t)
	texts = append(texts, mixedTexts(texts, 500)...)
	for _, s := range texts {
		text := bangla.Normalize(s).Runes
		for i := range text {
			if got, want := wordEnd(text, i), wordEndReference(text, i); got != want {
				t.Fatalf("wordEnd(%q, %d) = %d; want %d", string(text), i, got, want)
			}
		}
	}
}

func TestFindAppendKeepsDst(t *testing.T) {
	text := normRunes("সভায় ৮০ জন এবং ১২ই জুলাই ২০২৫")
	before := Match{Start: -1, Kind: "before"}
	dst := make([]Match, 1, 16)
	dst[0] = before
	got := FindAppend(dst, text, Options{})
	if len(got) == 0 || got[0] != before {
		t.Fatalf("FindAppend kept %v; want %v first", got, before)
	}
	if &got[0] != &dst[0] {
		t.Errorf("FindAppend made a new slice; want dst's memory reused while it has room")
	}
	if g, w := fmtFigs(figsOf(text, got[1:])), fmtFigs(figsOf(text, Find(text))); g != w {
		t.Errorf("FindAppend after a match:\n got %v;\nwant %v", g, w)
	}
}
