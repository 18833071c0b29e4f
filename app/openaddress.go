package app

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/pathok/pathok/glossary/feed"
	"github.com/pathok/pathok/glossary/web"
)

// addressDialog is File ▸ Open address…: an address, a fetch that shows
// it is working and can be cancelled, and the fetch's error in its own
// words. The fetched story opens like a file and is kept.
type addressDialog struct {
	sh     *shelf
	d      *modal
	entry  *dialogEntry
	open   *widget.Button
	cancel *widget.Button
	busy   *widget.ProgressBarInfinite
	msg    *widget.Label

	// stop cancels the running fetch; gen drops a fetch's result once the
	// reader cancelled it or started another.
	stop context.CancelFunc
	gen  int
}

// showOpenAddress shows the dialog, with addr filled in; a non-empty
// addr is fetched at once (a pasted or dropped link).
func (sh *shelf) showOpenAddress(addr string) *addressDialog {
	ad := &addressDialog{sh: sh}
	ad.entry = newDialogEntry()
	ad.entry.SetPlaceHolder("https://… the address of a news article")
	ad.entry.SetText(addr)
	ad.entry.OnSubmitted = func(string) { ad.onOpen() }
	ad.msg = widget.NewLabel("")
	ad.msg.Wrapping = fyne.TextWrapWord
	ad.msg.Hide()
	ad.busy = widget.NewProgressBarInfinite()
	ad.busy.Stop()
	ad.busy.Hide()
	ad.open = widget.NewButtonWithIcon("Open", theme.DownloadIcon(), ad.onOpen)
	ad.open.Importance = widget.HighImportance
	ad.cancel = widget.NewButton("Cancel", ad.onCancel)
	content := container.NewVBox(
		widget.NewLabel("Pathok fetches the page, keeps its story in your library and opens it."),
		ad.entry, ad.busy, ad.msg)
	ad.d = newCustomButtons(sh.s.w, "Open address", content, []fyne.CanvasObject{ad.cancel, ad.open}, ad.onOpen, ad.onCancel)
	ad.d.Resize(dialogSize(sh.s.w, 620, 220))
	ad.d.Show()
	sh.s.w.Canvas().Focus(ad.entry)
	if addr != "" {
		ad.onOpen()
	}
	return ad
}

func (ad *addressDialog) setError(err error) {
	ad.msg.Importance = widget.DangerImportance
	ad.msg.SetText(err.Error())
	ad.msg.Show()
}

// onOpen fetches the address off the UI goroutine.
func (ad *addressDialog) onOpen() {
	if ad.stop != nil {
		return // already fetching
	}
	addr := ad.entry.Text
	u, err := web.ParseAddress(addr)
	if err != nil {
		ad.setError(err)
		return
	}
	ctx, cancel := context.WithCancel(ad.sh.ctx)
	ad.stop = cancel
	ad.gen++
	gen := ad.gen
	ad.msg.Importance = widget.MediumImportance
	ad.msg.SetText("Fetching " + u.Redacted() + "…")
	ad.msg.Show()
	ad.busy.Show()
	ad.busy.Start()
	ad.open.Disable()
	ad.entry.Disable()
	ad.sh.s.flash("Fetching " + u.Host + "…")
	client := ad.sh.client
	ad.sh.goWork(func() {
		story, err := feed.Fetch(ctx, client, u.String())
		ad.sh.do(func() {
			// Cancel bumps gen; so does closing Pathok (ad.sh.ctx).
			if gen != ad.gen || ad.sh.ctx.Err() != nil {
				return
			}
			ad.idle()
			if err != nil {
				ad.sh.s.flash("")
				ad.setError(err)
				return
			}
			ad.d.Hide()
			ad.sh.s.open(storySource(story))
		})
	})
}

// idle ends a fetch's progress and lets the reader edit again.
func (ad *addressDialog) idle() {
	if ad.stop != nil {
		ad.stop()
		ad.stop = nil
	}
	ad.busy.Stop()
	ad.busy.Hide()
	ad.open.Enable()
	ad.entry.Enable()
}

// onCancel stops a running fetch, or closes the dialog when none runs.
func (ad *addressDialog) onCancel() {
	if ad.stop == nil {
		ad.d.Hide()
		return
	}
	ad.gen++
	ad.idle()
	ad.sh.s.flash("Fetch cancelled")
	ad.msg.Importance = widget.MediumImportance
	ad.msg.SetText("Cancelled. Press Open to try again, or Cancel to close.")
}
