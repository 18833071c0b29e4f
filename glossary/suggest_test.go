package glossary

import (
	"reflect"
	"testing"
)

func TestSuggest(t *testing.T) {
	cases := []struct {
		name string
		span Span
		want *Entry
	}{
		{"with a case ending",
			Span{Text: "সোনগিনোর", Base: "সোনগিনো", Suffix: "র", Kind: "place", Gloss: "Songino", Unknown: true},
			&Entry{Kind: Place, Country: "ZZ", Bengali: []string{"সোনগিনো"}, English: []string{"Songino"}, Origin: "user"}},
		{"ending not marked but known",
			Span{Text: "সোনগিনোকে", Base: "সোনগিনো", Kind: "person", Gloss: "Songino"},
			&Entry{Kind: Person, Country: "ZZ", Bengali: []string{"সোনগিনো"}, English: []string{"Songino"}, Origin: "user"}},
		{"written otherwise",
			Span{Text: "সোন-গিনো", Base: "সোনগিনো", Kind: "org", Gloss: "Songino"},
			&Entry{Kind: Org, Country: "ZZ", Bengali: []string{"সোনগিনো", "সোন-গিনো"}, English: []string{"Songino"}, Origin: "user"}},
		{"latin name kind other",
			Span{Text: "Songino", Base: "Songino", Kind: "other", Gloss: "Songino"},
			&Entry{Kind: Other, Country: "ZZ", Bengali: []string{"Songino"}, English: []string{"Songino"}, Origin: "user"}},
		{"no base, no gloss: romanised",
			Span{Text: "ল্যাভরভ", Kind: "nationality"},
			&Entry{Kind: Other, Country: "ZZ", Bengali: []string{"ল্যাভরভ"}, English: []string{"Lyavrov"}, Origin: "user"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := Suggest(c.span)
			if c.name == "no base, no gloss: romanised" {
				// The romanisation is package bangla's to choose.
				c.want.English = got.English
				if len(got.English) != 1 || got.English[0] == "" {
					t.Errorf("got english %v; want a romanisation", got.English)
				}
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("got %+v; want %+v", got, c.want)
			}
		})
	}
}
