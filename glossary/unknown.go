package glossary

import (
	"strings"

	"github.com/pathok/pathok/glossary/bangla"
)

// Names the glossary lacks are found only where the text itself says a
// name follows (a title such as প্রেসিডেন্ট or a noun such as শহর) or
// where a capitalised Latin word sits inside a Bengali sentence. A wrong
// "unknown name" costs the reader more than a missed one, so every test
// here leans towards saying nothing.

// titleKinds maps the words that introduce a name to the kind of name.
var titleKinds = normalizedMap(map[string]Kind{
	"প্রেসিডেন্ট": Person, "রাষ্ট্রপতি": Person, "প্রধানমন্ত্রী": Person, "উপপ্রধানমন্ত্রী": Person,
	"পররাষ্ট্রমন্ত্রী": Person, "প্রতিরক্ষামন্ত্রী": Person, "মন্ত্রী": Person, "উপমন্ত্রী": Person,
	"স্বরাষ্ট্রমন্ত্রী": Person, "অর্থমন্ত্রী": Person, "একীকরণমন্ত্রী": Person, "মুখপাত্র": Person,
	"নেতা": Person, "রাষ্ট্রদূত": Person, "জেনারেল": Person, "গভর্নর": Person, "মেয়র": Person,
	"সেনাপ্রধান": Person, "চেয়ারম্যান": Person, "স্পিকার": Person, "উপদেষ্টা": Person,
	"কমান্ডার": Person, "অ্যাডমিরাল": Person, "সাংসদ": Person, "আইনপ্রণেতা": Person,
	"মিস্টার": Person, "মিসেস": Person, "ড.": Person, "অধ্যাপক": Person, "প্রতিবেদক": Person,
	"সাংবাদিক": Person, "বিশ্লেষক": Person, "সচিব": Person, "মহাসচিব": Person, "সম্রাট": Person,
	"শহর": Place, "নগরী": Place, "বন্দরনগরী": Place, "বন্দর": Place, "গ্রাম": Place, "দ্বীপ": Place,
	"বার্তা সংস্থা": Org, "সংবাদ সংস্থা": Org, "পত্রিকা": Org, "দৈনিক": Org,
})

// titleStarts holds the first word of every title.
var titleStarts = func() runeSet {
	var firsts []string
	for k := range titleKinds {
		first, _, _ := strings.Cut(k, " ")
		firsts = append(firsts, first)
	}
	return newRuneSet(firsts...)
}()

// commonWords follow titles but are not names.
var commonWords = normalizedSet(
	"তিনি", "তাঁর", "তার", "তাদের", "তাঁরা", "এই", "ওই", "সেই", "যিনি", "যে", "এবং", "ও", "আর",
	"বলেন", "বলেছেন", "জানান", "জানিয়েছেন", "বলে", "হিসেবে", "হিসাবে", "পদে", "পদ", "পদের",
	"নিজে", "নিজেই", "সম্প্রতি", "আগে", "পরে", "এখন", "আবার", "আবারও", "গত", "আগামী", "এক",
	"একটি", "কোনো", "সব", "সকল", "নতুন", "সাবেক", "প্রয়াত", "বর্তমান", "তৎকালীন", "ভারপ্রাপ্ত",
	"শনিবার", "রবিবার", "রোববার", "সোমবার", "মঙ্গলবার", "বুধবার", "বৃহস্পতিবার", "শুক্রবার",
	"উষ্ণ", "সর্বোচ্চ", "শীর্ষ", "প্রধান", "জ্যেষ্ঠ", "জাতীয়", "স্থানীয়", "বিদেশি", "সামরিক",
	"কার্যালয়", "দপ্তর", "সংস্থা", "সংস্থাটি", "বাহিনী", "সরকার", "সরকারের", "দল", "দলের",
	"পর্যায়ের", "স্তরের", "সফরে", "সফর", "বৈঠক", "বৈঠকে", "সঙ্গে", "সাথে", "কাছে", "জন্য",
	"থেকে", "দিয়ে", "নিয়ে", "মধ্যে", "ওপর", "উপর", "প্রতি", "বিরুদ্ধে", "পক্ষে", "হয়ে",
	"হন", "হলেন", "ছিলেন", "আছেন", "হবেন", "করেন", "করেছেন", "দেন", "দিয়েছেন", "যান", "গেছেন",
	"না", "নয়", "কি", "কী", "কেন", "কেমন", "যা", "যার", "যারা", "যাদের", "এটি", "এটা", "সেটি",
	"জানায়", "জানানো", "পৌঁছান", "পৌঁছেছেন", "মতে", "দাবি", "মন্তব্য", "উল্লেখ", "করে", "হয়",
	"নেন", "আসেন", "থাকেন", "বলা", "বক্তব্য", "বক্তব্যে", "ভাষায়", "ভাষ্যমতে", "সূত্র", "সূত্রে",
	"নিশ্চিত", "অভিযোগ", "সতর্ক", "আহ্বান", "প্রশংসা", "সমালোচনা", "জবাবে", "বিবৃতিতে",
)

// verbEndings end Bengali verb forms; a word ending so is not a name.
var verbEndings = normalizedList("েছেন", "েছে", "ছেন", "লেন", "বেন", "চ্ছে", "চ্ছেন", "য়েছে", "য়েছেন", "েন", "ছে", "বে", "লো", "তেন")

func normalizedMap(m map[string]Kind) map[string]Kind {
	out := make(map[string]Kind, len(m))
	for k, v := range m {
		out[bangla.NormalizeString(k)] = v
	}
	return out
}

func normalizedSet(words ...string) map[string]bool {
	out := make(map[string]bool, len(words))
	for _, w := range words {
		out[bangla.NormalizeString(w)] = true
	}
	return out
}

func normalizedList(words ...string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = bangla.NormalizeString(w)
	}
	return out
}

// unknownName is a likely name over tokens [first, last].
type unknownName struct {
	first, last int
	kind        Kind
	baseEnd     int32 // normalised offset where a case ending starts
}

// findUnknown looks for names in the tokens no known name covers.
func findUnknown(t *bangla.Text, toks []bangla.Token, covered []bool) []unknownName {
	var out []unknownName
	word := func(i int) string { return string(t.Runes[toks[i].Start:toks[i].End]) }
	// most words are not titles: the set rules them out before a string
	// is built for the map
	isTitleStart := func(i int) bool { return titleStarts.has(t.Runes[toks[i].Start:toks[i].End]) }
	for i := 0; i < len(toks); i++ {
		if covered[i] {
			continue
		}
		if toks[i].Script == bangla.Latin {
			if u, ok := latinName(t, toks, covered, i); ok {
				out = append(out, u)
				i = u.last
			}
			continue
		}
		// (the surname test here, where nearly every word fails it
		// without a call)
		if toks[i].Script == bangla.Bengali && isKoreanSurname(t.Runes[toks[i].Start:toks[i].End]) {
			if u, ok := koreanName(t, toks, covered, i); ok {
				out = append(out, u)
				i = u.last
				continue
			}
		}
		if !isTitleStart(i) {
			continue
		}
		kind, ok := titleKinds[word(i)]
		span := 1
		if !ok && i+1 < len(toks) {
			kind, ok = titleKinds[word(i)+" "+word(i+1)]
			span = 2
		}
		if !ok {
			continue
		}
		j := i + span
		if j >= len(toks) || covered[j] || bangla.Between(t.Runes, toks[j-1].End, toks[j].Start) != bangla.Space {
			continue
		}
		u := unknownName{first: j, last: -1, kind: kind}
		for k := j; k < len(toks) && k < j+3 && !covered[k] && nameLike(t, toks[k]); k++ {
			if k > j && bangla.Between(t.Runes, toks[k-1].End, toks[k].Start) != bangla.Space {
				break
			}
			u.last, u.baseEnd = k, toks[k].End
			// a case ending closes a name: খুসনুল্লিনের মতে (but আলেক্সেই
			// is a given name, not আলেক্স + -এই)
			w := t.Runes[toks[k].Start:toks[k].End]
			if _, given := russianGiven[string(w)]; given {
				continue
			}
			if cut, ok := caseEnding(w); ok {
				u.baseEnd = toks[k].Start + int32(cut)
				break
			}
		}
		// Everyday words at the end are not part of the name (প্রেসিডেন্ট
		// শেষবার, মন্ত্রী আদেশ জারি); one before a foreign word may be
		// (মুখপাত্র জন ম্যাকার্থি: John McCarthy).
		for u.last >= u.first && ordinaryWord(t.Runes[toks[u.last].Start:toks[u.last].End]) {
			u.last--
			if u.last >= u.first {
				u.baseEnd = toks[u.last].End
			}
		}
		if u.last < u.first {
			continue
		}
		out = append(out, u)
		i = u.last
	}
	return out
}

// caseEnding finds the longest case or number ending on a word that
// leaves a base of two letters or more not ending in a hasant; a bare
// emphatic ই or ও does not count, since many names end so (আন্দ্রেই).
func caseEnding(w []rune) (cut int, ok bool) {
	for cut = 2; cut < len(w); cut++ {
		if w[cut-1] == '\u09cd' {
			continue
		}
		if s := bangla.LookupSuffix(w[cut:]); s != nil && !strings.HasPrefix(s.Note, "emphatic") {
			return cut, true
		}
	}
	return 0, false
}

// nameLike says whether a Bengali word could be (part of) a foreign name.
func nameLike(t *bangla.Text, tok bangla.Token) bool {
	// a word must start with a letter: a run of vowel signs and hasants
	// (া্) has no reading and is no name
	if tok.Script != bangla.Bengali || tok.Len() < 2 || !bangla.IsNameStart(t.Runes[tok.Start]) {
		return false
	}
	w := string(t.Runes[tok.Start:tok.End])
	if commonWords[w] {
		return false
	}
	for _, e := range verbEndings {
		if strings.HasSuffix(w, e) {
			return false
		}
	}
	return true
}

// latinName accepts one or two capitalised Latin words with Bengali words
// right before and after them on the same line: a name quoted in Latin
// letters. Latin headlines, menus and bylines are left alone.
func latinName(t *bangla.Text, toks []bangla.Token, covered []bool, i int) (unknownName, bool) {
	last := i
	for last+1 < len(toks) && last+1 < i+2 && toks[last+1].Script == bangla.Latin && !covered[last+1] &&
		bangla.Between(t.Runes, toks[last].End, toks[last+1].Start) == bangla.Space {
		last++
	}
	if i == 0 || last+1 >= len(toks) {
		return unknownName{}, false
	}
	for k := i; k <= last; k++ {
		r := t.Runes[toks[k].Start]
		if r < 'A' || r > 'Z' || toks[k].Len() < 2 {
			return unknownName{}, false
		}
	}
	before, after := toks[i-1], toks[last+1]
	if before.Script != bangla.Bengali || after.Script != bangla.Bengali ||
		bangla.Between(t.Runes, before.End, toks[i].Start) != bangla.Space ||
		bangla.Between(t.Runes, toks[last].End, after.Start) == bangla.Apart {
		return unknownName{}, false
	}
	return unknownName{first: i, last: last, kind: Other, baseEnd: toks[last].End}, true
}

// koreanGivenAfter counts the tokens after i, joined to it by a space or
// a hyphen, that are Korean given-name syllables (মিন-হো), at most two;
// the last may carry a case ending. It returns the last such token and
// where the name's base ends.
func koreanGivenAfter(t *bangla.Text, toks []bangla.Token, covered []bool, i int) (last int, baseEnd int32, syllables int) {
	last = -1
	for k := i + 1; k < len(toks) && k <= i+2; k++ {
		if toks[k].Script != bangla.Bengali {
			break
		}
		j := bangla.Between(t.Runes, toks[k-1].End, toks[k].Start)
		if j != bangla.Space && j != bangla.Hyphen {
			break
		}
		// a syllable hyphenated to the one before belongs to the name even
		// where it is also a word the figures read (মিন-জুন is not June)
		if covered != nil && covered[k] && !(k > i+1 && j == bangla.Hyphen) {
			break
		}
		w := t.Runes[toks[k].Start:toks[k].End]
		end := toks[k].End
		if _, ok := koreanSyllables[string(w)]; !ok {
			cut, ok := caseEnding(w)
			if !ok {
				break
			}
			if _, ok := koreanSyllables[string(w[:cut])]; !ok {
				break
			}
			end = toks[k].Start + int32(cut)
			last, baseEnd, syllables = k, end, syllables+1
			break // a case ending closes the name
		}
		last, baseEnd, syllables = k, end, syllables+1
	}
	return last, baseEnd, syllables
}

// koreanName finds a Korean person the glossary lacks from token i, a
// Korean surname written in Bengali: the surname and two given-name
// syllables (চোই মিন-হো).
func koreanName(t *bangla.Text, toks []bangla.Token, covered []bool, i int) (unknownName, bool) {
	last, baseEnd, n := koreanGivenAfter(t, toks, covered, i)
	if n < 2 {
		return unknownName{}, false
	}
	return unknownName{first: i, last: last, kind: Person, baseEnd: baseEnd}, true
}

// dropSwallowing drops a bare surname read as a known person (কিম as Kim
// Jong Un) when given-name syllables follow it that no known name has:
// কিম মিন-জুন is someone else, left for koreanName to read.
func (g *Glossary) dropSwallowing(t *bangla.Text, toks []bangla.Token, ms []nameMatch) []nameMatch {
	out := ms[:0]
	for i, m := range ms {
		if m.firstTok == m.lastTok && m.suffix == nil && g.forms[m.form].kind == shortForm {
			if isKoreanSurname(t.Runes[toks[m.firstTok].Start:toks[m.firstTok].End]) {
				last, _, n := koreanGivenAfter(t, toks, nil, m.firstTok)
				nextMatch := i+1 < len(ms) && ms[i+1].firstTok <= last
				if n >= 2 && !nextMatch {
					continue
				}
			}
		}
		out = append(out, m)
	}
	return out
}

// koreanSurnameSet holds the keys of koreanSurnames: the question is asked
// of every Bengali word of an article.
var koreanSurnameSet = runeSetOf(koreanSurnames)

func isKoreanSurname(word []rune) bool { return koreanSurnameSet.has(word) }
