package glossary

import (
	"testing"

	"golang.org/x/text/unicode/norm"
)

// TestDecomposedText: text in NFD (as some editors and web pages write
// it) finds the same names as the composed text, at the same offsets.
func TestDecomposedText(t *testing.T) {
	g, err := New([]*Entry{
		{ID: "kp-kaesong", Kind: Place, Country: "KP", Bengali: []string{"কেসং"}, English: []string{"Kaesong", "Kaesŏng"}},
		{ID: "ru-yoshkar-ola", Kind: Place, Country: "RU", Bengali: []string{"ইয়োশকার-ওলা"}, English: []string{"Yoshkar-Ola"}, Native: "Йошкар-Ола"},
	})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ name, text, want string }{
		{"latin with breve", "শিল্পাঞ্চল Kaesŏng এখন বন্ধ", "Kaesŏng"},
		{"bengali with nukta", "ইয়োশকার-ওলায় পৌঁছান", "ইয়োশকার-ওলায়"},
	}
	for _, c := range cases {
		for _, form := range []norm.Form{norm.NFC, norm.NFD} {
			text := form.String(c.text)
			a := g.Annotate(text)
			checkSpans(t, text, a.Spans)
			if len(a.Spans) != 1 || a.Spans[0].Text != form.String(c.want) {
				t.Errorf("%s (form %v): got %+v; want one span %q", c.name, form, a.Spans, c.want)
			}
		}
	}
}
