package app

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
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

// The pane's rows hold at narrow widths: the names end with an ellipsis
// inside their room (never clipped mid-letter or drawn past it), the
// count and the "yours" tag keep their room beside them, and nothing
// overlaps or leaves the row.
func TestPaneRowsAtNarrowWidths(t *testing.T) {
	s := newTestScreen(t, "")
	// A name of the reader's own, with a long English headword.
	i := unknownSpan(t, s)
	s.showAddEntry(s.doc.ann.Spans[i])
	s.form.english.SetText("Yelena Sorokina, spokeswoman of the Far Eastern economic forum")
	test.Tap(s.form.save)
	s.wait()
	p := s.pane
	yours := -1
	for k, it := range p.doc.items {
		if it.entry != nil && s.entryTag(it.entry) == "yours" {
			yours = k
		}
	}
	if yours < 0 {
		t.Fatal("got no entry of the reader's own in the article; want the one just added")
	}
	lavrov := p.doc.itemFor(s.doc.ann.Spans[findSpan(t, s.doc, "ল্যাভরভের")].Entry)

	type rowCase struct {
		name     string
		fill     func(r *listRow)
		wantTag  string
		wantText string
	}
	cases := []rowCase{
		{"yours, in this article", func(r *listRow) { p.updateHere(yours, r) }, "yours", ""},
		{"known name, in this article", func(r *listRow) { p.updateHere(lavrov, r) }, "", ""},
	}
	// Search results in four scripts, their matched form and field shown.
	for _, q := range []string{"শোইগুর", "shoigo", "Сеул", "모스크바", "yelena sorokina"} {
		q := q
		cases = append(cases, rowCase{"search " + q, func(r *listRow) {
			p.search.SetText(q)
			if len(p.results) == 0 {
				t.Fatalf("got no result for %q", q)
			}
			p.updateFound(0, r)
		}, "", ""})
	}
	for _, width := range []float32{180, 240, 320, 900} {
		for _, tc := range cases {
			t.Run(fmt.Sprintf("%s at %v px", tc.name, width), func(t *testing.T) {
				o, r := newRow()
				w := test.NewTempWindow(t, o)
				w.SetPadded(false)
				tc.fill(r)
				h := o.MinSize().Height
				w.Resize(fyne.NewSize(width, h))
				o.Resize(fyne.NewSize(width, h))
				checkRow(t, o, r, width)
				if tc.name == "yours, in this article" && (!r.tag.Visible() || r.tag.Text != "yours") {
					t.Errorf("got tag %q (shown %v); want “yours” shown", r.tag.Text, r.tag.Visible())
				}
			})
		}
	}
}

// checkRow checks the geometry of a pane row laid out width wide.
func checkRow(t *testing.T, o fyne.CanvasObject, r *listRow, width float32) {
	t.Helper()
	d := fyne.CurrentApp().Driver()
	left := func(x fyne.CanvasObject) float32 { return d.AbsolutePositionForObject(x).X }
	right := func(x fyne.CanvasObject) float32 { return left(x) + x.Size().Width }
	const slack = 0.5
	rowRight := left(o) + width

	// The runs of text inside the line's room, side by side; the cut one
	// ends with an ellipsis and the text shown starts the full text.
	var shown strings.Builder
	lineRight := right(r.text)
	var last *canvas.Text
	for _, x := range test.TempWidgetRenderer(t, r.text).Objects() {
		txt := x.(*canvas.Text)
		if !txt.Visible() {
			continue
		}
		if end := left(txt) + txt.MinSize().Width; end > lineRight+slack {
			t.Errorf("got %q ending at %v, past its line's end %v", txt.Text, end, lineRight)
		}
		if last != nil && left(txt) < left(last)+last.MinSize().Width-slack {
			t.Errorf("got %q over %q", txt.Text, last.Text)
		}
		shown.WriteString(txt.Text)
		last = txt
	}
	full := r.text.String()
	got := shown.String()
	switch {
	case got == full:
	case strings.HasSuffix(got, "…"):
		prefix := []rune(strings.TrimSuffix(got, "…"))
		if !strings.HasPrefix(full, string(prefix)) {
			t.Errorf("got %q shown for %q; want its start and an ellipsis", got, full)
		}
		if n := len(prefix); n > 0 && n < len([]rune(full)) && !clusterBreakOK([]rune(full), int32(n)) {
			t.Errorf("got %q cut inside a cluster of %q", got, full)
		}
	default:
		t.Errorf("got %q shown for %q; want it whole or cut with an ellipsis", got, full)
	}
	if width >= 900 && got != full {
		t.Errorf("got %q at %v px; want the whole %q", got, width, full)
	}

	// line | tag | count, in that order, inside the row.
	next := lineRight
	for _, x := range []*widget.Label{r.tag, r.count} {
		if !x.Visible() || x.Text == "" {
			continue
		}
		if x.Size().Width < x.MinSize().Width-slack {
			t.Errorf("got %q squeezed to %v; want its %v", x.Text, x.Size().Width, x.MinSize().Width)
		}
		if left(x) < next-slack {
			t.Errorf("got %q starting at %v, over what is before it (ends at %v)", x.Text, left(x), next)
		}
		next = right(x)
	}
	if next > rowRight+slack {
		t.Errorf("got the row's content ending at %v; want it inside the row (%v)", next, rowRight)
	}
	if r.count.Text == "" && !strings.Contains(full, "Сеул") && strings.Contains(full, "Sergei Lavrov") {
		t.Errorf("got no count for %q; want its occurrences", full)
	}
}

// The search box's hint fits the pane, the longest that does: Fyne clips
// a placeholder mid-letter.
func TestPaneSearchHintFits(t *testing.T) {
	s := newTestScreen(t, "")
	p := s.pane
	th := p.search.Theme()
	width := func(h string) float32 {
		return fyne.MeasureText(h, th.Size(theme.SizeNameText), fyne.TextStyle{}).Width
	}
	for _, w := range []float32{140, 180, 240, 320, 600} {
		p.root.Resize(fyne.NewSize(w, 600))
		room := p.search.Size().Width - 4*th.Size(theme.SizeNameInnerPadding) - th.Size(theme.SizeNameInlineIcon)
		got := p.search.PlaceHolder
		chosen := slices.Index(searchHints, got)
		if chosen < 0 {
			t.Fatalf("at %v px: got hint %q; want one of %q", w, got, searchHints)
		}
		if chosen < len(searchHints)-1 && width(got) > room {
			t.Errorf("at %v px: got hint %q %v wide in a box with room for %v; want it to fit", w, got, width(got), room)
		}
		for _, longer := range searchHints[:chosen] {
			if width(longer) <= room {
				t.Errorf("at %v px: got hint %q; want the longer %q, which fits", w, got, longer)
			}
		}
	}
	p.root.Resize(fyne.NewSize(600, 600))
	if got := p.search.PlaceHolder; got != searchHints[0] {
		t.Errorf("at 600 px: got hint %q; want the whole %q", got, searchHints[0])
	}
}
