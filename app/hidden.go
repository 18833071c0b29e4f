package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/pathok/pathok/glossary"
)

// hiddenScreen lists the built-in entries the user hid, each with a
// button that puts it back.
type hiddenScreen struct {
	s       *mainScreen
	entries []*glossary.Entry
	list    *widget.List
	empty   *widget.Label
	dlg     *modal
}

// hiddenEntries are the hidden built-in entries, in the order hidden.
func (s *mainScreen) hiddenEntries() []*glossary.Entry {
	if s.user.ed == nil {
		return nil
	}
	byID := make(map[string]*glossary.Entry, len(s.user.builtin))
	for _, e := range s.user.builtin {
		byID[e.ID] = e
	}
	var out []*glossary.Entry
	for _, id := range s.user.ed.User().Hidden {
		if e, ok := byID[id]; ok {
			out = append(out, e)
		} else {
			// A hidden id the built-in glossary no longer has: still
			// listed, so that it can be cleared.
			out = append(out, &glossary.Entry{ID: id, English: []string{id}})
		}
	}
	return out
}

func (s *mainScreen) showHidden() {
	if !s.editable() {
		return
	}
	h := &hiddenScreen{s: s}
	h.build()
	h.dlg.Show()
}

func (h *hiddenScreen) build() {
	h.entries = h.s.hiddenEntries()
	h.empty = widget.NewLabel("No entry is hidden. Hide in the glossary pane takes a built-in entry out of matching; it is listed here to bring back.")
	h.empty.Wrapping = fyne.TextWrapWord
	h.list = widget.NewList(
		func() int { return len(h.entries) },
		func() fyne.CanvasObject {
			text := widget.NewRichText()
			text.Truncation = fyne.TextTruncateEllipsis
			return container.NewBorder(nil, nil, nil, widget.NewButtonWithIcon("Show again", theme.VisibilityIcon(), nil), text)
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if id >= len(h.entries) {
				return
			}
			e := h.entries[id]
			c := o.(*fyne.Container)
			setSegments(c.Objects[0].(*widget.RichText), []textSeg{{text: e.Headword(), bold: true}, {text: "  " + e.EnglishHeadword(), muted: true}})
			c.Objects[1].(*widget.Button).OnTapped = func() { h.onUnhide(e) }
		})
	h.list.OnSelected = func(id widget.ListItemID) { h.list.Unselect(id) }
	h.update()
	h.dlg = newCustom(h.s.w, "Hidden entries", "Close", container.NewStack(h.list, h.empty))
	h.dlg.Resize(dialogSize(h.s.w, 520, 420))
}

func (h *hiddenScreen) update() {
	if len(h.entries) == 0 {
		h.list.Hide()
		h.empty.Show()
	} else {
		h.empty.Hide()
		h.list.Show()
	}
	h.list.Refresh()
}

func (h *hiddenScreen) onUnhide(e *glossary.Entry) {
	if err := h.s.unhide(e); err != nil {
		h.s.showError("Cannot show the entry again", err)
		return
	}
	h.entries = h.s.hiddenEntries()
	h.update()
}
