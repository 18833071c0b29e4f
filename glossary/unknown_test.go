package glossary

import "testing"

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
