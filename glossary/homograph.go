package glossary

import "github.com/pathok/pathok/glossary/bangla"

// Some glossary names are spelt like everyday Bengali words: চিতা (Chita;
// a funeral pyre), তুলা (Tula; cotton), মালি (Mali; a gardener), চিলি
// (Chile; chilli), কাতার (Qatar; a queue), গিনি (Guinea; a gold coin),
// বালি (Bali; sand). Such a form is a name only where the text around it
// says so: another name or a word such as দেশ, শহর or রাজধানী next to it.

// everydayForms are the glossary forms that are also everyday words.
var everydayForms = newRuneSet(normalizedList("চিতা", "তুলা", "মালি", "চিলি", "কাতার", "গিনি", "বালি")...)

// nameContextWords next to an everyday form make it a name.
var nameContextWords = normalizedSet(
	"দেশ", "দেশটি", "দেশটির", "দেশের", "শহর", "শহরে", "শহরের", "শহরটি", "নগরী", "নগরীতে", "রাজধানী", "রাজধানীতে",
	"প্রদেশ", "প্রদেশে", "অঞ্চল", "অঞ্চলে", "অঞ্চলের", "রাষ্ট্র", "রাষ্ট্রটি", "সরকার", "সরকারের", "দূতাবাস", "দূতাবাসে",
	"উপসাগরীয়", "আফ্রিকার", "আফ্রিকান", "আমেরিকার", "লাতিন", "দক্ষিণ", "পশ্চিম", "রাশিয়ার", "সাইবেরিয়ার", "ইন্দোনেশিয়ার",
	"আমির", "প্রেসিডেন্ট", "প্রধানমন্ত্রী", "পররাষ্ট্রমন্ত্রী", "রাষ্ট্রপতি", "জাতীয়", "দল", "দলের", "দলকে", "বিশ্বকাপ",
	"বিমানবন্দর", "বিমানবন্দরে", "সফর", "সফরে", "নাগরিক", "রাষ্ট্রদূত", "দ্বীপ", "দ্বীপে",
)

// dropEveryday drops matches of everyday forms that no name or place word
// stands next to.
func (g *Glossary) dropEveryday(t *bangla.Text, toks []bangla.Token, ms []nameMatch) []nameMatch {
	out := ms[:0]
	for i, m := range ms {
		if m.firstTok != m.lastTok || !everydayForms.has(t.Runes[toks[m.firstTok].Start:m.baseEnd]) {
			out = append(out, m)
			continue
		}
		if nameNearby(ms, i, 2) || contextWordNear(t, toks, m.firstTok) {
			out = append(out, m)
		}
	}
	return out
}

// nameNearby reports whether another match lies within d tokens of ms[i]
// (কাতার ও সৌদি আরব; রাশিয়ার চিতা).
func nameNearby(ms []nameMatch, i, d int) bool {
	m := ms[i]
	if i > 0 && m.firstTok-ms[i-1].lastTok <= d {
		return true
	}
	return i+1 < len(ms) && ms[i+1].firstTok-m.lastTok <= d
}

// contextWordNear reports whether the word before or after token k is a
// place or title word, in the same clause.
func contextWordNear(t *bangla.Text, toks []bangla.Token, k int) bool {
	for _, j := range []int{k - 1, k + 1} {
		if j < 0 || j >= len(toks) {
			continue
		}
		a, b := min(j, k), max(j, k)
		if bangla.Between(t.Runes, toks[a].End, toks[b].Start) != bangla.Space {
			continue
		}
		if nameContextWords[string(t.Runes[toks[j].Start:toks[j].End])] {
			return true
		}
	}
	return false
}
