package app

import (
	"fmt"
	"image/color"
	"slices"
	"strings"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/pathok/pathok/glossary"
	"github.com/pathok/pathok/glossary/highlight"
)

const maxResults = 60

// glossaryPane is the side pane: a search box over the glossary, the
// entries of this article and of the whole glossary, and the full card
// of the one selected.
type glossaryPane struct {
	g       *glossary.Glossary
	doc     *document
	all     []*glossary.Entry
	results []glossary.Result
	counts  map[string]int // entry id → occurrences in the article

	search   *widget.Entry
	hintFit  *placeholderFit // the search box's hint
	tabs     *container.AppTabs
	hereTab  *container.TabItem
	allTab   *container.TabItem
	here     *widget.List
	allList  *widget.List
	found    *widget.List
	foundBox *fyne.Container
	header   *widget.Label
	card     *entryCard
	root     fyne.CanvasObject

	selected string // key of the selected row: "e:<id>" or "u:<name>"

	// onSelect is told which row the reader chose; a second choice of the
	// same row asks for its next occurrence.
	onSelect func(entry *glossary.Entry, item int)
	// tag marks the user's changes in the lists: "edited", "yours" or "".
	tag func(e *glossary.Entry) string
}

func newGlossaryPane() *glossaryPane {
	p := &glossaryPane{counts: map[string]int{}}
	p.build()
	return p
}

func (p *glossaryPane) build() {
	p.search = widget.NewEntry()
	p.search.ActionItem = widget.NewIcon(theme.SearchIcon())
	p.search.OnChanged = p.onSearch
	p.search.OnSubmitted = func(string) { p.onSubmit() }

	p.here = p.newList(func() int {
		if p.doc == nil {
			return 0
		}
		return len(p.doc.items)
	}, p.updateHere, p.onHereSelected)
	p.allList = p.newList(func() int { return len(p.all) }, p.updateAll, p.onAllSelected)
	p.found = p.newList(func() int { return len(p.results) }, p.updateFound, p.onFoundSelected)

	p.hereTab = container.NewTabItem("In this article", p.here)
	p.allTab = container.NewTabItem("All", p.allList)
	p.tabs = container.NewAppTabs(p.hereTab, p.allTab)
	p.header = widget.NewLabel("")
	p.header.SizeName = theme.SizeNameCaptionText
	p.foundBox = container.NewBorder(p.header, nil, nil, nil, p.found)
	p.foundBox.Hide()

	p.card = newEntryCard()
	split, splitAt := newVSplit(container.NewStack(p.tabs, p.foundBox), p.card.root)
	splitAt.Offset = 0.55
	p.hintFit = &placeholderFit{entry: p.search, hints: firstFrameHints()}
	p.search.SetPlaceHolder(p.hintFit.hints[0])
	p.hintFit.box = container.New(p.hintFit, p.search)
	p.root = container.NewBorder(container.NewPadded(p.hintFit.box), nil, nil, nil, split)
}

// useAllHints lets the search box show the hints with Hangul too, once
// the window's first frame is up (see firstFrameHints).
func (p *glossaryPane) useAllHints() {
	p.hintFit.hints = searchHints
	p.hintFit.box.Refresh()
}

// searchHints are the search box's placeholders, longest first: the box
// shows the longest that fits, for an entry's placeholder is clipped
// mid-letter rather than cut with an ellipsis.
var searchHints = []string{"Search: lavrov, ল্যাভ, Лавров, 평양…", "Search: lavrov, Лавров…", "Search…"}

// firstFrameHints are searchHints without those with Hangul, for the
// window's first frame: drawing Hangul loads the system's CJK font (a
// 19 MB collection on Debian), which took ~100 ms before that frame.
func firstFrameHints() []string {
	return slices.DeleteFunc(slices.Clone(searchHints), func(h string) bool {
		return strings.IndexFunc(h, func(r rune) bool { return unicode.Is(unicode.Hangul, r) }) >= 0
	})
}

// placeholderFit lays out the search box full size and gives it the
// longest of its hints that fits its width.
type placeholderFit struct {
	entry *widget.Entry
	hints []string        // searchHints, or firstFrameHints at first
	box   *fyne.Container // the box it lays out
}

func (f *placeholderFit) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objects {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
	th := f.entry.Theme()
	// The text's room: the box less its padding and the search icon.
	room := size.Width - 4*th.Size(theme.SizeNameInnerPadding) - th.Size(theme.SizeNameInlineIcon)
	hint := f.hints[len(f.hints)-1]
	for _, h := range f.hints {
		if fyne.MeasureText(h, th.Size(theme.SizeNameText), fyne.TextStyle{}).Width <= room {
			hint = h
			break
		}
	}
	if f.entry.PlaceHolder != hint {
		f.entry.SetPlaceHolder(hint)
	}
}

func (f *placeholderFit) MinSize(objects []fyne.CanvasObject) fyne.Size {
	return objects[0].MinSize()
}

// listRow is a row of the pane's lists: a kind swatch, the names with
// the search's matches in bold (cut short with an ellipsis when the pane
// is narrow), the user's tag ("yours", "edited") and an occurrence count,
// which keep their room.
type listRow struct {
	bg     *canvas.Rectangle
	swatch *swatch
	text   *rowLine
	tag    *widget.Label
	count  *widget.Label
	box    *fyne.Container // text, tag and count: laid out again as they change
}

// newRow is an empty row and the object the list shows.
func newRow() (fyne.CanvasObject, *listRow) {
	r := &listRow{
		bg:     canvas.NewRectangle(color.Transparent),
		swatch: newSwatch(classPerson),
		text:   newRowLine(),
		tag:    widget.NewLabel(""),
		count:  widget.NewLabel(""),
	}
	r.count.SizeName = theme.SizeNameCaptionText
	r.tag.SizeName = theme.SizeNameCaptionText
	r.tag.TextStyle.Italic = true
	r.tag.Importance = widget.HighImportance
	r.tag.Hide()
	r.bg.CornerRadius = 4
	r.box = container.NewBorder(nil, nil, container.NewCenter(r.swatch), container.NewHBox(r.tag, r.count), r.text)
	return container.NewStack(r.bg, r.box), r
}

func (p *glossaryPane) newList(length func() int, update func(int, *listRow), selected func(int)) *widget.List {
	rows := map[fyne.CanvasObject]*listRow{}
	l := widget.NewList(length,
		func() fyne.CanvasObject {
			o, r := newRow()
			rows[o] = r
			return o
		},
		func(id widget.ListItemID, o fyne.CanvasObject) { update(id, rows[o]) })
	l.OnSelected = func(id widget.ListItemID) {
		// The list forgets the choice at once so that choosing the same
		// row again reaches us (for the next occurrence); the row shows
		// it is selected by its own background.
		l.Unselect(id)
		selected(id)
	}
	return l
}

func (p *glossaryPane) styleRow(r *listRow, key string, class markClass) {
	r.swatch.setClass(class)
	if key == p.selected {
		r.bg.FillColor = r.count.Theme().Color(theme.ColorNameSelection, fyne.CurrentApp().Settings().ThemeVariant())
	} else {
		r.bg.FillColor = color.Transparent
	}
	r.bg.Refresh()
}

func entryClass(e *glossary.Entry) markClass { return kindClass(e.Kind) }

// kindClass is the highlight style of a kind of name.
func kindClass(k glossary.Kind) markClass { return highlight.KindClass(k) }

// setCount shows the occurrences last, once the text and tag are set,
// and lays the row out again for their new widths.
func (p *glossaryPane) setCount(r *listRow, n int) {
	r.count.SetText(p.countLabel(n))
	r.box.Refresh()
}

func (p *glossaryPane) countLabel(n int) string {
	if n == 0 {
		return ""
	}
	return fmt.Sprintf("×%d", n)
}

func (p *glossaryPane) updateHere(id int, r *listRow) {
	if p.doc == nil || id >= len(p.doc.items) {
		return
	}
	it := &p.doc.items[id]
	if it.entry != nil {
		r.text.setSegments([]textSeg{{text: it.entry.Headword(), bold: true}, {text: "  " + it.entry.EnglishHeadword(), muted: true}})
		p.setTag(r, it.entry)
		p.styleRow(r, it.key(), entryClass(it.entry))
	} else {
		r.text.setSegments([]textSeg{{text: unknownKey(it.unknown), bold: true}, {text: "  not in glossary", muted: true}})
		p.setTag(r, nil)
		p.styleRow(r, it.key(), classUnknown)
	}
	p.setCount(r, len(it.spans))
}

func (p *glossaryPane) updateAll(id int, r *listRow) {
	if id >= len(p.all) {
		return
	}
	e := p.all[id]
	r.text.setSegments([]textSeg{{text: e.Headword(), bold: true}, {text: "  " + e.EnglishHeadword(), muted: true}})
	p.setTag(r, e)
	p.styleRow(r, "e:"+e.ID, entryClass(e))
	p.setCount(r, p.counts[e.ID])
}

func (p *glossaryPane) updateFound(id int, r *listRow) {
	if id >= len(p.results) {
		return
	}
	res := p.results[id]
	e := res.Entry
	segs := matchSegments(res.Text, res.Matched)
	other := e.EnglishHeadword()
	if res.Field == "english" || res.Field == "roman" {
		other = e.Headword()
	}
	if other != "" && other != res.Text {
		segs = append(segs, textSeg{text: "  " + other, muted: true})
	}
	if f := fieldName(res.Field); f != "" {
		segs = append(segs, textSeg{text: "  (" + f + ")", muted: true})
	}
	r.text.setSegments(segs)
	p.setTag(r, e)
	p.styleRow(r, "e:"+e.ID, entryClass(e))
	p.setCount(r, p.counts[e.ID])
}

// setTag shows the entry's tag ("edited", "yours") beside the count, or
// none; e is nil for a name not in the glossary.
func (p *glossaryPane) setTag(r *listRow, e *glossary.Entry) {
	t := ""
	if e != nil && p.tag != nil {
		t = p.tag(e)
	}
	r.tag.SetText(t)
	r.tag.Hidden = t == "" // setCount lays the row out again
}

func fieldName(f string) string {
	switch f {
	case "native":
		return "original"
	case "roman":
		return "romanised"
	case "short":
		return "short form"
	case "russian":
		return "in Russian"
	case "korean":
		return "in Korean"
	case "hanja":
		return "Hanja"
	}
	return ""
}

// textSeg is a run of a list row's text.
type textSeg struct {
	text                string
	bold, muted, italic bool
}

func setSegments(rt *widget.RichText, segs []textSeg) {
	out := make([]widget.RichTextSegment, 0, len(segs))
	for _, s := range segs {
		st := widget.RichTextStyleInline
		if s.bold {
			st = widget.RichTextStyleStrong
			st.ColorName = theme.ColorNamePrimary
		}
		if s.muted {
			st.ColorName = theme.ColorNamePlaceHolder
		}
		if s.italic {
			st.TextStyle.Italic = true
			st.ColorName = theme.ColorNamePrimary
		}
		out = append(out, &widget.TextSegment{Text: s.text, Style: st})
	}
	rt.Segments = out
	rt.Refresh()
}

// matchSegments splits a search result's text into runs, the matched
// characters bold. A match inside a Bengali cluster marks the whole
// cluster: a vowel sign or conjunct drawn apart from its consonant would
// not shape.
func matchSegments(text string, matched []int) []textSeg {
	runes := []rune(text)
	if len(runes) == 0 {
		return nil
	}
	hit := make([]bool, len(runes))
	for _, m := range matched {
		if m >= 0 && m < len(runes) {
			hit[m] = true
		}
	}
	// Spread each hit over its cluster.
	start := 0
	for i := 1; i <= len(runes); i++ {
		if i < len(runes) && !clusterBreakOK(runes, int32(i)) {
			continue
		}
		any := false
		for k := start; k < i; k++ {
			any = any || hit[k]
		}
		for k := start; k < i; k++ {
			hit[k] = any
		}
		start = i
	}
	var segs []textSeg
	from := 0
	for i := 1; i <= len(runes); i++ {
		if i == len(runes) || hit[i] != hit[from] {
			segs = append(segs, textSeg{text: string(runes[from:i]), bold: hit[from]})
			from = i
		}
	}
	return segs
}

// setGlossary shows a new glossary; sorted is g.Sorted(), worked out off
// the UI goroutine.
func (p *glossaryPane) setGlossary(g *glossary.Glossary, sorted []*glossary.Entry) {
	p.g, p.all = g, sorted
	p.allTab.Text = fmt.Sprintf("All (%d)", len(sorted))
	p.tabs.Refresh()
	p.allList.Refresh()
	if p.search.Text != "" {
		p.onSearch(p.search.Text)
	}
}

// setDocument lists the entries of a new article.
func (p *glossaryPane) setDocument(d *document) {
	p.doc = d
	clear(p.counts)
	n := 0
	if d != nil {
		for _, it := range d.items {
			if it.entry != nil {
				p.counts[it.entry.ID] = len(it.spans)
			}
		}
		n = len(d.items)
	}
	p.hereTab.Text = fmt.Sprintf("In this article (%d)", n)
	p.selected = ""
	p.card.clear()
	p.tabs.Refresh()
	p.here.Refresh()
	p.allList.Refresh()
	p.found.Refresh()
}

func (p *glossaryPane) onSearch(q string) {
	if strings.TrimSpace(q) == "" || p.g == nil {
		p.results = nil
		p.foundBox.Hide()
		p.tabs.Show()
		return
	}
	here := make([]string, 0, len(p.counts)) // named in the article: before fuzzy matches
	for id := range p.counts {
		here = append(here, id)
	}
	p.results = p.g.Search(q, maxResults, here...)
	switch len(p.results) {
	case 0:
		p.header.SetText("No entry matches “" + strings.TrimSpace(q) + "”")
	case 1:
		p.header.SetText("1 match")
	case maxResults:
		p.header.SetText(fmt.Sprintf("The best %d matches", maxResults))
	default:
		p.header.SetText(fmt.Sprintf("%d matches", len(p.results)))
	}
	p.tabs.Hide()
	p.foundBox.Show()
	p.found.Refresh()
	p.found.ScrollToTop()
}

func (p *glossaryPane) onSubmit() {
	if len(p.results) > 0 {
		p.onFoundSelected(0)
	}
}

func (p *glossaryPane) onHereSelected(id int) {
	if p.doc == nil || id >= len(p.doc.items) {
		return
	}
	it := &p.doc.items[id]
	p.choose(it.key(), it.entry, id)
}

func (p *glossaryPane) onAllSelected(id int) {
	if id < len(p.all) {
		p.chooseEntry(p.all[id])
	}
}

func (p *glossaryPane) onFoundSelected(id int) {
	if id < len(p.results) {
		p.chooseEntry(p.results[id].Entry)
	}
}

func (p *glossaryPane) chooseEntry(e *glossary.Entry) {
	p.choose("e:"+e.ID, e, p.doc.itemFor(e))
}

func (p *glossaryPane) choose(key string, e *glossary.Entry, item int) {
	p.selected = key
	p.here.Refresh()
	p.allList.Refresh()
	p.found.Refresh()
	if p.onSelect != nil {
		p.onSelect(e, item)
	}
}

// reveal selects an entry chosen elsewhere (a click in the article),
// showing its row in "In this article".
func (p *glossaryPane) reveal(item int) {
	if p.doc == nil || item < 0 || item >= len(p.doc.items) {
		return
	}
	p.selected = p.doc.items[item].key()
	if p.search.Text == "" {
		p.tabs.Select(p.hereTab)
	}
	p.here.ScrollTo(item)
	p.here.Refresh()
	p.allList.Refresh()
	p.found.Refresh()
}
