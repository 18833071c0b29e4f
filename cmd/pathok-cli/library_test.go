package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A small news site of our own: two story pages and a feed.
func newsSite(t *testing.T) *httptest.Server {
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	page := func(title, body string) string {
		return `<html><head><meta charset="utf-8"><title>` + title + `</title></head><body><nav>প্রচ্ছদ · বিশ্ব · খেলা</nav><article><h1>` +
			title + `</h1><p>` + body + `</p><p>বৈঠক শেষে দুই পক্ষই জানিয়েছে, আলোচনা ফলপ্রসূ হয়েছে এবং শিগগিরই আবার দেখা হবে।</p></article></body></html>`
	}
	mux.HandleFunc("/a", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, page("ল্যাভরভের সফর", "রাশিয়ার পররাষ্ট্রমন্ত্রী সের্গেই ল্যাভরভ আজ পিয়ংইয়ংয়ে পৌঁছেছেন। ল্যাভরভকে বিমানবন্দরে স্বাগত জানান উত্তর কোরিয়ার কর্মকর্তারা।"))
	})
	mux.HandleFunc("/b", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, page("সিউলে তুষার", "দক্ষিণ কোরিয়ার রাজধানী সিউলে আজ মৌসুমের প্রথম তুষারপাত হয়েছে, বিমান চলাচলে দেরি হচ্ছে।"))
	})
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>পরীক্ষা</title>
<item><title>ল্যাভরভের সফর</title><link>%[1]s/a</link><guid>a</guid></item>
<item><title>সিউলে তুষার</title><link>%[1]s/b</link><guid>b</guid></item></channel></rss>`, srv.URL)
	})
	return srv
}

func runCLI(t *testing.T, args ...string) string {
	t.Helper()
	var out bytes.Buffer
	if err := run(args, strings.NewReader(""), &out); err != nil {
		t.Fatalf("pathok-cli %s: %v", strings.Join(args, " "), err)
	}
	return out.String()
}

func TestLibraryCommands(t *testing.T) {
	srv := newsSite(t)
	dir := t.TempDir()
	lib := filepath.Join(dir, "lib.sqlite")
	user := filepath.Join(dir, "none.json") // no user glossary: the built-in one
	local := filepath.Join(dir, "local.txt")
	os.WriteFile(local, []byte("মস্কোয় আজ সের্গেই ল্যাভরভ সাংবাদিকদের বলেন, আলোচনা চলবে।"), 0o644)
	os.WriteFile(user, []byte(`{"pathok_glossary": 1, "entries": []}`), 0o644)
	common := []string{"-library", lib, "-user", user, "-format", "json"}

	runCLI(t, append([]string{"library", "add", local, srv.URL + "/b"}, common...)...)
	var added []struct {
		ID      int64 `json:"id"`
		Existed bool  `json:"existed"`
	}
	json.Unmarshal([]byte(runCLI(t, append([]string{"library", "add", local}, common...)...)), &added)
	if len(added) != 1 || !added[0].Existed {
		t.Errorf("adding the same file again: got %+v; want existed", added)
	}
	// Feeds bring the pages in; the page added by hand is not doubled.
	runCLI(t, append([]string{"feed", "add", srv.URL + "/feed"}, common...)...)
	var report []struct {
		Added int    `json:"added"`
		Seen  int    `json:"seen"`
		Error string `json:"error"`
	}
	json.Unmarshal([]byte(runCLI(t, append([]string{"feed", "refresh"}, common...)...)), &report)
	if len(report) != 1 || report[0].Error != "" || report[0].Added != 1 || report[0].Seen != 1 {
		t.Errorf("feed refresh: got %+v", report)
	}
	var list []struct {
		ID     int64  `json:"id"`
		Title  string `json:"title"`
		URL    string `json:"url"`
		Source string `json:"source"`
		Added  string `json:"added"`
		Names  int    `json:"names"`
	}
	json.Unmarshal([]byte(runCLI(t, append([]string{"library", "list"}, common...)...)), &list)
	if len(list) != 3 {
		t.Fatalf("library list: got %+v; want 3 articles", list)
	}
	for _, a := range list {
		if a.Names == 0 || a.Added == "" {
			t.Errorf("article not indexed: %+v", a)
		}
	}
	// Mentions, by a name in any script.
	for _, name := range []string{"lavrov", "Лавров", "ল্যাভরভের"} {
		var ms []struct {
			Title string `json:"title"`
			Count int    `json:"count"`
		}
		json.Unmarshal([]byte(runCLI(t, append([]string{"library", "mentions", name}, common...)...)), &ms)
		if len(ms) != 2 {
			t.Errorf("mentions %s: got %+v; want the local file and page /a", name, ms)
		}
	}
	var hits []struct {
		Title   string `json:"title"`
		Snippet string `json:"snippet"`
	}
	json.Unmarshal([]byte(runCLI(t, append([]string{"library", "search", "সিউল"}, common...)...)), &hits)
	if len(hits) != 1 || !strings.Contains(hits[0].Snippet, "[সিউলে]") {
		t.Errorf("search: got %+v", hits)
	}
	runCLI(t, append([]string{"library", "remove", fmt.Sprint(list[0].ID)}, common...)...)
	if out := runCLI(t, append([]string{"library", "list"}, common...)...); strings.Count(out, `"id"`) != 2 {
		t.Errorf("after remove: %s", out)
	}
	// annotate reads a page by its address.
	out := runCLI(t, "annotate", "-format", "json", srv.URL+"/a")
	if !strings.Contains(out, `"gloss":"Sergei Lavrov"`) || strings.Contains(out, "প্রচ্ছদ") {
		t.Errorf("annotate URL: got %s", out)
	}
}

func TestLibraryErrors(t *testing.T) {
	dir := t.TempDir()
	lib := filepath.Join(dir, "lib.sqlite")
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"library", "search"}, "no query"},
		{[]string{"library", "remove", "x"}, "not an article id"},
		{[]string{"library", "remove", "99"}, "no such article"},
		{[]string{"library", "mentions", "zzqxw"}, "not in the glossary"},
		{[]string{"library", "add", filepath.Join(dir, "missing.txt")}, "missing.txt"},
		{[]string{"library", "list", "-format", "xml"}, "unknown format"},
		{[]string{"feed", "add", "ftp://x"}, "not a web address"},
		{[]string{"feed", "remove", "7"}, "no such feed"},
	}
	for _, tc := range tests {
		var out bytes.Buffer
		err := run(append(tc.args, "-library", lib), strings.NewReader(""), &out)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%v: got %v; want an error saying %q", tc.args, err, tc.want)
		}
	}
}
