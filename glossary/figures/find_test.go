package figures

import (
	"fmt"
	"strings"
	"testing"

	"github.com/pathok/pathok/glossary/bangla"
)

// fig is one expected figure: the text it covers, and what Find says of it.
type fig struct {
	span, kind, value, gloss string
}

func (f fig) String() string {
	return fmt.Sprintf("{%q %s %q %q}", f.span, f.kind, f.value, f.gloss)
}

type findCase struct {
	name string
	in   string
	want []fig // nil: no figure at all
}

func figsOf(text []rune, ms []Match) []fig {
	var out []fig
	for _, m := range ms {
		out = append(out, fig{string(text[m.Start:m.End]), m.Kind, m.Value, m.Gloss})
	}
	return out
}

func runFind(t *testing.T, cases []findCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text := bangla.Normalize(c.in).Runes
			got := figsOf(text, Find(text))
			var want []fig
			for _, f := range c.want {
				f.span = bangla.NormalizeString(f.span)
				want = append(want, f)
			}
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("Find(%q):\n got %v;\nwant %v", c.in, got, want)
			}
		})
	}
}

// allCases gathers every table, for the fuzzer's seed corpus.
func allCases() [][]findCase {
	return [][]findCase{digitCases, wordCases, inflectionCases, qualifierCases, unitCases, percentCases,
		moneyCases, ordinalCases, dateCases, bengaliDateCases, timeCases, rangeCases, notFigureCases, oddCases,
		durationCases, partialDateCases, clockCases, everydayFormCases}
}

func normRunes(s string) []rune { return bangla.Normalize(s).Runes }

func normFigs(fs []fig) []fig {
	var out []fig
	for _, f := range fs {
		f.span = bangla.NormalizeString(f.span)
		out = append(out, f)
	}
	return out
}

func fmtFigs(fs []fig) string { return fmt.Sprint(fs) }

var digitCases = []findCase{
	{"bengali digits", "সভায় ৮০ জন প্রতিনিধি", []fig{{"৮০ জন", "number", "80", "80 people"}}},
	{"latin digits", "সভায় 250 জন প্রতিনিধি", []fig{{"250 জন", "number", "250", "250 people"}}},
	{"western grouping", "মোট ৬,০০০ শ্রমিক", []fig{{"৬,০০০", "number", "6000", "6,000"}}},
	{"western grouping millions", "জনসংখ্যা ১২,৩৪৫,৬৭৮", []fig{{"১২,৩৪৫,৬৭৮", "number", "12345678", "12,345,678"}}},
	{"lakh grouping", "ভোটার ১২,৩৪,৫৬৭ জন", []fig{{"১২,৩৪,৫৬৭ জন", "number", "1234567", "1,234,567 people"}}},
	{"lakh grouping round", "ভাতা ১,৫০,০০০ টাকা", []fig{{"১,৫০,০০০ টাকা", "money", "150000 BDT", "Tk 150,000"}}},
	{"decimal", "গড় ১১.৬২ পয়েন্ট", []fig{{"১১.৬২", "number", "11.62", "11.62"}}},
	{"decimal word", "প্রবৃদ্ধি ৬ দশমিক ৫ শতাংশ", []fig{{"৬ দশমিক ৫ শতাংশ", "percent", "6.5%", "6.5%"}}},
	{"decimal word leading zero", "২ দশমিক ০৫ বিলিয়ন ডলার", []fig{{"২ দশমিক ০৫ বিলিয়ন ডলার", "money", "2050000000 USD", "US$2.05 billion"}}},
	{"four digits with a unit", "১২০০ মেগাওয়াট", []fig{{"১২০০ মেগাওয়াট", "number", "1200", "1,200 MW"}}},
	{"decimal below one", "সূচক ০.৫ কমেছে", []fig{{"০.৫", "number", "0.5", "0.5"}}},
	{"minus word", "তাপমাত্রা মাইনাস ৫ ডিগ্রি", []fig{{"মাইনাস ৫ ডিগ্রি", "number", "-5", "-5 degrees"}}},
	{"minus sign", "তাপমাত্রা -৫ ডিগ্রি সেলসিয়াস ছিল", []fig{{"-৫ ডিগ্রি সেলসিয়াস", "number", "-5", "-5 °C"}}},
	{"leading zero", "নম্বর ০৭", []fig{{"০৭", "number", "7", "7"}}},
	{"year-like plain", "পরিকল্পনা ২০৩০ পর্যন্ত", []fig{{"২০৩০", "number", "2030", "2030"}}},
	{"end of sentence", "মোট ৪০।", []fig{{"৪০", "number", "40", "40"}}},
	{"two numbers", "৩ ও ৪", []fig{{"৩", "number", "3", "3"}, {"৪", "number", "4", "4"}}},
}

var wordCases = []findCase{
	// 0–99: irregular forms and spelling variants.
	{"two", "দুই নেতা", []fig{{"দুই", "number", "2", "2"}}},
	{"eleven o", "এগারো জন খেলোয়াড়", []fig{{"এগারো জন", "number", "11", "11 people"}}},
	{"eleven short", "এগার জন খেলোয়াড়", []fig{{"এগার জন", "number", "11", "11 people"}}},
	{"twenty-three", "তেইশ বছর বয়সী", []fig{{"তেইশ বছর", "duration", "P23Y", "23 years"}}},
	{"twenty-nine long u", "ঊনত্রিশ দিন", []fig{{"ঊনত্রিশ দিন", "duration", "P29D", "29 days"}}},
	{"twenty-nine short u", "উনত্রিশ দিন", []fig{{"উনত্রিশ দিন", "duration", "P29D", "29 days"}}},
	{"twenty-five", "পঁচিশ হাজার দর্শক", []fig{{"পঁচিশ হাজার", "number", "25000", "25,000"}}},
	{"ninety-nine", "নিরানব্বই জন", []fig{{"নিরানব্বই জন", "number", "99", "99 people"}}},
	{"seventy-two variant", "বায়াত্তর ঘণ্টা", []fig{{"বায়াত্তর ঘণ্টা", "duration", "PT72H", "72 hours"}}},
	{"precomposed ya", "ছ\u09df জন", []fig{{"ছয় জন", "number", "6", "6 people"}}},
	// Hundreds: শ, শো, শত, glued or apart.
	{"three hundred sho", "তিনশো সেনা", []fig{{"তিনশো", "number", "300", "300"}}},
	{"two hundred sha", "দুইশ কোটি টাকা", []fig{{"দুইশ কোটি টাকা", "money", "2000000000 BDT", "Tk 2 billion"}}},
	{"five shata apart", "পাঁচ শত মানুষ", []fig{{"পাঁচ শত", "number", "500", "500"}}},
	{"du-sho", "দুশো গাড়ি", []fig{{"দুশো", "number", "200", "200"}}},
	{"one hundred", "একশো বছর", []fig{{"একশো বছর", "duration", "P100Y", "100 years"}}},
	// Multipliers.
	{"thousand", "চার হাজার", []fig{{"চার হাজার", "number", "4000", "4,000"}}},
	{"lakh", "দশ লাখ মানুষ", []fig{{"দশ লাখ", "number", "1000000", "1 million"}}},
	{"laksha", "পাঁচ লক্ষ", []fig{{"পাঁচ লক্ষ", "number", "500000", "500,000"}}},
	{"crore", "তিন কোটি", []fig{{"তিন কোটি", "number", "30000000", "30 million"}}},
	{"million", "দুই মিলিয়ন", []fig{{"দুই মিলিয়ন", "number", "2000000", "2 million"}}},
	{"billion decimal", "২.৫ বিলিয়ন", []fig{{"২.৫ বিলিয়ন", "number", "2500000000", "2.5 billion"}}},
	{"thousand crore", "হাজার কোটি টাকা", []fig{{"হাজার কোটি টাকা", "money", "10000000000 BDT", "Tk 10 billion"}}},
	// Fractions.
	{"derh", "দেড় লাখ", []fig{{"দেড় লাখ", "number", "150000", "150,000"}}},
	{"arai", "আড়াই কোটি টাকা", []fig{{"আড়াই কোটি টাকা", "money", "25000000 BDT", "Tk 25 million"}}},
	{"sare", "সাড়ে তিন হাজার", []fig{{"সাড়ে তিন হাজার", "number", "3500", "3,500"}}},
	{"sare alone", "সাড়ে তিন ঘণ্টা", []fig{{"সাড়ে তিন ঘণ্টা", "duration", "PT3H30M", "3.5 hours"}}},
	{"poune", "পৌনে দুই লাখ", []fig{{"পৌনে দুই লাখ", "number", "175000", "175,000"}}},
	{"derh-sho", "দেড়শো জন", []fig{{"দেড়শো জন", "number", "150", "150 people"}}},
	// Digits and words mixed.
	{"digits thousand digits", "প্রায় ৪ হাজার ৭০০ জন", []fig{{"প্রায় ৪ হাজার ৭০০ জন", "number", "4700", "about 4,700 people"}}},
	{"crore then lakh", "এক কোটি ৫০ লাখ টাকা", []fig{{"এক কোটি ৫০ লাখ টাকা", "money", "15000000 BDT", "Tk 15 million"}}},
	{"digits thousand", "১৫ হাজার সেনা", []fig{{"১৫ হাজার", "number", "15000", "15,000"}}},
	{"words all the way", "তিন হাজার পাঁচশো বিশ", []fig{{"তিন হাজার পাঁচশো বিশ", "number", "3520", "3,520"}}},
	{"thousands of crores", "১০ হাজার ৫০০ কোটি টাকা", []fig{{"১০ হাজার ৫০০ কোটি টাকা", "money", "105000000000 BDT", "Tk 105 billion"}}},
	{"lakh thousand hundred", "২ লাখ ৫০ হাজার ৩০০", []fig{{"২ লাখ ৫০ হাজার ৩০০", "number", "250300", "250,300"}}},
	{"two thousands", "১৫ হাজার ২০ হাজার", []fig{{"১৫ হাজার", "number", "15000", "15,000"}, {"২০ হাজার", "number", "20000", "20,000"}}},
	{"a thousand then a year", "১৫ হাজার ২০২৫ সালে", []fig{{"১৫ হাজার", "number", "15000", "15,000"}, {"২০২৫ সালে", "date", "2025", "2025"}}},
	// Vague quantities.
	{"thousands doubled", "হাজার হাজার মানুষ", []fig{{"হাজার হাজার", "number", "1000", "thousands"}}},
	{"hundreds doubled", "শত শত বাড়ি", []fig{{"শত শত", "number", "100", "hundreds"}}},
	{"bare multipliers need a unit", "কোটি শত সহস্র", nil},
	{"hajaro", "হাজারো মানুষ", []fig{{"হাজারো", "number", "1000", "thousands"}}},
	{"shatadhik", "শতাধিক আহত", []fig{{"শতাধিক", "number", "100", "more than 100"}}},
	{"several thousand", "কয়েক হাজার সৈন্য", []fig{{"কয়েক হাজার", "number", "1000", "several thousand"}}},
	{"several hundred glued", "কয়েকশো মানুষ", []fig{{"কয়েকশো", "number", "100", "several hundred"}}},
}

var inflectionCases = []findCase{
	{"hajarer-o beshi", "ছয় হাজারেরও বেশি সৈন্য", []fig{{"ছয় হাজারেরও বেশি", "number", "6000", "more than 6,000"}}},
	{"hajarer", "দশ হাজারের মধ্যে", []fig{{"দশ হাজারের", "number", "10000", "10,000"}}},
	{"kotite", "পাঁচ কোটিতে বিক্রি", []fig{{"পাঁচ কোটিতে", "number", "50000000", "50 million"}}},
	{"jon-ke", "১০ জনকে আটক", []fig{{"১০ জনকে", "number", "10", "10 people"}}},
	{"dujon-i", "তারা দুজনই উপস্থিত", []fig{{"দুজনই", "number", "2", "2 people"}}},
	{"tinjon-ke", "তিনজনকে দেখা গেছে", []fig{{"তিনজনকে", "number", "3", "3 people"}}},
	{"tir", "১০টির বেশি", []fig{{"১০টির বেশি", "number", "10", "more than 10"}}},
	{"apostrophe jon", "দু'জন সাংবাদিক", []fig{{"দু'জন", "number", "2", "2 people"}}},
	{"hyphen er", "৫০০-এর বেশি সৈন্য", []fig{{"৫০০-এর বেশি", "number", "500", "more than 500"}}},
	{"hyphen o", "৫০০-ও বেশি", []fig{{"৫০০-ও বেশি", "number", "500", "more than 500"}}},
	{"hyphen er year", "২০২৫-এর শুরুতে", []fig{{"২০২৫-এর", "date", "2025", "2025"}}},
	{"month e", "আগস্টে হামলা", []fig{{"আগস্টে", "date", "--08", "August"}}},
	{"month e march", "মার্চে বলেন", []fig{{"মার্চে", "date", "--03", "March"}}},
	{"month ei", "সেপ্টেম্বরেই বৈঠক", []fig{{"সেপ্টেম্বরেই", "date", "--09", "September"}}},
	{"month ye", "জুলাইয়ে", []fig{{"জুলাইয়ে", "date", "--07", "July"}}},
	{"may hyphen", "মে-তে নির্বাচন", []fig{{"মে-তে", "date", "--05", "May"}}},
	{"dine-r-o", "৫০০ দিনেরও বেশি যুদ্ধ", []fig{{"৫০০ দিনেরও বেশি", "number", "500", "more than 500 days"}}},
	{"masei", "তিন মাসেই", []fig{{"তিন মাসেই", "duration", "P3M", "3 months"}}},
	{"takay", "১০০ টাকায় বিক্রি", []fig{{"১০০ টাকায়", "money", "100 BDT", "Tk 100"}}},
}

var qualifierCases = []findCase{
	{"praay", "প্রায় ১৫ হাজার সেনা", []fig{{"প্রায় ১৫ হাজার", "number", "15000", "about 15,000"}}},
	{"antata", "অন্তত ১০ হাজার সৈন্য", []fig{{"অন্তত ১০ হাজার", "number", "10000", "at least 10,000"}}},
	{"kompokkhe", "কমপক্ষে ১ হাজার সেনা", []fig{{"কমপক্ষে ১ হাজার", "number", "1000", "at least 1,000"}}},
	{"nyunatama", "ন্যূনতম ৫ বছর", []fig{{"ন্যূনতম ৫ বছর", "duration", "P5Y", "at least 5 years"}}},
	{"beshi", "২০ জন বেশি", []fig{{"২০ জন বেশি", "number", "20", "more than 20 people"}}},
	{"er beshi apart", "১০০ এর বেশি", []fig{{"১০০ এর বেশি", "number", "100", "more than 100"}}},
	{"adhik", "৫০ জনের অধিক", []fig{{"৫০ জনের অধিক", "number", "50", "more than 50 people"}}},
	{"kom", "১০ জনের কম", []fig{{"১০ জনের কম", "number", "10", "fewer than 10 people"}}},
	{"kom money", "১০০ টাকার কম", []fig{{"১০০ টাকার কম", "money", "100 BDT", "less than Tk 100"}}},
	{"cheye beshi", "৫০ জনের চেয়ে বেশি", []fig{{"৫০ জনের চেয়ে বেশি", "number", "50", "more than 50 people"}}},
	{"praay moto", "প্রায় ১০০ জনের মতো", []fig{{"প্রায় ১০০ জনের মতো", "number", "100", "about 100 people"}}},
	{"moto alone", "২০০ জনের মতো", []fig{{"২০০ জনের মতো", "number", "200", "about 200 people"}}},
	{"sorbochcho", "সর্বোচ্চ ১০ বছর", []fig{{"সর্বোচ্চ ১০ বছর", "duration", "P10Y", "up to 10 years"}}},
	{"qualifier without number", "প্রায় সবাই এসেছেন", nil},
	{"supreme leader", "সর্বোচ্চ নেতা", nil},
}

var unitCases = []findCase{
	// Classifiers.
	{"ti", "১০টি ট্যাংক", []fig{{"১০টি", "number", "10", "10"}}},
	{"ta", "তিনটা বই", []fig{{"তিনটা", "number", "3", "3"}}},
	{"jon apart", "৬০০ জন নিহত", []fig{{"৬০০ জন", "number", "600", "600 people"}}},
	{"khana", "দুইখানা চিঠি", []fig{{"দুইখানা", "number", "2", "2"}}},
	{"duiti", "দুইটি প্রস্তাব", []fig{{"দুইটি", "number", "2", "2"}}},
	{"one person", "১ জন", []fig{{"১ জন", "number", "1", "1 person"}}},
	// Measures.
	{"kilometre", "২০ কিলোমিটার দূরে", []fig{{"২০ কিলোমিটার", "number", "20", "20 km"}}},
	{"km short", "৫০ কিমি পথ", []fig{{"৫০ কিমি", "number", "50", "50 km"}}},
	{"metre", "১০০ মিটার", []fig{{"১০০ মিটার", "number", "100", "100 metres"}}},
	{"kg", "৫ কেজি চাল", []fig{{"৫ কেজি", "number", "5", "5 kg"}}},
	{"tonne", "১০ লাখ টন", []fig{{"১০ লাখ টন", "number", "1000000", "1 million tonnes"}}},
	{"degree", "৩০ ডিগ্রি", []fig{{"৩০ ডিগ্রি", "number", "30", "30 degrees"}}},
	// Time units make durations.
	{"year", "এক বছর পর", []fig{{"এক বছর", "duration", "P1Y", "1 year"}}},
	{"months", "ছয় মাস", []fig{{"ছয় মাস", "duration", "P6M", "6 months"}}},
	{"week", "দুই সপ্তাহ", []fig{{"দুই সপ্তাহ", "duration", "P2W", "2 weeks"}}},
	{"days", "৩০ দিন", []fig{{"৩০ দিন", "duration", "P30D", "30 days"}}},
	{"hours", "৩ ঘণ্টা ধরে", []fig{{"৩ ঘণ্টা", "duration", "PT3H", "3 hours"}}},
	{"hours variant", "৩ ঘন্টা", []fig{{"৩ ঘন্টা", "duration", "PT3H", "3 hours"}}},
	{"minutes", "৪৫ মিনিট", []fig{{"৪৫ মিনিট", "duration", "PT45M", "45 minutes"}}},
	{"seconds", "৩০ সেকেন্ড", []fig{{"৩০ সেকেন্ড", "duration", "PT30S", "30 seconds"}}},
	{"decades", "তিন দশক", []fig{{"তিন দশক", "duration", "P30Y", "3 decades"}}},
	{"glued days", "দুদিনের সফর", []fig{{"দুদিনের", "duration", "P2D", "2 days"}}},
}

var percentCases = []findCase{
	{"sign", "ভোট পড়েছে ৪০%", []fig{{"৪০%", "percent", "40%", "40%"}}},
	{"sign spaced", "৪০ % ভোট", []fig{{"৪০ %", "percent", "40%", "40%"}}},
	{"shatangsha", "৪০ শতাংশ", []fig{{"৪০ শতাংশ", "percent", "40%", "40%"}}},
	{"decimal", "১১.৬২ শতাংশ", []fig{{"১১.৬২ শতাংশ", "percent", "11.62%", "11.62%"}}},
	{"shatakra bhag", "শতকরা ৪০ ভাগ", []fig{{"শতকরা ৪০ ভাগ", "percent", "40%", "40%"}}},
	{"shatakra alone", "শতকরা ৩৫", []fig{{"শতকরা ৩৫", "percent", "35%", "35%"}}},
	{"qualified", "প্রায় ১২ শতাংশ", []fig{{"প্রায় ১২ শতাংশ", "percent", "12%", "about 12%"}}},
	{"inflected", "৫০ শতাংশের বেশি", []fig{{"৫০ শতাংশের বেশি", "percent", "50%", "more than 50%"}}},
	{"words", "দশ শতাংশ", []fig{{"দশ শতাংশ", "percent", "10%", "10%"}}},
}

var moneyCases = []findCase{
	{"taka", "৫০০ টাকা", []fig{{"৫০০ টাকা", "money", "500 BDT", "Tk 500"}}},
	{"taka sign", "৳৫০০", []fig{{"৳৫০০", "money", "500 BDT", "Tk 500"}}},
	{"dollar million", "১১.৬২ মিলিয়ন মার্কিন ডলার", []fig{{"১১.৬২ মিলিয়ন মার্কিন ডলার", "money", "11620000 USD", "US$11.62 million"}}},
	{"dollar sign", "$১১.৬২ মিলিয়ন", []fig{{"$১১.৬২ মিলিয়ন", "money", "11620000 USD", "US$11.62 million"}}},
	{"dollar billion", "২.৫ বিলিয়ন ডলার", []fig{{"২.৫ বিলিয়ন ডলার", "money", "2500000000 USD", "US$2.5 billion"}}},
	{"crore taka", "৫০০ কোটি টাকা", []fig{{"৫০০ কোটি টাকা", "money", "5000000000 BDT", "Tk 5 billion"}}},
	{"one lakh taka", "এক লাখ টাকা", []fig{{"এক লাখ টাকা", "money", "100000 BDT", "Tk 100,000"}}},
	{"won", "১০ লাখ ওন", []fig{{"১০ লাখ ওন", "money", "1000000 KRW", "₩1 million"}}},
	{"won variant", "৫০০ উওন", []fig{{"৫০০ উওন", "money", "500 KRW", "₩500"}}},
	{"rouble", "৫০ হাজার রুবল", []fig{{"৫০ হাজার রুবল", "money", "50000 RUB", "₽50,000"}}},
	{"euro", "২০ ইউরো", []fig{{"২০ ইউরো", "money", "20 EUR", "€20"}}},
	{"yuan", "১০০ ইউয়ান", []fig{{"১০০ ইউয়ান", "money", "100 CNY", "CN¥100"}}},
	{"rupee", "৫০ রুপি", []fig{{"৫০ রুপি", "money", "50 INR", "₹50"}}},
	{"rupee variant", "৫০ রুপী", []fig{{"৫০ রুপী", "money", "50 INR", "₹50"}}},
	{"pakistani rupee", "৫০ পাকিস্তানি রুপি", []fig{{"৫০ পাকিস্তানি রুপি", "money", "50 PKR", "PKR 50"}}},
	{"pound", "১০ পাউন্ড", []fig{{"১০ পাউন্ড", "money", "10 GBP", "£10"}}},
	{"yen", "১০০ ইয়েন", []fig{{"১০০ ইয়েন", "money", "100 JPY", "¥100"}}},
	{"inflected", "৫ ডলারের", []fig{{"৫ ডলারের", "money", "5 USD", "US$5"}}},
}

var ordinalCases = []findCase{
	{"1st", "১ম স্থান", []fig{{"১ম", "number", "1", "1st"}}},
	{"2nd", "২য় দফা", []fig{{"২য়", "number", "2", "2nd"}}},
	{"3rd", "৩য় বিশ্বযুদ্ধ", []fig{{"৩য়", "number", "3", "3rd"}}},
	{"4th", "৪র্থ শিল্পবিপ্লব", []fig{{"৪র্থ", "number", "4", "4th"}}},
	{"5th", "৫ম শ্রেণি", []fig{{"৫ম", "number", "5", "5th"}}},
	{"6th", "৬ষ্ঠ সম্মেলন", []fig{{"৬ষ্ঠ", "number", "6", "6th"}}},
	{"10th", "১০ম বর্ষ", []fig{{"১০ম", "number", "10", "10th"}}},
	{"80th", "৮০তম বার্ষিকী", []fig{{"৮০তম", "number", "80", "80th"}}},
	{"day ordinal alone", "গত ১২ই", []fig{{"১২ই", "number", "12", "12th"}}},
}

var dateCases = []findCase{
	{"day month year", "১২ই জুলাই ২০২৫", []fig{{"১২ই জুলাই ২০২৫", "date", "2025-07-12", "Saturday, 12 July 2025"}}},
	{"weekday then date", "সোমবার, ১৭ নভেম্বর ২০২৫", []fig{
		{"সোমবার", "date", "Monday", "Monday"}, {"১৭ নভেম্বর ২০২৫", "date", "2025-11-17", "Monday, 17 November 2025"}}},
	{"zero-padded day", "০৩ সেপ্টেম্বর ২০২৫", []fig{{"০৩ সেপ্টেম্বর ২০২৫", "date", "2025-09-03", "Wednesday, 3 September 2025"}}},
	// Day ordinals.
	{"1la", "১লা জানুয়ারি", []fig{{"১লা জানুয়ারি", "date", "--01-01", "1 January"}}},
	{"2ra", "২রা ফেব্রুয়ারি ২০২৪", []fig{{"২রা ফেব্রুয়ারি ২০২৪", "date", "2024-02-02", "Friday, 2 February 2024"}}},
	{"3ra", "৩রা মার্চ", []fig{{"৩রা মার্চ", "date", "--03-03", "3 March"}}},
	{"4tha", "৪ঠা এপ্রিল", []fig{{"৪ঠা এপ্রিল", "date", "--04-04", "4 April"}}},
	{"5i", "৫ই মে ২০২৫", []fig{{"৫ই মে ২০২৫", "date", "2025-05-05", "Monday, 5 May 2025"}}},
	{"18i", "১৮ই জুন", []fig{{"১৮ই জুন", "date", "--06-18", "18 June"}}},
	{"19she", "১৯শে জুলাই", []fig{{"১৯শে জুলাই", "date", "--07-19", "19 July"}}},
	{"31she", "৩১শে আগস্ট", []fig{{"৩১শে আগস্ট", "date", "--08-31", "31 August"}}},
	{"word day", "একুশে ফেব্রুয়ারি", []fig{{"একুশে ফেব্রুয়ারি", "date", "--02-21", "21 February"}}},
	{"leap day", "২৯ ফেব্রুয়ারি ২০২৪", []fig{{"২৯ ফেব্রুয়ারি ২০২৪", "date", "2024-02-29", "Thursday, 29 February 2024"}}},
	{"no leap day", "২৯ ফেব্রুয়ারি ২০২৫", []fig{{"২৯", "number", "29", "29"}, {"ফেব্রুয়ারি ২০২৫", "date", "2025-02", "February 2025"}}},
	// Month spellings.
	{"january i", "জানুয়ারী ২০২৫", []fig{{"জানুয়ারী ২০২৫", "date", "2025-01", "January 2025"}}},
	{"august sh", "আগষ্টে", []fig{{"আগষ্টে", "date", "--08", "August"}}},
	{"october", "৩ অক্টোবর", []fig{{"৩ অক্টোবর", "date", "--10-03", "3 October"}}},
	{"december", "ডিসেম্বর ২৫, ২০২৩", []fig{{"ডিসেম্বর ২৫, ২০২৩", "date", "2023-12-25", "Monday, 25 December 2023"}}},
	{"month year", "নভেম্বর ২০২৪", []fig{{"নভেম্বর ২০২৪", "date", "2024-11", "November 2024"}}},
	{"month masi", "জুলাই বা আগস্ট মাসে", []fig{{"জুলাই", "date", "--07", "July"}, {"আগস্ট মাসে", "date", "--08", "August"}}},
	{"month inflected", "জানুয়ারিতে", []fig{{"জানুয়ারিতে", "date", "--01", "January"}}},
	// Eras and years.
	{"khristabda", "২০২৫ খ্রিস্টাব্দে", []fig{{"২০২৫ খ্রিস্টাব্দে", "date", "2025", "2025"}}},
	{"khrishtabda", "১৯৭১ খ্রিষ্টাব্দ", []fig{{"১৯৭১ খ্রিষ্টাব্দ", "date", "1971", "1971"}}},
	{"ing", "১২ জানুয়ারি ২০২৫ ইং", []fig{{"১২ জানুয়ারি ২০২৫ ইং", "date", "2025-01-12", "Sunday, 12 January 2025"}}},
	{"sal", "২০২৩ সালে চুক্তি", []fig{{"২০২৩ সালে", "date", "2023", "2023"}}},
	{"saler", "১৯৭১ সালের যুদ্ধ", []fig{{"১৯৭১ সালের", "date", "1971", "1971"}}},
	{"saler month", "২০২৩ সালের জুলাই মাসে", []fig{{"২০২৩ সালের জুলাই মাসে", "date", "2023-07", "July 2023"}}},
	{"saler day month", "২০২৩ সালের ১২ জুলাই", []fig{{"২০২৩ সালের ১২ জুলাই", "date", "2023-07-12", "Wednesday, 12 July 2023"}}},
	// Numeric dates.
	{"slashes", "১২/০৭/২০২৫", []fig{{"১২/০৭/২০২৫", "date", "2025-07-12", "Saturday, 12 July 2025"}}},
	{"dots", "১২.০৭.২০২৫", []fig{{"১২.০৭.২০২৫", "date", "2025-07-12", "Saturday, 12 July 2025"}}},
	{"iso", "2025-07-12", []fig{{"2025-07-12", "date", "2025-07-12", "Saturday, 12 July 2025"}}},
	{"bad numeric date", "৩২/১৩/২০২৫", nil},
	// Weekdays stand alone.
	{"weekdays", "রবিবার সোমবার মঙ্গলবার বুধবার বৃহস্পতিবার শুক্রবার শনিবার", []fig{
		{"রবিবার", "date", "Sunday", "Sunday"}, {"সোমবার", "date", "Monday", "Monday"},
		{"মঙ্গলবার", "date", "Tuesday", "Tuesday"}, {"বুধবার", "date", "Wednesday", "Wednesday"},
		{"বৃহস্পতিবার", "date", "Thursday", "Thursday"}, {"শুক্রবার", "date", "Friday", "Friday"},
		{"শনিবার", "date", "Saturday", "Saturday"}}},
	{"weekday variants", "রোববার ও বিষ্যুদবার", []fig{{"রোববার", "date", "Sunday", "Sunday"}, {"বিষ্যুদবার", "date", "Thursday", "Thursday"}}},
	{"weekday inflected", "শুক্রবারের নামাজ", []fig{{"শুক্রবারের", "date", "Friday", "Friday"}}},
	{"long march", "লং মার্চ কর্মসূচি", nil},
}

var bengaliDateCases = []findCase{
	{"agrahayan", "২ অগ্রহায়ণ ১৪৩২", []fig{{"২ অগ্রহায়ণ ১৪৩২", "date", "2025-11-17", "Monday, 17 November 2025 (2 Agrahayan 1432)"}}},
	{"new year", "১ বৈশাখ ১৪৩২", []fig{{"১ বৈশাখ ১৪৩২", "date", "2025-04-14", "Monday, 14 April 2025 (1 Boishakh 1432)"}}},
	{"bangabda", "১ বৈশাখ ১৪৩২ বঙ্গাব্দ", []fig{{"১ বৈশাখ ১৪৩২ বঙ্গাব্দ", "date", "2025-04-14", "Monday, 14 April 2025 (1 Boishakh 1432)"}}},
	{"pohela", "পহেলা বৈশাখ", []fig{{"পহেলা বৈশাখ", "date", "--04-14", "14 April (1 Boishakh)"}}},
	{"leap falgun", "৩০ ফাল্গুন ১৪৩০", []fig{{"৩০ ফাল্গুন ১৪৩০", "date", "2024-03-14", "Thursday, 14 March 2024 (30 Falgun 1430)"}}},
	{"no leap falgun", "৩০ ফাল্গুন ১৪৩১", []fig{{"৩০", "number", "30", "30"}, {"১৪৩১", "number", "1431", "1431"}}},
	{"last of year", "৩০ চৈত্র ১৪৩১", []fig{{"৩০ চৈত্র ১৪৩১", "date", "2025-04-13", "Sunday, 13 April 2025 (30 Chaitra 1431)"}}},
	{"asharh nukta", "১৫ আষাঢ়", []fig{{"১৫ আষাঢ়", "date", "--06-29", "29 June (15 Asharh)"}}},
	{"san", "২ অগ্রহায়ণ ১৪৩২ সন", []fig{{"২ অগ্রহায়ণ ১৪৩২ সন", "date", "2025-11-17", "Monday, 17 November 2025 (2 Agrahayan 1432)"}}},
	{"year alone", "১৪৩২ বঙ্গাব্দ", []fig{{"১৪৩২ বঙ্গাব্দ", "number", "1432", "Bengali year 1432 (2025–2026)"}}},
	{"late falgun without year", "২০ ফাল্গুন", []fig{{"২০", "number", "20", "20"}}},
}

var timeCases = []findCase{
	{"seconds pm", "১০:২৩:১৬ অপরাহ্ন", []fig{{"১০:২৩:১৬ অপরাহ্ন", "time", "22:23:16", "22:23:16"}}},
	{"pm bengali", "০৭:২২ পিএম", []fig{{"০৭:২২ পিএম", "time", "19:22", "19:22"}}},
	{"am latin", "১০:১৫ AM", []fig{{"১০:১৫ AM", "time", "10:15", "10:15"}}},
	{"pm glued", "10:15pm", []fig{{"10:15pm", "time", "22:15", "22:15"}}},
	{"purbahna", "১১:০৫ পূর্বাহ্ন", []fig{{"১১:০৫ পূর্বাহ্ন", "time", "11:05", "11:05"}}},
	{"twelve am", "১২:৩০ এএম", []fig{{"১২:৩০ এএম", "time", "00:30", "00:30"}}},
	{"24 hour", "১৮:৪৫", []fig{{"১৮:৪৫", "time", "18:45", "18:45"}}},
	{"afternoon minutes", "বিকেল ৪টা ৩০ মিনিটে", []fig{{"বিকেল ৪টা ৩০ মিনিটে", "time", "16:30", "16:30"}}},
	{"morning half", "সকাল সাড়ে ৯টা", []fig{{"সকাল সাড়ে ৯টা", "time", "09:30", "09:30"}}},
	{"night", "রাত ১১টা", []fig{{"রাত ১১টা", "time", "23:00", "23:00"}}},
	{"night midnight", "রাত ১২টায়", []fig{{"রাত ১২টায়", "time", "00:00", "00:00"}}},
	{"night small hours", "রাত ২টায়", []fig{{"রাত ২টায়", "time", "02:00", "02:00"}}},
	{"noon", "দুপুর ১২টা", []fig{{"দুপুর ১২টা", "time", "12:00", "12:00"}}},
	{"noon one", "দুপুর ১টায়", []fig{{"দুপুর ১টায়", "time", "13:00", "13:00"}}},
	{"dawn", "ভোর ৫টা", []fig{{"ভোর ৫টা", "time", "05:00", "05:00"}}},
	{"evening", "সন্ধ্যা ৭টা", []fig{{"সন্ধ্যা ৭টা", "time", "19:00", "19:00"}}},
	{"evening inflected", "সন্ধ্যায় ৭টায়", []fig{{"সন্ধ্যায় ৭টায়", "time", "19:00", "19:00"}}},
	{"at nine", "৯টায় শুরু", []fig{{"৯টায়", "time", "09:00", "09:00"}}},
	{"words", "সকাল দশটায়", []fig{{"সকাল দশটায়", "time", "10:00", "10:00"}}},
	{"quarter to", "পৌনে ১০টা", []fig{{"পৌনে ১০টা", "time", "09:45", "09:45"}}},
	{"quarter to one", "দুপুর পৌনে ১টায়", []fig{{"দুপুর পৌনে ১টায়", "time", "12:45", "12:45"}}},
	{"quarter past", "সোয়া ২টায়", []fig{{"সোয়া ২টায়", "time", "02:15", "02:15"}}},
	{"dot minutes", "রাত ১১.৩০ মিনিটে", []fig{{"রাত ১১.৩০ মিনিটে", "time", "23:30", "23:30"}}},
	{"nine things", "৯টা বই", []fig{{"৯টা", "number", "9", "9"}}},
	{"bad clock", "২৫:৭০", nil},
	{"part of day without time", "সকালে তিনি এলেন", nil},
}

var rangeCases = []findCase{
	{"fiscal years", "২০২৬-২৭ সালের পরিকল্পনা", []fig{{"২০২৬-২৭ সালের", "range", "2026/2027", "2026–2027"}}},
	{"war years", "১৯৫০-৫৩", []fig{{"১৯৫০-৫৩", "range", "1950/1953", "1950–1953"}}},
	{"century turn", "১৯৯৯-০০", []fig{{"১৯৯৯-০০", "range", "1999/2000", "1999–2000"}}},
	{"full years", "২০১৫-২০২০", []fig{{"২০১৫-২০২০", "range", "2015/2020", "2015–2020"}}},
	{"theke", "২৫,০০০ থেকে ৩০,০০০", []fig{{"২৫,০০০ থেকে ৩০,০০০", "range", "25000/30000", "25,000–30,000"}}},
	{"people", "১০-১৫ জন", []fig{{"১০-১৫ জন", "range", "10/15", "10–15 people"}}},
	{"shared multiplier", "২৫ থেকে ৩০ হাজার", []fig{{"২৫ থেকে ৩০ হাজার", "range", "25000/30000", "25,000–30,000"}}},
	{"money", "৫ থেকে ১০ লাখ টাকা", []fig{{"৫ থেকে ১০ লাখ টাকা", "range", "500000/1000000", "Tk 500,000–1 million"}}},
	{"percent", "৩০-৪০ শতাংশ", []fig{{"৩০-৪০ শতাংশ", "range", "30/40", "30–40%"}}},
	{"days words", "দু-তিন দিন", []fig{{"দু-তিন দিন", "range", "P2D/P3D", "2–3 days"}}},
	{"fiscal year word", "২০২২-২৩ অর্থবছরে", []fig{{"২০২২-২৩ অর্থবছরে", "range", "2022/2023", "2022–2023"}}},
	{"hote", "৫ হতে ৭ দিন", []fig{{"৫ হতে ৭ দিন", "range", "P5D/P7D", "5–7 days"}}},
	{"date range", "১২-১৫ জুলাই ২০২৫", []fig{{"১২-১৫ জুলাই ২০২৫", "range", "2025-07-12/2025-07-15", "12–15 July 2025"}}},
	{"date range no year", "১২-১৫ জুলাই", []fig{{"১২-১৫ জুলাই", "range", "--07-12/--07-15", "12–15 July"}}},
	{"backwards from", "১০ থেকে ৫", []fig{{"১০", "number", "10", "10"}, {"৫", "number", "5", "5"}}},
	{"score", "২-১ গোলে জয়", nil},
	{"phone", "০১৭১১-১২৩৪৫৬", nil},
	{"phone unbroken", "হটলাইন ০১৭১১১২৩৪৫৬", nil},
}

var notFigureCases = []findCase{
	{"tini", "তিনি বললেন", nil},
	{"ekti as a", "একটি বৈঠক হয়", nil},
	{"ekta as a", "একটা বই", nil},
	{"ek somoy", "এমন এক সময়ে", nil},
	{"ek akosmik", "এক আকস্মিক হামলায়", nil},
	{"ekjon", "একজন কর্মকর্তা", nil},
	{"ekdin", "একদিন সে আসবে", nil},
	{"ordinal words", "প্রথম ও দ্বিতীয় দফা", nil},
	{"durga", "দুর্গা পূজা", nil},
	{"tintala", "তিনতলা বাড়ি", nil},
	{"satkhira", "সাতক্ষীরা জেলা", nil},
	{"new delhi", "নয়াদিল্লি সফর", nil},
	{"noy as not", "এটা ঠিক নয়, তিনি বলেন", nil},
	{"shatabdi", "এই শতাব্দী", nil},
	{"hazaribagh", "হাজারীবাগ এলাকা", nil},
	{"dashak alone", "গত দশকে", nil},
	{"atok", "পুলিশ তাকে আটক করে, সে আটকে যায়", nil},
	{"laksha as notice", "লক্ষ করা যায়", nil},
	{"bishesh", "বিশেষ সম্মেলন", nil},
	{"latin models", "MiG-29 F-16 Hwasong-18 Su-57", nil},
	{"bengali model", "হোয়াসং-১৮ ক্ষেপণাস্ত্র", nil},
	{"letters then digits", "ঢাকা-১০ আসন", nil},
	{"glued latin", "5G নেটওয়ার্ক", nil},
	{"last month", "গত মাসে এবং গত বছর", nil},
}

var oddCases = []findCase{
	{"empty", "", nil},
	{"lone digit", "৫", []fig{{"৫", "number", "5", "5"}}},
	{"huge run", strings.Repeat("৯", 40), nil},
	{"list without spaces", "১,২,৩", nil},
	{"version", "১০.৫.৬", nil},
	{"hyphen at end", "৫০০-", []fig{{"৫০০", "number", "500", "500"}}},
	{"sign alone", "$ ও ৳", nil},
	{"mixed scripts", "abc১২৩def ১২৩", []fig{{"১২৩", "number", "123", "123"}}},
	{"line break stops a figure", "৫০০\nটাকা", []fig{{"৫০০", "number", "500", "500"}}},
	{"multiplier overflow", "৯৯৯ ট্রিলিয়ন ট্রিলিয়ন কোটি", []fig{{"ট্রিলিয়ন ট্রিলিয়ন", "number", "1000000000000", "trillions"}}},
}

func TestDigits(t *testing.T)      { runFind(t, digitCases) }
func TestNumberWords(t *testing.T) { runFind(t, wordCases) }
func TestInflection(t *testing.T)  { runFind(t, inflectionCases) }
func TestQualifiers(t *testing.T)  { runFind(t, qualifierCases) }
func TestUnits(t *testing.T)       { runFind(t, unitCases) }
func TestPercent(t *testing.T)     { runFind(t, percentCases) }
func TestMoney(t *testing.T)       { runFind(t, moneyCases) }
func TestOrdinals(t *testing.T)    { runFind(t, ordinalCases) }
func TestDates(t *testing.T)       { runFind(t, dateCases) }
func TestBengaliDates(t *testing.T) {
	runFind(t, bengaliDateCases)
}
func TestTimes(t *testing.T)      { runFind(t, timeCases) }
func TestRanges(t *testing.T)     { runFind(t, rangeCases) }
func TestNotFigures(t *testing.T) { runFind(t, notFigureCases) }
func TestOddInput(t *testing.T)   { runFind(t, oddCases) }
