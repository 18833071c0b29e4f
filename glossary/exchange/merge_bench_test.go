package exchange

import (
	"fmt"
	"strings"
	"testing"

	"github.com/pathok/pathok/glossary"
	"github.com/pathok/pathok/glossary/user"
)

// generatedTSV is n rows of made-up district names, all distinct: four
// syllables from 27 consonants and 5 vowel signs.
func generatedTSV(n int) string {
	cons := []rune("কখগঘচছজঝটঠডতথদধনপফবভমযরলশসহ")
	vowels := []rune("াি ুেো")
	var b strings.Builder
	b.WriteString("id\tkind\tcountry\tbengali\tenglish\n")
	for i := range n {
		var bn, en strings.Builder
		x := i
		for range 4 {
			c, v := x%len(cons), x/len(cons)%len(vowels)
			x /= len(cons) * len(vowels)
			bn.WriteRune(cons[c])
			if vowels[v] != ' ' {
				bn.WriteRune(vowels[v])
			}
			fmt.Fprintf(&en, "%c%d", 'a'+c%26, v)
		}
		fmt.Fprintf(&b, "user-gen-%d\tplace\tRU\tজেলা %s\tDistrict %s %d\n", i, bn.String(), en.String(), i)
	}
	return b.String()
}

// BenchmarkMerge60k imports 60,000 new rows into an empty user glossary
// over the real built-in one, as `pathok-cli glossary import` does.
func BenchmarkMerge60k(b *testing.B) {
	builtin, err := glossary.BuiltinEntries()
	if err != nil {
		b.Fatal(err)
	}
	tsv := generatedTSV(60_000)
	batch, err := Import("gen.tsv", strings.NewReader(tsv), TSV)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(tsv)))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		ed := user.NewEditor(builtin, nil)
		rep := Merge(ed, batch)
		if rep.Added < 59_000 {
			b.Fatalf("got %d added, %d rejected; want about 60,000 added", rep.Added, len(rep.Rejected))
		}
	}
}
