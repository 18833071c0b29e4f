package figures

import (
	"strings"

	"github.com/pathok/pathok/glossary/bangla"
)

// cat is what a lexicon word does in a figure.
type cat uint8

const (
	catNum      cat = iota + 1 // a number word: তিন, পঁচিশ, দেড়, কয়েক
	catFrac                    // সাড়ে, পৌনে, সোয়া: shift the number after them
	catPoint                   // দশমিক: a decimal point written as a word
	catMult                    // শ, হাজার, লাখ, কোটি, মিলিয়ন …
	catVague                   // হাজারো, শতাধিক: a round, vague quantity
	catClass                   // টি, টা, জন: count classifiers
	catUnit                    // কিলোমিটার, কেজি …
	catDur                     // বছর, দিন, মিনিট …: make a duration
	catCur                     // টাকা, ডলার …
	catCurMod                  // মার্কিন (ডলার), ভারতীয় (রুপি)
	catScale                   // সেলসিয়াস, after ডিগ্রি
	catPct                     // শতাংশ
	catPctPre                  // শতকরা (৪০ ভাগ)
	catPctTail                 // ভাগ, after শতকরা
	catMonth                   // Gregorian months
	catBMonth                  // Bengali months
	catWeekday                 // সোমবার …
	catEra                     // সাল, খ্রিস্টাব্দ, ইং
	catBEra                    // বঙ্গাব্দ
	catFY                      // অর্থবছর
	catDayWord                 // পহেলা (বৈশাখ)
	catTOD                     // সকাল, রাত …: the part of the day before a clock time
	catAMPM                    // এএম, অপরাহ্ন
	catPre                     // প্রায়, অন্তত …: qualifiers before a number
	catNeg                     // মাইনাস
	catMore                    // বেশি, অধিক: "more than" after a number
	catLess                    // কম
	catAbout                   // মতো
	catGen                     // এর, এরও: the genitive before বেশি/কম
	catThan                    // চেয়ে, চাইতে
	catFrom                    // থেকে, হতে: joins a range
	catPast                    // বেজে: ১০টা বেজে ২০ মিনিট
	catPaisa                   // পয়সা, after টাকা
	catSterling                // স্টার্লিং, after পাউন্ড
)

// sfxRule says which endings a word may carry.
type sfxRule uint8

const (
	sfxNone sfxRule = iota // the bare word only
	sfxCase                // any case or emphatic ending (caseEndings)
)

// Codes kept in entry.n for the few words the grammar asks about by name.
const (
	unitTa     = 1 // টা: "৯টা" is nine o'clock as well as nine things
	unitMonth  = 2 // মাস: "জুলাই মাসে"
	unitMinute = 3 // মিনিট: "৪টা ৩০ মিনিটে"
	unitPeople = 4 // জন

	curDollar = 1
	curRupee  = 2
	curTaka   = 3 // BDT or INR, as the article decides
	curPound  = 4 // GBP, or a pound of weight
	curRouble = 5
	curMark   = 6
	curFranc  = 7

	ampmAM = 1
	ampmPM = 2
)

// Parts of the day, in entry.n of catTOD words.
const (
	todDawn = iota + 1
	todMorning
	todNoon
	todAfternoon
	todEvening
	todNight
	todDay
)

// entry is one lexicon word.
type entry struct {
	cat  cat
	val  dec   // numbers, multipliers, fraction shifts, vague quantities
	n    int   // month, weekday, day, part of day, unit or currency code
	weak uint8 // how much a number word needs around it to count (see weakNeedsUnit)
	sfx  sfxRule
	one  string  // English: unit singular, qualifier phrase, vague gloss
	many string  // English unit plural
	code string  // ISO 4217 currency code
	dur  durUnit // catDur: which ISO 8601 designator the unit makes
	// start marks words a figure can begin with; only these make a word
	// worth lexing at all.
	start bool
	// digitsOnly marks a unit read only after digits: ২৫০ গ্রাম is grams,
	// but তিন গ্রাম is three villages.
	digitsOnly bool
	// te marks the West Bengal clock classifier টে (৩টে, ৩টে ১৫).
	te bool
}

// Weak number words are also ordinary words: এক is "a", নয় is "is not",
// শূন্য is "empty", দু appears only in compounds.
const (
	weakNeedsUnit     = 1 // needs a multiplier, classifier or unit: দুটি, নয় জন
	weakNeedsMeasure  = 2 // needs a multiplier or a separate measuring unit: এক হাজার, এক বছর
	weakNeedsMultiple = 3 // needs a multiplier: কয়েক হাজার
)

// numberWords are the Bengali numbers 0–99, spelling variants split by '/'.
// Bengali has an irregular word for every one of them.
var numberWords = [100]string{
	"শূন্য", "এক", "দুই/দু", "তিন", "চার", "পাঁচ", "ছয়/ছ", "সাত", "আট", "নয়",
	"দশ", "এগারো/এগার", "বারো", "তেরো/তের", "চৌদ্দ/চোদ্দ/চোদ্দো", "পনেরো/পনের", "ষোলো/ষোল", "সতেরো/সতের", "আঠারো/আঠার", "উনিশ/ঊনিশ",
	"বিশ/কুড়ি", "একুশ", "বাইশ", "তেইশ", "চব্বিশ", "পঁচিশ", "ছাব্বিশ", "সাতাশ", "আটাশ", "ঊনত্রিশ/উনত্রিশ",
	"ত্রিশ/তিরিশ", "একত্রিশ", "বত্রিশ", "তেত্রিশ", "চৌত্রিশ/চৌঁত্রিশ", "পঁয়ত্রিশ", "ছত্রিশ", "সাঁইত্রিশ", "আটত্রিশ", "ঊনচল্লিশ/উনচল্লিশ",
	"চল্লিশ", "একচল্লিশ", "বিয়াল্লিশ/বেয়াল্লিশ", "তেতাল্লিশ", "চুয়াল্লিশ", "পঁয়তাল্লিশ", "ছেচল্লিশ", "সাতচল্লিশ", "আটচল্লিশ", "ঊনপঞ্চাশ/উনপঞ্চাশ",
	"পঞ্চাশ", "একান্ন", "বাহান্ন/বায়ান্ন", "তিপ্পান্ন", "চুয়ান্ন", "পঞ্চান্ন", "ছাপ্পান্ন", "সাতান্ন", "আটান্ন", "ঊনষাট/উনষাট",
	"ষাট", "একষট্টি", "বাষট্টি", "তেষট্টি", "চৌষট্টি", "পঁয়ষট্টি", "ছেষট্টি", "সাতষট্টি", "আটষট্টি", "ঊনসত্তর/উনসত্তর",
	"সত্তর", "একাত্তর", "বাহাত্তর/বায়াত্তর", "তিয়াত্তর", "চুয়াত্তর", "পঁচাত্তর", "ছিয়াত্তর", "সাতাত্তর", "আটাত্তর", "ঊনআশি/উনআশি/ঊনাশি/উনাশি",
	"আশি", "একাশি", "বিরাশি", "তিরাশি", "চুরাশি", "পঁচাশি", "ছিয়াশি", "সাতাশি", "অষ্টাশি/আটাশি", "ঊননব্বই/উননব্বই",
	"নব্বই/নব্বুই", "একানব্বই", "বিরানব্বই", "তিরানব্বই", "চুরানব্বই", "পঁচানব্বই", "ছিয়ানব্বই", "সাতানব্বই", "আটানব্বই", "নিরানব্বই",
}

var weakWords = map[string]uint8{
	"এক": weakNeedsMeasure, "দু": weakNeedsUnit, "নয়": weakNeedsUnit, "শূন্য": weakNeedsUnit, "ছ": weakNeedsUnit,
}

// lexicon lists every other figure word; words holds '/'-separated variants.
var lexicon = []struct {
	words string
	e     entry
}{
	{"দেড়", entry{cat: catNum, val: dec{15, 1}, start: true}},
	{"আড়াই", entry{cat: catNum, val: dec{25, 1}, start: true}},
	{"কয়েক", entry{cat: catNum, val: decInt(1), weak: weakNeedsMultiple, start: true}},
	{"আধা/আধ/হাফ", entry{cat: catNum, val: dec{5, 1}, weak: weakNeedsMeasure, start: true}},
	{"দশমিক", entry{cat: catPoint}},
	{"সাড়ে", entry{cat: catFrac, val: dec{5, 1}, start: true}},
	{"সোয়া", entry{cat: catFrac, val: dec{25, 2}, start: true}},
	{"পৌনে", entry{cat: catFrac, val: dec{-25, 2}, start: true}},

	{"শ/শো", entry{cat: catMult, val: decInt(100), sfx: sfxCase}},
	{"শত", entry{cat: catMult, val: decInt(100), sfx: sfxCase, start: true}},
	{"হাজার", entry{cat: catMult, val: decInt(1000), sfx: sfxCase, start: true}},
	{"সহস্র", entry{cat: catMult, val: decInt(1000), sfx: sfxCase}},
	{"লাখ", entry{cat: catMult, val: decInt(1e5), sfx: sfxCase, start: true}},
	{"লক্ষ", entry{cat: catMult, val: decInt(1e5), sfx: sfxCase}}, // also "notice": never alone
	{"কোটি", entry{cat: catMult, val: decInt(1e7), sfx: sfxCase, start: true}},
	{"মিলিয়ন", entry{cat: catMult, val: decInt(1e6), sfx: sfxCase, start: true}},
	{"বিলিয়ন", entry{cat: catMult, val: decInt(1e9), sfx: sfxCase, start: true}},
	{"ট্রিলিয়ন", entry{cat: catMult, val: decInt(1e12), sfx: sfxCase, start: true}},

	{"হাজারো", entry{cat: catVague, val: decInt(1000), one: "thousands", sfx: sfxCase, start: true}},
	{"লাখো", entry{cat: catVague, val: decInt(1e5), one: "hundreds of thousands", sfx: sfxCase, start: true}},
	{"শতাধিক", entry{cat: catVague, val: decInt(100), one: "more than 100", sfx: sfxCase, start: true}},
	{"সহস্রাধিক", entry{cat: catVague, val: decInt(1000), one: "more than 1,000", sfx: sfxCase, start: true}},
	{"লক্ষাধিক", entry{cat: catVague, val: decInt(1e5), one: "more than 100,000", sfx: sfxCase, start: true}},

	{"টি/খানা/খানি", entry{cat: catClass, sfx: sfxCase}},
	{"টা", entry{cat: catClass, n: unitTa, sfx: sfxCase}},
	// West Bengal writes টে and টো where Bangladesh writes টা: তিনটে বই,
	// বিকেল ৪টে ১৫, রাত ২টো ৫৮ মিনিট.
	{"টে/টো", entry{cat: catClass, n: unitTa, sfx: sfxCase, te: true}},
	{"জন", entry{cat: catClass, n: unitPeople, one: "person", many: "people", sfx: sfxCase}},

	{"কিলোমিটার/কিমি", entry{cat: catUnit, one: "km", many: "km", sfx: sfxCase}},
	{"বর্গকিলোমিটার", entry{cat: catUnit, one: "km²", many: "km²", sfx: sfxCase}},
	{"মিটার", entry{cat: catUnit, one: "metre", many: "metres", sfx: sfxCase}},
	{"মিলিমিটার/মিমি", entry{cat: catUnit, one: "mm", many: "mm", sfx: sfxCase}},
	{"গ্রাম", entry{cat: catUnit, one: "g", many: "g", sfx: sfxCase, digitsOnly: true}},
	{"মিলিলিটার/মিলি", entry{cat: catUnit, one: "ml", many: "ml", sfx: sfxCase}},
	{"কাপ", entry{cat: catUnit, one: "cup", many: "cups", sfx: sfxCase}},
	{"চামচ", entry{cat: catUnit, one: "spoon", many: "spoons", sfx: sfxCase}},
	{"সেন্টিমিটার", entry{cat: catUnit, one: "cm", many: "cm", sfx: sfxCase}},
	{"মাইল", entry{cat: catUnit, one: "mile", many: "miles", sfx: sfxCase}},
	{"ফুট", entry{cat: catUnit, one: "foot", many: "feet", sfx: sfxCase}},
	{"কেজি/কিলোগ্রাম/কিলো", entry{cat: catUnit, one: "kg", many: "kg", sfx: sfxCase}},
	{"টন", entry{cat: catUnit, one: "tonne", many: "tonnes", sfx: sfxCase}},
	{"ডিগ্রি", entry{cat: catUnit, one: "degree", many: "degrees", sfx: sfxCase}},
	{"সেলসিয়াস", entry{cat: catScale, one: "°C", many: "°C", sfx: sfxCase}},
	{"ফারেনহাইট", entry{cat: catScale, one: "°F", many: "°F", sfx: sfxCase}},
	{"লিটার", entry{cat: catUnit, one: "litre", many: "litres", sfx: sfxCase}},
	{"ব্যারেল", entry{cat: catUnit, one: "barrel", many: "barrels", sfx: sfxCase}},
	{"একর", entry{cat: catUnit, one: "acre", many: "acres", sfx: sfxCase}},
	{"হেক্টর", entry{cat: catUnit, one: "hectare", many: "hectares", sfx: sfxCase}},
	{"মেগাওয়াট", entry{cat: catUnit, one: "MW", many: "MW", sfx: sfxCase}},

	{"বছর", entry{cat: catDur, dur: durYear, one: "year", many: "years", sfx: sfxCase}},
	{"মাস", entry{cat: catDur, dur: durMonth, n: unitMonth, one: "month", many: "months", sfx: sfxCase}},
	{"সপ্তাহ", entry{cat: catDur, dur: durWeek, one: "week", many: "weeks", sfx: sfxCase}},
	{"দিন", entry{cat: catDur, dur: durDay, one: "day", many: "days", sfx: sfxCase}},
	{"ঘণ্টা/ঘন্টা", entry{cat: catDur, dur: durHour, one: "hour", many: "hours", sfx: sfxCase}},
	{"মিনিট", entry{cat: catDur, dur: durMinute, n: unitMinute, one: "minute", many: "minutes", sfx: sfxCase}},
	{"সেকেন্ড", entry{cat: catDur, dur: durSecond, one: "second", many: "seconds", sfx: sfxCase}},
	{"দশক", entry{cat: catDur, dur: durDecade, one: "decade", many: "decades", sfx: sfxCase}},
	{"শতাব্দী/শতাব্দি", entry{cat: catDur, dur: durCentury, one: "century", many: "centuries", sfx: sfxCase}},

	{"টাকা", entry{cat: catCur, code: "BDT", n: curTaka, sfx: sfxCase}},
	{"পয়সা", entry{cat: catPaisa, sfx: sfxCase}},
	{"দিরহাম", entry{cat: catCur, code: "AED", sfx: sfxCase}},
	{"রিয়াল", entry{cat: catCur, code: "SAR", sfx: sfxCase}},
	{"স্টার্লিং", entry{cat: catSterling, sfx: sfxCase}},
	{"ডলার", entry{cat: catCur, code: "USD", n: curDollar, sfx: sfxCase}},
	{"রুবল", entry{cat: catCur, code: "RUB", n: curRouble, sfx: sfxCase}},
	// Historical currencies keep their own codes (FORMAT.md: 5000 DEM).
	{"মার্ক", entry{cat: catCur, code: "DEM", n: curMark, sfx: sfxCase}},
	{"ফ্রাঁ/ফ্রাংক", entry{cat: catCur, code: "CHF", n: curFranc, sfx: sfxCase}},
	{"ওন/উওন", entry{cat: catCur, code: "KRW", sfx: sfxCase}},
	{"ইউরো", entry{cat: catCur, code: "EUR", sfx: sfxCase}},
	{"ইউয়ান/রেনমিনবি", entry{cat: catCur, code: "CNY", sfx: sfxCase}},
	{"রুপি/রুপী", entry{cat: catCur, code: "INR", n: curRupee, sfx: sfxCase}},
	{"পাউন্ড", entry{cat: catCur, code: "GBP", n: curPound, one: "lb", many: "lb", sfx: sfxCase}},
	{"ইয়েন", entry{cat: catCur, code: "JPY", sfx: sfxCase}},
	{"মার্কিন/ইউএস/আমেরিকান", entry{cat: catCurMod, code: "USD", n: curDollar}},
	{"ভারতীয়", entry{cat: catCurMod, code: "INR", n: curRupee}},
	{"পাকিস্তানি", entry{cat: catCurMod, code: "PKR", n: curRupee}},
	{"সোভিয়েত", entry{cat: catCurMod, code: "SUR", n: curRouble}},
	{"ডয়চে/ডয়েচ/জার্মান", entry{cat: catCurMod, code: "DEM", n: curMark}},
	{"সুইস", entry{cat: catCurMod, code: "CHF", n: curFranc}},
	{"ফরাসি", entry{cat: catCurMod, code: "FRF", n: curFranc}},

	{"শতাংশ/পারসেন্ট/পার্সেন্ট", entry{cat: catPct, sfx: sfxCase}},
	{"শতকরা", entry{cat: catPctPre, start: true}},
	{"ভাগ", entry{cat: catPctTail, sfx: sfxCase}},

	{"সাল/সন/খ্রিস্টাব্দ/খ্রিষ্টাব্দ/খৃস্টাব্দ/খৃষ্টাব্দ/ইং/ইংরেজি", entry{cat: catEra, sfx: sfxCase}},
	{"বঙ্গাব্দ", entry{cat: catBEra, sfx: sfxCase}},
	{"অর্থবছর", entry{cat: catFY, sfx: sfxCase}},
	{"পহেলা/পয়লা", entry{cat: catDayWord, n: 1, start: true}},
	{"দোসরা", entry{cat: catDayWord, n: 2, start: true}},
	{"তেসরা", entry{cat: catDayWord, n: 3, start: true}},
	{"চৌঠা", entry{cat: catDayWord, n: 4, start: true}},

	{"ভোর", entry{cat: catTOD, n: todDawn, sfx: sfxCase, start: true}},
	{"সকাল", entry{cat: catTOD, n: todMorning, sfx: sfxCase, start: true}},
	{"দুপুর", entry{cat: catTOD, n: todNoon, sfx: sfxCase, start: true}},
	{"বিকেল/বিকাল", entry{cat: catTOD, n: todAfternoon, sfx: sfxCase, start: true}},
	{"সন্ধ্যা/সন্ধে", entry{cat: catTOD, n: todEvening, sfx: sfxCase, start: true}},
	{"রাত", entry{cat: catTOD, n: todNight, sfx: sfxCase, start: true}},
	{"বেলা", entry{cat: catTOD, n: todDay, sfx: sfxCase, start: true}},
	{"এএম/AM/am/পূর্বাহ্ন/পূর্বাহ্ণ", entry{cat: catAMPM, n: ampmAM, sfx: sfxCase}},
	{"পিএম/PM/pm/অপরাহ্ন/অপরাহ্ণ", entry{cat: catAMPM, n: ampmPM, sfx: sfxCase}},

	{"প্রায়/আনুমানিক", entry{cat: catPre, one: "about", start: true}},
	{"অন্তত/অন্ততপক্ষে/কমপক্ষে/ন্যূনতম/সর্বনিম্ন", entry{cat: catPre, one: "at least", start: true}},
	{"সর্বোচ্চ/সর্বাধিক", entry{cat: catPre, one: "up to", start: true}},
	{"মাইনাস", entry{cat: catNeg, start: true}},
	{"বেশি/বেশী/অধিক/ওপরে/উপরে", entry{cat: catMore, one: "more than"}},
	{"কম/নিচে/নীচে", entry{cat: catLess, one: "fewer than"}},
	{"মতো/মত", entry{cat: catAbout, one: "about"}},
	{"কাছাকাছি", entry{cat: catAbout, one: "nearly"}},
	{"এর/এরও", entry{cat: catGen}},
	{"চেয়ে/চাইতে", entry{cat: catThan}},
	{"থেকে/হতে", entry{cat: catFrom}},
	{"বেজে", entry{cat: catPast}},
}

// Month and weekday names, in calendar order; their English comes from
// package time.
var (
	monthWords = [12]string{
		"জানুয়ারি/জানুয়ারী", "ফেব্রুয়ারি/ফেব্রুয়ারী", "মার্চ", "এপ্রিল", "মে", "জুন",
		"জুলাই", "আগস্ট/আগষ্ট/অগাস্ট/অগস্ট", "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর",
	}
	bengaliMonthWords = [12]string{
		"বৈশাখ", "জ্যৈষ্ঠ/জৈষ্ঠ", "আষাঢ়", "শ্রাবণ/শ্রাবন", "ভাদ্র", "আশ্বিন",
		"কার্তিক/কার্ত্তিক", "অগ্রহায়ণ/অগ্রহায়ন/অঘ্রাণ", "পৌষ", "মাঘ", "ফাল্গুন/ফাগুন", "চৈত্র",
	}
	// English month names, read after a day written in digits: ৩ June ২০২৪.
	latinMonthWords = [12]string{
		"January/Jan", "February/Feb", "March/Mar", "April/Apr", "May", "June/Jun",
		"July/Jul", "August/Aug", "September/Sep/Sept", "October/Oct", "November/Nov", "December/Dec",
	}
	weekdayWords = [7]string{
		"রবিবার/রোববার", "সোমবার", "মঙ্গলবার", "বুধবার", "বৃহস্পতিবার/বিষ্যুদবার", "শুক্রবার", "শনিবার",
	}
)

// Endings a number, unit, month or weekday may carry: case (-এর, -কে,
// -তে, -য়), emphasis (-ই, -ও) and their combinations, in both the
// vowel-sign form that follows a consonant (মার্চে) and the full-vowel
// form written after a vowel or a hyphen (২০২৫-এর).
var caseEndings = runeSet(`ই ও ে েই েও ের েরই েরও র রই রও তে তেই তেও কে কেই কেও
	য় য়ই য়ও য়ে য়েই য়েও য়ের য়েরই য়েরও এ এই এও এর এরই এরও`)

var (
	lex trie
	// After digits: ordinals (১ম, ২য়, ৪র্থ, ৬ষ্ঠ, ১১তম) and dates (১লা, ২রা, ৪ঠা, ১২ই, ২১শে).
	ordinalEndings  = runeSet("ম য় র্থ ষ্ঠ তম")
	dayDigitEndings = runeSet("লা রা ঠা ই শে")
	// After a number word, only before a month: পাঁচই, একুশে.
	dayWordEndings = runeSet("ই ে")
)

func runeSet(words string) [][]rune {
	var out [][]rune
	for _, w := range strings.Fields(words) {
		out = append(out, []rune(bangla.NormalizeString(w)))
	}
	return out
}

func inSet(set [][]rune, s []rune) bool {
	for _, w := range set {
		if equalRunes(w, s) {
			return true
		}
	}
	return false
}

func equalRunes(a, b []rune) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func addWords(words string, e *entry) {
	for _, w := range strings.Split(words, "/") {
		w = bangla.NormalizeString(w)
		lex.insert(w, e)
	}
}

func init() {
	weak := map[string]uint8{}
	for w, level := range weakWords {
		weak[bangla.NormalizeString(w)] = level
	}
	for v, s := range numberWords {
		for _, w := range strings.Split(s, "/") {
			addWords(w, &entry{cat: catNum, val: decInt(int64(v)), weak: weak[bangla.NormalizeString(w)], start: true})
		}
	}
	for i := range lexicon {
		addWords(lexicon[i].words, &lexicon[i].e)
	}
	for i, s := range monthWords {
		e := &entry{cat: catMonth, n: i + 1, sfx: sfxCase, start: true}
		if s == "মে" {
			// মে+য়ে is মেয়ে, "girl": May takes its endings after a hyphen only.
			e.sfx = sfxNone
		}
		addWords(s, e)
	}
	for i, s := range bengaliMonthWords {
		// A Bengali month may begin a date (শ্রাবণ ৫, ১৪৩২) but never a
		// figure on its own: মাঘ and পৌষ are ordinary words too.
		addWords(s, &entry{cat: catBMonth, n: i + 1, sfx: sfxCase, start: true})
	}
	for i, s := range latinMonthWords {
		e := &entry{cat: catMonth, n: i + 1}
		for _, w := range strings.Split(s, "/") {
			lex.insert(w, e)
			lex.insert(strings.ToLower(w), e)
			lex.insert(strings.ToUpper(w), e)
		}
	}
	for i, s := range weekdayWords {
		addWords(s, &entry{cat: catWeekday, n: i, sfx: sfxCase, start: true})
	}
	lex.indexStarts()
}
