package figures

import (
	"fmt"
	"testing"

	"github.com/pathok/pathok/glossary/bangla"
)

// everydayCase is a sentence of everyday news, written for this test in
// the style of Bangladeshi and West Bengal outlets, with every figure a
// reader would want highlighted. Only span, kind and value are compared,
// as the scorer does; glosses are held by the other tables.
type everydayCase struct {
	name string
	in   string
	taka string // Options.Taka; "" is auto
	want []fig
}

var everydayCases = []everydayCase{
	// Weather.
	{"temperature", "আজ রাজধানীতে সর্বোচ্চ তাপমাত্রা ৩৪ দশমিক ৫ ডিগ্রি সেলসিয়াস রেকর্ড করা হয়েছে।", "",
		[]fig{{span: "৩৪ দশমিক ৫ ডিগ্রি সেলসিয়াস", kind: "number", value: "34.5"}}},
	{"rain chance percent", "আগামী ৭২ ঘণ্টায় বৃষ্টির সম্ভাবনা ৬০ পার্সেন্ট।", "",
		[]fig{{span: "৭২ ঘণ্টায়", kind: "duration", value: "PT72H"}, {span: "৬০ পার্সেন্ট", kind: "percent", value: "60%"}}},
	{"storm at night", "বুধবার রাত ৯টা ৩০ মিনিটে ঘূর্ণিঝড়টি উপকূলে আঘাত হানে।", "",
		[]fig{{span: "বুধবার", kind: "date", value: "Wednesday"}, {span: "রাত ৯টা ৩০ মিনিটে", kind: "time", value: "21:30"}}},
	{"night carries over", "রাতে ঝড় শুরু হলে ১১টা ১৫ মিনিটে বিদ্যুৎ চলে যায়।", "",
		[]fig{{span: "১১টা ১৫ মিনিটে", kind: "time", value: "23:15"}}},
	{"rainfall", "গত ২৪ ঘণ্টায় বৃষ্টি হয়েছে ১২০ মিলিমিটার।", "",
		[]fig{{span: "২৪ ঘণ্টায়", kind: "duration", value: "PT24H"}, {span: "১২০ মিলিমিটার", kind: "number", value: "120"}}},
	{"signal days", "সমুদ্রবন্দরগুলোকে তিন নম্বর সংকেত দেখাতে বলা হয়েছে, যা থাকবে দুই দিন।", "",
		[]fig{{span: "তিন", kind: "number", value: "3"}, {span: "দুই দিন", kind: "duration", value: "P2D"}}},

	// Exams.
	{"pass rate", "এবার মাধ্যমিকে পাসের হার ৮৩ দশমিক ০৪ শতাংশ।", "",
		[]fig{{span: "৮৩ দশমিক ০৪ শতাংশ", kind: "percent", value: "83.04%"}}},
	{"exam dates", "লিখিত পরীক্ষা শুরু হবে ১০ জুন, চলবে ১৫ জুলাই পর্যন্ত।", "",
		[]fig{{span: "১০ জুন", kind: "date", value: "--06-10"}, {span: "১৫ জুলাই", kind: "date", value: "--07-15"}}},
	{"exam hours", "পরীক্ষা চলবে সকাল ১০টা থেকে দুপুর ১টা পর্যন্ত।", "",
		[]fig{{span: "সকাল ১০টা থেকে দুপুর ১টা", kind: "range", value: "10:00/13:00"}}},
	{"half an hour to read", "প্রতিটি পরীক্ষা ৩ ঘণ্টার, তবে প্রথম আধা ঘণ্টা প্রশ্ন পড়ার জন্য।", "",
		[]fig{{span: "৩ ঘণ্টার", kind: "duration", value: "PT3H"}, {span: "আধা ঘণ্টা", kind: "duration", value: "PT30M"}}},
	{"result day", "ফল প্রকাশ করা হবে ২০২৪ সালের ১২ মে।", "",
		[]fig{{span: "২০২৪ সালের ১২ মে", kind: "date", value: "2024-05-12"}}},
	{"exam range theke", "উচ্চমাধ্যমিক চলবে ১০ থেকে ২২ ফেব্রুয়ারি।", "",
		[]fig{{span: "১০ থেকে ২২ ফেব্রুয়ারি", kind: "range", value: "--02-10/--02-22"}}},
	{"admission months", "ভর্তি চলবে ১ মার্চ থেকে ১৫ এপ্রিল।", "",
		[]fig{{span: "১ মার্চ থেকে ১৫ এপ্রিল", kind: "range", value: "--03-01/--04-15"}}},
	{"marks out of", "সে ১০০-র মধ্যে ৯৮ নম্বর পেয়েছে।", "",
		[]fig{{span: "১০০-র", kind: "number", value: "100"}, {span: "৯৮", kind: "number", value: "98"}}},

	// Trains and travel.
	{"departure and journey", "ট্রেনটি সকাল ৭টা ১৫ মিনিটে ছাড়বে এবং ২ ঘণ্টা ৪০ মিনিটে পৌঁছাবে।", "",
		[]fig{{span: "সকাল ৭টা ১৫ মিনিটে", kind: "time", value: "07:15"}, {span: "২ ঘণ্টা ৪০ মিনিটে", kind: "duration", value: "PT2H40M"}}},
	{"west bengal te", "প্রথম লোকাল ছাড়ে ভোর ৪টে ১৫ মিনিটে, শেষটি রাত ১১টায়।", "",
		[]fig{{span: "ভোর ৪টে ১৫ মিনিটে", kind: "time", value: "04:15"}, {span: "রাত ১১টায়", kind: "time", value: "23:00"}}},
	{"west bengal te bare", "ট্রেন ছাড়বে বিকেল ৩টে ১৫-তে।", "",
		[]fig{{span: "বিকেল ৩টে ১৫-তে", kind: "time", value: "15:15"}}},
	{"metro hours", "মেট্রো চলবে সকাল ৭টা থেকে রাত ১১টা পর্যন্ত।", "",
		[]fig{{span: "সকাল ৭টা থেকে রাত ১১টা", kind: "range", value: "07:00/23:00"}}},
	{"afternoon carries", "কাউন্টার খোলা থাকবে বিকেল ৩টা থেকে ৫টা।", "",
		[]fig{{span: "বিকেল ৩টা থেকে ৫টা", kind: "range", value: "15:00/17:00"}}},
	{"beje", "সকাল ১০টা বেজে ২০ মিনিটে ট্রেনটি প্ল্যাটফর্মে ঢোকে।", "",
		[]fig{{span: "সকাল ১০টা বেজে ২০ মিনিটে", kind: "time", value: "10:20"}}},
	{"minutes range", "স্টেশন থেকে হেঁটে লাগে ৫-৭ মিনিট।", "",
		[]fig{{span: "৫-৭ মিনিট", kind: "range", value: "PT5M/PT7M"}}},
	{"fare with paisa", "ভাড়া বেড়ে হয়েছে ৫৪ টাকা ২০ পয়সা।", "",
		[]fig{{span: "৫৪ টাকা ২০ পয়সা", kind: "money", value: "54.20 BDT"}}},
	{"late by hours", "ট্রেনটি সাড়ে তিন ঘণ্টা দেরিতে পৌঁছায়।", "",
		[]fig{{span: "সাড়ে তিন ঘণ্টা", kind: "duration", value: "PT3H30M"}}},

	// Prices.
	{"oil price", "খোলা সয়াবিন তেল প্রতি লিটার ১৬৫ টাকায় বিক্রি হচ্ছে।", "",
		[]fig{{span: "১৬৫ টাকায়", kind: "money", value: "165 BDT"}}},
	{"inflation", "মূল্যস্ফীতি কমে দাঁড়িয়েছে ৯ দশমিক ৭২ শতাংশে।", "",
		[]fig{{span: "৯ দশমিক ৭২ শতাংশে", kind: "percent", value: "9.72%"}}},
	{"zero point words", "নীতি সুদহার বেড়েছে শূন্য দশমিক ৪৫ শতাংশ।", "",
		[]fig{{span: "শূন্য দশমিক ৪৫ শতাংশ", kind: "percent", value: "0.45%"}}},
	{"glued lakh thousand", "হিসাবে জমা ছিল ৩৪লাখ ২০হাজার টাকা।", "",
		[]fig{{span: "৩৪লাখ ২০হাজার টাকা", kind: "money", value: "3420000 BDT"}}},
	{"gold price", "সোনার দাম ভরিপ্রতি ১ লাখ ১০ হাজার টাকা।", "",
		[]fig{{span: "১ লাখ ১০ হাজার টাকা", kind: "money", value: "110000 BDT"}}},
	{"dollar rate", "খোলাবাজারে এক ডলার এখন ১২২ টাকা।", "",
		[]fig{{span: "এক ডলার", kind: "money", value: "1 USD"}, {span: "১২২ টাকা", kind: "money", value: "122 BDT"}}},
	{"yen", "টোকিওতে এক কেজি চালের দাম ৮০০ ইয়েন ছাড়িয়েছে।", "",
		[]fig{{span: "এক কেজি", kind: "number", value: "1"}, {span: "৮০০ ইয়েন", kind: "money", value: "800 JPY"}}},
	{"dirham", "দুবাইয়ে শ্রমিকদের মাসিক বেতন ২,৫০০ দিরহাম।", "",
		[]fig{{span: "২,৫০০ দিরহাম", kind: "money", value: "2500 AED"}}},
	{"riyal", "ভিসার খরচ পড়ছে ১০ হাজার রিয়াল।", "",
		[]fig{{span: "১০ হাজার রিয়াল", kind: "money", value: "10000 SAR"}}},
	{"pound sterling", "এক পাউন্ড স্টার্লিং এখন প্রায় ১৫৫ টাকা।", "",
		[]fig{{span: "এক পাউন্ড স্টার্লিং", kind: "money", value: "1 GBP"}, {span: "প্রায় ১৫৫ টাকা", kind: "money", value: "155 BDT"}}},
	{"pound as weight", "রান্নায় লাগবে দুই পাউন্ড মাংস, ওজনে প্রায় এক কেজি।", "",
		[]fig{{span: "দুই পাউন্ড", kind: "number", value: "2"}, {span: "প্রায় এক কেজি", kind: "number", value: "1"}}},
	{"kolkata taka", "কলকাতার বাজারে আলু ৩০ টাকা কেজি দরে বিক্রি হচ্ছে।", "INR",
		[]fig{{span: "৩০ টাকা", kind: "money", value: "30 INR"}}},
	{"rupee sign makes taka INR", "পেট্রোলের দাম লিটারে ₹১০৪, ডিজেল ৯১ টাকা।", "",
		[]fig{{span: "₹১০৪", kind: "money", value: "104 INR"}, {span: "৯১ টাকা", kind: "money", value: "91 INR"}}},
	{"percent glued", "দাম বেড়েছে ১২%।", "",
		[]fig{{span: "১২%", kind: "percent", value: "12%"}}},

	// Recipes.
	{"cook then rest", "চুলায় ২০ মিনিট রান্না করুন, তারপর আধ ঘণ্টা ঢেকে রাখুন।", "",
		[]fig{{span: "২০ মিনিট", kind: "duration", value: "PT20M"}, {span: "আধ ঘণ্টা", kind: "duration", value: "PT30M"}}},
	{"grams and cups", "২৫০ গ্রাম ময়দা আর দেড় কাপ দুধ লাগবে।", "",
		[]fig{{span: "২৫০ গ্রাম", kind: "number", value: "250"}, {span: "দেড় কাপ", kind: "number", value: "1.5"}}},
	{"oven", "ওভেনে ১৮০ ডিগ্রিতে ৪০-৪৫ মিনিট বেক করুন।", "",
		[]fig{{span: "১৮০ ডিগ্রিতে", kind: "number", value: "180"}, {span: "৪০-৪৫ মিনিট", kind: "range", value: "PT40M/PT45M"}}},
	{"derh ghonta", "দেড় ঘণ্টা ধরে মাংস ম্যারিনেট করুন।", "",
		[]fig{{span: "দেড় ঘণ্টা", kind: "duration", value: "PT1H30M"}}},
	{"half hour west bengal", "ডাল হাফ ঘণ্টা ভিজিয়ে রাখুন।", "",
		[]fig{{span: "হাফ ঘণ্টা", kind: "duration", value: "PT30M"}}},
	{"spoons", "দুই চামচ চিনি আর এক চিমটি লবণ দিন।", "",
		[]fig{{span: "দুই চামচ", kind: "number", value: "2"}}},

	// Years, durations and dates in everyday reports.
	{"years ago", "তিনি ৩ বছর আগে চাকরি ছেড়েছেন।", "",
		[]fig{{span: "৩ বছর", kind: "duration", value: "P3Y"}}},
	{"three years term", "কমিটির তিন বছরের মেয়াদ শেষ হচ্ছে।", "",
		[]fig{{span: "তিন বছরের", kind: "duration", value: "P3Y"}}},
	{"two-digit year", "দেশ স্বাধীন হয় ৭১ সালে।", "",
		[]fig{{span: "৭১ সালে", kind: "date", value: "1971"}}},
	{"tour and date", "মন্ত্রীর ৫ দিনের সফর শুরু হচ্ছে ৫ জুন।", "",
		[]fig{{span: "৫ দিনের", kind: "duration", value: "P5D"}, {span: "৫ জুন", kind: "date", value: "--06-05"}}},
	{"victory day", "১৬ ডিসেম্বর বিজয় দিবস পালিত হবে।", "",
		[]fig{{span: "১৬ ডিসেম্বর", kind: "date", value: "--12-16"}}},
	{"term months", "চুক্তির মেয়াদ ১৮ মাস।", "",
		[]fig{{span: "১৮ মাস", kind: "duration", value: "P18M"}}},
	{"votes glued", "কেন্দ্রটিতে নৌকা পেয়েছে ৯১২ভোট।", "",
		[]fig{{span: "৯১২", kind: "number", value: "912"}}},
	{"month year", "প্রকল্পটি শেষ হবে জুন ২০২৪-এ।", "",
		[]fig{{span: "জুন ২০২৪-এ", kind: "date", value: "2024-06"}}},
	{"mixed script date", "বৈঠকটি হবে ৩ June ২০২৪।", "",
		[]fig{{span: "৩ June ২০২৪", kind: "date", value: "2024-06-03"}}},
	{"bengali month first", "শ্রাবণ ৫, ১৪৩২ তারিখে মেলা বসবে।", "",
		[]fig{{span: "শ্রাবণ ৫, ১৪৩২", kind: "date", value: "2025-07-20"}}},
	{"ten days", "ছুটি থাকবে ১০ দিন।", "",
		[]fig{{span: "১০ দিন", kind: "duration", value: "P10D"}}},
	{"a week's time", "আরও এক সপ্তাহ সময় লাগবে।", "",
		[]fig{{span: "এক সপ্তাহ", kind: "duration", value: "P1W"}}},
	{"one hour", "এক ঘণ্টা ধরে যানজট ছিল।", "",
		[]fig{{span: "এক ঘণ্টা", kind: "duration", value: "PT1H"}}},
	{"phone is not a figure", "যোগাযোগ: ০১৭১১-৪৫৬৭৮৯", "", nil},
	{"a person, not a figure", "একজন যাত্রী আহত হয়েছেন।", "", nil},
}

// TestEveryday holds Find to everyday news and logs how many figures it
// read right, the way the scorer counts: span overlap, kind and value.
func TestEveryday(t *testing.T) {
	right, gold, extra := 0, 0, 0
	for _, c := range everydayCases {
		t.Run(c.name, func(t *testing.T) {
			text := bangla.Normalize(c.in).Runes
			var got []fig
			for _, m := range FindWith(text, Options{Taka: c.taka}) {
				got = append(got, fig{span: string(text[m.Start:m.End]), kind: m.Kind, value: m.Value})
			}
			var want []fig
			for _, f := range c.want {
				f.span = bangla.NormalizeString(f.span)
				want = append(want, f)
			}
			gold += len(want)
			for _, w := range want {
				for _, g := range got {
					if g == w {
						right++
					}
				}
			}
			for _, g := range got {
				found := false
				for _, w := range want {
					found = found || g == w
				}
				if !found {
					extra++
				}
			}
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("FindWith(%q, %q):\n got %v;\nwant %v", c.in, c.taka, got, want)
			}
		})
	}
	t.Logf("everyday: %d of %d figures right, %d wrong or false", right, gold, extra)
}
