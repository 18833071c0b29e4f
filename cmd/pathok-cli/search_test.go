package main

import (
	"encoding/json"
	"testing"
)

func TestGlossarySearchJSON(t *testing.T) {
	cases := []struct {
		name  string
		args  []string
		want  string // id of the first item
		field string
		n     int
	}{
		{"typo", []string{"shoigo"}, "ru-shoigu-sergei", "", 0},
		{"hangul for a russian name", []string{"모스크바"}, "ru-moscow", "", 0},
		{"cyrillic for a korean name", []string{"Ким", "Ё", "Чжон"}, "kp-kim-yo-jong", "russian", 0},
		{"inflected bengali", []string{"শোইগুর"}, "ru-shoigu-sergei", "", 0},
		{"limit", []string{"-n", "3", "kim"}, "", "", 3},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			args := append([]string{"glossary", "search", "-format", "json"}, c.args...)
			r := cli("", args...)
			r.check(t, 0, nil, nil)
			var items []struct {
				ID      string `json:"id"`
				English string `json:"english"`
				Bengali string `json:"bengali"`
				Kind    string `json:"kind"`
				Country string `json:"country"`
				Matched struct {
					Field string `json:"field"`
					Form  string `json:"form"`
				} `json:"matched"`
				Score int `json:"score"`
			}
			if err := json.Unmarshal([]byte(r.stdout), &items); err != nil {
				t.Fatalf("got %q: %v", r.stdout, err)
			}
			if c.n > 0 && len(items) != c.n {
				t.Fatalf("got %d items; want %d", len(items), c.n)
			}
			if len(items) == 0 {
				t.Fatalf("got no items; want %s first", c.want)
			}
			it := items[0]
			if c.want != "" && it.ID != c.want {
				t.Errorf("got %s first; want %s", it.ID, c.want)
			}
			if it.English == "" || it.Bengali == "" || it.Kind == "" || it.Country == "" || it.Matched.Field == "" || it.Matched.Form == "" || it.Score <= 0 {
				t.Errorf("got %+v; want every field filled", it)
			}
			if c.field != "" && it.Matched.Field != c.field {
				t.Errorf("got matched field %q; want %q", it.Matched.Field, c.field)
			}
			for i := 1; i < len(items); i++ {
				if items[i].Score > items[i-1].Score {
					t.Errorf("item %d scores %d after %d; want rank order", i, items[i].Score, items[i-1].Score)
				}
			}
		})
	}
	// nothing found is an empty array, not an error
	r := cli("", "glossary", "search", "-format", "json", "zzzzqqqq")
	r.check(t, 0, []string{"[]"}, nil)
	// bad flags say what is wrong
	cli("", "glossary", "search", "-format", "xml", "kim").check(t, 2, nil, []string{`unknown format "xml"`})
	cli("", "glossary", "search", "-n", "0", "kim").check(t, 2, nil, []string{"-n 0"})
}

// TestAnnotateJSONGuess: an unknown Russian or Korean name carries its
// proposed English spelling as gloss and "guess": true.
func TestAnnotateJSONGuess(t *testing.T) {
	art := write(t, t.TempDir(), "a.txt", "মুখপাত্র ভাসিলি পেত্রভ বলেন, বে সু-মিন আসবেন।\n")
	r := cli("", "annotate", "-format", "json", art)
	r.check(t, 0, nil, nil)
	var a struct {
		Spans []struct {
			Text  string `json:"text"`
			Gloss string `json:"gloss"`
			Guess bool   `json:"guess"`
		} `json:"spans"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &a); err != nil {
		t.Fatalf("got %q: %v", r.stdout, err)
	}
	want := map[string]string{"ভাসিলি পেত্রভ": "Vasily Petrov", "বে সু-মিন": "Bae Su-min"}
	for _, s := range a.Spans {
		if g, ok := want[s.Text]; ok {
			if s.Gloss != g || !s.Guess {
				t.Errorf("span %q: got gloss %q guess %v; want %q, true", s.Text, s.Gloss, s.Guess, g)
			}
			delete(want, s.Text)
		} else if s.Guess {
			t.Errorf("span %q: got guess true; want a guess only for unknown names", s.Text)
		}
	}
	if len(want) > 0 {
		t.Errorf("got %+v; want guesses for %v", a.Spans, want)
	}
}
