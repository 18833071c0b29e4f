package bangla

import "testing"

func TestLookupSuffix(t *testing.T) {
	cases := []struct {
		tail, note string
		ok         bool
	}{
		// case endings
		{"এর", "genitive", true},
		{"ের", "genitive", true},
		{"র", "genitive", true},
		{"য়ের", "genitive", true},
		{"কে", "object", true},
		{"দের", "plural genitive", true},
		{"দেরকে", "plural object", true},
		{"এ", "locative", true},
		{"ে", "locative", true},
		{"তে", "locative", true},
		{"য়", "locative", true},
		{"য়ে", "locative", true},
		// plural and classifiers
		{"রা", "plural", true},
		{"েরা", "plural", true},
		{"গুলো", "plural", true},
		{"টি", "classifier", true},
		{"টা", "classifier", true},
		// emphatic stacking
		{"েরও", "genitive + emphatic ও", true},
		{"ও", "emphatic ও", true},
		{"কেই", "object + emphatic ই", true},
		{"তেই", "locative + emphatic ই", true},
		// not endings
		{"অস্ত্র", "", false},
		{"েরঅস্ত্র", "", false},
		{"", "", false},
		{"এরএর", "", false},
	}
	for _, c := range cases {
		t.Run(c.tail, func(t *testing.T) {
			s := LookupSuffix(Normalize(c.tail).Runes)
			ok, note := s != nil, ""
			if ok {
				note = s.Note
			}
			if ok != c.ok || note != c.note {
				t.Errorf("LookupSuffix(%q) = %q, %v; want %q, %v", c.tail, note, ok, c.note, c.ok)
			}
			if ok && !IsSuffixStart(Normalize(c.tail).Runes[0]) {
				t.Errorf("IsSuffixStart(%q) = false for a real ending", c.tail)
			}
		})
	}
}
