package cyrillic

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestTransliterate(t *testing.T) {
	for _, tc := range []struct {
		in   string
		lang Lang
		want string
	}{
		// Russian, as the glossary's own romanisations write it.
		{"Владимир Путин", Russian, "Vladimir Putin"},
		{"Татьяна Голикова", Russian, "Tatʹjana Golikova"},
		{"Марат Хуснуллин", Russian, "Marat Chusnullin"},
		{"Дмитрий Чернышенко", Russian, "Dmitrij Černyšenko"},
		{"Щёлково", Russian, "Ščëlkovo"},
		{"Объединённая Россия", Russian, "Obʺedinënnaja Rossija"},
		{"Эрмитаж", Russian, "Èrmitaž"},
		// Capitals: a word of capitals stays capitals.
		{"ЧВК «Вагнер»", Russian, "ČVK «Vagner»"},
		{"РТ", Russian, "RT"},
		{"Юрий", Russian, "Jurij"},
		// Other languages' letters.
		{"Україна", Ukrainian, "Ukraïna"},
		{"Харків", Ukrainian, "Charkiv"},
		{"Гомель", Belarusian, "Homelʹ"},
		{"Мінск", Belarusian, "Minsk"},
		{"България", Bulgarian, "Bǎlgarija"},
		{"Србија", Serbian, "Srbija"},
		{"Вучић", Serbian, "Vučić"},
		{"Скопје", Macedonian, "Skopje"},
		{"Қасым-Жомарт Тоқаев", Kazakh, "Qasym-Žomart Toqaev"},
		{"Тоҷикистон", Tajik, "Toçikiston"},
		// Not Cyrillic: kept.
		{"Seoul 2024", Russian, "Seoul 2024"},
		{"", Russian, ""},
	} {
		if got := Transliterate(tc.in, tc.lang); got != tc.want {
			t.Errorf("Transliterate(%q, %s): got %q; want %q", tc.in, tc.lang, got, tc.want)
		}
	}
}

func TestLangOf(t *testing.T) {
	for _, tc := range []struct {
		country string
		want    Lang
	}{
		{"RU", Russian}, {"ua", Ukrainian}, {"BY", Belarusian}, {"KP", Russian}, {"", Russian}, {"MK", Macedonian},
	} {
		if got := LangOf(tc.country); got != tc.want {
			t.Errorf("LangOf(%q): got %q; want %q", tc.country, got, tc.want)
		}
	}
}

func FuzzTransliterate(f *testing.F) {
	for _, s := range []string{"Владимир", "ЧВК", "Щ", "aЯb", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		for _, l := range []Lang{Russian, Ukrainian, Bulgarian, Serbian} {
			got := Transliterate(s, l)
			for _, r := range got {
				if _, ok := base[unicode.ToLower(r)]; ok {
					t.Errorf("Transliterate(%q, %s) = %q keeps %q", s, l, got, r)
				}
			}
		}
	})
}
