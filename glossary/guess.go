package glossary

import (
	"strings"
	"unicode"

	"github.com/pathok/pathok/glossary/bangla"
)

// A Russian or Korean person the glossary lacks still gets a card: the
// English spelling and the original script are proposed from the Bengali
// spelling and marked as a guess. Russian names are read by conventional
// transliteration, checked against common given names and the endings of
// Russian surnames; Korean names as a surname and given-name syllables.

// nameGuess is a proposed reading of an unknown name.
type nameGuess struct {
	english, native string
}

// russianGiven maps Bengali spellings of common Russian given names to
// their English and Cyrillic forms.
var russianGiven = normalizedGuesses(map[string]nameGuess{
	"ভাসিলি": {"Vasily", "Василий"}, "ভাসিলিই": {"Vasily", "Василий"}, "আলেক্সেই": {"Alexei", "Алексей"},
	"আলেক্সান্দর": {"Alexander", "Александр"}, "আন্দ্রেই": {"Andrei", "Андрей"}, "আনাতোলি": {"Anatoly", "Анатолий"},
	"বরিস": {"Boris", "Борис"}, "দিমিত্রি": {"Dmitry", "Дмитрий"}, "ইভান": {"Ivan", "Иван"}, "ইগর": {"Igor", "Игорь"},
	"ইগোর": {"Igor", "Игорь"}, "মিখাইল": {"Mikhail", "Михаил"}, "নিকোলাই": {"Nikolai", "Николай"},
	"ওলেগ": {"Oleg", "Олег"}, "পাভেল": {"Pavel", "Павел"}, "পিওতর": {"Pyotr", "Пётр"}, "পিয়োতর": {"Pyotr", "Пётр"},
	"সের্গেই": {"Sergei", "Сергей"}, "ইউরি": {"Yuri", "Юрий"}, "ভিক্তর": {"Viktor", "Виктор"}, "ভিক্টর": {"Viktor", "Виктор"},
	"ভ্লাদিমির": {"Vladimir", "Владимир"}, "ইয়েভগেনি": {"Yevgeny", "Евгений"}, "মাক্সিম": {"Maxim", "Максим"},
	"নিকিতা": {"Nikita", "Никита"}, "গেন্নাদি": {"Gennady", "Геннадий"}, "ভ্যালেরি": {"Valery", "Валерий"},
	"কনস্তান্তিন": {"Konstantin", "Константин"}, "রোমান": {"Roman", "Роман"}, "আর্তেম": {"Artem", "Артём"},
	"আন্না": {"Anna", "Анна"}, "মারিয়া": {"Maria", "Мария"}, "ইয়েলেনা": {"Yelena", "Елена"}, "ওলগা": {"Olga", "Ольга"},
	"নাতালিয়া": {"Natalia", "Наталья"}, "তাতিয়ানা": {"Tatiana", "Татьяна"}, "ইরিনা": {"Irina", "Ирина"},
	"স্বেতলানা": {"Svetlana", "Светлана"}, "একাতেরিনা": {"Yekaterina", "Екатерина"}, "ভালেন্তিনা": {"Valentina", "Валентина"},
})

// koreanSurnames maps Bengali spellings of common Korean surnames.
var koreanSurnames = normalizedGuesses(map[string]nameGuess{
	"কিম": {"Kim", "김"}, "লি": {"Lee", "이"}, "পার্ক": {"Park", "박"}, "পাক": {"Pak", "박"}, "চোই": {"Choi", "최"},
	"চোয়ে": {"Choe", "최"}, "জং": {"Jung", "정"}, "কাং": {"Kang", "강"}, "চো": {"Cho", "조"}, "ইউন": {"Yoon", "윤"},
	"জাং": {"Jang", "장"}, "লিম": {"Lim", "임"}, "হান": {"Han", "한"}, "সো": {"Seo", "서"}, "শিন": {"Shin", "신"},
	"কোয়ন": {"Kwon", "권"}, "হোয়াং": {"Hwang", "황"}, "আন": {"Ahn", "안"}, "সং": {"Song", "송"}, "রিউ": {"Ryu", "류"},
	"হং": {"Hong", "홍"}, "মুন": {"Moon", "문"}, "রি": {"Ri", "리"}, "নাম": {"Nam", "남"}, "ইয়াং": {"Yang", "양"},
	"বে": {"Bae", "배"}, "বেক": {"Baek", "백"},
})

// koreanSyllables maps Bengali spellings of common given-name syllables.
var koreanSyllables = normalizedGuesses(map[string]nameGuess{
	"মিন": {"min", "민"}, "হো": {"ho", "호"}, "জুন": {"jun", "준"}, "সু": {"su", "수"}, "জি": {"ji", "지"},
	"হিউন": {"hyun", "현"}, "উ": {"woo", "우"}, "ইয়ং": {"young", "영"}, "ইয়ন": {"yeon", "연"}, "হি": {"hee", "희"},
	"জিন": {"jin", "진"}, "সুং": {"sung", "성"}, "চোল": {"chul", "철"}, "হুন": {"hoon", "훈"}, "সক": {"seok", "석"},
	"ইন": {"in", "인"}, "জে": {"jae", "재"}, "হা": {"ha", "하"}, "না": {"na", "나"}, "ইয়ো": {"yeo", "여"},
	"মি": {"mi", "미"}, "সাং": {"sang", "상"}, "হে": {"hye", "혜"}, "ইউ": {"yu", "유"}, "দং": {"dong", "동"},
	"গিল": {"gil", "길"}, "চান": {"chan", "찬"}, "বিন": {"bin", "빈"}, "ইল": {"il", "일"}, "সন": {"seon", "선"},
	"টে": {"tae", "태"}, "থে": {"tae", "태"}, "গি": {"gi", "기"}, "কিউ": {"kyu", "규"}, "হিয়ং": {"hyung", "형"},
	"ইউন": {"yoon", "윤"}, "জু": {"ju", "주"}, "সিওক": {"seok", "석"}, "ওন": {"won", "원"}, "সে": {"se", "세"},
})

func normalizedGuesses(m map[string]nameGuess) map[string]nameGuess {
	out := make(map[string]nameGuess, len(m))
	for k, v := range m {
		out[bangla.NormalizeString(k)] = v
	}
	return out
}

// koreanGiven splits a given name written as one or more words (মিন-হো,
// মিন হো) into known syllables, or reports false.
func koreanGiven(parts []string) (roman []string, hangul string, ok bool) {
	var h strings.Builder
	for _, p := range parts {
		s, ok := koreanSyllables[p]
		if !ok {
			return nil, "", false
		}
		roman = append(roman, s.english)
		h.WriteString(s.native)
	}
	return roman, h.String(), len(parts) > 0
}

// guessKorean reads surname + given-name syllables: চোই মিন-হো → Choi
// Min-ho, 최민호.
func guessKorean(words []string) (nameGuess, bool) {
	if len(words) < 2 || len(words) > 3 {
		return nameGuess{}, false
	}
	sur, ok := koreanSurnames[words[0]]
	if !ok {
		return nameGuess{}, false
	}
	roman, hangul, ok := koreanGiven(words[1:])
	if !ok {
		return nameGuess{}, false
	}
	given := capitalizeFirst(strings.Join(roman, "-"))
	return nameGuess{sur.english + " " + given, sur.native + hangul}, true
}

// guessRussian reads a Russian name: given names from the table, other
// words by transliteration; at least one word must be a known given name
// or end as a Russian surname does.
func guessRussian(words []string) (nameGuess, bool) {
	var en, ru []string
	russian := false
	for _, w := range words {
		if g, ok := russianGiven[w]; ok {
			en, ru = append(en, g.english), append(ru, g.native)
			russian = true
			continue
		}
		e := bangla.Romanize(w)
		if e == "" {
			return nameGuess{}, false
		}
		for _, end := range foreignEndings {
			if strings.HasSuffix(w, end) {
				russian = true
			}
		}
		if strings.HasSuffix(e, "ski") {
			e = strings.TrimSuffix(e, "ski") + "sky"
		}
		en, ru = append(en, e), append(ru, latinToCyrillic(e))
	}
	if !russian {
		return nameGuess{}, false
	}
	return nameGuess{strings.Join(en, " "), strings.Join(ru, " ")}, true
}

// latinToCyrillic writes a romanised Russian word back in Cyrillic.
func latinToCyrillic(s string) string {
	if strings.HasSuffix(s, "sky") {
		return latinToCyrillic(strings.TrimSuffix(s, "sky")) + "ский"
	}
	pairs := []struct{ lat, cyr string }{
		{"shch", "щ"}, {"kh", "х"}, {"ch", "ч"}, {"sh", "ш"}, {"zh", "ж"}, {"ts", "ц"},
		{"ya", "я"}, {"yu", "ю"}, {"yo", "ё"}, {"ye", "е"},
		{"a", "а"}, {"b", "б"}, {"v", "в"}, {"g", "г"}, {"d", "д"}, {"e", "е"}, {"z", "з"}, {"i", "и"},
		{"y", "й"}, {"k", "к"}, {"l", "л"}, {"m", "м"}, {"n", "н"}, {"o", "о"}, {"p", "п"}, {"r", "р"},
		{"s", "с"}, {"t", "т"}, {"u", "у"}, {"f", "ф"}, {"h", "х"}, {"j", "дж"},
	}
	low := strings.ToLower(s)
	var b strings.Builder
	first := true
	for i := 0; i < len(low); {
		matched := false
		for _, p := range pairs {
			if strings.HasPrefix(low[i:], p.lat) {
				c := p.cyr
				if first {
					c = capitalizeFirst(c)
				}
				b.WriteString(c)
				i += len(p.lat)
				matched, first = true, false
				break
			}
		}
		if !matched {
			i++
		}
	}
	return b.String()
}

func capitalizeFirst(s string) string {
	for i, r := range s {
		return string(unicode.ToUpper(r)) + s[i+len(string(r)):]
	}
	return s
}

// unknownGloss is what a span of an unknown name shows: a proposed
// English spelling and original script when the name reads as Russian or
// Korean (guess), else the romanised Bengali.
func unknownGloss(base string) (gloss, native string, guess bool) {
	t := bangla.Normalize(base)
	var words []string
	for _, tok := range bangla.Tokenize(t.Runes, nil) {
		if tok.Script != bangla.Bengali {
			return bangla.Romanize(base), "", false
		}
		words = append(words, string(t.Runes[tok.Start:tok.End]))
	}
	if g, ok := guessKorean(words); ok {
		return g.english, g.native, true
	}
	if g, ok := guessRussian(words); ok {
		return g.english, g.native, true
	}
	return bangla.Romanize(base), "", false
}
