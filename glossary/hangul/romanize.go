package hangul

import (
	"strings"
	"unicode"
)

const (
	syllableFirst = 0xac00
	syllableLast  = 0xd7a3
	medials       = 21
	finals        = 28
)

// IsSyllable reports whether r is a precomposed Hangul syllable.
func IsSyllable(r rune) bool { return r >= syllableFirst && r <= syllableLast }

// Contains reports whether s holds any Hangul syllable.
func Contains(s string) bool {
	for _, r := range s {
		if IsSyllable(r) {
			return true
		}
	}
	return false
}

// Initial consonants, in Unicode order.
const (
	iG = iota // ㄱ
	iKK
	iN
	iD
	iTT
	iR
	iM
	iB
	iPP
	iS
	iSS
	iVowel // ㅇ: no sound at the start of a syllable
	iJ
	iJJ
	iCh
	iK
	iT
	iP
	iH
)

var initialLetters = [...]string{"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"}

var medialLetters = [...]string{"a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"}

const medialI = 20 // ㅣ

// Final consonants, in Unicode order (0 is none).
const (
	fNone = iota
	fG    // ㄱ
	fKK   // ㄲ
	fGS   // ㄳ
	fN    // ㄴ
	fNJ   // ㄵ
	fNH   // ㄶ
	fD    // ㄷ
	fL    // ㄹ
	fLG   // ㄺ
	fLM   // ㄻ
	fLB   // ㄼ
	fLS   // ㄽ
	fLT   // ㄾ
	fLP   // ㄿ
	fLH   // ㅀ
	fM    // ㅁ
	fB    // ㅂ
	fBS   // ㅄ
	fS    // ㅅ
	fSS   // ㅆ
	fNG   // ㅇ
	fJ    // ㅈ
	fCh   // ㅊ
	fK    // ㅋ
	fT    // ㅌ
	fP    // ㅍ
	fH    // ㅎ
)

// coda is the sound a final consonant has before another consonant or at
// the end of a word: the seven representative sounds and ㅎ.
type coda byte

const (
	cNone coda = iota
	cK
	cT
	cP
	cN
	cL
	cM
	cNG
	cH
)

var codaOf = [finals]coda{
	fNone: cNone, fG: cK, fKK: cK, fGS: cK, fN: cN, fNJ: cN, fNH: cN, fD: cT, fL: cL,
	fLG: cK, fLM: cM, fLB: cL, fLS: cL, fLT: cL, fLP: cP, fLH: cL, fM: cM, fB: cP, fBS: cP,
	fS: cT, fSS: cT, fNG: cNG, fJ: cT, fCh: cT, fK: cK, fT: cT, fP: cP, fH: cH,
}

var codaLetters = [...]string{cNone: "", cK: "k", cT: "t", cP: "p", cN: "n", cL: "l", cM: "m", cNG: "ng", cH: "t"}

// liaison is what a final consonant becomes before a vowel: the part that
// stays and the part that moves on as the next syllable's initial.
var liaison = [finals][2]string{
	fNone: {"", ""}, fG: {"", "g"}, fKK: {"", "kk"}, fGS: {"k", "s"}, fN: {"", "n"}, fNJ: {"n", "j"},
	fNH: {"", "n"}, fD: {"", "d"}, fL: {"", "r"}, fLG: {"l", "g"}, fLM: {"l", "m"}, fLB: {"l", "b"},
	fLS: {"l", "s"}, fLT: {"l", "t"}, fLP: {"l", "p"}, fLH: {"", "r"}, fM: {"", "m"}, fB: {"", "b"},
	fBS: {"p", "s"}, fS: {"", "s"}, fSS: {"", "ss"}, fNG: {"ng", ""}, fJ: {"", "j"}, fCh: {"", "ch"},
	fK: {"", "k"}, fT: {"", "t"}, fP: {"", "p"}, fH: {"", ""},
}

type syllable struct{ ini, med, fin int }

func split(r rune) syllable {
	s := int(r - syllableFirst)
	return syllable{s / (medials * finals), s % (medials * finals) / finals, s % finals}
}

// boundary writes the sounds where a syllable with final fin meets the
// next syllable's initial ini (and medial med): what ends the first
// syllable and what starts the second.
func boundary(fin, ini, med int) (end, start string) {
	if ini == iVowel {
		l := liaison[fin]
		// ㄷ and ㅌ before 이 are pronounced ㅈ and ㅊ (해돋이, 같이).
		if med == medialI {
			switch fin {
			case fD:
				return l[0], "j"
			case fT:
				return l[0], "ch"
			}
		}
		return l[0], l[1]
	}
	c := codaOf[fin]
	start = initialLetters[ini]
	// ㅎ aspirates a following plain stop, and is heard as ㄴ before ㄴ.
	if c == cH || fin == fNH || fin == fLH {
		stay := map[int]string{fH: "", fNH: "n", fLH: "l"}[fin]
		switch ini {
		case iG:
			return stay, "k"
		case iD:
			return stay, "t"
		case iJ:
			return stay, "ch"
		case iS:
			return stay, "ss"
		case iN:
			if fin == fLH {
				return "l", "l"
			}
			return "n", "n"
		}
		if fin == fH {
			c = cT
		}
	}
	switch ini {
	case iN, iM:
		// Stops before a nasal become nasals; ㄹ and ㄴ meet as ll.
		switch c {
		case cK:
			return "ng", start
		case cT:
			return "n", start
		case cP:
			return "m", start
		case cL:
			if ini == iN {
				return "l", "l"
			}
		}
	case iR:
		switch c {
		case cN, cL:
			return "l", "l"
		case cNone:
			return "", "r"
		case cK:
			return "ng", "n"
		case cT:
			return "n", "n"
		case cP:
			return "m", "n"
		case cM, cNG:
			return codaLetters[c], "n"
		}
	}
	return codaLetters[c], start
}

// word romanises a run of Hangul syllables with the sound changes between
// them, in lower case.
func word(b *strings.Builder, rs []rune) {
	syl := make([]syllable, len(rs))
	for i, r := range rs {
		syl[i] = split(r)
	}
	start := initialLetters[syl[0].ini]
	for i, s := range syl {
		b.WriteString(start)
		b.WriteString(medialLetters[s.med])
		if i+1 == len(syl) {
			b.WriteString(codaLetters[codaOf[s.fin]])
			break
		}
		n := syl[i+1]
		var end string
		end, start = boundary(s.fin, n.ini, n.med)
		b.WriteString(end)
	}
}

// Romanize writes s by the Revised Romanization, each run of Hangul as a
// word with a capital, as the rules write proper nouns. Anything that is
// not Hangul (Latin letters of a brand, digits, spaces, punctuation) is
// kept as it is, so 삼성SDI is "Samseong SDI": a space parts Hangul from a
// letter or digit next to it, which it would otherwise run into.
func Romanize(s string) string {
	var b strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); {
		if !IsSyllable(rs[i]) {
			b.WriteRune(rs[i])
			i++
			continue
		}
		j := i
		for j < len(rs) && IsSyllable(rs[j]) {
			j++
		}
		if i > 0 && joins(rs[i-1]) {
			b.WriteByte(' ')
		}
		var w strings.Builder
		word(&w, rs[i:j])
		b.WriteString(capitalize(w.String()))
		if j < len(rs) && joins(rs[j]) {
			b.WriteByte(' ')
		}
		i = j
	}
	return b.String()
}

// joins reports whether r would run into a romanised word written next to
// it.
func joins(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// compoundSurnames are the two-syllable family names.
var compoundSurnames = map[string]bool{
	"남궁": true, "황보": true, "제갈": true, "선우": true, "독고": true, "사공": true, "서문": true, "동방": true,
}

// Name writes a Korean personal name (family name first, no spaces, as
// Korean writes it) by the rules for names: "Gim Jeong-eun" for 김정은.
// It reports false for what does not look like a personal name (not two
// to five syllables of Hangul), which Romanize then writes.
func Name(s string) (string, bool) {
	rs := []rune(s)
	if len(rs) < 2 || len(rs) > 5 {
		return "", false
	}
	for _, r := range rs {
		if !IsSyllable(r) {
			return "", false
		}
	}
	family := 1
	if len(rs) >= 3 && compoundSurnames[string(rs[:2])] {
		family = 2
	}
	var b strings.Builder
	word(&b, rs[:family])
	out := capitalize(b.String()) + " "
	given := rs[family:]
	for i, r := range given {
		var w strings.Builder
		word(&w, []rune{r})
		switch {
		case i == 0:
			out += capitalize(w.String())
		case len(given) == 2:
			// The hyphen the rules allow, as in Gil-dong: between the two
			// syllables of the usual given name only.
			out += "-" + w.String()
		default:
			out += w.String()
		}
	}
	return out, true
}
