package glossary

import (
	"strings"
	"sync"

	"github.com/pathok/pathok/glossary/bangla"
	"github.com/pathok/pathok/resources"
)

// The Bengali word list tells ordinary words (শেষবার, সম্মেলনে, হওয়ার)
// from names the glossary lacks. The list also holds well-known foreign
// names (পুতিন, ভ্লাদিমির), so a word in it that looks like a Russian or
// Korean name is still allowed to be one.

var (
	wordsOnce sync.Once
	words     map[string]bool
)

// bengaliWords is the word list as a set. The file is written as
// Normalize leaves text (TestWordListNormalized), so its lines are the
// keys as they stand: the set is cut from the embedded text, with no
// string made for any word.
func bengaliWords() map[string]bool {
	wordsOnce.Do(func() {
		words = make(map[string]bool, 66_000)
		for line := range strings.Lines(resources.BengaliWords) {
			line = strings.TrimSpace(line)
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			words[line] = true
		}
	})
	return words
}

// ordinaryWord reports whether a normalised Bengali word is an everyday
// word, as written or once its case ending is read off (সম্মেলনে is
// সম্মেলন + -এ), and does not look like a foreign name.
func ordinaryWord(w []rune) bool {
	if looksForeign(w) {
		return false
	}
	ws := bengaliWords()
	if ws[string(w)] {
		return true
	}
	for cut := len(w) - 1; cut >= 2; cut-- {
		if w[cut-1] == '\u09cd' {
			continue
		}
		if bangla.LookupSuffix(w[cut:]) != nil && ws[string(w[:cut])] {
			return true
		}
	}
	return false
}

// foreignEndings end Russian surnames and patronymics in Bengali
// spelling; Bengali words rarely end so.
var foreignEndings = normalizedList("ভ", "ভা", "ভিচ", "ভনা", "স্কি", "স্কায়া", "েঙ্কো", "য়েভ", "য়েভা")

// looksForeign reports whether w, its ending read off, is a Russian or
// Korean name part Pathok knows the shape of.
func looksForeign(w []rune) bool {
	base := w
	if cut, ok := caseEnding(w); ok {
		base = w[:cut]
	}
	s := string(base)
	if _, ok := russianGiven[s]; ok {
		return true
	}
	if _, ok := koreanSurnames[s]; ok {
		return true
	}
	for _, e := range foreignEndings {
		if strings.HasSuffix(s, e) && len(base) > len([]rune(e))+1 {
			return true
		}
	}
	return false
}
