package app

import (
	"os"
	"runtime"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"github.com/pathok/pathok/glossary/page"
)

// headingPage is a saved story page of our own: a headline, a section
// heading and body text, with names in both.
const headingPage = `<!doctype html><html><head><meta charset="utf-8"><title>পিয়ংইয়ংয়ে ল্যাভরভ | উদাহরণ</title></head>
<body><nav><a href="/">প্রচ্ছদ</a></nav><article>
<h1>পিয়ংইয়ংয়ে ল্যাভরভ</h1>
<p>রাশিয়ার পররাষ্ট্রমন্ত্রী সের্গেই ল্যাভরভ বৃহস্পতিবার পিয়ংইয়ংয়ে পৌঁছেছেন। সফরে তিনি উত্তর কোরিয়ার নেতাদের সঙ্গে বাণিজ্য ও পরিবহন নিয়ে কথা বলবেন বলে জানা গেছে।</p>
<h2>সিউলের প্রতিক্রিয়া</h2>
<p>সিউলে দক্ষিণ কোরিয়ার কর্মকর্তারা বলেছেন, তাঁরা সফরটি গভীরভাবে পর্যবেক্ষণ করছেন এবং মিত্রদের সঙ্গে যোগাযোগ রাখছেন।</p>
</article></body></html>`

func TestHeadingDrawnBoldAndLarger(t *testing.T) {
	s := newTestScreen(t, "সাধারণ লেখা।")
	s.open(source{name: "story.html", noKeep: true, read: func() ([]byte, error) { return []byte(headingPage), nil }})
	s.wait()
	d := s.doc
	if d == nil || d.name != "story.html" {
		t.Fatal("the page did not open")
	}
	runes := []rune(d.ann.Text)
	var heads []string
	for _, h := range d.headings {
		heads = append(heads, string(runes[h.Start:h.End]))
	}
	if want := []string{"পিয়ংইয়ংয়ে ল্যাভরভ", "সিউলের প্রতিক্রিয়া"}; strings.Join(heads, "|") != strings.Join(want, "|") {
		t.Fatalf("got headings %q; want %q", heads, want)
	}

	// Each drawn line: headings bold and larger, body text as it was.
	s.view.Refresh()
	texts := map[string]*canvas.Text{}
	for _, o := range test.WidgetRenderer(s.view).Objects() {
		if tx, ok := o.(*canvas.Text); ok {
			texts[tx.Text] = tx
		}
	}
	body := s.view.textSize
	for _, tc := range []struct {
		line string
		bold bool
		min  float32 // the smallest size it may have, as a share of the body's
		max  float32
	}{
		{"পিয়ংইয়ংয়ে ল্যাভরভ", true, 1.25, 1.35},
		{"সিউলের প্রতিক্রিয়া", true, 1.05, 1.2},
	} {
		tx := texts[tc.line]
		if tx == nil {
			t.Errorf("line %q not drawn on a line of its own", tc.line)
			continue
		}
		if tx.TextStyle.Bold != tc.bold || tx.TextSize < tc.min*body || tx.TextSize > tc.max*body {
			t.Errorf("%q: got bold %v, size %.1f; want bold, size %.1f–%.1f (body %.1f)", tc.line, tx.TextStyle.Bold, tx.TextSize, tc.min*body, tc.max*body, body)
		}
	}
	for line, tx := range texts {
		if strings.HasPrefix(line, "রাশিয়ার পররাষ্ট্রমন্ত্রী") && (tx.TextStyle.Bold || tx.TextSize != body) {
			t.Errorf("body line %q: got bold %v, size %.1f; want plain at %.1f", line, tx.TextStyle.Bold, tx.TextSize, body)
		}
	}

	// A name in the headline is highlighted over its bold, larger glyphs.
	i := -1
	for k, sp := range d.ann.Spans {
		if sp.Text == "ল্যাভরভ" && sp.Start < d.headings[0].End {
			i = k
		}
	}
	if i < 0 {
		t.Fatal("no highlight for ল্যাভরভ in the headline")
	}
	_, size, ok := s.view.spanBounds(i)
	want := fyne.MeasureText("ল্যাভরভ", body*headingScale(1), fyne.TextStyle{Bold: true}).Width
	if !ok || size.Width < want-1 || size.Width > want+1 {
		t.Errorf("headline highlight %.1f wide; want the bold large word's %.1f", size.Width, want)
	}
	// And its card opens from there.
	test.MoveMouse(s.w.Canvas(), spanPoint(t, s, i))
	if !s.card.Visible() || !strings.Contains(s.card.content.headline, "Lavrov") {
		t.Errorf("no card for the name in the headline: %q", s.card.content.headline)
	}
}

func TestHeadingsFor(t *testing.T) {
	story := &page.Story{Title: "শিরোনাম", Headings: []page.Heading{{Start: 0, End: 7, Level: 1}}}
	for _, tc := range []struct {
		name string
		src  source
		doc  page.Doc
		want int // headings
	}{
		{"HTML file", source{name: "a.html"}, page.Doc{Text: "ক\n\nখ", Headings: []page.Heading{{Start: 0, End: 1, Level: 1}}}, 1},
		{"fetched story", source{name: "শিরোনাম — সাইট", story: story}, page.Doc{Text: "শিরোনাম\n\nলেখা"}, 1},
		// From the library: the title opens the text.
		{"library, title first", source{name: "শিরোনাম — সাইট", libID: 4}, page.Doc{Text: "শিরোনাম\n\nলেখা"}, 1},
		{"library, title alone", source{name: "শিরোনাম", libID: 4}, page.Doc{Text: "শিরোনাম\n\nলেখা"}, 1},
		// A first line that only starts the title is body text.
		{"library, other first line", source{name: "শিরোনাম বড় — সাইট", libID: 4}, page.Doc{Text: "শিরোনাম\n\nলেখা"}, 0},
		{"pasted text", source{name: "Pasted article"}, page.Doc{Text: "Pasted article\n\nলেখা"}, 0},
	} {
		if got := headingsFor(tc.src, tc.doc); len(got) != tc.want {
			t.Errorf("%s: got %d headings %v; want %d", tc.name, len(got), got, tc.want)
		}
	}
}

func TestHeadingBengaliIsBold(t *testing.T) {
	if systemBengaliBold() == nil {
		t.Skipf("no bold Bengali font in %v (install fonts-noto-core)", bengaliBoldFiles(runtime.GOOS, os.Getenv("WINDIR")))
	}
	th := newPathokTheme(themeSystem, nil)
	bold := fyne.TextStyle{Bold: true}
	// Bengali in bold is wider than in regular at the same size: drawn
	// with the bold font, not the regular one Fyne's fallback finds.
	test.NewTempApp(t).Settings().SetTheme(th)
	for _, s := range []string{"পিয়ংইয়ংয়ে ল্যাভরভ", "Sergei Lavrov"} {
		reg := fyne.MeasureText(s, 20, fyne.TextStyle{}).Width
		b := fyne.MeasureText(s, 20, bold).Width
		if b <= reg*1.02 {
			t.Errorf("%q: bold %.1f wide, regular %.1f; want bold wider", s, b, reg)
		}
	}
	if th.Font(bold) == th.Font(fyne.TextStyle{}) {
		t.Error("the theme gives the same font for bold and regular")
	}
	// A font the reader chose is theirs for regular text; bold stays Fyne's.
	chosen := newPathokTheme(themeSystem, systemBengaliBold())
	if chosen.Font(bold) == systemBengaliBold() {
		t.Error("a chosen font also takes the bold Bengali font")
	}
}
