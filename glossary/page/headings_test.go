package page

import (
	"strings"
	"testing"
)

// Sentences of our own, long enough that readability takes the page for
// a story.
const (
	bodyOne   = "পিয়ংইয়ংয়ে বৃহস্পতিবার একটি নতুন হাসপাতাল খোলা হয়েছে। কর্মকর্তারা জানিয়েছেন, হাসপাতালটিতে পাঁচশো শয্যা থাকবে এবং আশপাশের তিনটি জেলার মানুষ এখানে চিকিৎসা পাবেন।"
	bodyTwo   = "নির্মাণকাজ শেষ হতে দুই বছর লেগেছে। চিকিৎসকদের একটি বড় দল মস্কো থেকে প্রশিক্ষণ নিয়ে ফিরেছেন বলে সংবাদ সংস্থাটি জানিয়েছে, যদিও স্বাধীনভাবে তা যাচাই করা যায়নি।"
	bodyThree = "সিউলের বিশ্লেষকেরা বলছেন, এ ধরনের উদ্বোধন সাধারণত বড় রাজনৈতিক অনুষ্ঠানের আগে হয়ে থাকে।"
)

func TestHeadings(t *testing.T) {
	type h struct {
		text  string
		level int
	}
	deep := strings.Repeat("<div>", 600) + "<h1>গভীর পাতার শিরোনাম</h1><p>" + bodyThree + "</p>" + strings.Repeat("</div>", 600)
	for _, tc := range []struct {
		name, file, page string
		want             []h
	}{
		// A story page: the headline opens the text; section headings
		// keep their level.
		{"story", "a.html", `<html><head><title>নতুন হাসপাতাল | উদাহরণ সংবাদ</title></head><body><article>
<h1>পিয়ংইয়ংয়ে নতুন হাসপাতাল</h1><p>` + bodyOne + `</p><h2>মস্কোর প্রশিক্ষণ</h2><p>` + bodyTwo + `</p>
<h3>বিশ্লেষকদের মত</h3><p>` + bodyThree + `</p></article></body></html>`,
			[]h{{"পিয়ংইয়ংয়ে নতুন হাসপাতাল", 1}, {"মস্কোর প্রশিক্ষণ", 2}, {"বিশ্লেষকদের মত", 3}}},
		// No headline in the story: the page title, without the site's
		// name, goes first.
		{"title only", "b.html", `<html><head><title>পিয়ংইয়ংয়ে নতুন হাসপাতাল | উদাহরণ সংবাদ</title>
<meta property="og:site_name" content="উদাহরণ সংবাদ"></head><body><article><p>` + bodyOne + `</p><p>` + bodyTwo + `</p></article></body></html>`,
			[]h{{"পিয়ংইয়ংয়ে নতুন হাসপাতাল", 1}}},
		// A heading broken with <br> is two heading lines.
		{"two-line heading", "c.html", `<html><body><article><h1>নতুন হাসপাতাল</h1><p>` + bodyOne + `</p><h2>প্রথম ভাগ<br>দ্বিতীয় ভাগ</h2><p>` + bodyTwo + `</p></article></body></html>`,
			[]h{{"নতুন হাসপাতাল", 1}, {"প্রথম ভাগ", 2}, {"দ্বিতীয় ভাগ", 2}}},
		// A short fragment (a feed item) keeps all its text, headings too.
		{"fragment", "d.html", `<h2>সংক্ষেপে</h2><p>` + bodyThree + `</p><h3>আরও</h3><p>শেষ কথা।</p>`,
			[]h{{"সংক্ষেপে", 1}, {"আরও", 3}}},
		// A page too deep for the parser is read token by token.
		{"deep", "e.html", deep, []h{{"গভীর পাতার শিরোনাম", 1}}},
		// Bold text and h4 are not headings; nor is anything in plain text.
		{"no headings", "f.html", `<h4>ছোট</h4><p><b>মোটা</b> ` + bodyThree + `</p>`, nil},
		{"plain text", "g.txt", "<h1>এটি পাঠ্য ফাইল</h1>\n\n" + bodyThree, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := DecodeDoc(tc.file, []byte(tc.page))
			if err != nil {
				t.Fatal(err)
			}
			runes := []rune(d.Text)
			var got []h
			prevEnd := -1
			for _, hd := range d.Headings {
				if hd.Start < prevEnd || hd.Start >= hd.End || hd.End > len(runes) {
					t.Fatalf("heading %+v out of order or range in %d runes", hd, len(runes))
				}
				prevEnd = hd.End
				// A heading is a whole line of the text.
				if hd.Start > 0 && runes[hd.Start-1] != '\n' || hd.End < len(runes) && runes[hd.End] != '\n' {
					t.Errorf("heading %+v is not a whole line: %q", hd, string(runes[max(0, hd.Start-1):min(len(runes), hd.End+1)]))
				}
				got = append(got, h{string(runes[hd.Start:hd.End]), hd.Level})
			}
			if len(got) != len(tc.want) {
				t.Fatalf("got headings %v; want %v\ntext: %q", got, tc.want, d.Text)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("heading %d: got %v; want %v", i, got[i], tc.want[i])
				}
			}
			// Decode gives the same text.
			if text, _ := Decode(tc.file, []byte(tc.page)); text != d.Text {
				t.Errorf("Decode: got %q; want DecodeDoc's %q", text, d.Text)
			}
		})
	}
}

func TestStoryTitle(t *testing.T) {
	for _, tc := range []struct{ title, site, want string }{
		{"নতুন হাসপাতাল | উদাহরণ সংবাদ", "উদাহরণ সংবাদ", "নতুন হাসপাতাল"},
		{"নতুন হাসপাতাল - উদাহরণ সংবাদ", "উদাহরণ সংবাদ", "নতুন হাসপাতাল"},
		{"নতুন  হাসপাতাল\n", "", "নতুন হাসপাতাল"},
		// The site's name alone or in the middle stays.
		{"উদাহরণ সংবাদ", "উদাহরণ সংবাদ", "উদাহরণ সংবাদ"},
		{"উদাহরণ সংবাদ: নতুন হাসপাতাল", "উদাহরণ সংবাদ", "উদাহরণ সংবাদ: নতুন হাসপাতাল"},
	} {
		if got := storyTitle(tc.title, tc.site); got != tc.want {
			t.Errorf("storyTitle(%q, %q): got %q; want %q", tc.title, tc.site, got, tc.want)
		}
	}
}
