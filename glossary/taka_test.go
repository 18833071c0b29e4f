package glossary

import (
	"testing"

	"github.com/pathok/pathok/glossary/figures"
)

func takaGlossary(t *testing.T) *Glossary {
	t.Helper()
	g, err := New([]*Entry{
		{ID: "w-kolkata", Kind: Place, Country: "IN", Bengali: []string{"কলকাতা"}, English: []string{"Kolkata"}},
		{ID: "w-dhaka", Kind: Place, Country: "BD", Bengali: []string{"ঢাকা"}, English: []string{"Dhaka"}},
		{ID: "cc-in", Kind: Place, Country: "IN", Bengali: []string{"ভারত"}, English: []string{"India"}},
		{ID: "w-modi", Kind: Person, Country: "IN", Bengali: []string{"মোদি"}, English: []string{"Narendra Modi"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestAnnotateTaka(t *testing.T) {
	g := takaGlossary(t)
	cases := []struct {
		name, text string
		opt        figures.Options
		value      string
		gloss      string
	}{
		// Auto: Indian places make টাকা rupees; the countries and people do not count.
		{"kolkata", "কলকাতায় আলু ৩০ টাকা কেজি", figures.Options{}, "30 INR", "₹30 (taka read as Indian rupees: the article names Kolkata)"},
		{"kolkata and dhaka", "ঢাকা ও কলকাতায় আলু ৩০ টাকা", figures.Options{Taka: "auto"}, "30 BDT", "Tk 30"},
		{"india alone", "ভারত থেকে আমদানি করা আলু ৩০ টাকা", figures.Options{}, "30 BDT", "Tk 30"},
		{"modi alone", "মোদি বলেন, আলু ৩০ টাকা", figures.Options{}, "30 BDT", "Tk 30"},
		// The reader's setting wins.
		{"set taka", "কলকাতায় আলু ৩০ টাকা", figures.Options{Taka: "BDT"}, "30 BDT", "Tk 30"},
		{"set rupee", "ঢাকায় আলু ৩০ টাকা", figures.Options{Taka: "INR"}, "30 INR", "₹30 (taka read as Indian rupees, as set)"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := g.AnnotateWith(c.text, c.opt)
			var got *Span
			for i := range a.Spans {
				if a.Spans[i].Kind == "money" {
					got = &a.Spans[i]
				}
			}
			if got == nil {
				t.Fatalf("AnnotateWith(%q): got no money span; want %s", c.text, c.value)
			}
			if got.Value != c.value || got.Gloss != c.gloss {
				t.Errorf("AnnotateWith(%q, %+v): got %q %q; want %q %q", c.text, c.opt, got.Value, got.Gloss, c.value, c.gloss)
			}
		})
	}
}
