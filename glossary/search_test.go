package glossary

import (
	"testing"
)

// searchQuery is one query a reader types and the entry they mean: first
// when top is 1, among the first five when it is 5.
type searchQuery struct {
	query, want string
	top         int
}

// readerQueries are queries as readers type them: typos, other
// spellings and romanisations, other scripts, inflected Bengali.
var readerQueries = []searchQuery{
	// Latin: typos (substitution, deletion, transposition, doubling)
	{"shoigo", "ru-shoigu-sergei", 1},
	{"shoygu", "ru-shoigu-sergei", 1},
	{"lavrof", "ru-lavrov-sergei", 1},
	{"lavrov", "ru-lavrov-sergei", 1},
	{"peskow", "ru-peskov-dmitry", 1},
	{"zakharva", "ru-zakharova-maria", 1},
	{"puttin", "ru-putin-vladimir", 1},
	{"kremlim", "ru-kremlin", 1},
	{"gerasimow", "ru-gerasimov-valery", 1},
	{"belousow", "ru-belousov-andrei", 1},
	{"pyongang", "kp-pyongyang", 1},
	{"vladivostock", "ru-vladivostok", 1},
	{"novosibirks", "ru-novosibirsk", 1},
	{"samsnug", "kr-samsung", 1},
	{"hyundia", "kr-hyundai-motor", 5},
	{"medvedev", "ru-medvedev-dmitry", 5},
	// Latin: other romanisations and spellings
	{"sergey lavrov", "ru-lavrov-sergei", 1},
	{"zaharova", "ru-zakharova-maria", 1},
	{"vladimir poutine", "ru-putin-vladimir", 1},
	{"putin", "ru-putin-vladimir", 1},
	{"kim jong-un", "kp-kim-jong-un", 1},
	{"kim jong eun", "kp-kim-jong-un", 1},
	{"kim jung un", "kp-kim-jong-un", 1},
	{"kim yo-jong", "kp-kim-yo-jong", 1},
	{"kim yojong", "kp-kim-yo-jong", 1},
	{"pyongyang", "kp-pyongyang", 1},
	{"pyeongyang", "kp-pyongyang", 1},
	{"phenian", "kp-pyongyang", 1},
	{"seoul", "kr-seoul", 1},
	{"sŏul", "kr-seoul", 1},
	{"soul", "kr-seoul", 5},
	{"kaesong", "kp-kaesong", 1},
	{"gaesong", "kp-kaesong", 1},
	{"vonsan", "kp-wonsan", 1},
	{"pusan", "kr-busan", 1},
	{"inchon", "kr-incheon", 1},
	{"taegu", "kr-daegu", 1},
	{"kwangju", "kr-gwangju", 1},
	{"yun suk yol", "kr-yoon-suk-yeol", 1},
	{"mun jae-in", "kr-moon-jae-in", 1},
	{"lee jae myung", "kr-lee-jae-myung", 1},
	{"ri sol ju", "kp-ri-sol-ju", 1},
	{"choi son hui", "kp-choe-son-hui", 1},
	{"habarovsk", "ru-khabarovsk", 1},
	{"kiev", "ru-kyiv", 1},
	{"kharkov", "ru-kharkiv", 1},
	{"zelenskyy", "w-zelensky-volodymyr", 1},
	{"xi jin ping", "w-xi-jinping", 1},
	{"gazprom", "ru-gazprom", 1},
	// Cyrillic, for Russian names and the Russian forms of Korean ones
	{"Шойгу", "ru-shoigu-sergei", 1},
	{"Лавров", "ru-lavrov-sergei", 1},
	{"Сеул", "kr-seoul", 1},
	{"Пхеньян", "kp-pyongyang", 1},
	{"Ким Чен Ын", "kp-kim-jong-un", 1},
	{"Ким Ё Чжон", "kp-kim-yo-jong", 1},
	{"Мун Чжэ Ин", "kr-moon-jae-in", 1},
	{"Юн Сок Ёль", "kr-yoon-suk-yeol", 1},
	{"Москва", "ru-moscow", 1},
	{"Путин", "ru-putin-vladimir", 1},
	{"Кремль", "ru-kremlin", 1},
	{"Хабаровск", "ru-khabarovsk", 1},
	// Hangul, for Korean names and the Korean forms of Russian ones
	{"쇼이구", "ru-shoigu-sergei", 1},
	{"모스크바", "ru-moscow", 1},
	{"푸틴", "ru-putin-vladimir", 1},
	{"라브로프", "ru-lavrov-sergei", 1},
	{"김정은", "kp-kim-jong-un", 1},
	{"김여정", "kp-kim-yo-jong", 1},
	{"평양", "kp-pyongyang", 1},
	{"서울", "kr-seoul", 1},
	{"부산", "kr-busan", 1},
	// Bengali: inflected forms, read as the article view reads them
	{"শোইগুর", "ru-shoigu-sergei", 1},
	{"ল্যাভরভের", "ru-lavrov-sergei", 1},
	{"পুতিনকে", "ru-putin-vladimir", 1},
	{"মস্কোয়", "ru-moscow", 1},
	{"পিয়ংইয়ংয়ের", "kp-pyongyang", 1},
	{"সিউলে", "kr-seoul", 1},
	{"কিম জং উনের", "kp-kim-jong-un", 1},
	{"ক্রেমলিনের", "ru-kremlin", 1},
	// Bengali: other spellings and typos
	{"জাখারোভা", "ru-zakharova-maria", 1},
	{"শোইগো", "ru-shoigu-sergei", 1},
	{"লাভরোভ", "ru-lavrov-sergei", 1},
	{"পুটিন", "ru-putin-vladimir", 1},
}

// TestReaderQueries measures how often the meant entry comes first (or
// among the first five) and fails on each query that misses.
func TestReaderQueries(t *testing.T) {
	g, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	first, top5 := 0, 0
	for _, c := range readerQueries {
		rs := g.Search(c.query, 5)
		rank := 0
		for i, r := range rs {
			if r.Entry.ID == c.want {
				rank = i + 1
				break
			}
		}
		if rank == 1 {
			first++
		}
		if rank >= 1 && rank <= 5 {
			top5++
		}
		if rank == 0 || rank > c.top {
			var got []string
			for _, r := range rs {
				got = append(got, r.Entry.ID)
			}
			t.Errorf("Search(%q): got %v; want %s in the first %d", c.query, got, c.want, c.top)
		}
	}
	n := len(readerQueries)
	t.Logf("%d queries: first %d (%.0f%%), top 5 %d (%.0f%%)", n, first, 100*float64(first)/float64(n), top5, 100*float64(top5)/float64(n))
}
