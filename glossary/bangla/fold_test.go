package bangla

import "testing"

// folded is the folding key of a whole name, as the matcher indexes it.
func folded(s string) string {
	_, f, _ := Keys(s)
	return f
}

func TestFoldingKey(t *testing.T) {
	same := []struct{ name, a, b string }{
		// ya-phala
		{"ya-phala", "ল্যাভরভ", "লাভরভ"},
		// hasant and reph
		{"reph", "কুরস্ক", "কুর্স্ক"},
		// spacing inside names
		{"space inside", "পিয়ংইয়ং", "পিয়ং ইয়ং"},
		{"hyphen inside", "কিম জং-উন", "কিম জং উন"},
		// vowel length
		{"long i", "শি জিনপিং", "শী জিনপিং"},
		{"long u", "রুবিও", "রূবিও"},
		// sibilants
		{"sha and sa", "শোইগু", "সোইগু"},
		{"ssa and sa", "রুশ", "রুষ"},
		// nasal signs
		{"anusvara and nga", "বেইজিং", "বেইজিঙ"},
		{"chandrabindu", "পাঁক", "পাক"},
		{"nna and na", "ন্যাশনাল", "ন্যাশণাল"},
		// j sounds
		{"ya as ja", "যুক্তরাষ্ট্র", "জুক্তরাষ্ট্র"},
		// nukta letters in either encoding
		{"nukta", "পিয়ংইয়ং", "পিয\u09bcংইয\u09bcং"},
		{"khanda ta", "উৎসব", "উত্\u200dসব"},
		// retroflex and dental stops: a foreign t or d is written either way
		{"ta and tta", "ভ্লাদিভস্তক", "ভ্লাদিভস্টক"},
		{"tta in Tolstoy", "টলস্টয়", "তলস্তয়"},
		{"dda and da", "ডমিত্রি", "দমিত্রি"},
		{"ttha and tha", "গোঠে", "গোথে"},
		{"ddha and dha", "ঢাকা", "ধাকা"},
	}
	for _, c := range same {
		t.Run(c.name, func(t *testing.T) {
			if a, b := folded(c.a), folded(c.b); a != b {
				t.Errorf("folded(%q) = %q, folded(%q) = %q; want equal", c.a, a, c.b, b)
			}
		})
	}
	different := []struct{ name, a, b string }{
		{"ya with nukta is not ja", "য়", "জ"},
		{"o-kar kept", "মস্কো", "মস্ক"},
		// ড় and ঢ় are not ড and ঢ, in either encoding
		{"rra is not dda", "বড়", "বড"},
		{"rra decomposed is not da", "বড\u09bc", "বদ"},
		{"rha is not dha", "গাঢ়", "গাধ"},
		{"latin case kept", "US", "us"},
	}
	for _, c := range different {
		t.Run(c.name, func(t *testing.T) {
			if a, b := folded(c.a), folded(c.b); a == b {
				t.Errorf("folded(%q) = folded(%q) = %q; want different", c.a, c.b, a)
			}
		})
	}
}

func TestKey(t *testing.T) {
	cases := []struct{ in, want string }{
		{"কিম জং-উন", "কিমজংউন"},
		{"পিয়ং ইয়ং", "পিয়ংইয়ং"},
		{"North Korea", "NorthKorea"},
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			if got := Key(c.in); got != NormalizeString(c.want) {
				t.Errorf("Key(%q) = %q; want %q", c.in, got, c.want)
			}
		})
	}
}

func TestStops(t *testing.T) {
	cases := []struct{ in, want string }{
		{"টলস্টয়", "টট"},
		{"তলস্তয়", "তত"},
		{"ডমিত্রি", "ডত"},
		// ড় and ঢ় are other letters, composed or not
		{"বড়দিন", "দ"},
		{"বড\u09bcদিন", "দ"},
		{"গাঢ়", ""},
		{"মস্কো", ""},
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			if got := Stops(c.in); got != c.want {
				t.Errorf("Stops(%q) = %q; want %q", c.in, got, c.want)
			}
		})
	}
}

// foldNextBySwitch is FoldNext as it was first written, letter by letter:
// the table FoldNext reads must fold exactly as it did.
func foldNextBySwitch(word []rune, i int) (r rune, next int, ok bool) {
	for ; i < len(word); i++ {
		r = word[i]
		switch r {
		case '\u09cd':
			if i+1 < len(word) && word[i+1] == 'য' && (i+2 >= len(word) || word[i+2] != '\u09bc') {
				i++
			}
			continue
		case '\u0981':
			continue
		case 'ী':
			r = 'ি'
		case 'ূ':
			r = 'ু'
		case 'ঈ':
			r = 'ই'
		case 'ঊ':
			r = 'উ'
		case 'শ', 'ষ':
			r = 'স'
		case 'ঙ':
			r = 'ং'
		case 'ণ':
			r = 'ন'
		case 'ট':
			r = 'ত'
		case 'ঠ':
			r = 'থ'
		case 'ড', 'ঢ':
			if i+1 < len(word) && word[i+1] == '\u09bc' {
				break
			}
			if r == 'ড' {
				r = 'দ'
			} else {
				r = 'ধ'
			}
		case 'য':
			if i+1 < len(word) && word[i+1] == '\u09bc' {
				break
			}
			r = 'জ'
		}
		return r, i + 1, true
	}
	return 0, i, false
}

func foldAllBySwitch(word []rune) []rune {
	var out []rune
	for i := 0; ; {
		r, next, ok := foldNextBySwitch(word, i)
		if !ok {
			return out
		}
		out = append(out, r)
		i = next
	}
}

// TestFoldTable folds every Bengali code point alone, before a nukta,
// after a hasant and as a ya-phala, and the block's neighbours.
func TestFoldTable(t *testing.T) {
	for r := rune(0x0900); r < 0x0a80; r++ {
		for _, w := range [][]rune{
			{r}, {r, '\u09bc'}, {'ক', '\u09cd', r}, {r, '\u09cd', 'য'}, {r, '\u09cd', 'য', '\u09bc'}, {'\u09cd', r},
		} {
			got, want := Fold(w, nil), foldAllBySwitch(w)
			if string(got) != string(want) {
				t.Errorf("Fold(%q) = %q; want %q", string(w), string(got), string(want))
			}
		}
	}
}

func FuzzFoldTable(f *testing.F) {
	for _, s := range []string{"ল্যাভরভ", "টলস্টয়", "ড়", "্য়", "শী", "Kim", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		w := []rune(s)
		if got, want := Fold(w, nil), foldAllBySwitch(w); string(got) != string(want) {
			t.Errorf("Fold(%q) = %q; want %q", s, string(got), string(want))
		}
	})
}

func TestStopsAre(t *testing.T) {
	words := []string{"টলস্টয়", "তলস্তয়", "ডমিত্রি", "দমিত্রি", "বড়দিন", "বড\u09bcদিন", "বডদিন", "গাঢ়", "গাঢ", "মস্কো", "", "ত", "তত"}
	for _, a := range words {
		stops := AppendStops(nil, []rune(NormalizeString(a)))
		for _, b := range words {
			b = NormalizeString(b)
			if got, want := StopsAre(stops, b), Stops(NormalizeString(a)) == Stops(b); got != want {
				t.Errorf("StopsAre(stops of %q, %q) = %v; want %v", a, b, got, want)
			}
		}
	}
}

func FuzzStopsAre(f *testing.F) {
	f.Add("টলস্টয়", "তলস্তয়")
	f.Add("বড\u09bcদিন", "বডদিন")
	f.Fuzz(func(t *testing.T, a, b string) {
		stops := AppendStops(nil, []rune(a))
		if got, want := StopsAre(stops, b), Stops(a) == Stops(b); got != want {
			t.Errorf("StopsAre(stops of %q, %q) = %v; want %v", a, b, got, want)
		}
	})
}

// TestKeyerReuse runs names of every shape through one Keyer, in an
// order where each leaves longer or odder buffers behind for the next:
// its keys must be those the definition gives (normalise, split into
// words, join them, and fold each) for every name.
func TestKeyerReuse(t *testing.T) {
	names := []string{
		// long Bengali names, then short ones
		"ভ্লাদিমির ভ্লাদিমিরোভিচ পুতিন", "কিম", "ক",
		// nukta letters written both ways, old khanda ta
		"রাশিয়া", "রাশিয়া", "উত্\u200dপল",
		// joiners and soft hyphens dropped
		"গল্\u200cফ", "বৈচিত্র\u200d্যে", "মস্\u00adকো",
		// Latin acronyms and Latin glued to Bengali
		"NATO", "DPRKর", "Kim Jong-un",
		// digits, punctuation only, nothing at all
		"জি-২০", "—", "", " ",
		// a decomposed Latin letter and a stray mark
		"Jo\u0306", "\u09cdক",
	}
	var k Keyer
	for _, s := range names {
		var wantEx, wantFo []rune
		text := Normalize(s)
		toks := Tokenize(text.Runes, nil)
		for _, tok := range toks {
			w := text.Runes[tok.Start:tok.End]
			wantEx = append(wantEx, w...)
			wantFo = Fold(w, wantFo)
		}
		// Append adds to what the buffers already hold.
		ex, fo, words := k.Append([]byte("x"), []byte("y"), s)
		if string(ex) != "x"+string(wantEx) || string(fo) != "y"+string(wantFo) || words != len(toks) {
			t.Errorf("Keyer.Append(%q): got %q %q %d; want %q %q %d", s, ex[1:], fo[1:], words, string(wantEx), string(wantFo), len(toks))
		}
		if gotEx, gotFo, gotWords := Keys(s); gotEx != string(wantEx) || gotFo != string(wantFo) || gotWords != len(toks) {
			t.Errorf("Keys(%q): got %q %q %d; want %q %q %d", s, gotEx, gotFo, gotWords, string(wantEx), string(wantFo), len(toks))
		}
	}
}

// TestKeptByFold: a letter KeptByFold passes is what FoldNext gives,
// whatever follows it.
func TestKeptByFold(t *testing.T) {
	kept := 0
	for r := rune(0x0900); r < 0x0b00; r++ {
		if !KeptByFold(r) {
			continue
		}
		kept++
		for _, next := range []rune{'\u09bc', 'য', '\u09cd', 'ক', ' '} {
			got, i, ok := FoldNext([]rune{r, next}, 0)
			if got != r || i != 1 || !ok {
				t.Errorf("KeptByFold(%q) but FoldNext(%q) = %q, %d, %v; want %q, 1, true", r, string([]rune{r, next}), got, i, ok, r)
			}
		}
	}
	for _, r := range []rune{'\u09cd', 'ী', 'শ', 'ড', 'য', 'a', 'Д'} {
		if KeptByFold(r) {
			t.Errorf("KeptByFold(%q) = true; want false", r)
		}
	}
	if kept < 100 {
		t.Errorf("%d Bengali code points kept by folding; want most of the block's 128", kept)
	}
}
