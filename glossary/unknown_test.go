package glossary

import (
	"testing"

	"github.com/pathok/pathok/glossary/bangla"
)

func TestUnknownNames(t *testing.T) {
	type want struct{ text, kind, base, gloss string }
	cases := []struct {
		name, text string
		want       []want
	}{
		// after titles
		{"spokesperson", "মুখপাত্র ইয়েলেনা সোরোকিনা জানান", []want{{"ইয়েলেনা সোরোকিনা", "person", "ইয়েলেনা সোরোকিনা", "Yelena Sorokina"}}},
		{"minister with ending", "উপপ্রধানমন্ত্রী মারাত খুসনুল্লিনের মতে", []want{{"মারাত খুসনুল্লিনের", "person", "মারাত খুসনুল্লিন", "Marat Khusnullin"}}},
		{"city noun", "বন্দরনগরী খাবারোভস্কে পৌঁছান", []want{{"খাবারোভস্কে", "place", "খাবারোভস্ক", "Khabarovsk"}}},
		{"agency", "বার্তা সংস্থা ইন্টারফ্যাক্স জানায়", []want{{"ইন্টারফ্যাক্স", "org", "ইন্টারফ্যাক্স", "Intarfaks"}}},
		// a known name after a title is not unknown
		{"known name", "প্রেসিডেন্ট ভ্লাদিমির পুতিন বলেন", nil},
		// Latin names inside a Bengali sentence
		{"latin name in sentence", "প্রতিবেদক Anna Petrova বলেন", []want{{"Anna Petrova", "other", "Anna Petrova", "Anna Petrova"}}},
		// what follows a title but is not a name
		{"verb after title", "নেতা বলেছেন যে", nil},
		{"pronoun after title", "মুখপাত্র তিনি নন", nil},
		{"adjective after title", "দুই নেতা উষ্ণ করমর্দন করেন", nil},
		{"hyphen after title", "নেতা-স্তরের বৈঠক", nil},
		{"title at the end", "তিনি দেশের প্রেসিডেন্ট", nil},
		// fuzzer finding: marks alone are no word, let alone a name
		{"only marks after title", "প্রেসিডেন্ট া্", nil},
		{"vowel sign first after title", "মন্ত্রী িকা বলেন", nil},
		// Latin headlines and menus are left alone
		{"latin headline", "North Korea-Russia Relations: সম্পর্ক", nil},
		{"latin menu line", "Facebook NewsTwitter News", nil},
		{"lowercase latin", "এটি ছিল mms বার্তা", nil},
	}
	g := testGlossary(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := g.Annotate(c.text)
			checkSpans(t, c.text, a.Spans)
			var got []want
			for _, s := range a.Spans {
				if s.Unknown {
					got = append(got, want{s.Text, s.Kind, s.Base, s.Gloss})
				}
			}
			if len(got) != len(c.want) {
				t.Fatalf("got %v; want %v", got, c.want)
			}
			for i := range got {
				if got[i] != c.want[i] {
					t.Errorf("got %+v; want %+v", got[i], c.want[i])
				}
			}
		})
	}
}

func TestUnknownNameGuesses(t *testing.T) {
	type want struct{ text, gloss, native string }
	cases := []struct {
		name, text string
		want       []want
	}{
		// Russian: given names from the table, surnames by transliteration
		{"russian after title", "মন্ত্রী ভাসিলি পেত্রভ বলেন", []want{{"ভাসিলি পেত্রভ", "Vasily Petrov", "Василий Петров"}}},
		{"russian with ending", "রাষ্ট্রদূত আলেক্সেই স্মিরনভের মতে", []want{{"আলেক্সেই স্মিরনভের", "Alexei Smirnov", "Алексей Смирнов"}}},
		{"russian surname -sky", "জেনারেল ওলেগ কোভালস্কি জানান", []want{{"ওলেগ কোভালস্কি", "Oleg Kovalsky", "Олег Ковалский"}}},
		// Korean: surname plus given-name syllables, anywhere in a sentence
		{"korean with hyphen", "চোই মিন-হো সিউলে থাকেন", []want{{"চোই মিন-হো", "Choi Min-ho", "최민호"}}},
		{"korean with ending", "পার্ক জি-ইয়নের গান", []want{{"পার্ক জি-ইয়নের", "Park Ji-yeon", "박지연"}}},
		{"korean with spaces", "লি সু জিন এসেছেন", []want{{"লি সু জিন", "Lee Su-jin", "이수진"}}},
		// a bare surname does not swallow a longer unknown name
		{"kim then given name", "কিম মিন-জুন বলেন", []want{{"কিম মিন-জুন", "Kim Min-jun", "김민준"}}},
		// not guesses
		{"one syllable is not enough", "কিম জি বলেন", nil},
		{"known name is not a guess", "কিম জং উন বলেন", nil},
	}
	g := testGlossary(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := g.Annotate(c.text)
			checkSpans(t, c.text, a.Spans)
			var got []want
			for _, s := range a.Spans {
				if s.Guess {
					got = append(got, want{s.Text, s.Gloss, s.GuessNative})
				}
			}
			if len(got) != len(c.want) {
				t.Fatalf("got %v; want %v", got, c.want)
			}
			for i := range got {
				if got[i] != c.want[i] {
					t.Errorf("got %+v; want %+v", got[i], c.want[i])
				}
			}
		})
	}
}

// TestOrdinaryWordsAreNotNames: everyday words after a title are not
// unknown names, with or without their endings; foreign names are.
func TestOrdinaryWordsAreNotNames(t *testing.T) {
	cases := []struct {
		name, text string
		unknown    bool
	}{
		{"adverb", "প্রেসিডেন্ট শেষবার সেখানে যান", false},
		{"adverb together", "নেতা একসাথে বসেন", false},
		{"noun phrase", "মন্ত্রী আদেশ জারি করেন", false},
		{"locative noun", "প্রধানমন্ত্রী সম্মেলনে যোগ দেন", false},
		{"locative building", "মেয়র ভবনে ফেরেন", false},
		{"locative election", "নেতা নির্বাচনে জেতেন", false},
		{"verbal noun", "মন্ত্রী হওয়ার পর", false},
		{"infinitive", "রাষ্ট্রদূত হতে চান", false},
		{"foreign name", "মুখপাত্র ইয়েলেনা সোরোকিনা জানান", true},
		{"everyday word before a foreign one", "মুখপাত্র জন ম্যাকার্থি বলেন", true},
	}
	g := testGlossary(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := false
			for _, s := range g.Annotate(c.text).Spans {
				got = got || s.Unknown
			}
			if got != c.unknown {
				t.Errorf("%q: got unknown name %v; want %v", c.text, got, c.unknown)
			}
		})
	}
}

func TestOrdinaryWord(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{
		// everyday words, bare and with a case ending read off
		{"সম্মেলন", true},
		{"সম্মেলনে", true},
		{"শেষবার", true},
		// the shapes of Russian and Korean names are never ordinary
		{"পেত্রভ", false},
		{"পেত্রভের", false},
		{"কিম", false},
		{"বরিস", false},
		{"দিমিত্রির", false},
		// not in the list at all
		{"ঝপঝপাং", false},
		// longer than the lookup buffer: still looked up
		{"অপ্রত্যাশিতভাবেইঅপ্রত্যাশিতভাবেই", false},
	}
	for _, tt := range tests {
		if got := ordinaryWord(bangla.Normalize(tt.word).Runes); got != tt.want {
			t.Errorf("ordinaryWord(%q) = %v; want %v", tt.word, got, tt.want)
		}
	}
}
