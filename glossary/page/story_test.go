package page

import (
	"net/url"
	"strings"
	"testing"
	"time"
)

// A story page of our own, dressed as outlets dress theirs: a menu, a
// related-story teaser in <aside> that is itself an <article>, a table, a
// comment section and a footer.
const storyPage = `<!doctype html><html lang="bn"><head><meta charset="utf-8">
<title>মস্কোয় নতুন মেট্রো লাইন | খবর ডেস্ক</title>
<meta property="og:site_name" content="খবর ডেস্ক">
<meta name="author" content="নিজস্ব প্রতিবেদক">
<meta property="article:published_time" content="2026-03-04T09:30:00+06:00">
</head><body>
<nav><ul><li><a href="/">প্রচ্ছদ</a></li><li><a href="/world">বিশ্ব</a></li><li><a href="/sport">খেলা</a></li></ul></nav>
<main><article>
<h1>মস্কোয় নতুন মেট্রো লাইন</h1>
<p>রাশিয়ার রাজধানী মস্কোয় সোমবার একটি নতুন মেট্রো লাইন চালু হয়েছে। শহরের মেয়র জানিয়েছেন, লাইনটি প্রতিদিন প্রায় তিন লাখ যাত্রী বহন করবে এবং পূর্ব ও পশ্চিমের দুটি বড় এলাকাকে যুক্ত করবে।</p>
<p>নির্মাণে সময় লেগেছে সাত বছর। প্রকল্পে কাজ করেছেন কয়েক হাজার শ্রমিক, আর খরচ হয়েছে কয়েকশো কোটি রুবল। নতুন স্টেশনগুলোর নকশায় সোভিয়েত আমলের স্থাপত্যের ছাপ রাখা হয়েছে বলে জানিয়েছে নির্মাতা প্রতিষ্ঠান।</p>
<table><tr><td>শহর</td><td>স্টেশন</td></tr><tr><td>রাশিয়া</td><td>মস্কো</td></tr></table>
<p>যাত্রীরা বলছেন, আগে যে পথে দেড় ঘণ্টা লাগত, এখন তা চল্লিশ মিনিটে পৌঁছানো যাচ্ছে। শহর কর্তৃপক্ষ আগামী বছর আরও দুটি লাইনের কাজ শুরু করার পরিকল্পনা করছে।</p>
<aside><article><h2>আরও পড়ুন</h2><p>সিউলে শীতের প্রথম তুষারপাত: শহরজুড়ে যানজট, বিমান চলাচলে বিলম্ব।</p></article></aside>
</article></main>
<section id="comments"><h3>মন্তব্য</h3><p>দারুণ খবর!</p></section>
<footer><p>© খবর ডেস্ক, সর্বস্বত্ব সংরক্ষিত</p></footer>
</body></html>`

func TestExtractStory(t *testing.T) {
	u, _ := url.Parse("https://news.example.com/world/moscow-metro")
	s, err := Extract([]byte(storyPage), u)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"নতুন মেট্রো লাইন চালু হয়েছে", "নির্মাণে সময় লেগেছে সাত বছর", "চল্লিশ মিনিটে"} {
		if !strings.Contains(s.Text, want) {
			t.Errorf("story text lacks %q; got %q", want, s.Text)
		}
	}
	// Cells stay apart: রাশিয়া and মস্কো must not run into one word.
	if strings.Contains(s.Text, "রাশিয়ামস্কো") || !strings.Contains(s.Text, "মস্কো") {
		t.Errorf("table cells run together or vanish: %q", s.Text)
	}
	for _, unwanted := range []string{"প্রচ্ছদ", "সিউলে শীতের", "দারুণ খবর", "সর্বস্বত্ব"} {
		if strings.Contains(s.Text, unwanted) {
			t.Errorf("story text has %q from a menu, teaser, comment or footer: %q", unwanted, s.Text)
		}
	}
	if s.Title != "মস্কোয় নতুন মেট্রো লাইন" && s.Title != "মস্কোয় নতুন মেট্রো লাইন | খবর ডেস্ক" {
		t.Errorf("title: got %q", s.Title)
	}
	if s.SiteName != "খবর ডেস্ক" {
		t.Errorf("site: got %q; want খবর ডেস্ক", s.SiteName)
	}
	if s.Byline != "নিজস্ব প্রতিবেদক" {
		t.Errorf("byline: got %q; want নিজস্ব প্রতিবেদক", s.Byline)
	}
	if want := time.Date(2026, 3, 4, 3, 30, 0, 0, time.UTC); !s.Published.Equal(want) {
		t.Errorf("published: got %v; want %v", s.Published, want)
	}
	if strings.Contains(s.Text, "\n\n\n") {
		t.Errorf("more than one blank line between paragraphs: %q", s.Text)
	}
}

func TestExtractNoStory(t *testing.T) {
	page := `<html><body><nav><a href="/a">এক</a><a href="/b">দুই</a></nav></body></html>`
	if _, err := Extract([]byte(page), nil); err != ErrNoStory {
		t.Errorf("got %v; want ErrNoStory", err)
	}
}

// A saved page opened from disk is read the same way: the teaser, itself
// an <article> inside <aside>, is not taken for the story.
func TestHTMLTextFindsStory(t *testing.T) {
	got := HTMLText(storyPage)
	if !strings.Contains(got, "নির্মাণে সময় লেগেছে সাত বছর") || strings.Contains(got, "সিউলে শীতের") || strings.Contains(got, "প্রচ্ছদ") {
		t.Errorf("got %q; want the story without menu or teaser", got)
	}
}

// Outlets put related stories, each an <article>, in a sidebar before the
// story, which is a plain <div>: the hand-made reader took the first
// <article> and showed a teaser instead of the story.
func TestHTMLTextSkipsTeaserArticles(t *testing.T) {
	page := `<html><body>
<aside><article><a href="/x">সিউলে শীতের প্রথম তুষারপাত</a></article><article><a href="/y">পিয়ংইয়ংয়ে নতুন সড়ক</a></article></aside>
<div class="story"><h1>মস্কোয় নতুন মেট্রো লাইন</h1>
<p>রাশিয়ার রাজধানী মস্কোয় সোমবার একটি নতুন মেট্রো লাইন চালু হয়েছে। শহরের মেয়র জানিয়েছেন, লাইনটি প্রতিদিন প্রায় তিন লাখ যাত্রী বহন করবে।</p>
<p>নির্মাণে সময় লেগেছে সাত বছর। প্রকল্পে কাজ করেছেন কয়েক হাজার শ্রমিক, আর নতুন স্টেশনগুলোর নকশায় পুরোনো স্থাপত্যের ছাপ রাখা হয়েছে।</p></div>
</body></html>`
	got := HTMLText(page)
	if !strings.Contains(got, "নির্মাণে সময় লেগেছে সাত বছর") || strings.Contains(got, "তুষারপাত") {
		t.Errorf("got %q; want the story, not the teasers", got)
	}
}
