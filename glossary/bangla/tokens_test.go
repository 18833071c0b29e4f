package bangla

import (
	"reflect"
	"testing"
)

func words(s string) []string {
	t := Normalize(s)
	var out []string
	for _, tok := range Tokenize(t.Runes, nil) {
		out = append(out, string(t.Runes[tok.Start:tok.End]))
	}
	return out
}

func TestTokenize(t *testing.T) {
	cases := []struct {
		name, in string
		want     []string
	}{
		{"spaces", "কিম জং উন", []string{"কিম", "জং", "উন"}},
		{"punctuation", "বৈঠক,অস্ত্র।", []string{"বৈঠক", "অস্ত্র"}},
		// a hyphen separates, and Between tells the matcher it joined
		{"hyphen suffix", "কেসিএনএ-এর", []string{"কেসিএনএ", "এর"}},
		{"hyphen inside name", "কিম ইল-সাং-এর", []string{"কিম", "ইল", "সাং", "এর"}},
		// a change of script splits glued text
		{"latin glued to bengali", "DPRKর", []string{"DPRK", "র"}},
		{"digits glued to bengali", "১২ই", []string{"১২", "ই"}},
		{"glued bengali stays whole", "কিমেরঅস্ত্র", []string{"কিমেরঅস্ত্র"}},
		{"latin run", "NewsTwitter News", []string{"NewsTwitter", "News"}},
		{"quotes", "‘যৌথ লড়াইয়ে’", []string{"যৌথ", "লড়াইয়ে"}},
		{"empty", "", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := words(c.in); !reflect.DeepEqual(got, c.want) {
				t.Errorf("Tokenize(%q) = %q; want %q", c.in, got, c.want)
			}
		})
	}
}

// FuzzTokenizeHash: the hash Tokenize takes as the runes pass by is the
// hash of the token's runes, whatever the text.
func FuzzTokenizeHash(f *testing.F) {
	for _, s := range []string{"কিম জং উন", "DPRKর ১২ই", "কিম ইল-সাং-এর", "‘যৌথ লড়াইয়ে’", "a", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		runes := []rune(s)
		for _, tok := range Tokenize(runes, nil) {
			if want := HashRunes(runes[tok.Start:tok.End]); tok.Hash != want {
				t.Errorf("%q: token %q has hash %#x; want %#x", s, string(runes[tok.Start:tok.End]), tok.Hash, want)
			}
		}
	})
}

func TestBetween(t *testing.T) {
	cases := []struct {
		name, in string
		want     Joiner
	}{
		{"space", "কিম জং", Space},
		{"two spaces", "কিম  জং", Space},
		{"hyphen", "চো-র", Hyphen},
		{"spaced hyphen", "চো - র", Hyphen},
		{"comma", "কিম, জং", Apart},
		{"newline", "কিম\nজং", Apart},
		{"glued", "DPRKর", Glued},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			n := Normalize(c.in)
			toks := Tokenize(n.Runes, nil)
			if len(toks) != 2 {
				t.Fatalf("got %d tokens; want 2", len(toks))
			}
			if got := Between(n.Runes, toks[0].End, toks[1].Start); got != c.want {
				t.Errorf("Between = %d; want %d", got, c.want)
			}
		})
	}
}

func TestScriptOf(t *testing.T) {
	tests := []struct {
		r    rune
		want Script
	}{
		// Bengali letters, signs and the block's edges
		{'ক', Bengali}, {'\u09cd', Bengali}, {'\u0980', Bengali}, {'\u09ff', Bengali}, {'৳', Bengali},
		// digits of both scripts
		{'০', Digits}, {'৯', Digits}, {'0', Digits}, {'9', Digits},
		// Latin, with accents
		{'a', Latin}, {'Z', Latin}, {'é', Latin}, {'ł', Latin},
		// a stray combining mark stays with its word
		{'\u0301', Bengali},
		// not word letters: punctuation, the danda, spaces, other scripts
		{' ', 0}, {'-', 0}, {'।', 0}, {'\u00a0', 0}, {'×', 0}, {'Д', 0}, {'한', 0}, {'ਕ', 0}, {-1, 0},
	}
	for _, tt := range tests {
		if got := ScriptOf(tt.r); got != tt.want {
			t.Errorf("ScriptOf(%U) = %v; want %v", tt.r, got, tt.want)
		}
	}
}
