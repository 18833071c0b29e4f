// Package cyrillic writes Cyrillic names in Latin letters by the
// scientific (scholarly) transliteration, the system of the glossary's own
// romanisations (Vladimir Vladimirovič Putin, Tatʹjana Golikova): one
// Latin letter or fixed pair for each Cyrillic letter, so the original can
// be read back. Russian is the base; Ukrainian, Belarusian, Bulgarian,
// Serbian and Macedonian letters take their own languages' values, and
// the extra letters of Kazakh, Kyrgyz, Tajik and Mongolian are covered.
//
// golang.org/x/text has no transliteration; the table is small.
package cyrillic

import (
	"strings"
	"unicode"
)

// Lang is a language whose letters differ from Russian's.
type Lang string

const (
	Russian     Lang = "ru"
	Ukrainian   Lang = "uk"
	Belarusian  Lang = "be"
	Bulgarian   Lang = "bg"
	Serbian     Lang = "sr"
	Macedonian  Lang = "mk"
	Kazakh      Lang = "kk"
	Kyrgyz      Lang = "ky"
	Tajik       Lang = "tg"
	Mongolian   Lang = "mn"
	defaultLang      = Russian
)

// LangOf is the language a country writes Cyrillic in, by ISO code;
// Russian for any other.
func LangOf(country string) Lang {
	switch strings.ToUpper(country) {
	case "UA":
		return Ukrainian
	case "BY":
		return Belarusian
	case "BG":
		return Bulgarian
	case "RS", "ME", "BA":
		return Serbian
	case "MK":
		return Macedonian
	case "KZ":
		return Kazakh
	case "KG":
		return Kyrgyz
	case "TJ":
		return Tajik
	case "MN":
		return Mongolian
	}
	return defaultLang
}

var base = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "ë", 'ж': "ž",
	'з': "z", 'и': "i", 'й': "j", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o",
	'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u", 'ф': "f", 'х': "ch", 'ц': "c",
	'ч': "č", 'ш': "š", 'щ': "šč", 'ъ': "ʺ", 'ы': "y", 'ь': "ʹ", 'э': "è", 'ю': "ju",
	'я': "ja",
	// Ukrainian and Belarusian
	'і': "i", 'ї': "ï", 'є': "je", 'ґ': "g", 'ў': "ŭ",
	// Serbian and Macedonian
	'ј': "j", 'љ': "lj", 'њ': "nj", 'ћ': "ć", 'ђ': "đ", 'џ': "dž", 'ѓ': "ǵ", 'ќ': "ḱ", 'ѕ': "dz",
	// Kazakh, Kyrgyz, Tajik, Mongolian
	'ә': "ä", 'ғ': "ġ", 'қ': "q", 'ң': "ň", 'ө': "ö", 'ұ': "ū", 'ү': "ü", 'һ': "h",
	'ӣ': "ī", 'ӯ': "ū", 'ҳ': "ḩ", 'ҷ': "ç",
}

var byLang = map[Lang]map[rune]string{
	Ukrainian:  {'г': "h", 'и': "y", 'щ': "šč"},
	Belarusian: {'г': "h"},
	Bulgarian:  {'щ': "št", 'ъ': "ǎ"},
	Serbian:    {'х': "h"},
	Macedonian: {'х': "h"},
	Kazakh:     {'х': "h", 'і': "ı"},
	Tajik:      {'х': "x"},
}

// Contains reports whether s holds any Cyrillic letter.
func Contains(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Cyrillic, r) {
			return true
		}
	}
	return false
}

// Transliterate writes s in Latin letters; what is not Cyrillic is kept.
// A capital becomes a capital (Щ is Šč), and all in a word of capitals
// (ЧВК is ČVK).
func Transliterate(s string, lang Lang) string {
	var b strings.Builder
	rs := []rune(s)
	over := byLang[lang]
	for i, r := range rs {
		lo := unicode.ToLower(r)
		lat, ok := over[lo]
		if !ok {
			lat, ok = base[lo]
		}
		if !ok {
			b.WriteRune(r)
			continue
		}
		if lo != r && lat != "" {
			upper := i+1 < len(rs) && unicode.IsUpper(rs[i+1]) || i > 0 && unicode.IsUpper(rs[i-1]) && (i+1 == len(rs) || !unicode.IsLetter(rs[i+1]))
			if upper {
				lat = strings.ToUpper(lat)
			} else {
				first := []rune(lat)
				lat = string(unicode.ToUpper(first[0])) + string(first[1:])
			}
		}
		b.WriteString(lat)
	}
	return b.String()
}
