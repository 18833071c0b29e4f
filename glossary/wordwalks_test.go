package glossary

import (
	"slices"
	"testing"

	"github.com/pathok/pathok/glossary/bangla"
)

// TestWordWalksRemember: a word is remembered with what its letters
// alone decide, so that skipping them later can lose no name: the walk
// fell off the trie inside it, or came through to a node the next word
// may go on from, and the names it gave on the way.
func TestWordWalksRemember(t *testing.T) {
	g, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	const (
		notKept = "not kept"
		dead    = "dead"
		through = "through"
		named   = "names" // and, after them, fell off or came through
	)
	tests := []struct {
		name string
		text string
		want string
	}{
		// everyday words start no name
		{"conjunction", "এবং", dead},
		{"verb", "বলেছেন", dead},
		// a word that begins longer names: North (Korea), Korea's (army)
		{"first word of a place", "উত্তর", through},
		// names are kept with the names their letters give
		{"a name", "পুতিন", named},
		{"a name with an ending", "পুতিনের", named},
		{"a surname that is a name of its own", "কিম", named},
		{"a place", "মস্কোয়", named},
		// length
		{"thirteen letters", "প্রতিনিধিদলের", dead},
		{"fourteen letters and more", "প্রতিনিধিদলগুলো", notKept},
		// other scripts
		{"Latin name", "Putin", named},
		{"Latin word", "during", dead},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			nt := bangla.Normalize(tc.text)
			toks := bangla.Tokenize(nt.Runes, nil)
			if len(toks) != 1 {
				t.Fatalf("got %d words in %q; want 1", len(toks), tc.text)
			}
			var d wordWalks
			g.findNames(nt, toks, &d, nil)
			got := notKept
			if known, names, _, _ := d.lookup(nt, toks[0]); known != nil {
				switch {
				case len(names) > 0:
					got = named
				case known.dead():
					got = dead
				default:
					got = through
				}
			}
			if got != tc.want {
				t.Errorf("got %s for %q; want %s", got, tc.text, tc.want)
			}
		})
	}
}

// TestWordWalksChangeNothing: names found with the words of earlier
// texts remembered are the names found afresh.
func TestWordWalksChangeNothing(t *testing.T) {
	g, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		"মস্কোয় পুতিন এবং কিম জং-উন বৈঠক করেছেন বলে জানা গেছে।",
		"কিম বলেছেন, পিয়ংইয়ং এবং মস্কো একসঙ্গে কাজ করবে।",
		"সিউলে দক্ষিণ কোরিয়ার প্রেসিডেন্ট বলেন, উত্তর কোরিয়া এবং রাশিয়া কাছাকাছি আসছে।",
		"পুতিনের সফরের পর কিমের বক্তব্য এসেছে; Putin and Kim met in Pyongyang.",
	}
	var warm wordWalks
	for round := range 2 {
		for _, text := range texts {
			nt := bangla.Normalize(text)
			toks := bangla.Tokenize(nt.Runes, nil)
			var cold wordWalks
			want := g.findNames(nt, toks, &cold, nil)
			got := g.findNames(nt, toks, &warm, nil)
			if !slices.Equal(got, want) {
				t.Errorf("round %d, %q: got %v; want %v", round, text, got, want)
			}
		}
	}
}

// TestWordWalksForgetOnNewGlossary: a word that starts no name in one
// glossary may start one in the next (the user added it).
func TestWordWalksForgetOnNewGlossary(t *testing.T) {
	g, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	nt := bangla.Normalize("বলেছেন")
	toks := bangla.Tokenize(nt.Runes, nil)
	var d wordWalks
	g.findNames(nt, toks, &d, nil)
	h, err := New([]*Entry{{ID: "t-1", Kind: Person, Country: "RU", Bengali: []string{"বলেছেন"}, English: []string{"Balechen"}}})
	if err != nil {
		t.Fatal(err)
	}
	if got := h.findNames(nt, toks, &d, nil); len(got) != 1 {
		t.Errorf("got %d names after the glossary changed; want 1", len(got))
	}
}

// FuzzWordWalksChangeNothing: whatever the text, names found with its
// own words already remembered (the second time it is read) are those
// found afresh.
func FuzzWordWalksChangeNothing(f *testing.F) {
	g, err := Builtin()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{
		"মস্কোয় পুতিন এবং কিম জং-উন বৈঠক করেছেন।",
		"কিম কিম কিমের পিয়ংইয়ং-এ Putin Kim",
		"সিউল, সিউলের, সিউলে; ল্যাভরভ লাভরভ",
		"উত্তর কোরিয়া, উত্তর দিকে, উত্তর-কোরিয়ার; দক্ষিণ কোরিয়ায় উত্তর",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		nt := bangla.Normalize(s)
		toks := bangla.Tokenize(nt.Runes, nil)
		var cold, warm wordWalks
		want := g.findNames(nt, toks, &cold, nil)
		g.findNames(nt, toks, &warm, nil)
		got := g.findNames(nt, toks, &warm, nil)
		if !slices.Equal(got, want) {
			t.Errorf("%q: got %v; want %v", s, got, want)
		}
	})
}
