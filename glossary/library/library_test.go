package library

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/pathok/pathok/glossary"
)

func openTemp(t testing.TB) *Library {
	t.Helper()
	l, err := Open(context.Background(), filepath.Join(t.TempDir(), "lib", FileName))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	return l
}

// Sentences of our own, carrying what real news carries: inflected names,
// য় written decomposed (য + nukta) as some outlets' software does.
const (
	lavrovText = "রাশিয়ার পররাষ্ট্রমন্ত্রী সের্গেই ল্যাভরভ সোমবার পিয়ংইয়ংয়ে পৌঁছেছেন।\n\nল্যাভরভের সঙ্গে কিম জং উনের বৈঠক হবে বলে জানা গেছে।"
	seoulText  = "দক্ষিণ কোরিয়ার রাজধানী সিউলে শীতের প্রথম তুষারপাত হয়েছে। সিউলের বিমানবন্দরে কয়েকটি ফ্লাইট দেরিতে ছেড়েছে।"
	// রাশিয়া with য as য + ় (U+09AF U+09BC).
	decomposedText = "রাশি\u09af\u09bcা থেকে আসা গমের দাম কমেছে।"
)

func TestAddGetListRemove(t *testing.T) {
	ctx := context.Background()
	l := openTemp(t)
	id1, existed, err := l.Add(ctx, Article{Title: "ল্যাভরভের সফর", URL: "https://news.example/a", Source: "খবর", Text: lavrovText})
	if err != nil || existed {
		t.Fatalf("Add: got %v, existed=%v", err, existed)
	}
	// The same address again, or the same text pasted, is kept once.
	if id, existed, _ := l.Add(ctx, Article{URL: "https://news.example/a", Text: lavrovText + " "}); !existed || id != id1 {
		t.Errorf("same address: got id %d existed %v; want %d, true", id, existed, id1)
	}
	if id, existed, _ := l.Add(ctx, Article{Text: "  " + lavrovText}); !existed || id != id1 {
		t.Errorf("same text: got id %d existed %v; want %d, true", id, existed, id1)
	}
	id2, _, err := l.Add(ctx, Article{Text: seoulText, Added: time.Now().Add(time.Hour)})
	if err != nil {
		t.Fatal(err)
	}
	got, err := l.Get(ctx, id2)
	// Without a title, the first line stands in, cut at 80 characters.
	if err != nil || got.Text != seoulText || !strings.HasPrefix(got.Title, "দক্ষিণ কোরিয়ার রাজধানী") ||
		!strings.HasSuffix(got.Title, "…") || len([]rune(got.Title)) != 81 {
		t.Errorf("Get: got %q, %v", got.Title, err)
	}
	list, err := l.List(ctx, Filter{})
	if err != nil || len(list) != 2 || list[0].ID != id2 || list[0].Text != "" {
		t.Fatalf("List: got %+v, %v; want 2 articles, newest first, without text", list, err)
	}
	if list, _ := l.List(ctx, Filter{Words: "খবর"}); len(list) != 1 || list[0].ID != id1 {
		t.Errorf("List filtered by source: got %+v", list)
	}
	if _, _, err := l.Add(ctx, Article{Text: "  \n"}); err == nil {
		t.Error("an empty article was kept")
	}
	if err := l.Remove(ctx, id1); err != nil {
		t.Fatal(err)
	}
	if _, err := l.Get(ctx, id1); err == nil || !strings.Contains(err.Error(), "no such article") {
		t.Errorf("Get after Remove: got %v", err)
	}
	if err := l.Remove(ctx, id1); err == nil {
		t.Error("removing twice: no error")
	}
	if hits, _ := l.Search(ctx, "ল্যাভরভ", 10); len(hits) != 0 {
		t.Errorf("a removed article is still found: %+v", hits)
	}
}

func TestSearch(t *testing.T) {
	ctx := context.Background()
	l := openTemp(t)
	ids := map[string]int64{}
	for name, text := range map[string]string{"lavrov": lavrovText, "seoul": seoulText, "wheat": decomposedText} {
		id, _, err := l.Add(ctx, Article{Text: text})
		if err != nil {
			t.Fatal(err)
		}
		ids[name] = id
	}
	tests := []struct {
		query string
		want  []string
	}{
		// A base form finds its inflections: Bengali inflects by suffix.
		{"ল্যাভরভ", []string{"lavrov"}},
		{"সিউল", []string{"seoul"}},
		// Every word must match.
		{"ল্যাভরভ কিম", []string{"lavrov"}},
		{"ল্যাভরভ সিউল", nil},
		{"দক্ষিণ", []string{"seoul"}},
		// Composed and decomposed য় find each other.
		{"রাশিয়া থেকে", []string{"wheat"}},
		{"রাশি\u09af\u09bcার", []string{"lavrov"}},
		// Operators and quotes are words, not syntax.
		{`"সিউল" OR`, nil},
		{"NEAR(", nil},
		{"   ", nil},
	}
	for _, tc := range tests {
		hits, err := l.Search(ctx, tc.query, 10)
		if err != nil {
			t.Errorf("Search(%q): %v", tc.query, err)
			continue
		}
		var got []string
		for _, h := range hits {
			for name, id := range ids {
				if h.ID == id {
					got = append(got, name)
				}
			}
		}
		if fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("Search(%q): got %v; want %v", tc.query, got, tc.want)
		}
	}
	// Vowel signs are part of words: দক্ষিণ is one token, and the
	// snippet marks whole words.
	hits, _ := l.Search(ctx, "সিউল", 10)
	if len(hits) != 1 || !strings.Contains(hits[0].Snippet, "[সিউলে]") || !strings.Contains(hits[0].Snippet, "[সিউলের]") {
		t.Errorf("snippet: got %+v; want the match marked", hits)
	}
}

func builtin(t testing.TB) *glossary.Glossary {
	t.Helper()
	g, err := glossary.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestMentions(t *testing.T) {
	ctx := context.Background()
	l := openTemp(t)
	g := builtin(t)
	old := time.Now().Add(-30 * 24 * time.Hour)
	a1, _, _ := l.Add(ctx, Article{Title: "old", Text: lavrovText, Added: old})
	a2, _, _ := l.Add(ctx, Article{Title: "new", Text: "মস্কোয় সের্গেই ল্যাভরভ বলেছেন, আলোচনা চলবে।"})
	l.Add(ctx, Article{Title: "seoul", Text: seoulText})
	var calls int
	if err := l.Index(ctx, g, func(done, total int) { calls++ }); err != nil {
		t.Fatal(err)
	}
	if calls != 3 {
		t.Errorf("progress: got %d calls; want 3", calls)
	}
	lavrov := g.Search("lavrov", 1)
	if len(lavrov) == 0 {
		t.Fatal("the glossary has no Lavrov")
	}
	ms, err := l.Mentions(ctx, lavrov[0].Entry.ID, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) != 2 || ms[0].ID != a2 || ms[1].ID != a1 {
		t.Fatalf("Mentions: got %+v; want the new article, then the old", ms)
	}
	if ms[1].Count != 2 {
		t.Errorf("count: got %d; want 2 (ল্যাভরভ and ল্যাভরভের)", ms[1].Count)
	}
	if !strings.Contains(ms[1].Snippet, "[সের্গেই ল্যাভরভ]") || strings.Contains(ms[1].Snippet, "\n") {
		t.Errorf("snippet: got %q", ms[1].Snippet)
	}
	got, _ := l.Get(ctx, a1)
	if got.Names < 3 {
		t.Errorf("names counted: got %d; want at least 3", got.Names)
	}
	// Indexing again does nothing: nothing is stale.
	calls = 0
	l.Index(ctx, g, func(done, total int) { calls++ })
	if calls != 0 {
		t.Errorf("a second Index redid %d articles", calls)
	}
	// Statistics: the old article's names are not new this week.
	st, err := l.Stats(ctx, time.Now(), 5)
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 3 || st.Top[0].EntryID != lavrov[0].Entry.ID || st.Top[0].Articles != 2 {
		t.Errorf("stats: got %+v", st)
	}
	for _, id := range st.NewThisWeek {
		if id == lavrov[0].Entry.ID {
			t.Errorf("Lavrov was named a month ago, yet is new this week: %v", st.NewThisWeek)
		}
	}
}

// When the glossary changes, summaries are stale and Index recomputes
// them: a name the reader added is found in articles kept before.
func TestMentionsFollowGlossary(t *testing.T) {
	ctx := context.Background()
	l := openTemp(t)
	g := builtin(t)
	text := "গ্রামের চিকিৎসক রহিমুদ্দিন খাঁ বলেন, নতুন হাসপাতালের কাজ শেষ হয়নি।"
	id, _, _ := l.Add(ctx, Article{Text: text})
	if err := l.Index(ctx, g, nil); err != nil {
		t.Fatal(err)
	}
	entries := append([]*glossary.Entry{}, g.Entries()...)
	entries = append(entries, &glossary.Entry{ID: "user-rahimuddin", Kind: glossary.Person, Country: "BD",
		Bengali: []string{"রহিমুদ্দিন খাঁ"}, English: []string{"Rahimuddin Khan"}})
	g2, err := glossary.New(entries)
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := l.Stale(ctx, g2); n != 1 {
		t.Errorf("stale after a glossary change: got %d; want 1", n)
	}
	if err := l.Index(ctx, g2, nil); err != nil {
		t.Fatal(err)
	}
	ms, _ := l.Mentions(ctx, "user-rahimuddin", 10)
	if len(ms) != 1 || ms[0].ID != id {
		t.Errorf("got %+v; want the article kept before the entry was added", ms)
	}
}

func TestIndexCancel(t *testing.T) {
	l := openTemp(t)
	for i := 0; i < 5; i++ {
		l.Add(context.Background(), Article{Text: fmt.Sprintf("%s %d", lavrovText, i)})
	}
	ctx, cancel := context.WithCancel(context.Background())
	err := l.Index(ctx, builtin(t), func(done, total int) {
		if done == 2 {
			cancel()
		}
	})
	if err != context.Canceled {
		t.Fatalf("got %v; want context.Canceled", err)
	}
	if n, _ := l.Stale(context.Background(), builtin(t)); n != 3 {
		t.Errorf("stale after cancelling at 2 of 5: got %d; want 3", n)
	}
}

// The app and the command line write at once: nothing is lost.
func TestTwoWritersAtOnce(t *testing.T) {
	path := filepath.Join(t.TempDir(), FileName)
	ctx := context.Background()
	var wg sync.WaitGroup
	errs := make(chan error, 2)
	for w := 0; w < 2; w++ {
		l, err := Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		defer l.Close()
		wg.Add(1)
		go func(w int, l *Library) {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				if _, _, err := l.Add(ctx, Article{Text: fmt.Sprintf("লেখক %d-এর প্রবন্ধ নম্বর %d", w, i)}); err != nil {
					errs <- err
					return
				}
			}
		}(w, l)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	l, _ := Open(ctx, path)
	defer l.Close()
	list, _ := l.List(ctx, Filter{})
	if len(list) != 100 {
		t.Errorf("got %d articles; want 100", len(list))
	}
}

func TestOpenRefuses(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	// A file written by a newer Pathok is left alone.
	path := filepath.Join(dir, FileName)
	l, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	l.db.Exec(fmt.Sprintf("PRAGMA user_version = %d", SchemaVersion+1))
	l.Close()
	if _, err := Open(ctx, path); err == nil || !strings.Contains(err.Error(), "newer Pathok") {
		t.Errorf("newer schema: got %v", err)
	}
	// A file that is not a database is named and not touched.
	junk := filepath.Join(dir, "junk.sqlite")
	writeFile(t, junk, strings.Repeat("not a database ", 100))
	if _, err := Open(ctx, junk); err == nil || !strings.Contains(err.Error(), "not a Pathok library") {
		t.Errorf("junk file: got %v", err)
	}
	if got := readFile(t, junk); got != strings.Repeat("not a database ", 100) {
		t.Error("the junk file was changed")
	}
}
