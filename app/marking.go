package app

import (
	"context"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/pathok/pathok/glossary"
	"github.com/pathok/pathok/glossary/figures"
)

// Marking a long article takes seconds; its first screens take
// milliseconds. So an article is shown with its first paragraphs marked,
// and marked whole in the background, the marks replaced in place when
// that is done. An article opened while the glossary is still loading is
// shown as plain text, and marked when the glossary is ready.

// firstPartBytes is how much of a long article is marked before it is
// shown: many screens' worth, so that the reader who scrolls at once
// still sees marks, yet only a few milliseconds' work.
const firstPartBytes = 64 << 10

// firstPart is where the first part of text ends: at the first line
// break after firstPartBytes. ok is false when text is short enough to
// mark whole straight away.
func firstPart(text string) (cut int, ok bool) {
	if len(text) <= 2*firstPartBytes {
		return len(text), false
	}
	i := strings.IndexByte(text[firstPartBytes:], '\n')
	if i < 0 || firstPartBytes+i+1 >= len(text)-firstPartBytes/2 {
		return len(text), false // one long paragraph: nowhere to cut
	}
	return firstPartBytes + i + 1, true
}

// markStart annotates the first part of text with g: an annotation of
// all of text, with the spans of its first part. A span never crosses a
// line break, and offsets count from the start, so the part's spans are
// where they are in the whole. to is the rune where the part ends.
func markStart(ctx context.Context, g *glossary.Glossary, opt figures.Options, text string, cut int) (ann *glossary.Annotation, to int32, err error) {
	part, err := g.AnnotateContextWith(ctx, text[:cut], opt)
	if err != nil {
		return nil, 0, err
	}
	return &glossary.Annotation{Text: text, Spans: part.Spans}, int32(utf8.RuneCountInString(text[:cut])), nil
}

// firstDocument is what to show of text at once: all of it marked when
// it is short, its first part marked when it is long (markDocument marks
// the rest), its text alone while g is nil.
func firstDocument(ctx context.Context, src source, text string, g *glossary.Glossary, opt figures.Options) (*document, error) {
	if g == nil {
		return plainDocument(src.name, src.uri, text), nil
	}
	cut, part := firstPart(text)
	if !part {
		ann, err := g.AnnotateContextWith(ctx, text, opt)
		if err != nil {
			return nil, err
		}
		d := newDocument(src.name, src.uri, ann)
		d.g = g
		return d, nil
	}
	ann, to, err := markStart(ctx, g, opt, text, cut)
	if err != nil {
		return nil, err
	}
	d := newDocument(src.name, src.uri, ann)
	d.marks, d.markedTo, d.g = startMarked, to, g
	return d, nil
}

// markedStart is d, shown as text alone so far, marked by g as
// firstDocument marks: its first part when it is long, else all of it.
// It shares d's text and paragraphs.
func (d *document) markedStart(ctx context.Context, g *glossary.Glossary, opt figures.Options) (*document, error) {
	text := d.ann.Text
	if cut, part := firstPart(text); part {
		ann, to, err := markStart(ctx, g, opt, text, cut)
		if err != nil {
			return nil, err
		}
		return d.remarked(ann, g, startMarked, to), nil
	}
	ann, err := g.AnnotateContextWith(ctx, text, opt)
	if err != nil {
		return nil, err
	}
	return d.remarked(ann, g, fullyMarked, 0), nil
}

// markDocument marks the article on screen with the glossary in force,
// where it is not marked with it yet: first its first part, when nothing
// of it is and it is long, then the whole, each in the background and
// shown in place. A newer article or marking cancels it. It reports
// whether there was anything to mark. UI goroutine.
func (s *mainScreen) markDocument() bool {
	d, g, opt := s.doc, s.g, s.figureOptions()
	// A whole marking by an unknown glossary is one made after an edit
	// (showChange, reannotate) with the glossary in force.
	if d == nil || g == nil || d.marks == fullyMarked && (d.g == g || d.g == nil) {
		return false
	}
	text := d.ann.Text
	if cut, part := firstPart(text); part && (d.g != g || d.marks == notMarked) {
		start := time.Now()
		s.backgroundLatest(s.marking, s.statusLine(), func(ctx context.Context) func() {
			ann, to, err := markStart(ctx, g, opt, text, cut)
			s.timings.stepf("first part marked", "%d bytes, marking took %s", cut, ms(time.Since(start)))
			return func() {
				if err == nil && ctx.Err() == nil && s.doc == d && s.g == g {
					shown := d.remarked(ann, g, startMarked, to)
					s.showMarks(shown)
					// The rest once these marks are drawn: marking 5 MB
					// beside the frame that shows them held it up.
					s.waitingForMarks = append(s.waitingForMarks, func() {
						if s.doc == shown {
							s.markDocument()
						}
					})
				}
				s.runAfterFirstMarks()
			}
		})
		return true
	}
	start := time.Now()
	s.backgroundLatest(s.marking, s.statusLine(), func(ctx context.Context) func() {
		ann, err := g.AnnotateContextWith(ctx, text, opt)
		took := time.Since(start)
		return func() {
			// Else a newer article or glossary is marked instead.
			if err == nil && ctx.Err() == nil && s.doc == d && s.g == g {
				s.timings.stepf("whole article marked", "%d spans, marking took %s", len(ann.Spans), ms(took))
				s.showMarks(d.remarked(ann, g, fullyMarked, 0))
			}
			s.runAfterFirstMarks()
		}
	})
	return true
}

// afterFirstMarks has f run once the marking just started has shown
// its first marks (or was dropped), or the marks on screen now when
// nothing is being marked, and the frame that shows them is drawn: work
// that can wait (marking the rest of a long article, the glossary's
// search index, keeping a 5 MB article in the library) would slow the
// first marks down on two cores. UI goroutine.
func (s *mainScreen) afterFirstMarks(marking bool, f func()) {
	s.waitingForMarks = append(s.waitingForMarks, f)
	if !marking {
		s.runAfterFirstMarks()
	}
}

// runAfterFirstMarks runs what waits for the marks just put on screen,
// once they are drawn (see followFrames).
func (s *mainScreen) runAfterFirstMarks() {
	fs := s.waitingForMarks
	s.waitingForMarks = nil
	if len(fs) == 0 {
		return
	}
	run := func() {
		for _, f := range fs {
			f()
		}
	}
	if !s.followFrames {
		run()
		return
	}
	s.painted.afterNextFrame(func() { s.onUI(run) })
}

// showMarks shows d, the article on screen marked further, in place,
// keeping the entry chosen in the glossary pane and the card the reader
// is looking at, when its highlight is still there.
func (s *mainScreen) showMarks(d *document) {
	focus := ""
	if s.sel.entry != nil {
		focus = s.sel.entry.ID
	}
	old, card, pinned := s.doc, -1, s.card.pinned
	if s.card.Visible() {
		card = s.card.span
	}
	hovered := card >= 0 && s.view.hover == card
	s.replaceDocument(d, focus)
	s.updateStatus()
	if old == nil || card < 0 || card >= len(old.ann.Spans) {
		return
	}
	if j := sameSpan(d, &old.ann.Spans[card]); j >= 0 {
		if hovered {
			s.view.hover = j
			s.view.Refresh()
		}
		s.showCard(j, pinned)
	}
}

// sameSpan is the span of d over the same runes as sp, or -1.
func sameSpan(d *document, sp *glossary.Span) int {
	spans := d.ann.Spans
	j := sort.Search(len(spans), func(i int) bool { return spans[i].Start >= sp.Start })
	if j < len(spans) && spans[j].Start == sp.Start && spans[j].End == sp.End {
		return j
	}
	return -1
}
