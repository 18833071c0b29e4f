package app

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/pathok/pathok/glossary/feed"
	"github.com/pathok/pathok/glossary/library"
)

// feedsWindow lists the followed feeds with when each was last refreshed
// and why it last failed; it follows new ones, stops following, and
// refreshes all of them with progress.
type feedsWindow struct {
	sh *shelf
	w  fyne.Window

	address  *widget.Entry
	addBtn   *widget.Button
	list     *widget.List
	remove   *widget.Button
	refresh  *widget.Button
	cancel   *widget.Button
	progress *widget.ProgressBar
	status   *widget.Label
	minutes  *widget.Entry

	feeds    []library.Feed
	selected int
	adding   context.CancelFunc
	gen      int
}

// showFeeds shows the Feeds window.
func (sh *shelf) showFeeds() {
	if sh.feedsWin == nil {
		sh.feedsWin = &feedsWindow{sh: sh, selected: -1}
		sh.feedsWin.build()
	}
	sh.feedsWin.w.Show()
	sh.feedsWin.w.RequestFocus()
	sh.feedsWin.w.Canvas().Focus(sh.feedsWin.address)
	if sh.refreshing != nil {
		sh.feedsWin.setRefreshing(true, "")
	}
	sh.feedsWin.reload()
}

func (fw *feedsWindow) build() {
	fw.w = fw.sh.s.a.NewWindow("Pathok — Feeds")
	fw.address = widget.NewEntry()
	fw.address.SetPlaceHolder("Address of a feed, or of a news site that offers one")
	fw.address.OnSubmitted = func(string) { fw.onAdd() }
	fw.addBtn = widget.NewButtonWithIcon("Follow", theme.ContentAddIcon(), fw.onAdd)
	fw.addBtn.Importance = widget.HighImportance
	fw.list = widget.NewList(
		func() int { return len(fw.feeds) },
		newListRow, // title, address, state
		func(i widget.ListItemID, o fyne.CanvasObject) {
			if i >= len(fw.feeds) {
				return
			}
			f := fw.feeds[i]
			box := o.(*fyne.Container)
			title := f.Title
			if title == "" {
				title = f.URL
			}
			box.Objects[0].(*widget.Label).SetText(title)
			box.Objects[1].(*widget.Label).SetText(f.URL)
			state := box.Objects[2].(*widget.Label)
			state.Importance = widget.MediumImportance
			switch {
			case f.LastError != "":
				state.Importance = widget.DangerImportance
				state.SetText("Failed " + when(f.Checked) + ": " + f.LastError)
			case f.Checked.IsZero():
				state.SetText("Not refreshed yet")
			default:
				state.SetText("Refreshed " + when(f.Checked))
			}
		})
	fw.list.OnSelected = func(i widget.ListItemID) { fw.selected = i; fw.remove.Enable() }
	fw.list.OnUnselected = func(widget.ListItemID) { fw.selected = -1; fw.remove.Disable() }
	fw.remove = widget.NewButtonWithIcon("Stop following…", theme.DeleteIcon(), fw.onRemove)
	fw.remove.Disable()
	fw.refresh = widget.NewButtonWithIcon("Refresh now", theme.ViewRefreshIcon(), fw.sh.refreshFeeds)
	fw.cancel = widget.NewButton("Cancel", func() {
		if fw.sh.refreshing != nil {
			fw.sh.refreshing()
		}
	})
	fw.cancel.Hide()
	fw.progress = widget.NewProgressBar()
	fw.progress.Hide()
	fw.status = widget.NewLabel("")
	fw.status.Wrapping = fyne.TextWrapWord
	fw.minutes = widget.NewEntry()
	fw.minutes.SetText(strconv.Itoa(fw.sh.feedMinutes()))
	fw.minutes.Validator = func(s string) error {
		if n, err := strconv.Atoi(strings.TrimSpace(s)); err != nil || n < 0 || n > 24*60 {
			return fmt.Errorf("a number of minutes from 0 to %d", 24*60)
		}
		return nil
	}
	fw.minutes.OnChanged = func(s string) {
		if n, err := strconv.Atoi(strings.TrimSpace(s)); err == nil && n >= 0 && n <= 24*60 && n != fw.sh.feedMinutes() {
			fw.sh.s.prefs.SetInt(prefFeedMinutes, n)
			fw.sh.scheduleRefresh()
		}
	}
	every := container.NewHBox(widget.NewLabel("Refresh every"),
		container.NewGridWrap(fyne.NewSize(80, fw.minutes.MinSize().Height), fw.minutes),
		widget.NewLabel("minutes while Pathok is open (0: only when asked)"))
	top := container.NewBorder(nil, nil, nil, fw.addBtn, fw.address)
	buttons := container.NewHBox(fw.refresh, fw.cancel, fw.remove)
	bottom := container.NewVBox(fw.progress, fw.status, widget.NewSeparator(), every, buttons)
	fw.w.SetContent(container.NewBorder(top, bottom, nil, nil, fw.list))
	fw.w.Resize(fyne.NewSize(760, 520))
	fw.w.SetOnClosed(func() {
		if fw.adding != nil {
			fw.adding()
		}
		fw.sh.feedsWin = nil
	})
}

// when says how long ago t was, plainly.
func when(t time.Time) string {
	if t.IsZero() {
		return "never"
	}
	d := time.Since(t)
	switch {
	case d < time.Minute:
		return "just now"
	case d < time.Hour:
		return plural(int(d/time.Minute), "minute", "minutes") + " ago"
	case d < 24*time.Hour:
		return "at " + t.Local().Format("15:04")
	}
	return t.Local().Format("2 Jan 15:04")
}

// reloadIfShown lists the feeds again; fw may be nil.
func (fw *feedsWindow) reloadIfShown() {
	if fw != nil {
		fw.reload()
	}
}

func (fw *feedsWindow) reload() {
	fw.gen++
	gen, path := fw.gen, fw.sh.path()
	fw.sh.goWork(func() {
		lib, err := fw.sh.library(path)
		var feeds []library.Feed
		if err == nil {
			feeds, err = lib.Feeds(fw.sh.ctx)
		}
		fw.sh.do(func() {
			if gen != fw.gen || fw.sh.ctx.Err() != nil {
				return
			}
			if err != nil {
				fw.setStatus(true, "The feeds cannot be read: "+err.Error())
				return
			}
			fw.feeds = feeds
			fw.selected = -1
			fw.list.UnselectAll()
			fw.remove.Disable()
			fw.list.Refresh()
			if len(feeds) == 0 && fw.status.Text == "" {
				fw.setStatus(false, "No feeds yet. Paste a feed's address, or a news site's, above and press Follow.")
			}
		})
	})
}

func (fw *feedsWindow) setStatus(bad bool, msg string) {
	fw.status.Importance = widget.MediumImportance
	if bad {
		fw.status.Importance = widget.DangerImportance
	}
	fw.status.SetText(msg)
}

// setRefreshing shows or ends a refresh's progress, saying msg at the
// end; fw may be nil.
func (fw *feedsWindow) setRefreshing(on bool, msg string) {
	if fw == nil {
		return
	}
	if on {
		fw.refresh.Disable()
		fw.cancel.Show()
		fw.progress.SetValue(0)
		fw.progress.Show()
		fw.setStatus(false, "Refreshing…")
		return
	}
	fw.refresh.Enable()
	fw.cancel.Hide()
	fw.progress.Hide()
	fw.setStatus(false, msg)
}

// setProgress shows which feed is being read; fw may be nil.
func (fw *feedsWindow) setProgress(done, total int, title string) {
	if fw == nil || total == 0 {
		return
	}
	fw.progress.Show()
	fw.progress.SetValue(float64(done) / float64(total))
	if done < total {
		fw.setStatus(false, fmt.Sprintf("Refreshing %d of %d: %s", done+1, total, title))
	}
}

// onAdd follows the address off the UI goroutine.
func (fw *feedsWindow) onAdd() {
	addr := strings.TrimSpace(fw.address.Text)
	if addr == "" || fw.adding != nil {
		return
	}
	ctx, cancel := context.WithCancel(fw.sh.ctx)
	fw.adding = cancel
	fw.addBtn.Disable()
	fw.setStatus(false, "Reading "+addr+"…")
	path, client := fw.sh.path(), fw.sh.client
	fw.sh.goWork(func() {
		lib, err := fw.sh.library(path)
		var fd library.Feed
		if err == nil {
			f := feed.New(lib)
			f.Client = client
			fd, err = f.Follow(ctx, addr)
		}
		fw.sh.do(func() {
			cancel()
			fw.adding = nil
			fw.addBtn.Enable()
			if fw.sh.ctx.Err() != nil {
				return
			}
			if err != nil {
				fw.setStatus(true, "Not followed: "+err.Error())
				return
			}
			fw.address.SetText("")
			title := fd.Title
			if title == "" {
				title = fd.URL
			}
			fw.setStatus(false, "Following "+title+". Refresh now to fetch its articles.")
			fw.reload()
		})
	})
}

// onRemove stops following the selected feed once the reader confirms.
func (fw *feedsWindow) onRemove() {
	if fw.selected < 0 || fw.selected >= len(fw.feeds) {
		return
	}
	f := fw.feeds[fw.selected]
	title := f.Title
	if title == "" {
		title = f.URL
	}
	showConfirm(fw.w, "Stop following?", fmt.Sprintf("Pathok will no longer fetch “%s”. Articles it brought stay in your library.", title),
		func(ok bool) {
			if !ok {
				return
			}
			path := fw.sh.path()
			fw.sh.goWork(func() {
				lib, err := fw.sh.library(path)
				if err == nil {
					err = lib.RemoveFeed(fw.sh.ctx, f.ID)
				}
				fw.sh.do(func() {
					if err != nil {
						fw.setStatus(true, "Still following: "+err.Error())
						return
					}
					fw.setStatus(false, "No longer following "+title+".")
					fw.reload()
				})
			})
		})
}
