package app

import "github.com/pathok/pathok/glossary"

// Choosing an entry (in the glossary pane, or by clicking it in the
// article) marks its occurrences and steps through them.

// onSpanTapped pins the card of a clicked highlight and selects its entry.
func (s *mainScreen) onSpanTapped(i int) {
	if s.doc == nil {
		return
	}
	s.showCard(i, true)
	item := int(s.doc.itemOf[i])
	if item < 0 {
		return
	}
	it := &s.doc.items[item]
	s.selectItem(it.key(), it.entry, item)
	for k, sp := range s.sel.spans {
		if int(sp) == i {
			s.sel.at = k
		}
	}
	s.pane.card.setOccurrence(s.sel.at, len(s.sel.spans))
	s.pane.reveal(item)
}

// onPaneSelect follows a choice in the glossary pane: mark the entry's
// occurrences and go to the first, or to the next on a second choice.
func (s *mainScreen) onPaneSelect(e *glossary.Entry, item int) {
	key := ""
	if item >= 0 && s.doc != nil {
		key = s.doc.items[item].key()
	} else if e != nil {
		key = "e:" + e.ID
	}
	if key == s.sel.key && len(s.sel.spans) > 0 {
		s.stepOccurrence(+1)
		return
	}
	s.selectItem(key, e, item)
	if len(s.sel.spans) > 0 {
		s.sel.at = -1
		s.stepOccurrence(+1)
		return
	}
	if e != nil && s.doc != nil {
		// Chosen from All or a search: nothing of the old choice may stay
		// marked, or the reader takes it for this entry.
		s.hideCard()
		s.view.setCurrent(-1)
		s.flash(e.EnglishHeadword() + " is not in this article")
	}
}

// selectItem makes an entry (or an unknown name) the selection, marking its
// occurrences and filling the pane's card.
func (s *mainScreen) selectItem(key string, e *glossary.Entry, item int) {
	s.sel = choice{key: key, entry: e, item: item, at: -1}
	if item >= 0 && s.doc != nil {
		s.sel.spans = s.doc.items[item].spans
	}
	s.view.setMarked(s.sel.spans)
	switch {
	case e != nil:
		s.pane.card.showEntry(s.g, e)
	case item >= 0:
		s.pane.card.showUnknown(s.doc.items[item].unknown)
	}
	s.pane.card.setOccurrence(-1, len(s.sel.spans))
}

// stepOccurrence goes to the next (+1) or previous (-1) occurrence of
// the selection.
func (s *mainScreen) stepOccurrence(dir int) {
	n := len(s.sel.spans)
	if n == 0 {
		return
	}
	if s.sel.at < 0 && dir < 0 {
		s.sel.at = 0
	}
	s.sel.at = (s.sel.at + dir + n) % n
	s.hideCard()
	s.view.setCurrent(int(s.sel.spans[s.sel.at]))
	s.pane.card.setOccurrence(s.sel.at, n)
}
