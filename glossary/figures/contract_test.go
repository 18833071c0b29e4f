package figures

import "testing"

// Tables for the whole figures contract of FORMAT.md: ISO durations,
// partial dates, ranges of dates and times, and the everyday forms of
// prices and clocks.

var durationCases = []findCase{
	// One unit.
	{"years digits", "তিনি ৩ বছর আগে অবসর নেন", []fig{{"৩ বছর", "duration", "P3Y", "3 years"}}},
	{"years genitive words", "তিন বছরের কারাদণ্ড", []fig{{"তিন বছরের", "duration", "P3Y", "3 years"}}},
	{"eighteen months", "১৮ মাসের প্রকল্প", []fig{{"১৮ মাসের", "duration", "P18M", "18 months"}}},
	{"ten days", "১০ দিনের ছুটি", []fig{{"১০ দিনের", "duration", "P10D", "10 days"}}},
	{"one hour", "এক ঘণ্টার বৈঠক", []fig{{"এক ঘণ্টার", "duration", "PT1H", "1 hour"}}},
	{"nine minutes", "৯ মিনিটের ভিডিও", []fig{{"৯ মিনিটের", "duration", "PT9M", "9 minutes"}}},
	{"tour of days", "পাঁচ দিনের সফরে যাচ্ছেন", []fig{{"পাঁচ দিনের", "duration", "P5D", "5 days"}}},
	{"a century", "দুই শতাব্দী ধরে", []fig{{"দুই শতাব্দী", "duration", "P200Y", "2 centuries"}}},
	// Compound: one span, not two.
	{"hours and minutes", "যাত্রায় লাগে ২ ঘণ্টা ৪০ মিনিট", []fig{{"২ ঘণ্টা ৪০ মিনিট", "duration", "PT2H40M", "2 hours 40 minutes"}}},
	{"years and months", "৩ বছর ৬ মাসের সাজা", []fig{{"৩ বছর ৬ মাসের", "duration", "P3Y6M", "3 years 6 months"}}},
	{"minute and seconds", "১ মিনিট ২০ সেকেন্ডে দৌড় শেষ", []fig{{"১ মিনিট ২০ সেকেন্ডে", "duration", "PT1M20S", "1 minute 20 seconds"}}},
	{"days and hours", "দুই দিন ছয় ঘণ্টা পর", []fig{{"দুই দিন ছয় ঘণ্টা", "duration", "P2DT6H", "2 days 6 hours"}}},
	{"coarser second unit is two", "২০ মিনিট ২ ঘণ্টা", []fig{{"২০ মিনিট", "duration", "PT20M", "20 minutes"}, {"২ ঘণ্টা", "duration", "PT2H", "2 hours"}}},
	// Halves and fractions carry to the finer unit.
	{"adha", "আধা ঘণ্টা পর", []fig{{"আধা ঘণ্টা", "duration", "PT30M", "0.5 hours"}}},
	{"adh", "আধ ঘণ্টার মধ্যে", []fig{{"আধ ঘণ্টার", "duration", "PT30M", "0.5 hours"}}},
	{"half west bengal", "হাফ ঘণ্টা অপেক্ষা", []fig{{"হাফ ঘণ্টা", "duration", "PT30M", "0.5 hours"}}},
	{"derh hour", "দেড় ঘণ্টা দেরি", []fig{{"দেড় ঘণ্টা", "duration", "PT1H30M", "1.5 hours"}}},
	{"arai years", "আড়াই বছর পর", []fig{{"আড়াই বছর", "duration", "P2Y6M", "2.5 years"}}},
	{"derh day", "দেড় দিন", []fig{{"দেড় দিন", "duration", "P1DT12H", "1.5 days"}}},
	{"half a month stays decimal", "আধা মাস", []fig{{"আধা মাস", "duration", "P0.5M", "0.5 months"}}},
	{"half kilo", "আধা কেজি চিনি", []fig{{"আধা কেজি", "number", "0.5", "0.5 kg"}}},
	{"half century in cricket", "হাফ সেঞ্চুরি করেন", nil},
	{"adhar card", "আধার কার্ড", nil},
	// Ranges of durations.
	{"minutes range", "৫-৭ মিনিট হাঁটা", []fig{{"৫-৭ মিনিট", "range", "PT5M/PT7M", "5–7 minutes"}}},
	{"years range theke", "৩ থেকে ৫ বছরের সাজা", []fig{{"৩ থেকে ৫ বছরের", "range", "P3Y/P5Y", "3–5 years"}}},
	// ISO 8601 has no "more than": a bounded duration keeps its count.
	{"more than days", "৫০ দিনেরও বেশি অবরোধ", []fig{{"৫০ দিনেরও বেশি", "number", "50", "more than 50 days"}}},
	{"less than minutes", "১০ মিনিটের কম", []fig{{"১০ মিনিটের কম", "number", "10", "less than 10 minutes"}}},
	{"about is still a duration", "২ ঘণ্টার মতো", []fig{{"২ ঘণ্টার মতো", "duration", "PT2H", "about 2 hours"}}},
	{"at least is still a duration", "অন্তত ৫ বছর", []fig{{"অন্তত ৫ বছর", "duration", "P5Y", "at least 5 years"}}},
	// Not durations: a year, a date, a count.
	{"year is a date", "২০২২ সালে", []fig{{"২০২২ সালে", "date", "2022", "2022"}}},
	{"month name is a date", "জুন মাসে", []fig{{"জুন মাসে", "date", "--06", "June"}}},
}

var partialDateCases = []findCase{
	{"day month", "৫ জুন বৈঠক", []fig{{"৫ জুন", "date", "--06-05", "5 June"}}},
	{"victory day", "১৬ ডিসেম্বর", []fig{{"১৬ ডিসেম্বর", "date", "--12-16", "16 December"}}},
	{"month year", "জুন ২০২৪", []fig{{"জুন ২০২৪", "date", "2024-06", "June 2024"}}},
	{"month alone", "জুনে", []fig{{"জুনে", "date", "--06", "June"}}},
	// Two-digit years: 00–40 this century, 41–99 the last.
	{"seventy-one sal", "৭১ সালে যুদ্ধ", []fig{{"৭১ সালে", "date", "1971", "1971"}}},
	{"twenty-four saler", "২৪ সালের নির্বাচন", []fig{{"২৪ সালের", "date", "2024", "2024"}}},
	{"apostrophe year", "'৭১-এর চেতনা", []fig{{"'৭১-এর", "date", "1971", "1971"}}},
	{"curly apostrophe year", "’৫২ সালের ভাষা আন্দোলন", []fig{{"’৫২ সালের", "date", "1952", "1952"}}},
	{"apostrophe inside a word", "দু'জন", []fig{{"দু'জন", "number", "2", "2 people"}}},
	{"quoted number is no year", "তিনি বলেন '১০ জন' এসেছিল", []fig{{"১০ জন", "number", "10", "10 people"}}},
	{"two digits alone stay a number", "৭১ জন", []fig{{"৭১ জন", "number", "71", "71 people"}}},
	// Bengali month first.
	{"bengali month first", "শ্রাবণ ৫ ১৪৩২", []fig{{"শ্রাবণ ৫ ১৪৩২", "date", "2025-07-20", "Sunday, 20 July 2025 (5 Shrabon 1432)"}}},
	{"bengali month first comma", "বৈশাখ ১, ১৪৩২", []fig{{"বৈশাখ ১, ১৪৩২", "date", "2025-04-14", "Monday, 14 April 2025 (1 Boishakh 1432)"}}},
	{"bengali month without year", "মাঘ ৫ তারিখ", []fig{{"৫", "number", "5", "5"}}},
	{"bengali month as a word", "পৌষ মেলা", nil},
	// Mixed scripts.
	{"bengali digits english month", "৩ June ২০২৪", []fig{{"৩ June ২০২৪", "date", "2024-06-03", "Monday, 3 June 2024"}}},
	{"latin digits bengali month", "3 জুন 2024", []fig{{"3 জুন 2024", "date", "2024-06-03", "Monday, 3 June 2024"}}},
	{"english month no year", "১৫ August", []fig{{"১৫ August", "date", "--08-15", "15 August"}}},
	// Ranges with থেকে and dashes.
	{"days theke", "১০ থেকে ১৫ জুন", []fig{{"১০ থেকে ১৫ জুন", "range", "--06-10/--06-15", "10–15 June"}}},
	{"days theke year", "১০ থেকে ১৫ জুন ২০২৪", []fig{{"১০ থেকে ১৫ জুন ২০২৪", "range", "2024-06-10/2024-06-15", "10–15 June 2024"}}},
	{"months theke", "১০ জুন থেকে ১৫ জুলাই", []fig{{"১০ জুন থেকে ১৫ জুলাই", "range", "--06-10/--07-15", "10 June–15 July"}}},
	{"months dash year", "১০ জুন-১৫ জুলাই ২০২৪", []fig{{"১০ জুন-১৫ জুলাই ২০২৪", "range", "2024-06-10/2024-07-15", "10 June–15 July 2024"}}},
	{"across the new year", "২০ ডিসেম্বর থেকে ১০ জানুয়ারি ২০২৫", []fig{{"২০ ডিসেম্বর থেকে ১০ জানুয়ারি ২০২৫", "range", "2024-12-20/2025-01-10", "20 December 2024–10 January 2025"}}},
	{"date then a count", "১০ জুন থেকে ১৫ জন নিখোঁজ", []fig{{"১০ জুন", "date", "--06-10", "10 June"}, {"১৫ জন", "number", "15", "15 people"}}},
	{"backwards is two dates", "১৫ জুলাই থেকে ১০ জুন", []fig{{"১৫ জুলাই", "date", "--07-15", "15 July"}, {"১০ জুন", "date", "--06-10", "10 June"}}},
}

var clockCases = []findCase{
	// বেজে.
	{"beje", "সকাল ১০টা বেজে ২০ মিনিটে", []fig{{"সকাল ১০টা বেজে ২০ মিনিটে", "time", "10:20", "10:20"}}},
	{"beje night", "রাত ৮টা বেজে ৫ মিনিট", []fig{{"রাত ৮টা বেজে ৫ মিনিট", "time", "20:05", "20:05"}}},
	{"beje without minutes", "১০টা বেজে গেছে", []fig{{"১০টা", "number", "10", "10"}}},
	// West Bengal টে.
	{"te at", "৩টেয় মিছিল", []fig{{"৩টেয়", "time", "03:00", "03:00"}}},
	{"te afternoon", "বিকেল ৩টে", []fig{{"বিকেল ৩টে", "time", "15:00", "15:00"}}},
	{"te with minutes", "৩টে ১৫ মিনিটে", []fig{{"৩টে ১৫ মিনিটে", "time", "03:15", "03:15"}}},
	{"te bare minutes", "বিকেল ৩টে ১৫", []fig{{"বিকেল ৩টে ১৫", "time", "15:15", "15:15"}}},
	{"te bare minutes inflected", "৩টে ১৫-য় ট্রেন", []fig{{"৩টে ১৫-য়", "time", "03:15", "03:15"}}},
	{"te things", "তিনটে বই", []fig{{"তিনটে", "number", "3", "3"}}},
	{"to spaced with minutes", "রাত ২ টো ৫৮ মিনিট", []fig{{"রাত ২ টো ৫৮ মিনিট", "time", "02:58", "02:58"}}},
	{"to glued", "দুপুর 2টো 30 মিনিটে", []fig{{"দুপুর 2টো 30 মিনিটে", "time", "14:30", "14:30"}}},
	{"to things", "দুটো বই", []fig{{"দুটো", "number", "2", "2"}}},
	{"te words at", "ভোর চারটেয়", []fig{{"ভোর চারটেয়", "time", "04:00", "04:00"}}},
	{"sondhe", "সকাল ৫টা থেকে সন্ধে সাতটা", []fig{{"সকাল ৫টা থেকে সন্ধে সাতটা", "range", "05:00/19:00", "05:00–19:00"}}},
	{"te spaced", "বিকেল ৪ টে ১৫ মিনিট", []fig{{"বিকেল ৪ টে ১৫ মিনিট", "time", "16:15", "16:15"}}},
	{"te then a count", "৩টে ১৫ জন", []fig{{"৩টে", "number", "3", "3"}, {"১৫ জন", "number", "15", "15 people"}}},
	// Ranges: the part of the day carries to the second time.
	{"morning to night", "সকাল ৭টা থেকে রাত ১১টা", []fig{{"সকাল ৭টা থেকে রাত ১১টা", "range", "07:00/23:00", "07:00–23:00"}}},
	{"afternoon carries", "বিকেল ৩টা থেকে ৫টা", []fig{{"বিকেল ৩টা থেকে ৫টা", "range", "15:00/17:00", "15:00–17:00"}}},
	{"morning into afternoon", "সকাল ১০টা থেকে ১টা", []fig{{"সকাল ১০টা থেকে ১টা", "range", "10:00/13:00", "10:00–13:00"}}},
	{"clock dash", "১০:০০-১২:৩০", []fig{{"১০:০০-১২:৩০", "range", "10:00/12:30", "10:00–12:30"}}},
	{"time then a count", "সকাল ৯টা থেকে ৫০ জন", []fig{{"সকাল ৯টা", "time", "09:00", "09:00"}, {"৫০ জন", "number", "50", "50 people"}}},
	// A part of the day carries through the sentence, not past it.
	{"night carries", "রাতে হামলা হয়, ৯টা ৩০ মিনিটে থামে", []fig{{"৯টা ৩০ মিনিটে", "time", "21:30", "21:30"}}},
	{"carry stops at the danda", "রাতে হামলা হয়। ৯টা ৩০ মিনিটে থামে", []fig{{"৯টা ৩০ মিনিটে", "time", "09:30", "09:30"}}},
	{"named time carries", "বিকেল ৪টায় শুরু, ৫টা ১০ মিনিটে শেষ", []fig{{"বিকেল ৪টায়", "time", "16:00", "16:00"}, {"৫টা ১০ মিনিটে", "time", "17:10", "17:10"}}},
	{"carry does not make a count a time", "রাতে সে ৯টা বই পড়ে", []fig{{"৯টা", "number", "9", "9"}}},
}

var everydayFormCases = []findCase{
	// Glued to the next word.
	{"glued votes", "৯১২ভোট পেয়েছেন", []fig{{"৯১২", "number", "912", "912"}}},
	{"glued lakh thousand", "৩৪লাখ ২০হাজার টাকা", []fig{{"৩৪লাখ ২০হাজার টাকা", "money", "3420000 BDT", "Tk 3.42 million"}}},
	{"glued letter stays out", "ধারা ১২৩ক", nil},
	{"glued latin stays out", "৪জি সেবা", nil},
	// দশমিক after number words.
	{"zero point", "শূন্য দশমিক ৪৫ শতাংশ", []fig{{"শূন্য দশমিক ৪৫ শতাংশ", "percent", "0.45%", "0.45%"}}},
	{"words both sides", "তিন দশমিক পাঁচ শতাংশ", []fig{{"তিন দশমিক পাঁচ শতাংশ", "percent", "3.5%", "3.5%"}}},
	{"word digits after the point", "দুই দশমিক চার পাঁচ কোটি", []fig{{"দুই দশমিক চার পাঁচ কোটি", "number", "24500000", "24.5 million"}}},
	{"word zero then digits after the point", "৮৩ দশমিক শূন্য ৩ শতাংশ", []fig{{"৮৩ দশমিক শূন্য ৩ শতাংশ", "percent", "83.03%", "83.03%"}}},
	{"percent english", "৬০ পার্সেন্ট ভোট", []fig{{"৬০ পার্সেন্ট", "percent", "60%", "60%"}}},
	// টাকা with পয়সা.
	{"paisa", "৫৪ টাকা ২০ পয়সা", []fig{{"৫৪ টাকা ২০ পয়সা", "money", "54.20 BDT", "Tk 54.20"}}},
	{"paisa single digit", "১২ টাকা ৫ পয়সায়", []fig{{"১২ টাকা ৫ পয়সায়", "money", "12.05 BDT", "Tk 12.05"}}},
	{"paisa too many", "১২ টাকা ১২০ পয়সা", []fig{{"১২ টাকা", "money", "12 BDT", "Tk 12"}, {"১২০", "number", "120", "120"}}},
	// Currencies.
	{"dirham", "৫০০ দিরহাম", []fig{{"৫০০ দিরহাম", "money", "500 AED", "AED 500"}}},
	{"riyal", "২ হাজার রিয়াল", []fig{{"২ হাজার রিয়াল", "money", "2000 SAR", "SAR 2,000"}}},
	{"renminbi", "১০০ রেনমিনবি", []fig{{"১০০ রেনমিনবি", "money", "100 CNY", "CN¥100"}}},
	{"rupee sign", "₹৫০০", []fig{{"₹৫০০", "money", "500 INR", "₹500"}}},
	{"pound sterling", "১০ পাউন্ড স্টার্লিং", []fig{{"১০ পাউন্ড স্টার্লিং", "money", "10 GBP", "£10"}}},
	{"soviet rouble", "১০০ সোভিয়েত রুবল", []fig{{"১০০ সোভিয়েত রুবল", "money", "100 SUR", "SUR 100"}}},
	{"rouble today", "১০০ রুবল", []fig{{"১০০ রুবল", "money", "100 RUB", "₽100"}}},
	{"deutsche mark", "৫০০০ ডয়চে মার্ক", []fig{{"৫০০০ ডয়চে মার্ক", "money", "5000 DEM", "DEM 5,000"}}},
	{"mark alone", "৫০০০ মার্ক", []fig{{"৫০০০ মার্ক", "money", "5000 DEM", "DEM 5,000"}}},
	{"french franc", "২০ ফরাসি ফ্রাঁ", []fig{{"২০ ফরাসি ফ্রাঁ", "money", "20 FRF", "FRF 20"}}},
	{"swiss franc", "২০ সুইস ফ্রাঁ", []fig{{"২০ সুইস ফ্রাঁ", "money", "20 CHF", "CHF 20"}}},
	{"mark as a name", "মার্ক রুটে বলেন", nil},
	{"pound weight", "৫ পাউন্ড ওজনের শিশু", []fig{{"৫ পাউন্ড", "number", "5", "5 lb"}}},
	{"pound weight elsewhere in the sentence", "দুই পাউন্ড মাংস কিনুন", []fig{{"দুই পাউন্ড", "number", "2", "2 lb"}}},
	// Units of the kitchen and the weather.
	{"grams", "২৫০ গ্রাম ময়দা", []fig{{"২৫০ গ্রাম", "number", "250", "250 g"}}},
	{"villages are not grams", "তিন গ্রামের মানুষ", []fig{{"তিন", "number", "3", "3"}}},
	{"cups", "দেড় কাপ দুধ", []fig{{"দেড় কাপ", "number", "1.5", "1.5 cups"}}},
	{"kilo west bengal", "২ কিলো চাল", []fig{{"২ কিলো", "number", "2", "2 kg"}}},
	{"half sign", "½ কাপ জল", []fig{{"½ কাপ", "number", "0.5", "0.5 cups"}}},
	{"quarter sign", "¼ চামচ হলুদ", []fig{{"¼ চামচ", "number", "0.25", "0.25 spoons"}}},
	{"whole and half", "১½ কাপ ময়দা", []fig{{"১½ কাপ", "number", "1.5", "1.5 cups"}}},
	{"fraction sign alone", "½", []fig{{"½", "number", "0.5", "0.5"}}},
	{"rain mm", "৮৫ মিলিমিটার বৃষ্টি", []fig{{"৮৫ মিলিমিটার", "number", "85", "85 mm"}}},
}

var takaCases = []struct {
	name string
	in   string
	opt  Options
	want []fig
}{
	{"default is Bangladesh", "দাম ৫০০ টাকা", Options{}, []fig{{"৫০০ টাকা", "money", "500 BDT", "Tk 500"}}},
	{"set to rupees", "দাম ৫০০ টাকা", Options{Taka: "INR"}, []fig{{"৫০০ টাকা", "money", "500 INR", "₹500 (taka read as Indian rupees, as set)"}}},
	{"set to taka beats the rupee sign", "₹১০ আর ৫০০ টাকা", Options{Taka: "BDT"}, []fig{{"₹১০", "money", "10 INR", "₹10"}, {"৫০০ টাকা", "money", "500 BDT", "Tk 500"}}},
	{"auto from the caller's places", "দাম ৫০০ টাকা", Options{Taka: "auto", Indian: 2, IndianExample: "Kolkata"}, []fig{{"৫০০ টাকা", "money", "500 INR", "₹500 (taka read as Indian rupees: the article names Kolkata)"}}},
	{"auto without an example", "দাম ৫০০ টাকা", Options{Indian: 1}, []fig{{"৫০০ টাকা", "money", "500 INR", "₹500 (taka read as Indian rupees: the article names Indian places)"}}},
	{"auto: Bangladesh outweighs", "দাম ৫০০ টাকা", Options{Taka: "auto", Indian: 1, Bangladeshi: 2, IndianExample: "Kolkata"}, []fig{{"৫০০ টাকা", "money", "500 BDT", "Tk 500"}}},
	{"auto from the rupee sign", "পেট্রোল ₹১০৪, ডিজেল ৯১ টাকা", Options{}, []fig{{"₹১০৪", "money", "104 INR", "₹104"}, {"৯১ টাকা", "money", "91 INR", "₹91 (taka read as Indian rupees: the article uses ₹)"}}},
	{"auto from rupi", "৫০ রুপি মানে ৫০ টাকা", Options{}, []fig{{"৫০ রুপি", "money", "50 INR", "₹50"}, {"৫০ টাকা", "money", "50 INR", "₹50 (taka read as Indian rupees: the article prices in rupees)"}}},
	{"auto: the taka sign outweighs rupi", "৫০ রুপি, ৳৬০ বা ৬০ টাকা", Options{}, []fig{{"৫০ রুপি", "money", "50 INR", "₹50"}, {"৳৬০", "money", "60 BDT", "Tk 60"}, {"৬০ টাকা", "money", "60 BDT", "Tk 60"}}},
	{"rupi inside a word is no clue", "স্বরুপির ৫০ টাকা", Options{}, []fig{{"৫০ টাকা", "money", "50 BDT", "Tk 50"}}},
}

func TestDurations(t *testing.T)     { runFind(t, durationCases) }
func TestPartialDates(t *testing.T)  { runFind(t, partialDateCases) }
func TestClocks(t *testing.T)        { runFind(t, clockCases) }
func TestEverydayForms(t *testing.T) { runFind(t, everydayFormCases) }

func TestTaka(t *testing.T) {
	for _, c := range takaCases {
		t.Run(c.name, func(t *testing.T) {
			text := normRunes(c.in)
			got := figsOf(text, FindWith(text, c.opt))
			if fmtFigs(got) != fmtFigs(normFigs(c.want)) {
				t.Errorf("FindWith(%q, %+v):\n got %v;\nwant %v", c.in, c.opt, got, normFigs(c.want))
			}
		})
	}
}

func TestValidTaka(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{{"", true}, {"auto", true}, {"BDT", true}, {"INR", true}, {"USD", false}, {"inr", false}} {
		if got := ValidTaka(c.in); got != c.want {
			t.Errorf("ValidTaka(%q): got %v; want %v", c.in, got, c.want)
		}
	}
}
