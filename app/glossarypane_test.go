package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
)

func TestSearchFindsAndMarks(t *testing.T) {
	s := newTestScreen(t, "")
	for _, tc := range []struct {
		query, wantEnglish string
	}{
		{"lavrov", "Sergei Lavrov"},
		{"ল্যাভ", "Sergei Lavrov"},
		{"Лавров", "Sergei Lavrov"},
		{"평양", "Pyongyang"},
		{"pyongyang", "Pyongyang"},
		{"কিম জং উন", "Kim Jong Un"},
	} {
		t.Run(tc.query, func(t *testing.T) {
			s.pane.search.SetText("")
			test.Type(s.pane.search, tc.query)
			if !s.pane.foundBox.Visible() || s.pane.tabs.Visible() {
				t.Fatal("typing does not show the results")
			}
			if len(s.pane.results) == 0 {
				t.Fatalf("no result for %q", tc.query)
			}
			top := s.pane.results[0]
			if got := top.Entry.EnglishHeadword(); got != tc.wantEnglish {
				t.Errorf("top result %q (%s), want %q", got, top.Text, tc.wantEnglish)
			}
			var bold strings.Builder
			for _, seg := range matchSegments(top.Text, top.Matched) {
				if seg.bold {
					bold.WriteString(seg.text)
				}
			}
			if bold.Len() == 0 {
				t.Errorf("no character of %q is marked in %q", tc.query, top.Text)
			}
		})
	}
	t.Run("narrows as you type", func(t *testing.T) {
		s.pane.search.SetText("")
		prev := -1
		for _, r := range "lavrov" {
			test.Type(s.pane.search, string(r))
			n := len(s.pane.results)
			if prev >= 0 && n > prev {
				t.Errorf("%q has %d results, more than the %d before it", s.pane.search.Text, n, prev)
			}
			prev = n
		}
		if got := s.pane.results[0].Entry.EnglishHeadword(); got != "Sergei Lavrov" {
			t.Errorf("lavrov ranks %q first", got)
		}
	})
	t.Run("clearing shows the lists again", func(t *testing.T) {
		s.pane.search.SetText("")
		if s.pane.foundBox.Visible() || !s.pane.tabs.Visible() {
			t.Error("an empty search still shows results")
		}
	})
}

func TestMatchSegmentsKeepsClusters(t *testing.T) {
	for _, tc := range []struct {
		text    string
		matched []int
		want    []textSeg
	}{
		{"Sergei Lavrov", []int{7, 8, 9}, []textSeg{{text: "Sergei "}, {text: "Lav", bold: true}, {text: "rov"}}},
		// ল্যা is ল + ্ + য + া: a match on ল marks the whole conjunct.
		{"ল্যাভরভ", []int{0}, []textSeg{{text: "ল্যা", bold: true}, {text: "ভরভ"}}},
		{"পিয়ংইয়ং", []int{1}, []textSeg{{text: "পি", bold: true}, {text: "য়ংইয়ং"}}},
		{"", nil, nil},
	} {
		got := matchSegments(tc.text, tc.matched)
		if len(got) != len(tc.want) {
			t.Errorf("%q: got %v, want %v", tc.text, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("%q: segment %d is %+v, want %+v", tc.text, i, got[i], tc.want[i])
			}
		}
	}
}

func TestSelectingEntryScrollsToOccurrences(t *testing.T) {
	// Lavrov is named only far down the article, so choosing him must
	// scroll there; a second choice goes on to the next occurrence.
	filler := strings.Repeat("ফোরামে বাণিজ্য, জ্বালানি ও পর্যটন নিয়ে দীর্ঘ আলোচনা হয় এবং প্রতিনিধিরা নানা প্রস্তাব দেন।\n\n", 120)
	text := filler + "সের্গেই ল্যাভরভ বলেন, আলোচনা ফলপ্রসূ হয়েছে।\n\n" + filler + "ল্যাভরভের মতে সেতুটি গুরুত্বপূর্ণ।\n"
	s := newTestScreen(t, text)
	if s.view.viewTop != 0 {
		t.Fatalf("a new article opens at %v, not its top", s.view.viewTop)
	}
	test.Type(s.pane.search, "lavrov")
	if len(s.pane.results) == 0 {
		t.Fatal("no result for lavrov")
	}
	test.Tap(s.pane.search) // keep the focus somewhere harmless
	s.pane.onFoundSelected(0)
	lavrov := s.pane.results[0].Entry
	item := s.doc.itemFor(lavrov)
	if item < 0 || len(s.doc.items[item].spans) != 2 {
		t.Fatalf("the article should name Lavrov twice; items: %d", item)
	}
	spans := s.doc.items[item].spans
	for k, want := range spans {
		if s.view.current != int(want) {
			t.Fatalf("choice %d: current highlight %d, want %d", k+1, s.view.current, want)
		}
		if _, _, ok := s.view.spanBounds(int(want)); !ok {
			t.Fatalf("choice %d: occurrence %d is not in view (view top %v)", k+1, want, s.view.viewTop)
		}
		if !s.view.marked[want] {
			t.Errorf("occurrence %d is not marked", want)
		}
		if got := s.pane.card.occ.Text; !strings.HasPrefix(got, []string{"1 of 2", "2 of 2"}[k]) {
			t.Errorf("the card says %q", got)
		}
		if s.pane.card.title.Text != lavrov.Headword() {
			t.Errorf("the pane's card shows %q", s.pane.card.title.Text)
		}
		s.pane.onFoundSelected(0) // the same row again: the next occurrence
	}
	if s.view.current != int(spans[0]) {
		t.Errorf("a third choice should wrap to the first occurrence, at %d", s.view.current)
	}
}

func TestClickSelectsEntryInPane(t *testing.T) {
	s := newTestScreen(t, "")
	i := findSpan(t, s.doc, "ল্যাভরভের")
	test.TapCanvas(s.w.Canvas(), spanPoint(t, s, i))
	e := s.doc.ann.Spans[i].Entry
	if s.sel.entry != e {
		t.Fatalf("clicking %s selected %v", e.EnglishHeadword(), s.sel.entry)
	}
	if s.pane.selected != "e:"+e.ID {
		t.Errorf("the pane selected %q", s.pane.selected)
	}
	if s.pane.card.title.Text != e.Headword() || !strings.Contains(s.pane.card.english.Text, "Sergei Lavrov") {
		t.Errorf("the pane's card shows %q / %q", s.pane.card.title.Text, s.pane.card.english.Text)
	}
	if !s.card.pinned {
		t.Error("clicking a highlight should pin its card")
	}
	if s.w.Canvas().Focused() != s.view {
		t.Error("clicking the article should focus it for the keyboard")
	}
}

func TestInThisArticleList(t *testing.T) {
	s := newTestScreen(t, "")
	if len(s.doc.items) == 0 {
		t.Fatal("no entries in the sample")
	}
	seen := map[string]bool{}
	last := -1
	for _, it := range s.doc.items {
		if seen[it.key()] {
			t.Errorf("%s listed twice", it.key())
		}
		seen[it.key()] = true
		if int(it.spans[0]) <= last {
			t.Errorf("%s is not in order of first appearance", it.key())
		}
		last = int(it.spans[0])
	}
	if got := s.pane.here.Length(); got != len(s.doc.items) {
		t.Errorf("the list has %d rows for %d entries", got, len(s.doc.items))
	}
	if got := s.pane.allList.Length(); got != s.g.Len() {
		t.Errorf("All lists %d of %d entries", got, s.g.Len())
	}
}

// Choosing an entry the article does not name (from All or a search)
// says so and leaves nothing of the previous choice marked.
func TestChoosingEntryNotInArticle(t *testing.T) {
	s := newTestScreen(t, "সের্গেই ল্যাভরভ মস্কোয় বলেন, ল্যাভরভের দপ্তর খুশি।")
	i := findSpan(t, s.doc, "ল্যাভরভের")
	s.onSpanTapped(i)
	if !s.card.Visible() || s.view.current < 0 && len(s.sel.spans) == 0 {
		t.Fatal("clicking Lavrov marks nothing")
	}
	test.Type(s.pane.search, "pyongyang")
	if len(s.pane.results) == 0 {
		t.Fatal("got no result for pyongyang; want the city")
	}
	s.pane.onFoundSelected(0)
	e := s.pane.results[0].Entry
	if s.doc.itemFor(e) >= 0 {
		t.Fatalf("%s is in the article; the test needs an entry it lacks", e.ID)
	}
	for k, m := range s.view.marked {
		if m {
			t.Errorf("got span %d still marked; want no marks", k)
		}
	}
	if s.view.current >= 0 {
		t.Errorf("got keyboard highlight on span %d; want none", s.view.current)
	}
	if s.card.Visible() {
		t.Error("got the old card still shown; want it hidden")
	}
	if got := s.pane.card.occ.Text; got != "Not in this article" {
		t.Errorf("got pane card %q; want “Not in this article”", got)
	}
	if got, want := s.note.Text, e.EnglishHeadword()+" is not in this article"; got != want {
		t.Errorf("got note %q; want %q", got, want)
	}
}
