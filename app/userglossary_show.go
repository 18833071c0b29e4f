package app

import (
	"context"

	"github.com/pathok/pathok/glossary"
	"github.com/pathok/pathok/glossary/figures"
	"github.com/pathok/pathok/glossary/user"
)

// showChange indexes snap, the editor's state, over the built-in
// entries and marks the open article again, off the UI goroutine, then
// shows all of it in one go, with how the save (if one was started)
// went. focus is the id of the entry to select afterwards ("" keeps the
// selection).
//
// One job does both the save's report and the display: two jobs would
// each call fyne.Do, and the test driver runs those on the jobs' own
// goroutines.
func (s *mainScreen) showChange(focus string, snap *user.File, save <-chan saved) {
	s.refreshUndo()
	doc, builtin, opt := s.doc, s.user.builtin, s.figureOptions()
	if focus == "" && s.sel.entry != nil {
		focus = s.sel.entry.ID
	}
	// Rapid edits or a held Ctrl+Z: a newer change cancels this one's
	// indexing; its save still completes and is reported.
	s.backgroundLatest(s.rebuilding, "Updating the glossary…", func(ctx context.Context) func() {
		// The save and the indexing run side by side; only when the save
		// took in another program's changes is the index built again.
		g, sorted, d2, err := indexChange(ctx, builtin, snap, doc, opt)
		var res saved
		if save != nil {
			res = <-save
		}
		if res.taken > 0 && res.err == nil && ctx.Err() == nil {
			g, sorted, d2, err = indexChange(ctx, builtin, res.merged, doc, opt)
		}
		return func() {
			if save != nil {
				s.onSaved(res)
			}
			if ctx.Err() != nil {
				return // a newer change shows this one too
			}
			if err != nil {
				s.updateStatus()
				s.showError("Cannot use the changed glossary", err)
				return
			}
			s.setGlossary(g, sorted)
			switch {
			case d2 != nil && s.doc == doc:
				s.replaceDocument(d2, focus)
			case s.doc != nil:
				// Another article opened meanwhile, marked with the old
				// glossary.
				s.reannotate(focus)
			default:
				s.reselect(focus)
			}
			s.updateStatus()
			s.showEditNote()
		}
	})
}

// indexChange builds the glossary of the user's file u over builtin,
// and marks doc (if any) with it. It runs off the UI goroutine.
// A cancelled ctx returns its error at once: a newer change follows.
func indexChange(ctx context.Context, builtin []*glossary.Entry, u *user.File, doc *document, opt figures.Options) (g *glossary.Glossary, sorted []*glossary.Entry, d *document, err error) {
	if err := ctx.Err(); err != nil { // overtaken while it waited its turn
		return nil, nil, nil, err
	}
	g, err = user.NewEditor(builtin, u).Glossary()
	if err != nil {
		return nil, nil, nil, err
	}
	sorted = g.Sorted()
	g.Search("ক", 1) // builds the search index before the first keystroke
	if doc != nil {
		ann, err := g.AnnotateContextWith(ctx, doc.ann.Text, opt)
		if err != nil {
			return nil, nil, nil, err
		}
		d = newDocument(doc.name, doc.uri, ann)
		d.headings = doc.headings
	}
	return g, sorted, d, nil
}

// reannotate marks the open article again with the current glossary.
func (s *mainScreen) reannotate(focus string) {
	doc, g, opt := s.doc, s.g, s.figureOptions()
	if doc == nil || g == nil {
		return
	}
	s.backgroundLatest(s.marking, "Marking the article again…", func(ctx context.Context) func() {
		ann, err := g.AnnotateContextWith(ctx, doc.ann.Text, opt)
		var d2 *document
		if err == nil {
			d2 = newDocument(doc.name, doc.uri, ann)
			d2.headings = doc.headings
		}
		return func() {
			if d2 != nil && s.doc == doc && s.g == g {
				s.replaceDocument(d2, focus)
				s.updateStatus()
				s.showEditNote()
			}
		}
	})
}

// replaceDocument shows a new annotation of the article on screen,
// keeping the scroll position, and selects the entry focus.
func (s *mainScreen) replaceDocument(d *document, focus string) {
	s.doc = d
	s.hideCard() // it shows a span of the old annotation
	s.view.replaceDocument(d)
	s.pane.setDocument(d)
	s.sel = choice{item: -1}
	s.reselect(focus)
}

// reselect selects the entry with id in the pane and marks it in the
// article; an entry that is gone (deleted or hidden) leaves the card empty.
func (s *mainScreen) reselect(id string) {
	if id == "" || s.g == nil {
		return
	}
	e, ok := s.g.ByID(id)
	if !ok {
		s.pane.selected = ""
		s.pane.card.clear()
		return
	}
	item := s.doc.itemFor(e)
	s.selectItem("e:"+e.ID, e, item)
	if item >= 0 {
		s.pane.reveal(item)
	} else {
		s.pane.selected = "e:" + e.ID
		s.pane.allList.Refresh()
		s.pane.found.Refresh()
	}
}
