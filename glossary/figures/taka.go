package figures

import "strings"

// Options says what Find cannot know from a sentence alone.
type Options struct {
	// Taka is the currency টাকা stands for: "BDT" (Bangladesh), "INR"
	// (West Bengal and Tripura write rupees as টাকা), or "auto" (and "")
	// to decide per article from Indian and Bangladeshi clues: ₹ and রুপি
	// in the text against ৳, plus the places the caller recognised.
	Taka string
	// Indian and Bangladeshi count the caller's clues for "auto": places
	// and organisations of each country it found in the article.
	// IndianExample names one of the Indian ones for the card ("Kolkata").
	Indian, Bangladeshi int
	IndianExample       string
}

// Taka settings.
const (
	TakaAuto = "auto"
	TakaBDT  = "BDT"
	TakaINR  = "INR"
)

// ValidTaka reports whether s is a setting Options.Taka accepts.
func ValidTaka(s string) bool {
	return s == "" || s == TakaAuto || s == TakaBDT || s == TakaINR
}

// takaReading is what টাকা was taken to mean in one article, and why.
type takaReading struct {
	code string // BDT or INR
	note string // for the card when the reading is not the obvious one
}

// readTaka decides what টাকা means in text.
func readTaka(text []rune, opt Options) takaReading {
	switch strings.ToUpper(opt.Taka) {
	case TakaBDT:
		return takaReading{code: TakaBDT}
	case TakaINR:
		return takaReading{code: TakaINR, note: "taka read as Indian rupees, as set"}
	}
	indian, bangladeshi, example := opt.Indian, opt.Bangladeshi, opt.IndianExample
	for i, r := range text {
		if r != 'ু' && r < '৳' {
			continue // all but the clues below: nearly every rune of a text, at two comparisons each
		}
		switch {
		case r == '₹':
			indian++
			if example == "" {
				example = "uses ₹"
			}
		case r == '৳':
			bangladeshi++
		case r == 'ু' && i > 0 && text[i-1] == 'র' && i+2 < len(text) && text[i+1] == 'প' && (text[i+2] == 'ি' || text[i+2] == 'ী') &&
			(i == 1 || !isWordRune(text[i-2])):
			indian++ // রুপি, রুপী
			if example == "" {
				example = "prices in rupees"
			}
		}
	}
	if indian > bangladeshi {
		switch {
		case example == "":
			example = "names Indian places"
		case !strings.HasPrefix(example, "uses") && !strings.HasPrefix(example, "prices"):
			example = "names " + example
		}
		return takaReading{code: TakaINR, note: "taka read as Indian rupees: the article " + example}
	}
	return takaReading{code: TakaBDT}
}

// taka returns the reading of টাকা for this article, deciding it the
// first time it is needed: most articles never ask.
func (p *parser) taka() takaReading {
	if p.takaRead.code == "" {
		p.takaRead = readTaka(p.text, p.opt)
	}
	return p.takaRead
}
