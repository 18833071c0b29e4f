package bangla

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

var normalizeCases = []struct {
	name, in, want string
}{
	// nukta letters: precomposed and decomposed forms meet
	{"precomposed ya", "পিয়\u09dfং", "পিয়য়ং"},
	{"decomposed ya", "পিয\u09bcং", "পিয়ং"},
	{"precomposed rra", "\u09dcা", "ড়া"},
	{"precomposed rha", "আ\u09dd", "আঢ়"},
	// khanda ta
	{"khanda ta with zwj", "উত্\u200dসব", "উৎসব"},
	{"khanda ta already", "উৎসব", "উৎসব"},
	{"ta hasant zwj at end", "হঠাত্\u200d", "হঠাৎ"},
	{"zwj elsewhere dropped", "র\u200d্য", "র্য"},
	// invisible characters
	{"zwnj dropped", "কিম\u200cজং", "কিমজং"},
	{"soft hyphen dropped", "পুতি\u00adন", "পুতিন"},
	{"bom dropped", "\ufeffমস্কো", "মস্কো"},
	{"zero width space dropped", "কিম\u200bজং", "কিমজং"},
	// spaces and dashes
	{"nbsp", "কিম\u00a0জং", "কিম জং"},
	{"narrow nbsp", "১০\u202fহাজার", "১০ হাজার"},
	{"en dash", "২০২৬–২৭", "২০২৬-২৭"},
	{"non-breaking hyphen", "কেসিএনএ\u2011র", "কেসিএনএ-র"},
	{"minus sign", "\u22125", "-5"},
	{"em dash kept", "যুদ্ধ—যেখানে", "যুদ্ধ—যেখানে"},
	{"horizontal bar to em dash", "যুদ্ধ\u2015যেখানে", "যুদ্ধ—যেখানে"},
	// danda
	{"pipe as danda", "হয়েছে|", "হয়েছে।"},
	// a colon typed for the visarga of an abbreviation
	{"colon after one letter", "উ: কোরিয়া", "উঃ কোরিয়া"},
	{"colon at start of text", "দ: কোরিয়া", "দঃ কোরিয়া"},
	{"colon after a word stays", "পুতিন: যুদ্ধ", "পুতিন: যুদ্ধ"},
	{"colon after a vowel sign stays", "কি: না", "কি: না"},
	{"colon after a digit stays", "১০:৩০", "১০:৩০"},
	{"colon after latin stays", "A: কোরিয়া", "A: কোরিয়া"},
	// vowel signs in two parts compose (NFC)
	{"o-kar from e-kar + aa-kar", "ক\u09c7\u09be", "কো"},
	// decomposed (NFD) input composes, a fuzzer finding: o + U+0306 after
	// an ASCII letter, и + U+0306, and marks to reorder after a hasant
	{"nfd latin o breve", "Kaeso\u0306ng", "Kaesŏng"},
	{"nfd cyrillic short i", "\u0418\u0306oshkar", "Йoshkar"},
	{"nfd acute after latin", "Sergue\u0301i", "Sergu\u00e9i"},
	{"hasant before nukta", "ক\u09cd\u09bc", "ক\u09bc\u09cd"},
	{"overlay mark after hasant", "ক\u09bc\u09cd\u0334", "ক\u0334\u09bc\u09cd"},
	// FuzzNormalize found these: marks with no starter before them
	{"overlay mark after a leading nukta", "\u09bc\u0334", "\u0334\u09bc"},
	{"overlay mark after two leading nuktas", "\u09bc\u09bc\u0334", "\u0334\u09bc\u09bc"},
	// runs longer than the room Reset makes for Bengali (a third of the
	// bytes): the plain copy grows in the middle of a run
	{"long latin run", strings.Repeat("Moscow Seoul ", 300), strings.Repeat("Moscow Seoul ", 300)},
	{"latin run then nukta letters", strings.Repeat("Pyongyang ", 200) + strings.Repeat("\u09df\u09dc", 100),
		strings.Repeat("Pyongyang ", 200) + strings.Repeat("য়ড়", 100)},
	{"nukta letters only", strings.Repeat("\u09dd", 500), strings.Repeat("ঢ়", 500)},
	// a dropped soft hyphen or zero-width space does not keep apart the
	// marks (or letter and mark) on either side of it (FuzzNormalize)
	{"marks around a soft hyphen", "\u0300\u00ad\u033a", "\u033a\u0300"},
	{"letter and accent around a soft hyphen", "a\u00ad\u0301", "á"},
	{"accent after a zero-width space", "o\u200b\u0306 ক", "ŏ ক"},
	{"soft hyphen in a Bengali word", "রাশি\u00adয়া", "রাশিয\u09bcা"},
	{"hasant after a ZWJ after a foreign mark", "\u08f0\u200d\u09cd", "\u09cd\u08f0"},
	{"khanda ta still made from ta hasant ZWJ", "উৎসব উত্\u200dসব", "উৎসব উৎসব"},
	{"sandhi mark before a nukta", "ক\u09fe\u09bc", "ক\u09bc\u09fe"},
	{"empty", "", ""},
	{"latin untouched", "DPRK", "DPRK"},
}

func TestNormalize(t *testing.T) {
	for _, c := range normalizeCases {
		t.Run(c.name, func(t *testing.T) {
			n := Normalize(c.in)
			if got := n.String(); got != c.want {
				t.Errorf("Normalize(%q) = %q; want %q", c.in, got, c.want)
			}
			checkMapping(t, c.in, n)
		})
	}
}

func TestOrigSpan(t *testing.T) {
	in := "উত্\u200dসব পিয\u09bcং"
	n := Normalize(in)
	// "উৎসব" is normalised runes 0..4 and original code points 0..6.
	if s, e := n.OrigSpan(0, 4); s != 0 || e != 6 {
		t.Errorf("OrigSpan(0,4) = %d,%d; want 0,6", s, e)
	}
	if s, e := n.OrigSpan(5, 9); s != 7 || e != 11 {
		t.Errorf("OrigSpan(5,9) = %d,%d; want 7,11", s, e)
	}
}

// checkMapping asserts what every caller relies on: offsets point into
// the original, never go backwards, and normalising is idempotent.
func checkMapping(t *testing.T, in string, n *Text) {
	t.Helper()
	if n.Len != utf8.RuneCountInString(in) {
		t.Fatalf("Len = %d; want %d", n.Len, utf8.RuneCountInString(in))
	}
	prev := 0
	for i := range n.Runes {
		if n.Start(i) < prev || n.Start(i) >= n.End(i) || n.End(i) > n.Len {
			t.Fatalf("rune %d maps to [%d,%d) after %d in a text of %d", i, n.Start(i), n.End(i), prev, n.Len)
		}
		prev = n.Start(i)
	}
	if !norm.NFC.IsNormalString(n.String()) {
		t.Fatalf("%q is not NFC", n.String())
	}
	if again := NormalizeString(n.String()); again != n.String() {
		t.Fatalf("not idempotent: %q then %q", n.String(), again)
	}
}

func FuzzNormalize(f *testing.F) {
	for _, c := range normalizeCases {
		f.Add(c.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			t.Skip()
		}
		checkMapping(t, s, Normalize(s))
	})
}

func BenchmarkNormalize(b *testing.B) {
	s := ""
	for len(s) < 1<<20 {
		s += "রাশিয়ার পররাষ্ট্রমন্ত্রী সের্গেই ল্যাভরভ শনিবার উত্তর কোরিয়ার ওনসান শহরে পৌঁছান। "
	}
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	// As a stream's worker does: one Text, reset for each chunk.
	var t Text
	for b.Loop() {
		t.Reset(s)
	}
}

func TestNormalizeInvalid(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		// text as files hold it
		{"Bengali", "মস্কোয় পুতিন", false},
		{"mixed scripts and marks", "Сеул 서울 ŏ ক\u09bc ড়", false},
		{"empty", "", false},
		// a NUL byte, anywhere
		{"NUL first", "\x00মস্কো", true},
		{"NUL inside", "মস্কো\x00", true},
		// bytes that are not UTF-8
		{"lone continuation byte", "ক\x80খ", true},
		{"cut Bengali letter", "ক\xe0\xa6", true},
		{"surrogate", "\xed\xa0\x80", true},
		{"overlong", "\xc0\xaf", true},
		{"bad byte after a combining mark", "o\u0306\xff", true},
		{"bad byte before a nukta", "\xffক\u09bc", true},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in).Invalid; got != tt.want {
			t.Errorf("%s: Normalize(%q).Invalid = %v; want %v", tt.name, tt.in, got, tt.want)
		}
	}
	// Reset clears the mark of the text before.
	var x Text
	x.Reset("\xff")
	if x.Reset("ক"); x.Invalid {
		t.Errorf("Reset after invalid text: Invalid = true; want false")
	}
}

func FuzzNormalizeInvalid(f *testing.F) {
	for _, s := range []string{"মস্কো", "ক\x80", "o\u0306\xff", "\x00", "ক\u09bc\xe0\xa6"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := !utf8.ValidString(s) || strings.IndexByte(s, 0) >= 0
		if got := Normalize(s).Invalid; got != want {
			t.Errorf("Normalize(%q).Invalid = %v; want %v", s, got, want)
		}
	})
}

// TestTextMap: each rune's way back to the original, where normalising
// does not keep step with it (the map is written down only there).
func TestTextMap(t *testing.T) {
	tests := []struct {
		name       string
		in         string
		starts     []int
		ends       []int
		wantString string
	}{
		// one rune a code point
		{"ASCII", "ab", []int{0, 1}, []int{1, 2}, "ab"},
		{"Bengali", "কখ", []int{0, 1}, []int{1, 2}, "কখ"},
		// a nukta letter is split, both halves from the one code point
		{"nukta letter already split", "য\u09bcা", []int{0, 1, 2}, []int{1, 2, 3}, "য\u09bcা"},
		{"nukta letter", "\u09dfা", []int{0, 0, 1}, []int{1, 1, 2}, "য\u09bcা"},
		{"two nukta letters", "\u09dc\u09dc", []int{0, 0, 1, 1}, []int{1, 1, 2, 2}, "ড\u09bcড\u09bc"},
		// a dropped joiner leaves a gap
		{"ZWNJ dropped", "ক\u200cখ", []int{0, 2}, []int{1, 3}, "কখ"},
		{"soft hyphen dropped", "a\u00adb", []int{0, 2}, []int{1, 3}, "ab"},
		// several code points make one rune
		{"khanda ta of ta, hasant, ZWJ", "ত্\u200dক", []int{0, 3}, []int{3, 4}, "ৎক"},
		{"composed by NFC", "o\u0306x", []int{0, 2}, []int{2, 3}, "ŏx"},
		// NFC reorders: every rune of the segment maps to all of it
		{"hasant before nukta", "ক্\u09bcখ", []int{0, 0, 0, 3}, []int{3, 3, 3, 4}, "ক\u09bc্খ"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := Normalize(tt.in)
			if got := n.String(); got != tt.wantString {
				t.Fatalf("got %q; want %q", got, tt.wantString)
			}
			for i := range n.Runes {
				if n.Start(i) != tt.starts[i] || n.End(i) != tt.ends[i] {
					t.Errorf("rune %d: got [%d,%d); want [%d,%d)", i, n.Start(i), n.End(i), tt.starts[i], tt.ends[i])
				}
			}
		})
	}
}

// TestMapperMatchesText: a Mapper answers as its Text does, whatever the
// order it is asked in: forwards as spans come, backwards, and in jumps
// long enough to leave its step-by-step way.
func TestMapperMatchesText(t *testing.T) {
	long := strings.Repeat("রাশিয়ায় ক\u200cখ ত্\u200dক o\u0306 ", 40)
	texts := []string{
		"",
		"ab",
		"\u09dfা \u09dc\u09dc ক\u200cখ",
		"ত্\u200dক ক্\u09bcখ o\u0306x",
		long,
	}
	for _, s := range texts {
		n := Normalize(s)
		size := len(n.Runes)
		var orders [][2]int // (i, j) pairs
		for i := 0; i <= size; i++ {
			orders = append(orders, [2]int{i, min(i+3, size)})
		}
		for i := size; i >= 0; i-- {
			orders = append(orders, [2]int{i, min(i+1, size)})
		}
		for i := 0; i <= size; i += 37 {
			orders = append(orders, [2]int{i, size}, [2]int{size - i, size - i}, [2]int{0, i})
		}
		m := n.Mapper()
		for _, q := range orders {
			i, j := q[0], q[1]
			gs, ge := m.OrigSpan(i, j)
			ws, we := n.OrigSpan(i, j)
			if gs != ws || ge != we {
				t.Fatalf("%q: OrigSpan(%d,%d): got %d,%d; want %d,%d", s, i, j, gs, ge, ws, we)
			}
		}
	}
}
