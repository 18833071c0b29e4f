package glossary

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// testEntries is a small glossary written for these tests, so that they
// say exactly what the matcher does whatever the built-in data holds.
func testEntries() []*Entry {
	return []*Entry{
		{ID: "ru-lavrov", Kind: Person, Country: "RU", Bengali: []string{"সের্গেই ল্যাভরভ", "সের্গেই লাভরভ"}, Short: []string{"ল্যাভরভ"}, English: []string{"Sergei Lavrov"}, Native: "Сергей Лавров"},
		{ID: "ru-putin", Kind: Person, Country: "RU", Bengali: []string{"ভ্লাদিমির পুতিন"}, Short: []string{"পুতিন"}, English: []string{"Vladimir Putin"}},
		{ID: "ru-moscow", Kind: Place, Country: "RU", Bengali: []string{"মস্কো"}, English: []string{"Moscow"}},
		{ID: "ru-kursk", Kind: Place, Country: "RU", Bengali: []string{"কুরস্ক"}, English: []string{"Kursk"}},
		{ID: "ru-vladivostok", Kind: Place, Country: "RU", Bengali: []string{"ভ্লাদিভোস্টক"}, English: []string{"Vladivostok"}},
		{ID: "kp-kim-jong-un", Kind: Person, Country: "KP", Bengali: []string{"কিম জং উন", "কিম জং-উন"}, Short: []string{"কিম!"}, English: []string{"Kim Jong Un", "Kim Jong-un"}, Native: "김정은"},
		{ID: "kp-kim-yo-jong", Kind: Person, Country: "KP", Bengali: []string{"কিম ইয়ো জং"}, Short: []string{"কিম"}, English: []string{"Kim Yo Jong"}},
		{ID: "kp-kim-il-sung", Kind: Person, Country: "KP", Bengali: []string{"কিম ইল সাং"}, Short: []string{"কিম"}, English: []string{"Kim Il Sung"}},
		{ID: "kp-kim-ju-ae", Kind: Person, Country: "KP", Bengali: []string{"কিম জু এ"}, Short: []string{"কিম"}, English: []string{"Kim Ju Ae"}},
		{ID: "kp-choe-son-hui", Kind: Person, Country: "KP", Bengali: []string{"চোয়ে সন হুই"}, Short: []string{"চোয়ে"}, English: []string{"Choe Son Hui"}},
		{ID: "kp-cho-yong-won", Kind: Person, Country: "KP", Bengali: []string{"চো ইয়ং ওন"}, Short: []string{"চো"}, English: []string{"Jo Yong Won"}},
		{ID: "kp-pyongyang", Kind: Place, Country: "KP", Bengali: []string{"পিয়ংইয়ং", "পিয়ং ইয়ং"}, English: []string{"Pyongyang"}},
		{ID: "kp-wonsan", Kind: Place, Country: "KP", Bengali: []string{"ওনসান"}, English: []string{"Wonsan"}},
		{ID: "kp-kcna", Kind: Org, Country: "KP", Bengali: []string{"কোরিয়ান সেন্ট্রাল নিউজ এজেন্সি", "কেসিএনএ"}, English: []string{"Korean Central News Agency", "KCNA"}},
		{ID: "cc-kp", Kind: Place, Country: "KP", Bengali: []string{"উত্তর কোরিয়া", "উঃ কোরিয়া", "ডিপিআরকে"}, English: []string{"North Korea", "DPRK"}, DemonymBN: []string{"উত্তর কোরীয়"}, DemonymEN: "North Korean"},
		{ID: "cc-kr", Kind: Place, Country: "KR", Bengali: []string{"দক্ষিণ কোরিয়া"}, English: []string{"South Korea"}},
		{ID: "cc-ru", Kind: Place, Country: "RU", Bengali: []string{"রাশিয়া"}, English: []string{"Russia"}, DemonymBN: []string{"রুশ"}, DemonymEN: "Russian"},
		{ID: "w-korean-peninsula", Kind: Place, Country: "ZZ", Bengali: []string{"কোরীয় উপদ্বীপ"}, English: []string{"Korean Peninsula"}},
		{ID: "w-un", Kind: Org, Country: "ZZ", Bengali: []string{"জাতিসংঘ"}, English: []string{"United Nations", "UN"}},
		{ID: "kp-thae-yong-ho", Kind: Person, Country: "KP", Bengali: []string{"থে ইয়ং হো"}, Short: []string{"থে"}, English: []string{"Thae Yong Ho"}},
		{ID: "w-hui", Kind: Person, Country: "ZZ", Bengali: []string{"হুই"}, English: []string{"Hui (test)"}},
	}
}

func testGlossary(t testing.TB) *Glossary {
	t.Helper()
	g, err := New(testEntries())
	if err != nil {
		t.Fatal(err)
	}
	return g
}

type wantName struct {
	text, gloss, kind, note string
}

var annotateCases = []struct {
	name, text string
	want       []wantName
}{
	// multi-word names, longest first
	{"full name", "কিম জং উন বলেন", []wantName{{"কিম জং উন", "Kim Jong Un", "person", ""}}},
	{"longest place first", "দক্ষিণ কোরিয়ার সঙ্গে", []wantName{{"দক্ষিণ কোরিয়ার", "South Korea", "place", "genitive"}}},
	{"demonym inside longer name", "কোরীয় উপদ্বীপের নিরাপত্তা", []wantName{{"কোরীয় উপদ্বীপের", "Korean Peninsula", "place", "genitive"}}},
	{"demonym", "উত্তর কোরীয় সৈন্য", []wantName{{"উত্তর কোরীয়", "North Korean", "nationality", ""}}},
	// inflection
	{"genitive -er", "ল্যাভরভের মতে", []wantName{{"ল্যাভরভের", "Sergei Lavrov", "person", "genitive"}}},
	{"genitive -r after vowel", "মস্কোর পথে", []wantName{{"মস্কোর", "Moscow", "place", "genitive"}}},
	{"genitive -yer", "পিয়ংইয়ংয়ের সেনারা", []wantName{{"পিয়ংইয়ংয়ের", "Pyongyang", "place", "genitive"}}},
	{"object -ke on multiword", "কিম জং উনকে ধন্যবাদ", []wantName{{"কিম জং উনকে", "Kim Jong Un", "person", "object"}}},
	{"locative -e", "ওনসানে বৈঠক", []wantName{{"ওনসানে", "Wonsan", "place", "locative"}}},
	{"locative -y", "রাশিয়ায় পাঠায়", []wantName{{"রাশিয়ায়", "Russia", "place", "locative"}}},
	{"emphatic -o", "কিম জং উনও মস্কো", []wantName{{"কিম জং উনও", "Kim Jong Un", "person", "emphatic ও"}, {"মস্কো", "Moscow", "place", ""}}},
	{"stacked genitive emphatic", "মস্কোরও আপত্তি", []wantName{{"মস্কোরও", "Moscow", "place", "genitive + emphatic ও"}}},
	// a name ending in a suffix-like letter is never cut
	{"name ending in i", "হুই বলেন", []wantName{{"হুই", "Hui (test)", "person", ""}}},
	{"name ending in o", "মস্কো থেকে", []wantName{{"মস্কো", "Moscow", "place", ""}}},
	// hyphens
	{"hyphen genitive", "কেসিএনএ-এর খবরে", []wantName{{"কেসিএনএ-এর", "Korean Central News Agency", "org", "genitive"}}},
	{"hyphen short genitive", "চো-র বক্তব্য", []wantName{{"চো-র", "Jo Yong Won", "person", "genitive"}}},
	{"hyphen inside name", "কিম জং-উনের সফর", []wantName{{"কিম জং-উনের", "Kim Jong Un", "person", "genitive"}}},
	{"hyphen to another word", "পুতিন-সাক্ষাতে", []wantName{{"পুতিন", "Vladimir Putin", "person", ""}}},
	{"hyphen object on multiword", "কিম জু এ-কে নিয়ে", []wantName{{"কিম জু এ-কে", "Kim Ju Ae", "person", "object"}}},
	{"hyphenated name", "কিম ইল-সাং-এর সময়", []wantName{{"কিম ইল-সাং-এর", "Kim Il Sung", "person", "genitive"}}},
	// spelling variants through the folding key
	{"ya-phala dropped", "লাভরভ বলেন", []wantName{{"লাভরভ", "Sergei Lavrov", "person", ""}}},
	{"reph variant", "কুর্স্ক অঞ্চলে", []wantName{{"কুর্স্ক", "Kursk", "place", ""}}},
	{"space inside", "পিয়ং ইয়ংয়ে", []wantName{{"পিয়ং ইয়ংয়ে", "Pyongyang", "place", "locative"}}},
	{"decomposed nukta", "পিয\u09bcংইয\u09bcং", []wantName{{"পিয\u09bcংইয\u09bcং", "Pyongyang", "place", ""}}},
	// abbreviations and Latin
	{"abbreviated country", "উঃ কোরিয়ার থেকে", []wantName{{"উঃ কোরিয়ার", "North Korea", "place", "genitive"}}},
	{"abbreviation with a colon for the visarga", "উ: কোরিয়ার থেকে", []wantName{{"উ: কোরিয়ার", "North Korea", "place", "genitive"}}},
	{"bengali acronym", "ডিপিআরকে রাশিয়া", []wantName{{"ডিপিআরকে", "North Korea", "place", ""}, {"রাশিয়া", "Russia", "place", ""}}},
	{"latin acronym", "কোরিয়ার (DPRK) মধ্যে", []wantName{{"DPRK", "North Korea", "place", ""}}},
	{"latin name", "North Korea-Russia:", []wantName{{"North Korea", "North Korea", "place", ""}, {"Russia", "Russia", "place", ""}}},
	{"latin with glued ending", "KCNAর খবর", []wantName{{"KCNAর", "Korean Central News Agency", "org", "genitive"}}},
	// context for shared short forms
	{"kim after full name", "কিম ইয়ো জং বলেন। কিম আরও বলেন", []wantName{{"কিম ইয়ো জং", "Kim Yo Jong", "person", ""}, {"কিম", "Kim Yo Jong", "person", ""}}},
	{"kim defaults to kim jong un", "কিমের সফর", []wantName{{"কিমের", "Kim Jong Un", "person", "genitive"}}},
	{"kim before full name", "কিমকে নিয়ে। কিম জু এ হাসেন", []wantName{{"কিমকে", "Kim Ju Ae", "person", "object"}, {"কিম জু এ", "Kim Ju Ae", "person", ""}}},
	{"most recent full name wins", "কিম জং উন ও কিম জু এ এলেন। কিম হাসলেন", []wantName{{"কিম জং উন", "Kim Jong Un", "person", ""}, {"কিম জু এ", "Kim Ju Ae", "person", ""}, {"কিম", "Kim Ju Ae", "person", ""}}},
	{"unique short form", "চোয়ে বলেন", []wantName{{"চোয়ে", "Choe Son Hui", "person", ""}}},
	// not names
	{"short name with ending is a common word", "থেকে", nil},
	{"two-letter name takes no glued ending", "চোর ধরা পড়ে", nil},
	{"two-letter name takes a hyphenated ending", "চো-কে দেখা", []wantName{{"চো-কে", "Jo Yong Won", "person", "object"}}},
	{"glued words", "কিমেরঅস্ত্র", nil},
	{"short key needs exact spelling", "কীম এলেন", nil},
	{"doubled word is an idiom", "মস্কো মস্কো করে", nil},
	{"word containing a name", "মস্কোভিৎস", nil},
	{"empty", "", nil},
}

func TestAnnotateNames(t *testing.T) {
	g := testGlossary(t)
	for _, c := range annotateCases {
		t.Run(c.name, func(t *testing.T) {
			a := g.Annotate(c.text)
			checkSpans(t, c.text, a.Spans)
			var got []wantName
			for _, s := range a.Spans {
				if s.Entry == nil {
					continue
				}
				got = append(got, wantName{s.Text, s.Gloss, s.Kind, s.Inflection})
			}
			if len(got) != len(c.want) {
				t.Fatalf("got %d names %v; want %d %v", len(got), got, len(c.want), c.want)
			}
			for i := range got {
				if got[i] != c.want[i] {
					t.Errorf("name %d: got %+v; want %+v", i, got[i], c.want[i])
				}
			}
		})
	}
}

func TestReadingNote(t *testing.T) {
	g := testGlossary(t)
	s, ok := g.Lookup("ল্যাভরভের")
	if !ok {
		t.Fatal("Lookup(ল্যাভরভের) found nothing")
	}
	want := "ল্যাভরভের = ল্যাভরভ + -এর (genitive: “Sergei Lavrov's”)"
	if s.ReadingNote() != want {
		t.Errorf("got %q; want %q", s.ReadingNote(), want)
	}
}

// checkSpans asserts the contract every consumer relies on.
func checkSpans(t *testing.T, text string, spans []Span) {
	t.Helper()
	runes := []rune(text)
	prevEnd := 0
	for i, s := range spans {
		if s.Start < prevEnd || s.End <= s.Start || s.End > len(runes) {
			t.Fatalf("span %d [%d,%d) out of order or range (previous end %d, text %d runes)", i, s.Start, s.End, prevEnd, len(runes))
		}
		if got := string(runes[s.Start:s.End]); got != s.Text {
			t.Fatalf("span %d text %q; want its slice %q", i, s.Text, got)
		}
		if s.Kind == "" || s.Gloss == "" {
			t.Fatalf("span %d %q has kind %q gloss %q", i, s.Text, s.Kind, s.Gloss)
		}
		if onlyMarks(s.Text) {
			t.Fatalf("span %d %q is only marks", i, s.Text)
		}
		prevEnd = s.End
	}
}

// onlyMarks reports whether s has no letter or number (¾ is one), only
// combining marks, spaces and punctuation.
func onlyMarks(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			return false
		}
	}
	return true
}

func FuzzAnnotate(f *testing.F) {
	for _, c := range annotateCases {
		f.Add(c.text)
	}
	for _, s := range []string{
		"ছয় হাজারেরও বেশি", "২ অগ্রহায়ণ ১৪৩২", "উত্\u200dসব", "প্রেসিডেন্ট মারাত খুসনুল্লিন",
		// fuzzer findings: marks alone after a title; a decomposed name
		"প্রেসিডেন্ট া্", "Kaeso\u0306ng",
	} {
		f.Add(s)
	}
	g := testGlossary(f)
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			t.Skip()
		}
		checkSpans(t, s, g.Annotate(s).Spans)
	})
}
