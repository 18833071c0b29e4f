package hangul

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestRomanize(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		// No sound change: the letters as they are.
		{"서울", "Seoul"},
		{"부산", "Busan"},
		{"대구", "Daegu"},
		{"인천", "Incheon"},
		{"평양", "Pyeongyang"},
		{"제주", "Jeju"},
		{"세종", "Sejong"},
		{"희망", "Huimang"}, // ㅢ is ui even where it sounds i
		{"러시아", "Reosia"},
		{"모스크바", "Moseukeuba"}, // RR writes every 으

		// Initial ㅇ is silent; a final consonant moves onto a vowel.
		{"한국어", "Hangugeo"},
		{"울산", "Ulsan"},
		{"중앙", "Jungang"},
		{"영월", "Yeongwol"},
		{"밖에", "Bakke"},

		// Final consonants neutralise at the end of a word or before one.
		{"독도", "Dokdo"},
		{"옥천", "Okcheon"},
		{"합덕", "Hapdeok"},
		{"부엌", "Bueok"},
		{"옷", "Ot"},
		{"앞", "Ap"},
		{"닭", "Dak"},
		{"값", "Gap"},
		{"압구정", "Apgujeong"}, // tensing is not written

		// ㄱ/ㄷ/ㅂ before ㄴ/ㅁ nasalise.
		{"백마", "Baengma"},
		{"청량리", "Cheongnyangni"},
		{"왕십리", "Wangsimni"},
		{"학문", "Hangmun"},
		{"밥물", "Bammul"},
		{"곧망", "Gonmang"},

		// ㄹ after ㄴ/ㄹ, and ㄴ after ㄹ: ll.
		{"신라", "Silla"},
		{"별내", "Byeollae"},
		{"대관령", "Daegwallyeong"},
		{"설날", "Seollal"},
		{"울릉", "Ulleung"},
		// ㄹ after other consonants is n.
		{"종로", "Jongno"},
		{"백리", "Baengni"},
		{"십리", "Simni"},
		{"남로", "Namno"},
		// Compounds that say ㄴ+ㄹ as nn (신문로 Sinmunno, 의견란) need a
		// dictionary: the rule gives ll.
		{"신문로", "Sinmullo"},
		// Final ㄹ before a consonant or at the end is l; before a vowel r.
		{"구리", "Guri"},
		{"임실", "Imsil"},
		{"울산", "Ulsan"},

		// ㄷ/ㅌ before 이 are j/ch.
		{"해돋이", "Haedoji"},
		{"같이", "Gachi"},

		// ㅎ aspirates what follows; after ㄱ/ㄷ/ㅂ in nouns it is written h.
		{"좋고", "Joko"},
		{"놓다", "Nota"},
		{"좋아", "Joa"},
		{"놓는", "Nonneun"},
		{"묵호", "Mukho"},
		{"집현전", "Jiphyeonjeon"},
		{"북한", "Bukhan"},

		// Words apart, and what is not Hangul kept.
		{"조선로동당 제8차 대회", "Joseollodongdang Je 8 Cha Daehoe"},
		{"삼성SDI", "Samseong SDI"},
		{"N서울타워", "N Seoultawo"},
		{"IMF 외환위기", "IMF Oehwanwigi"},
		{"", ""},
		{"Seoul", "Seoul"},
	} {
		if got := Romanize(tc.in); got != tc.want {
			t.Errorf("Romanize(%q): got %q; want %q", tc.in, got, tc.want)
		}
	}
}

func TestName(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		ok       bool
	}{
		// Family name apart; no sound change in the given name.
		{"김정은", "Gim Jeong-eun", true},
		{"윤석열", "Yun Seok-yeol", true},
		{"이재명", "I Jae-myeong", true},
		{"리설주", "Ri Seol-ju", true},
		{"한복남", "Han Bok-nam", true}, // not Bongnam
		{"홍빛나", "Hong Bit-na", true}, // not Binna
		{"박근혜", "Bak Geun-hye", true},
		{"최룡해", "Choe Ryong-hae", true},
		// Two-syllable family names.
		{"남궁민수", "Namgung Min-su", true},
		{"황보관", "Hwangbo Gwan", true},
		// A given name of one or three syllables has no hyphen.
		{"신사임당", "Sin Saimdang", true},
		{"김구", "Gim Gu", true},
		// Not a personal name.
		{"김", "", false},
		{"김 정은", "", false},
		{"Kim", "", false},
		{"조선민주주의인민공화국", "", false},
	} {
		got, ok := Name(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("Name(%q): got %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

func TestEverySyllable(t *testing.T) {
	// Every syllable alone, and every pair across a boundary, gives
	// lower-case ASCII letters with a vowel for each syllable.
	for r := rune(syllableFirst); r <= syllableLast; r++ {
		s := Romanize(string(r))
		if !asciiLetters(s) || s == "" {
			t.Fatalf("Romanize(%q): got %q; want ASCII letters", string(r), s)
		}
	}
	for fin := 0; fin < finals; fin++ {
		for ini := 0; ini < 19; ini++ {
			a := rune(syllableFirst + fin)                // 가 with final fin
			b := rune(syllableFirst + ini*medials*finals) // initial ini with ㅏ
			s := Romanize(string([]rune{a, b}))
			if !asciiLetters(s) || strings.Count(strings.ToLower(s), "a") < 2 {
				t.Errorf("Romanize(%q): got %q; want two syllables in ASCII letters", string([]rune{a, b}), s)
			}
		}
	}
}

func asciiLetters(s string) bool {
	for _, r := range s {
		if r > unicode.MaxASCII || !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

func FuzzRomanize(f *testing.F) {
	for _, s := range []string{"서울", "김정은", "삼성SDI", "조선로동당 제8차 대회", "a가", "ㄱ", "\xff", "신라 백리"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		got := Romanize(s)
		// What is not Hangul comes through in order; Hangul becomes
		// ASCII letters.
		var kept, want []rune
		for _, r := range got {
			if r > unicode.MaxASCII || !unicode.IsLetter(r) && r != ' ' {
				kept = append(kept, r)
			}
		}
		for _, r := range s {
			if IsSyllable(r) {
				continue
			}
			if r > unicode.MaxASCII || !unicode.IsLetter(r) && r != ' ' {
				want = append(want, r)
			}
		}
		if string(kept) != string(want) {
			t.Errorf("Romanize(%q) = %q: other characters %q; want %q", s, got, string(kept), string(want))
		}
		if Contains(got) {
			t.Errorf("Romanize(%q) = %q keeps Hangul", s, got)
		}
		if n, ok := Name(s); ok && (Contains(n) || !strings.Contains(n, " ")) {
			t.Errorf("Name(%q) = %q", s, n)
		}
	})
}
