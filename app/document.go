package app

import (
	"unicode"

	"fyne.io/fyne/v2"

	"github.com/pathok/pathok/glossary"
	"github.com/pathok/pathok/glossary/page"
)

// document is an annotated article ready to show: the engine's annotation
// plus what the view and the glossary pane index it by. It is built off
// the UI goroutine and never changed once shown.
type document struct {
	name string   // for the title bar and status line
	uri  fyne.URI // nil for the sample and pasted text
	ann  *glossary.Annotation

	// runes is the text as drawn: the annotation's text with tabs and
	// control characters turned to spaces, so that span offsets still hold.
	runes    []rune
	paras    []paragraph
	spanPara []int32 // the paragraph each span starts in

	headings []page.Heading // of an HTML page; drawn as headings (headings.go)

	items  []articleItem // entries and unknown names, in order of first appearance
	itemOf []int32       // the item of each name span; -1 for figures
	counts glossary.Counts

	// A long article is shown with its first paragraphs marked, then
	// again when all of it is; one opened before the glossary has loaded
	// is shown unmarked first. marks says which, and markedTo is the rune
	// where the marking stops (len(runes) once marked).
	marks    markState
	markedTo int32
	g        *glossary.Glossary // the glossary that marked it; nil if unknown (see markDocument)
}

// markState is how much of a document is marked.
type markState uint8

const (
	fullyMarked markState = iota // every name and figure; also a document built whole
	notMarked                    // the text only: the glossary is still loading
	startMarked                  // the first paragraphs, up to markedTo
)

// paragraph is one non-empty line of the article, without its outer
// spaces, and the spans that start in it.
type paragraph struct {
	start, end     int32
	spanLo, spanHi int32
}

// articleItem is one row of "In this article": a glossary entry, or a
// name the glossary lacks.
type articleItem struct {
	entry   *glossary.Entry // nil for an unknown name
	unknown *glossary.Span  // the first span of an unknown name
	spans   []int32
}

func (it *articleItem) key() string {
	if it.entry != nil {
		return "e:" + it.entry.ID
	}
	return "u:" + unknownKey(it.unknown)
}

// unknownKey groups the inflections of an unknown name.
func unknownKey(s *glossary.Span) string {
	if s.Base != "" {
		return s.Base
	}
	return s.Text
}

func newDocument(name string, uri fyne.URI, ann *glossary.Annotation) *document {
	d := &document{name: name, uri: uri, ann: ann, counts: ann.Counts()}
	d.runes = []rune(ann.Text)
	for i, r := range d.runes {
		if r != '\n' && (r == '\t' || unicode.IsControl(r)) {
			d.runes[i] = ' '
		}
	}
	d.markedTo = int32(len(d.runes))
	d.splitParagraphs()
	d.indexSpans()
	return d
}

// plainDocument is text to show before the glossary can mark it.
func plainDocument(name string, uri fyne.URI, text string) *document {
	d := newDocument(name, uri, &glossary.Annotation{Text: text})
	d.marks, d.markedTo = notMarked, 0
	return d
}

// remarked is d with the spans of ann, an annotation of the same text
// by g, found up to rune markedTo (the whole text when marks is
// fullyMarked). It shares d's text and paragraphs, which a 5 MB article
// need not build again.
func (d *document) remarked(ann *glossary.Annotation, g *glossary.Glossary, marks markState, markedTo int32) *document {
	if marks == fullyMarked {
		markedTo = int32(len(d.runes))
	}
	d2 := &document{name: d.name, uri: d.uri, ann: ann, counts: ann.Counts(),
		runes: d.runes, headings: d.headings, marks: marks, markedTo: markedTo, g: g}
	d2.paras = make([]paragraph, len(d.paras))
	for i, p := range d.paras {
		d2.paras[i] = paragraph{start: p.start, end: p.end}
	}
	d2.indexSpans()
	return d2
}

// sameText reports whether a and b show the same runes, so that a
// layout of one holds for the other.
func sameText(a, b *document) bool {
	return a != nil && b != nil && len(a.runes) == len(b.runes) &&
		(len(a.runes) == 0 || &a.runes[0] == &b.runes[0])
}

func isParaBreak(r rune) bool {
	return r == '\n' || r == '\u2028' || r == '\u2029'
}

func (d *document) splitParagraphs() {
	rs := d.runes
	start := 0
	emit := func(s, e int) {
		for s < e && unicode.IsSpace(rs[s]) {
			s++
		}
		for e > s && unicode.IsSpace(rs[e-1]) {
			e--
		}
		if s < e {
			d.paras = append(d.paras, paragraph{start: int32(s), end: int32(e)})
		}
	}
	for i, r := range rs {
		if isParaBreak(r) || r == '\r' && (i+1 == len(rs) || rs[i+1] != '\n') {
			emit(start, i)
			start = i + 1
		}
	}
	emit(start, len(rs))
}

func (d *document) indexSpans() {
	spans := d.ann.Spans
	d.spanPara = make([]int32, len(spans))
	d.itemOf = make([]int32, len(spans))
	p := 0
	for i := range spans {
		s := &spans[i]
		for p+1 < len(d.paras) && int(d.paras[p].end) <= s.Start {
			p++
		}
		d.spanPara[i] = int32(p)
	}
	for pi := range d.paras {
		d.paras[pi].spanLo, d.paras[pi].spanHi = -1, -1
	}
	for i := len(spans) - 1; i >= 0; i-- {
		pp := &d.paras[d.spanPara[i]]
		if pp.spanHi < 0 {
			pp.spanHi = int32(i + 1)
		}
		pp.spanLo = int32(i)
	}
	for pi := range d.paras {
		if d.paras[pi].spanLo < 0 {
			d.paras[pi].spanLo, d.paras[pi].spanHi = 0, 0
		}
	}

	byKey := map[string]int32{}
	for i := range spans {
		s := &spans[i]
		d.itemOf[i] = -1
		var it articleItem
		switch {
		case s.Entry != nil:
			it.entry = s.Entry
		case s.Unknown:
			it.unknown = s
		default:
			continue
		}
		k := it.key()
		idx, ok := byKey[k]
		if !ok {
			idx = int32(len(d.items))
			byKey[k] = idx
			d.items = append(d.items, it)
		}
		d.items[idx].spans = append(d.items[idx].spans, int32(i))
		d.itemOf[i] = idx
	}
}

// itemFor finds the row of an entry, or -1.
func (d *document) itemFor(e *glossary.Entry) int {
	if d == nil || e == nil {
		return -1
	}
	for i := range d.items {
		if d.items[i].entry == e || d.items[i].entry != nil && d.items[i].entry.ID == e.ID {
			return i
		}
	}
	return -1
}

// paraText is the text of paragraph p as the reader sees it.
func (d *document) paraText(p int) string {
	pp := d.paras[p]
	return string(d.runes[pp.start:pp.end])
}
