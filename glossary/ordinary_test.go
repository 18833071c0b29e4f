package glossary

import (
	"os"
	"strings"
	"testing"

	"github.com/pathok/pathok/glossary/bangla"
	"github.com/pathok/pathok/resources"
)

// falseNames returns the name spans found in text that names nothing:
// on ordinary Bengali text with no names, every one is a false highlight.
func falseNames(t *testing.T, g *Glossary, text string) []Span {
	t.Helper()
	var out []Span
	for _, s := range g.Annotate(text).Spans {
		if s.IsName() {
			out = append(out, s)
		}
	}
	return out
}

// TestOrdinaryTextHasNoNames reads ordinary Bengali text of our own
// (domestic news, sport, editorials, prose) in which several everyday
// words are spelt like glossary names: nothing in it may be highlighted
// as a name.
func TestOrdinaryTextHasNoNames(t *testing.T) {
	g, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile("testdata/ordinary-bn.txt")
	if err != nil {
		t.Fatal(err)
	}
	n, false_ := 0, 0
	for line := range strings.Lines(string(b)) {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		n++
		for _, s := range falseNames(t, g, line) {
			false_++
			t.Errorf("%q: got name %q (%s, %q); want none", line, s.Text, s.Kind, s.Gloss)
		}
	}
	t.Logf("%d sentences, %d false name highlights", n, false_)
}

// TestEverydayFormsInNameContext: a form that is also an everyday word is
// a name where the text says so, and only there.
func TestEverydayFormsInNameContext(t *testing.T) {
	g, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, text, want string // want: the gloss of the name, "" for none
	}{
		// a place word next to it
		{"gulf country", "উপসাগরীয় দেশ কাতার আলোচনার প্রস্তাব দিয়েছে।", "Qatar"},
		{"capital after genitive", "কাতারের রাজধানী দোহায় বৈঠক হবে।", "Qatar"},
		{"african country", "পশ্চিম আফ্রিকার মালিতে সংঘাত চলছে।", "Mali"},
		{"national team", "চিলি দল প্রথম ম্যাচে জিতেছে।", "Chile"},
		// another name beside it
		{"in a list of names", "কাতার ও সৌদি আরব এতে সমর্থন দিয়েছে।", "Qatar"},
		// everyday use
		{"queue", "মানুষ কাতার দিয়ে দাঁড়িয়ে ছিল।", ""},
		{"gardener", "বাগানের মালি গাছে পানি দেন।", ""},
		{"gardener's", "মালির হাতে চারাগুলো সবুজ হলো।", ""},
		{"chilli", "একটু চিলি সস দিন।", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := ""
			for _, s := range falseNames(t, g, c.text) {
				if s.Gloss == c.want || got == "" {
					got = s.Gloss
				}
			}
			if got != c.want {
				t.Errorf("%q: got name %q; want %q", c.text, got, c.want)
			}
		})
	}
}

// TestStopSpellings: a foreign t or d is written with a retroflex or a
// dental letter, and either finds the name; short names must agree on
// every stop, so everyday words that differ from them only there stay
// ordinary words.
func TestStopSpellings(t *testing.T) {
	g, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, text, want string // want: the gloss of the name, "" for none
	}{
		// long names: either stop finds them
		{"Tolstoy with retroflex", "ছাত্রীরা লিও টলস্টয়ের গল্প পড়ছে।", "Leo Tolstoy"},
		{"Argentina with dental", "আর্জেন্তিনার দল আজ মাঠে নামবে।", "Argentina"},
		{"Gujarat with retroflex", "গুজরাটের বন্দর দিয়ে পণ্য আসে।", "Gujarat"},
		// short names: the stops must agree
		{"prisoner, not Bondi", "কারাগারের বন্দিদের খাবার দেওয়া হয়।", ""},
		{"cutting, not Qatar", "ধান কাটার মৌসুম শুরু হয়েছে।", ""},
		{"route, not Rutte", "নতুন রুটে বাস চলবে।", ""},
		{"terror, not Truss", "এলাকায় ত্রাসের পরিবেশ তৈরি হয়েছে।", ""},
		{"building, not E-mart", "পুরোনো ইমারতের দেয়াল ভেঙে পড়েছে।", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := ""
			for _, s := range g.Annotate(c.text).Spans {
				if s.IsName() {
					got = s.Gloss
				}
			}
			if got != c.want {
				t.Errorf("%q: got name %q; want %q", c.text, got, c.want)
			}
		})
	}
}

// TestWordListNormalized checks that resources/words/bn-words.txt is
// written as Normalize leaves text, one word a line, sorted bytewise and
// without repeats: isBengaliWord looks words up by binary search in the
// file as it stands, and a line Normalize would change (a ZWNJ after a
// hasant, a precomposed য়) would never be found.
func TestWordListNormalized(t *testing.T) {
	prev, n := "", 0
	for i, line := range strings.Split(strings.TrimSuffix(resources.BengaliWords, "\n"), "\n") {
		if strings.HasPrefix(line, "#") {
			if n > 0 {
				t.Errorf("line %d: got a comment after the words; want the header only at the top", i+1)
			}
			continue
		}
		n++
		if norm := bangla.NormalizeString(line); line == "" || norm != line || strings.TrimSpace(line) != line {
			t.Errorf("line %d: got %q; want it written as Normalize leaves it: %q", i+1, line, norm)
		}
		if line <= prev {
			t.Errorf("line %d: got %q after %q; want the words sorted bytewise, each once", i+1, line, prev)
		}
		if !isBengaliWord(line) {
			t.Errorf("line %d: isBengaliWord(%q): got false; want true", i+1, line)
		}
		prev = line
	}
	if n < 60_000 {
		t.Errorf("got %d words; want some 65,000", n)
	}
}

// TestIsBengaliWord looks up words that are not in the list beside
// ones that are: the binary search must find every line and nothing
// between them.
func TestIsBengaliWord(t *testing.T) {
	words := strings.Split(strings.TrimSuffix(wordList, "\n"), "\n")
	first, last := words[0], words[len(words)-1]
	cases := []struct {
		word string
		want bool
	}{
		// the ends of the list, and past them
		{first, true},
		{last, true},
		{"", false},
		{"\x01", false},
		{last + "\u09be", false},
		{"\U0010ffff", false},
		// everyday words, and the same with an ending the list lacks
		{"সম্মেলন", true},
		{"সম্মেলনেরগুলোতে", false},
		{"শেষবার", true},
		// a prefix of a word and a word run into the next line
		{"সম্মে", false},
		{"সম্মেলন\nসম্মেলনে", false},
		// Latin words are in the list too, lowercase
		{"about", true},
		{"About", false},
	}
	for _, c := range cases {
		if got := isBengaliWord(c.word); got != c.want {
			t.Errorf("isBengaliWord(%q): got %v; want %v", c.word, got, c.want)
		}
	}
}
