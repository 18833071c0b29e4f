package glossary

import (
	"strings"
	"testing"
)

// The Russia and Ukraine files (russia-*.tsv, ukraine-war.tsv) are read the
// way the news writes them: inflected, in Indian and Bangladeshi spellings,
// and without lighting up the everyday words that resemble their names.
// The sentences are our own.
var curatedRuCases = []struct {
	name, text string
	want       map[string]string // surface → English headword
}{
	// writers under their many transliterations
	{"Dostoevsky, -f- spelling, short form", "দস্তয়েফস্কির উপন্যাস আবার ছাপা হলো",
		map[string]string{"দস্তয়েফস্কির": "Fyodor Dostoevsky"}},
	{"Tolstoy, Indian spelling", "লেভ তলস্তোয়ের গল্প পড়ছিলাম",
		map[string]string{"লেভ তলস্তোয়ের": "Leo Tolstoy"}},
	{"Gorky, short form গর্কি", "গর্কির লেখা বাংলায় অনূদিত হয়েছিল",
		map[string]string{"গর্কির": "Maxim Gorky"}},
	{"Sholokhov and his novel", "শলোখভের ধীরে বহে ডন পড়েছেন?",
		map[string]string{"শলোখভের": "Mikhail Sholokhov", "ধীরে বহে ডন": "And Quiet Flows the Don"}},
	{"publisher of Bengali translations", "প্রগতি প্রকাশন থেকে বইটি বেরিয়েছিল",
		map[string]string{"প্রগতি প্রকাশন": "Progress Publishers"}},
	// places, inflected
	{"Chita only with শহর", "চিতা শহরে প্রচণ্ড শীত",
		map[string]string{"চিতা শহরে": "Chita"}},
	{"front-line towns", "মিরনোহ্রাদে ও সেলিদোভেতে লড়াই চলছে",
		map[string]string{"মিরনোহ্রাদে": "Myrnohrad", "সেলিদোভেতে": "Selydove"}},
	{"oblast not in russia.tsv", "জাকারপাত্তিয়া ওব্লাস্টে শরণার্থীরা আশ্রয় নিয়েছেন",
		map[string]string{"জাকারপাত্তিয়া ওব্লাস্টে": "Zakarpattia Oblast"}},
	{"sea", "বারেন্টস সাগরে মহড়া",
		map[string]string{"বারেন্টস সাগরে": "Barents Sea"}},
	// the state: Indian মন্ত্রক beside মন্ত্রণালয়
	{"ministry, Indian form", "রুশ শিক্ষা মন্ত্রক নতুন নির্দেশিকা দিয়েছে",
		map[string]string{"রুশ শিক্ষা মন্ত্রক": "Ministry of Education of Russia"}},
	{"ministry, Bangladeshi form", "রুশ কৃষি মন্ত্রণালয়ের তথ্য",
		map[string]string{"রুশ কৃষি মন্ত্রণালয়ের": "Ministry of Agriculture of Russia"}},
	{"governor by surname", "গভর্নর মিন্নিখানভ বলেন",
		map[string]string{"মিন্নিখানভ": "Rustam Minnikhanov"}},
	// history
	{"USSR in the genitive", "সোভিয়েত ইউনিয়নের পতনের পর",
		map[string]string{"সোভিয়েত ইউনিয়নের": "Soviet Union"}},
	{"revolution", "অক্টোবর বিপ্লবের শতবর্ষ পালিত হলো",
		map[string]string{"অক্টোবর বিপ্লবের": "October Revolution"}},
	// weapons
	{"missile, variant spelling", "কিনজল ছোড়া হয় ভোরে",
		map[string]string{"কিনজল": "Kinzhal"}},
	// sport: the tennis player's full name wins over the politician's short form
	{"Rublev", "আন্দ্রে রুবলেভ কোয়ার্টার ফাইনালে উঠেছেন",
		map[string]string{"আন্দ্রে রুবলেভ": "Andrey Rublev"}},
}

// Ordinary sentences with words that look like the new names: none of the
// Russia or Ukraine entries may light up.
var curatedRuQuiet = []string{
	"চিতায় আগুন দেওয়ার পর সবাই চুপ করে দাঁড়িয়ে রইল",       // চিতা, the pyre
	"মাইকে নয়, মেগাফোনে ঘোষণা দেওয়া হলো",                    // megaphone
	"ভিক্টোরিয়া মেমোরিয়াল হলে প্রদর্শনী চলছে",               // a memorial, not the NGO
	"উইকেটকিপার ব্যাটসম্যান দারুণ খেলেছেন, কিপার হিসেবেও সফল", // কিপার
	"নাদিম ভাই সকালে বাজারে গেছেন",                            // a given name
	"জীবনের পথে অনেক বাধা আসে",                                // not the Road of Life
	"বিজয় দিবসের কুচকাওয়াজ দেখতে মানুষ জড়ো হয়েছে",         // Bangladesh, 16 December
	"অপরাধ ও শাস্তির বিধান নিয়ে সংসদে আলোচনা",                // not Dostoevsky's title
	"সাকি, পেয়ালা ভরে দাও",                                   // the wine-bearer of poetry
	"জুলাই-আগস্ট অভ্যুত্থানের শহীদদের স্মরণে সভা",             // Bangladesh 2024, not Moscow 1991
	"বাড়ির মালকিন ভাড়া চাইলেন",                              // মালকিন, not Malkin
	"ইস্কান্দার মির্জা পাকিস্তানের প্রেসিডেন্ট ছিলেন",         // a given name, not the missile
	"তৃতীয় আন্তর্জাতিক সম্মেলন শুরু হলো",                     // not the Comintern
	"নতুন মানুষ দলে যোগ দিয়েছেন",                             // not the New People party
}

func TestBuiltinRussiaUkraineCurated(t *testing.T) {
	g, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range curatedRuCases {
		got := map[string]string{}
		for _, s := range g.Annotate(c.text).Spans {
			if s.Entry != nil {
				got[s.Text] = s.Gloss
			}
		}
		for surface, gloss := range c.want {
			if got[surface] != gloss {
				t.Errorf("%s: %q: got %q; want %q (all names: %v)", c.name, surface, got[surface], gloss, got)
			}
		}
	}
	for _, text := range curatedRuQuiet {
		for _, s := range g.Annotate(text).Spans {
			if s.Entry != nil && (strings.HasPrefix(s.Entry.ID, "ru-") || strings.HasPrefix(s.Entry.ID, "ua-")) {
				t.Errorf("%q: got %q highlighted as %s (%s); want no Russia or Ukraine name", text, s.Text, s.Gloss, s.Entry.ID)
			}
		}
	}
}
