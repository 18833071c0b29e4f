package app

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"

	"github.com/pathok/pathok/glossary"
	"github.com/pathok/pathok/glossary/library"
)

// Articles of our own, each naming people the glossary knows.
const (
	lavrovArticle = "ল্যাভরভের সফর\n\nরুশ পররাষ্ট্রমন্ত্রী সের্গেই ল্যাভরভ বুধবার ঢাকায় পৌঁছেছেন। সফরে ল্যাভরভ দুই দেশের বাণিজ্য নিয়ে কথা বলবেন।"
	kimArticle    = "পিয়ংইয়ংয়ের ঘোষণা\n\nউত্তর কোরিয়ার নেতা কিম জং উন নতুন রেলপথ উদ্বোধন করেছেন। অনুষ্ঠানে রুশ পররাষ্ট্রমন্ত্রী সের্গেই ল্যাভরভও ছিলেন।"
	weatherText   = "আবহাওয়ার খবর\n\nআজ সারা দিন আকাশ মেঘলা থাকবে এবং বিকেলে হালকা বৃষ্টি হতে পারে বলে আবহাওয়া অফিস জানিয়েছে।"
)

// settle waits until the screen's and the library's work, and whatever
// that work started, is done.
func settle(s *mainScreen) {
	for range 4 {
		s.wait()
		s.shelf.wait()
	}
}

// ui does what a person does on the UI goroutine: workers' results wait
// until it is done, as they do in the app.
func ui(s *mainScreen, f func()) {
	s.tasks.applying.Lock()
	defer s.tasks.applying.Unlock()
	f()
}

// openAndKeep opens pasted text and waits until it is kept and indexed.
func openAndKeep(t *testing.T, s *mainScreen, text string) {
	t.Helper()
	ui(s, func() { s.open(pastedSource(text)) })
	settle(s)
	if s.doc == nil || s.doc.ann.Text != text {
		t.Fatalf("the article did not open")
	}
}

// testLibrary is the screen's library, opened by the screen itself.
func testLibrary(t *testing.T, s *mainScreen) *library.Library {
	t.Helper()
	lib, err := s.shelf.library(s.shelf.path())
	if err != nil {
		t.Fatalf("library: %v", err)
	}
	return lib
}

func rowTitles(rows []shelfRow) []string {
	var out []string
	for _, r := range rows {
		out = append(out, r.title)
	}
	return out
}

func TestShelfKeepsOpenedArticles(t *testing.T) {
	s := newTestScreen(t, lavrovArticle)
	settle(s)
	lib := testLibrary(t, s)
	arts, err := lib.List(context.Background(), library.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 1 || arts[0].Title != "ল্যাভরভের সফর" {
		t.Fatalf("kept %+v; want one article titled ল্যাভরভের সফর", arts)
	}
	if arts[0].Names == 0 {
		t.Errorf("got 0 names for the kept article; want it indexed")
	}
	// The same text again is not kept twice; the sample is never kept.
	openAndKeep(t, s, lavrovArticle)
	ui(s, func() { s.openSample() })
	settle(s)
	if arts, _ = lib.List(context.Background(), library.Filter{}); len(arts) != 1 {
		t.Errorf("got %d articles after reopening and the sample; want 1", len(arts))
	}
	if got, want := libraryPath(s.user.path), lib.Path(); got != want {
		t.Errorf("library at %s; want %s", want, got)
	}
}

func TestShelfKeepFailureShownNotBlocking(t *testing.T) {
	s := newTestScreen(t, weatherText)
	settle(s)
	// A library file that is not a database: reading goes on, the
	// status line says why the article was not kept.
	s.shelf.mu.Lock()
	s.shelf.lib.Close()
	s.shelf.lib, s.shelf.libErr = nil, fmt.Errorf("the file is not a Pathok library or is damaged")
	s.shelf.mu.Unlock()
	ui(s, func() { s.open(pastedSource(kimArticle)) })
	settle(s)
	if s.doc == nil || s.doc.ann.Text != kimArticle {
		t.Fatal("the article did not open")
	}
	if got := s.note.Text; !strings.Contains(got, "Not kept in the library") || !strings.Contains(got, "damaged") {
		t.Errorf("note %q; want it to say the article was not kept and why", got)
	}
}

func TestLibraryWindowListsFiltersOpensDeletes(t *testing.T) {
	s := newTestScreen(t, lavrovArticle)
	openAndKeep(t, s, kimArticle)
	openAndKeep(t, s, weatherText)
	ui(s, func() { s.shelf.showLibrary() })
	settle(s)
	lw := s.shelf.libWin
	if lw == nil {
		t.Fatal("no Library window")
	}
	// Newest first.
	if got, want := strings.Join(rowTitles(lw.rows), "|"), "আবহাওয়ার খবর|পিয়ংইয়ংয়ের ঘোষণা|ল্যাভরভের সফর"; got != want {
		t.Errorf("listed %s; want %s", got, want)
	}
	if !strings.Contains(lw.stats.Text, "3 articles") || !strings.Contains(lw.stats.Text, "Lavrov") {
		t.Errorf("stats %q; want 3 articles and Lavrov among the most mentioned", lw.stats.Text)
	}

	// The filter reads titles, in their own script.
	ui(s, func() { test.Type(lw.filter, "ঘোষণা") })
	settle(s)
	if got := rowTitles(lw.rows); len(got) != 1 || got[0] != "পিয়ংইয়ংয়ের ঘোষণা" {
		t.Errorf("filtered to %v; want [পিয়ংইয়ংয়ের ঘোষণা]", got)
	}
	ui(s, func() { lw.filter.SetText("") })
	settle(s)

	// Full-text search: an inflected form found by its stem, with a snippet.
	ui(s, func() { test.Type(lw.search, "বৃষ্টি") })
	settle(s)
	if len(lw.rows) != 1 || lw.rows[0].title != "আবহাওয়ার খবর" || !strings.Contains(lw.rows[0].snippet, "[বৃষ্টি]") {
		t.Fatalf("search found %+v; want the weather article with [বৃষ্টি] in its snippet", lw.rows)
	}
	if got, want := lw.status.Text, "1 article holds “বৃষ্টি”, best matches first."; got != want {
		t.Errorf("status %q; want %q", got, want)
	}
	ui(s, func() { lw.search.SetText("তুষারঝড়") })
	settle(s)
	if got, want := lw.status.Text, "No kept article holds “তুষারঝড়”."; len(lw.rows) != 0 || got != want {
		t.Errorf("search for a word no article holds: %d rows, status %q; want none and %q", len(lw.rows), got, want)
	}
	ui(s, func() { lw.search.SetText("বৃষ্টি") })
	settle(s)

	// Open loads the stored text into the main view.
	ui(s, func() { s.open(pastedSource(lavrovArticle)) })
	settle(s)
	ui(s, func() { lw.list.Select(0) })
	ui(s, func() { test.Tap(lw.openBtn) })
	settle(s)
	if s.doc.ann.Text != weatherText {
		t.Errorf("opened %q; want the stored weather article", s.doc.ann.Text)
	}
	if !strings.Contains(s.w.Title(), "আবহাওয়ার খবর") {
		t.Errorf("window title %q; want the article's title", s.w.Title())
	}

	// Delete asks first; confirming removes it.
	ui(s, func() { lw.search.SetText("") })
	settle(s)
	ui(s, func() { lw.list.Select(0) })
	ui(s, func() { test.Tap(lw.delBtn) })
	if got := overlayTexts(t, lw.w.Canvas()); !strings.Contains(got, "আবহাওয়ার খবর") {
		t.Fatalf("confirmation shows %q; want the article's title", got)
	}
	ui(s, func() { lw.remove(lw.rows[0].id) })
	settle(s)
	if got := strings.Join(rowTitles(lw.rows), "|"); got != "পিয়ংইয়ংয়ের ঘোষণা|ল্যাভরভের সফর" {
		t.Errorf("after delete listed %s; want the other two", got)
	}
}

// storyPage is a news page of our own: a menu, the story, and teasers in
// an <aside> that must not be taken for it.
const storyPage = `<!doctype html><html lang="bn"><head><meta charset="utf-8">
<title>মস্কোয় বৈঠক | দৈনিক পরীক্ষা</title><meta property="og:site_name" content="দৈনিক পরীক্ষা"></head>
<body><nav><a href="/">প্রচ্ছদ</a> <a href="/world">বিশ্ব</a></nav>
<article><h1>মস্কোয় বৈঠক</h1>
<p>রুশ পররাষ্ট্রমন্ত্রী সের্গেই ল্যাভরভ মঙ্গলবার মস্কোয় এক বৈঠকে বলেছেন, দুই দেশের সম্পর্ক এখন আগের চেয়ে ভালো।</p>
<p>বৈঠকে জ্বালানি, রেল যোগাযোগ ও কৃষি পণ্যের রপ্তানি নিয়ে দীর্ঘ আলোচনা হয়েছে বলে জানিয়েছেন কর্মকর্তারা।</p>
<p>আগামী মাসে আবার বৈঠক হওয়ার কথা রয়েছে, সেখানে নতুন চুক্তি সই হতে পারে।</p></article>
<aside><article><a href="/other">অন্য খবর: সিউলে নতুন সেতু</a></article></aside>
</body></html>`

func TestOpenAddressFetchesShowsAndKeeps(t *testing.T) {
	var slow atomic.Bool
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/news/1":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, storyPage)
		case "/slow":
			slow.Store(true)
			<-r.Context().Done()
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	s := newTestScreen(t, weatherText)
	settle(s)

	var ad *addressDialog
	ui(s, func() { ad = s.shelf.showOpenAddress(srv.URL + "/news/1") })
	settle(s)
	if s.doc == nil || !strings.Contains(s.doc.ann.Text, "সের্গেই ল্যাভরভ মঙ্গলবার") {
		t.Fatalf("opened %q (dialog: %q); want the fetched story", s.doc.name, ad.msg.Text)
	}
	if strings.Contains(s.doc.ann.Text, "সিউলে নতুন সেতু") {
		t.Errorf("the teaser in <aside> was taken into the story")
	}
	if !strings.Contains(s.doc.name, "মস্কোয় বৈঠক") || strings.Count(s.doc.name, "দৈনিক পরীক্ষা") != 1 {
		t.Errorf("document named %q; want the title and the source once", s.doc.name)
	}
	if ad.d != nil && overlayTexts(t, s.w.Canvas()) != "" && strings.Contains(overlayTexts(t, s.w.Canvas()), "Open address") {
		t.Errorf("the address dialog stayed open after the story opened")
	}
	arts, err := testLibrary(t, s).List(context.Background(), library.Filter{Words: "মস্কোয়"})
	if err != nil || len(arts) != 1 || arts[0].URL != srv.URL+"/news/1" || arts[0].Source != "দৈনিক পরীক্ষা" {
		t.Fatalf("kept %+v (%v); want the story with its address and source", arts, err)
	}

	// An address that is not there: the dialog says what and where, and
	// the open article stays.
	before := s.doc
	ui(s, func() { ad = s.shelf.showOpenAddress(srv.URL + "/gone") })
	settle(s)
	if s.doc != before {
		t.Errorf("a failed fetch replaced the article")
	}
	if !ad.msg.Visible() || !strings.Contains(ad.msg.Text, "/gone") || !strings.Contains(ad.msg.Text, "404") {
		t.Errorf("error %q; want the address and the 404", ad.msg.Text)
	}
	ui(s, func() { ad.d.Hide() })

	// A slow server: Cancel stops the fetch and the dialog stays for
	// another try.
	ui(s, func() { ad = s.shelf.showOpenAddress(srv.URL + "/slow") })
	for deadline := time.Now().Add(5 * time.Second); !slow.Load() && time.Now().Before(deadline); {
		time.Sleep(5 * time.Millisecond)
	}
	if ad.stop == nil || ad.open.Disabled() == false {
		t.Fatalf("no fetch running while the server is slow")
	}
	ui(s, func() { test.Tap(ad.cancel) })
	settle(s)
	if ad.stop != nil || ad.open.Disabled() || !strings.Contains(ad.msg.Text, "Cancelled") {
		t.Errorf("after Cancel: running %v, Open disabled %v, message %q; want idle and cancelled", ad.stop != nil, ad.open.Disabled(), ad.msg.Text)
	}
	if s.doc != before {
		t.Errorf("a cancelled fetch replaced the article")
	}
	ui(s, func() { ad.d.Hide() })

	// A dropped link is fetched too.
	ui(s, func() { s.open(pastedSource(weatherText)) })
	settle(s)
	link, err := storage.ParseURI(srv.URL + "/news/1")
	if err != nil {
		t.Fatal(err)
	}
	ui(s, func() { s.onDropped(fyne.NewPos(10, 10), []fyne.URI{link}) })
	settle(s)
	if !strings.Contains(s.doc.ann.Text, "সের্গেই ল্যাভরভ মঙ্গলবার") {
		t.Errorf("dropping the link opened %q; want the story", s.doc.ann.Text)
	}
	ui(s, func() { s.open(pastedSource(weatherText)) })
	settle(s)

	// A pasted link is fetched, not read as an article.
	s.a.Clipboard().SetContent("  " + srv.URL + "/news/1\n")
	ui(s, func() { s.onPaste() })
	settle(s)
	if !strings.Contains(s.doc.ann.Text, "সের্গেই ল্যাভরভ মঙ্গলবার") {
		t.Errorf("pasting the link opened %q; want the story", s.doc.ann.Text)
	}
}

// lavrov is the glossary's entry for Sergey Lavrov.
func lavrov(t *testing.T, s *mainScreen) (*glossary.Entry, int) {
	t.Helper()
	for i, sp := range s.doc.ann.Spans {
		if sp.Entry != nil && strings.Contains(sp.Entry.EnglishHeadword(), "Lavrov") {
			return sp.Entry, i
		}
	}
	t.Fatal("no span of Lavrov in the article")
	return nil, -1
}

func TestCardOtherArticlesNamingEntry(t *testing.T) {
	s := newTestScreen(t, weatherText)
	settle(s)
	openAndKeep(t, s, kimArticle)
	openAndKeep(t, s, lavrovArticle)
	e, span := lavrov(t, s)

	// The hover card offers the button only when pinned.
	ui(s, func() { s.showCard(span, false) })
	if s.card.others.Visible() {
		t.Errorf("an unpinned card shows Other articles")
	}
	ui(s, func() { s.showCard(span, true) })
	if !s.card.others.Visible() || !s.card.addRow.Visible() {
		t.Fatalf("the pinned card of %s has no Other articles button", e.ID)
	}
	ui(s, func() { test.Tap(s.card.others) })
	settle(s)
	lw := s.shelf.libWin
	if lw == nil || lw.entry != e {
		t.Fatalf("the Library window does not list the mentions of %s", e.ID)
	}
	// The article open is not among the others; the rest come with
	// counts and the name marked in the snippet (ল্যাভরভও).
	if got, want := strings.Join(rowTitles(lw.rows), "|"), "পিয়ংইয়ংয়ের ঘোষণা"; got != want {
		t.Fatalf("listed %s; want %s", got, want)
	}
	if lw.rows[0].count != 1 {
		t.Errorf("count %d; want 1", lw.rows[0].count)
	}
	if !strings.Contains(lw.rows[0].snippet, "[") || !strings.Contains(lw.naming.Text, "Other articles") ||
		!strings.Contains(lw.naming.Text, e.Headword()) || !strings.Contains(lw.status.Text, "1 other article names") {
		t.Errorf("snippet %q, heading %q, status %q; want the name marked and named among other articles",
			lw.rows[0].snippet, lw.naming.Text, lw.status.Text)
	}
	// Opened from the library, an article is left out too; newest first,
	// with ল্যাভরভের, সের্গেই ল্যাভরভ, ল্যাভরভ counted 3 times.
	older := lw.rows[0].id
	ui(s, func() { s.shelf.openStored(older) })
	settle(s)
	ui(s, func() { s.shelf.showOtherMentions(e) })
	settle(s)
	if got, want := strings.Join(rowTitles(lw.rows), "|"), "ল্যাভরভের সফর"; got != want || lw.rows[0].count != 3 {
		t.Fatalf("from the older article: listed %s (%v); want %s counted 3 times", got, lw.rows, want)
	}
	ui(s, func() { s.shelf.openStored(lw.rows[0].id) })
	settle(s)
	_, span = lavrov(t, s)

	// The pane's entry card does the same.
	lw.entry = nil
	ui(s, func() { lw.reload() })
	settle(s)
	ui(s, func() { s.onSpanTapped(span) })
	if s.sel.entry == nil || s.sel.entry.ID != e.ID || !s.pane.card.others.Visible() {
		t.Fatalf("the pane's card for %s shows no Other articles button", e.ID)
	}
	ui(s, func() { test.Tap(s.pane.card.others) })
	settle(s)
	if lw.entry == nil || lw.entry.ID != e.ID || len(lw.rows) != 1 {
		t.Errorf("the pane's button listed %v for %v; want the other article naming %s", rowTitles(lw.rows), lw.entry, e.ID)
	}
	// All articles lists both again.
	ui(s, func() { test.Tap(lw.allBtn) })
	settle(s)
	if lw.entry != nil || len(lw.rows) != 3 {
		t.Errorf("All articles listed %v; want the 3 kept articles", rowTitles(lw.rows))
	}
	// A figure's card has no such button.
	for i, sp := range s.doc.ann.Spans {
		if !sp.IsName() {
			ui(s, func() { s.showCard(i, true) })
			if s.card.others.Visible() {
				t.Errorf("the card of the figure %q shows Other articles", sp.Text)
			}
			break
		}
	}
}

func TestFeedsWindowFollowsAndRefreshes(t *testing.T) {
	var broken atomic.Bool
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	defer srv.Close()
	rss := func(title string, items ...string) string {
		var b strings.Builder
		fmt.Fprintf(&b, `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>%s</title><link>%s</link>`, title, srv.URL)
		for _, it := range items {
			path, title, _ := strings.Cut(it, "|")
			fmt.Fprintf(&b, `<item><title>%s</title><link>%s%s</link><guid>%s</guid></item>`, title, srv.URL, path, path)
		}
		b.WriteString(`</channel></rss>`)
		return b.String()
	}
	page := func(title, body string) string {
		return `<!doctype html><html><head><meta charset="utf-8"><title>` + title + `</title></head><body><article><h1>` + title +
			`</h1><p>` + body + `</p><p>` + body + `</p></article></body></html>`
	}
	mux.HandleFunc("/world.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, rss("বিশ্ব সংবাদ", "/a1|প্রথম খবর", "/a2|দ্বিতীয় খবর"))
	})
	mux.HandleFunc("/asia.xml", func(w http.ResponseWriter, r *http.Request) {
		if broken.Load() {
			http.Error(w, "down", http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, rss("এশিয়া সংবাদ"))
	})
	mux.HandleFunc("/a1", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, page("প্রথম খবর", "রুশ পররাষ্ট্রমন্ত্রী সের্গেই ল্যাভরভ আজ এক সংবাদ সম্মেলনে নতুন বাণিজ্য চুক্তির কথা জানিয়েছেন।"))
	})
	mux.HandleFunc("/a2", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, page("দ্বিতীয় খবর", "উত্তর কোরিয়ার নেতা কিম জং উন আজ একটি নতুন কারখানা পরিদর্শন করেছেন বলে জানা গেছে।"))
	})
	mux.HandleFunc("/not-a-feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		fmt.Fprint(w, "এটি কোনো ফিড নয়")
	})

	s := newTestScreen(t, weatherText)
	settle(s)
	ui(s, func() { s.shelf.showFeeds() })
	settle(s)
	fw := s.shelf.feedsWin
	if fw == nil || len(fw.feeds) != 0 {
		t.Fatal("no empty Feeds window")
	}
	for _, path := range []string{"/world.xml", "/asia.xml"} {
		ui(s, func() { fw.address.SetText(srv.URL + path) })
		ui(s, func() { test.Tap(fw.addBtn) })
		settle(s)
	}
	if len(fw.feeds) != 2 || fw.feeds[0].Title != "বিশ্ব সংবাদ" {
		t.Fatalf("following %+v; want the two feeds, titled", fw.feeds)
	}
	// Not a feed: said plainly, nothing followed.
	ui(s, func() { fw.address.SetText(srv.URL + "/not-a-feed") })
	ui(s, func() { test.Tap(fw.addBtn) })
	settle(s)
	if !strings.Contains(fw.status.Text, "not a feed") || len(fw.feeds) != 2 {
		t.Errorf("status %q with %d feeds; want a clear refusal and still 2", fw.status.Text, len(fw.feeds))
	}

	// One feed fails: it says so, the other brings its articles.
	broken.Store(true)
	ui(s, func() { test.Tap(fw.refresh) })
	settle(s)
	if fw.feeds[0].LastError != "" || fw.feeds[0].Checked.IsZero() {
		t.Errorf("the working feed: error %q, checked %v; want refreshed", fw.feeds[0].LastError, fw.feeds[0].Checked)
	}
	if !strings.Contains(fw.feeds[1].LastError, "500") {
		t.Errorf("the broken feed's error %q; want the 500", fw.feeds[1].LastError)
	}
	if !strings.Contains(s.note.Text, "2 new articles") || !strings.Contains(s.note.Text, "1 feed could not be read") {
		t.Errorf("status %q; want 2 new articles and 1 feed failed", s.note.Text)
	}
	if fw.status.Text != s.note.Text || fw.progress.Visible() || fw.refresh.Disabled() {
		t.Errorf("Feeds window says %q (progress shown %v, Refresh disabled %v); want the summary %q and idle", fw.status.Text, fw.progress.Visible(), fw.refresh.Disabled(), s.note.Text)
	}
	arts, err := testLibrary(t, s).List(context.Background(), library.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	titles := map[string]bool{}
	for _, a := range arts {
		titles[a.Title] = true
	}
	if !titles["প্রথম খবর"] || !titles["দ্বিতীয় খবর"] {
		t.Errorf("library holds %v; want both feed articles", titles)
	}
	// A second refresh takes nothing twice.
	ui(s, func() { test.Tap(fw.refresh) })
	settle(s)
	if !strings.Contains(s.note.Text, "0 new articles") {
		t.Errorf("second refresh: %q; want 0 new articles", s.note.Text)
	}

	// Stop following, after confirming.
	ui(s, func() { fw.list.Select(1) })
	ui(s, func() { test.Tap(fw.remove) })
	if got := overlayTexts(t, fw.w.Canvas()); !strings.Contains(got, "এশিয়া সংবাদ") {
		t.Fatalf("confirmation shows %q; want the feed's title", got)
	}
	if err := testLibrary(t, s).RemoveFeed(context.Background(), fw.feeds[1].ID); err != nil {
		t.Fatal(err)
	}
	ui(s, func() { fw.reload() })
	settle(s)
	if len(fw.feeds) != 1 {
		t.Errorf("following %d feeds; want 1", len(fw.feeds))
	}

	// The refresh interval is a preference; 0 turns it off.
	ui(s, func() { fw.minutes.SetText("0") })
	if got := s.prefs.Int(prefFeedMinutes); got != 0 || s.shelf.autoTimer != nil {
		t.Errorf("interval %d, timer %v; want 0 and no timer", got, s.shelf.autoTimer)
	}
	ui(s, func() { fw.minutes.SetText("15") })
	if got := s.prefs.Int(prefFeedMinutes); got != 15 || s.shelf.autoTimer == nil {
		t.Errorf("interval %d, timer %v; want 15 and a timer", got, s.shelf.autoTimer)
	}
}

func TestShelfReindexesWhenGlossaryChanges(t *testing.T) {
	const text = "নতুন রাষ্ট্রদূত\n\nমস্কোয় নতুন রাষ্ট্রদূত অমলকান্তি বসুধর বৃহস্পতিবার পরিচয়পত্র পেশ করেছেন। অমলকান্তি বসুধর আগে সিউলে ছিলেন।"
	s := newTestScreen(t, text)
	settle(s)
	lib := testLibrary(t, s)
	const id = "user-amalkanti-basudhar"
	if ms, err := lib.Mentions(context.Background(), id, 0); err != nil || len(ms) != 0 {
		t.Fatalf("mentions before the entry exists: %v, %v; want none", ms, err)
	}
	mine := &glossary.Entry{ID: id, Kind: glossary.Person, Country: "IN",
		Bengali: []string{"অমলকান্তি বসুধর"}, English: []string{"Amalkanti Basudhar"}, Origin: "user"}
	ui(s, func() {
		if ps, err := s.user.ed.Add(mine); len(ps) > 0 || err != nil {
			t.Fatal(ps, err)
		}
		s.commit("", "")
	})
	settle(s)
	ms, err := lib.Mentions(context.Background(), id, 0)
	if err != nil || len(ms) != 1 || ms[0].Count != 2 || !strings.Contains(ms[0].Snippet, "[অমলকান্তি বসুধর]") {
		t.Fatalf("mentions after adding the entry: %+v, %v; want the article, named twice", ms, err)
	}
	if n, err := lib.Stale(context.Background(), s.g); err != nil || n != 0 {
		t.Errorf("%d articles stale (%v); want 0", n, err)
	}
}

func TestShelfNewerIndexCancelsOlder(t *testing.T) {
	s := newTestScreen(t, lavrovArticle)
	settle(s)
	ui(s, func() {
		gen := s.shelf.indexGen
		s.shelf.reindex()
		s.shelf.reindex()
		if s.shelf.indexGen != gen+2 || s.shelf.indexCancel == nil {
			t.Errorf("index generation %d, running %v; want %d and running", s.shelf.indexGen, s.shelf.indexCancel != nil, gen+2)
		}
	})
	settle(s)
	if s.shelf.indexCancel != nil {
		t.Errorf("the newest index did not finish")
	}
	// The overtaken run was cancelled, which is not a failure to report.
	if strings.Contains(s.note.Text, "not current") {
		t.Errorf("note %q; want no index failure", s.note.Text)
	}
}

// TestFirstRefreshIn: the first automatic refresh after start comes when
// the feed checked longest ago is due, but never in the first seconds,
// while the article on show is read.
func TestFirstRefreshIn(t *testing.T) {
	now := time.Date(2026, 12, 5, 8, 0, 0, 0, time.UTC)
	hour := time.Hour
	checked := func(ago ...time.Duration) []library.Feed {
		var fs []library.Feed
		for _, a := range ago {
			fs = append(fs, library.Feed{Checked: now.Add(-a)})
		}
		return fs
	}
	tests := []struct {
		name  string
		feeds []library.Feed
		want  time.Duration
	}{
		{"no feeds: a full period", nil, hour},
		{"checked just now: a full period", checked(0), hour},
		{"checked 40 minutes ago: in 20", checked(40 * time.Minute), 20 * time.Minute},
		{"the oldest feed decides", checked(10*time.Minute, 50*time.Minute), 10 * time.Minute},
		// Overdue since last night, or never checked: soon, not at once.
		{"overdue", checked(9 * hour), startDelay},
		{"never checked", []library.Feed{{}}, startDelay},
		// A clock set back leaves Checked in the future: a period at most.
		{"checked in the future", checked(-3 * hour), hour},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := firstRefreshIn(tt.feeds, hour, now); got != tt.want {
				t.Errorf("got %v; want %v", got, tt.want)
			}
		})
	}
}
