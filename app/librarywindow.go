package app

import (
	"context"
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/pathok/pathok/glossary"
	"github.com/pathok/pathok/glossary/library"
)

// libraryWindow lists the kept articles: all of them narrowed by a
// filter on title and source, those whose text holds the search words
// (with snippets), or those naming one glossary entry (with counts and
// snippets, newest first). It opens and deletes articles and shows the
// library's statistics. Everything it shows is read off the UI
// goroutine; the newest query wins.
type libraryWindow struct {
	sh *shelf
	w  fyne.Window

	filter  *widget.Entry
	search  *widget.Entry
	naming  *widget.Label
	allBtn  *widget.Button
	list    *widget.List
	status  *widget.Label
	stats   *widget.Label
	openBtn *widget.Button
	delBtn  *widget.Button

	rows     []shelfRow
	selected int
	// entry is the glossary entry whose mentions are listed; nil lists
	// the library.
	entry *glossary.Entry
	// besides is the library id of an article left out of the entry's
	// mentions (the one open, when its card asked for other articles).
	besides int64

	stop context.CancelFunc
	gen  int
}

// shelfRow is one article in the list.
type shelfRow struct {
	id      int64
	title   string
	source  string
	date    time.Time
	names   int
	count   int    // times the entry is named, when listing mentions
	snippet string // the words found, in [ ]
}

// newListRow is a row of the Library and Feeds windows' lists: a bold
// title, a caption line under it and a line of text, each ending with an
// ellipsis when the window is narrow.
func newListRow() fyne.CanvasObject {
	title := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Truncation = fyne.TextTruncateEllipsis
	caption := widget.NewLabel("")
	caption.SizeName = theme.SizeNameCaptionText
	caption.Truncation = fyne.TextTruncateEllipsis
	line := widget.NewLabel("")
	line.Truncation = fyne.TextTruncateEllipsis
	return container.NewVBox(title, caption, line)
}

// showLibrary shows the Library window, listing every article.
func (sh *shelf) showLibrary() {
	lw := sh.libraryWindow()
	lw.entry = nil
	lw.reload()
}

// showOtherMentions shows the Library window listing the articles that
// name e, other than the one open.
func (sh *shelf) showOtherMentions(e *glossary.Entry) {
	lw := sh.libraryWindow()
	lw.entry, lw.besides = e, sh.shown
	lw.filter.SetText("")
	lw.search.SetText("")
	lw.reload()
}

func (sh *shelf) libraryWindow() *libraryWindow {
	if sh.libWin == nil {
		sh.libWin = &libraryWindow{sh: sh, selected: -1}
		sh.libWin.build()
	}
	sh.libWin.w.Show()
	sh.libWin.w.RequestFocus()
	return sh.libWin
}

func (lw *libraryWindow) build() {
	lw.w = lw.sh.s.a.NewWindow("Pathok — Library")
	lw.filter = widget.NewEntry()
	lw.filter.SetPlaceHolder("Filter by title, source or address")
	lw.filter.OnChanged = func(string) { lw.onQuery() }
	lw.search = widget.NewEntry()
	lw.search.SetPlaceHolder("Search the articles' text")
	lw.search.OnChanged = func(string) { lw.onQuery() }
	lw.naming = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	lw.naming.Truncation = fyne.TextTruncateEllipsis
	lw.allBtn = widget.NewButtonWithIcon("All articles", theme.ListIcon(), func() {
		lw.entry, lw.besides = nil, 0
		lw.reload()
	})
	lw.list = widget.NewList(
		func() int { return len(lw.rows) },
		newListRow, // title, source and date, snippet
		func(i widget.ListItemID, o fyne.CanvasObject) {
			if i >= len(lw.rows) {
				return
			}
			r := lw.rows[i]
			box := o.(*fyne.Container)
			box.Objects[0].(*widget.Label).SetText(r.title)
			box.Objects[1].(*widget.Label).SetText(r.meta())
			snip := box.Objects[2].(*widget.Label)
			setShown(snip, r.snippet)
		})
	lw.list.OnSelected = func(i widget.ListItemID) {
		lw.selected = i
		lw.openBtn.Enable()
		lw.delBtn.Enable()
	}
	lw.list.OnUnselected = func(widget.ListItemID) {
		lw.selected = -1
		lw.openBtn.Disable()
		lw.delBtn.Disable()
	}
	lw.openBtn = widget.NewButtonWithIcon("Open", theme.FolderOpenIcon(), lw.onOpen)
	lw.openBtn.Importance = widget.HighImportance
	lw.delBtn = widget.NewButtonWithIcon("Delete…", theme.DeleteIcon(), lw.onDelete)
	lw.openBtn.Disable()
	lw.delBtn.Disable()
	feeds := widget.NewButtonWithIcon("Feeds…", theme.MailComposeIcon(), lw.sh.showFeeds)
	address := widget.NewButtonWithIcon("Open address…", theme.DownloadIcon(), func() {
		lw.sh.s.w.RequestFocus()
		lw.sh.showOpenAddress("")
	})
	lw.status = widget.NewLabel("")
	lw.status.Wrapping = fyne.TextWrapWord
	lw.stats = widget.NewLabel("")
	lw.stats.Wrapping = fyne.TextWrapWord
	lw.stats.SizeName = theme.SizeNameCaptionText

	queries := container.NewGridWithColumns(2, lw.filter, lw.search)
	top := container.NewVBox(queries, container.NewBorder(nil, nil, nil, lw.allBtn, lw.naming))
	buttons := container.NewHBox(lw.openBtn, lw.delBtn, widget.NewSeparator(), address, feeds)
	bottom := container.NewVBox(lw.status, widget.NewSeparator(), lw.stats, buttons)
	lw.w.SetContent(container.NewBorder(top, bottom, nil, nil, lw.list))
	lw.w.Resize(fyne.NewSize(820, 640))
	lw.w.SetOnClosed(func() {
		if lw.stop != nil {
			lw.stop()
		}
		lw.sh.libWin = nil
	})
}

func (r shelfRow) meta() string {
	var parts []string
	if r.source != "" {
		parts = append(parts, r.source)
	}
	if !r.date.IsZero() {
		parts = append(parts, r.date.Local().Format("2 Jan 2006"))
	}
	if r.count > 0 {
		parts = append(parts, "named "+plural(r.count, "time", "times"))
	} else if r.names > 0 {
		parts = append(parts, plural(r.names, "name", "names"))
	}
	return strings.Join(parts, " · ")
}

// onQuery follows the filter and search fields: typing leaves the
// mentions of an entry for the whole library.
func (lw *libraryWindow) onQuery() {
	if lw.entry != nil && (lw.filter.Text != "" || lw.search.Text != "") {
		lw.entry = nil
	}
	lw.reload()
}

// reloadIfShown lists again after the library changed; lw may be nil.
func (lw *libraryWindow) reloadIfShown() {
	if lw != nil {
		lw.reload()
	}
}

// libraryView is what one query found.
type libraryView struct {
	rows  []shelfRow
	what  string
	stats string
}

// reload queries the library off the UI goroutine; a newer query
// cancels an older one.
func (lw *libraryWindow) reload() {
	if lw.stop != nil {
		lw.stop()
	}
	ctx, cancel := context.WithCancel(lw.sh.ctx)
	lw.stop = cancel
	lw.gen++
	gen := lw.gen
	filter, query, entry, besides := lw.filter.Text, strings.TrimSpace(lw.search.Text), lw.entry, lw.besides
	g := lw.sh.s.g
	if entry != nil {
		what := "Articles"
		if besides != 0 {
			what = "Other articles"
		}
		lw.naming.SetText(what + " in your library naming " + entry.Headword() + " (" + entry.EnglishHeadword() + ")")
		lw.allBtn.Show()
	} else {
		lw.naming.SetText("")
		lw.allBtn.Hide()
	}
	path := lw.sh.path()
	lw.sh.goWork(func() {
		v, err := queryLibrary(ctx, lw.sh, path, g, filter, query, entry, besides)
		lw.sh.do(func() {
			if gen != lw.gen {
				return
			}
			cancel()
			lw.stop = nil
			if err != nil {
				if ctx.Err() == nil {
					lw.status.Importance = widget.DangerImportance
					lw.status.SetText("The library cannot be read: " + err.Error())
				}
				return
			}
			lw.status.Importance = widget.MediumImportance
			lw.rows = v.rows
			lw.selected = -1
			lw.list.UnselectAll()
			lw.openBtn.Disable()
			lw.delBtn.Disable()
			lw.list.Refresh()
			lw.status.SetText(v.what)
			lw.stats.SetText(v.stats)
		})
	})
}

// queryLibrary runs one query and the statistics; it runs off the UI
// goroutine.
func queryLibrary(ctx context.Context, sh *shelf, path string, g *glossary.Glossary, filter, query string, entry *glossary.Entry, besides int64) (libraryView, error) {
	var v libraryView
	lib, err := sh.library(path)
	if err != nil {
		return v, err
	}
	switch {
	case entry != nil:
		ms, err := lib.Mentions(ctx, entry.ID, 500)
		if err != nil {
			return v, err
		}
		for _, m := range ms {
			if m.ID == besides {
				continue
			}
			v.rows = append(v.rows, shelfRow{id: m.ID, title: m.Title, source: m.Source, date: dateOf(m.Published, m.Added), count: m.Count, snippet: m.Snippet})
		}
		other := ""
		if besides != 0 {
			other = "other "
		}
		v.what = plural(len(v.rows), other+"article names", other+"articles name") + " " + entry.Headword() + ", newest first."
		if len(v.rows) == 0 {
			v.what = "No " + other + "kept article names " + entry.Headword() + " yet."
		}
	case query != "":
		hits, err := lib.Search(ctx, query, 200)
		if err != nil {
			return v, err
		}
		for _, h := range hits {
			v.rows = append(v.rows, shelfRow{id: h.ID, title: h.Title, source: h.Source, snippet: h.Snippet})
		}
		if filter != "" {
			v.rows = filterRows(v.rows, filter)
		}
		subject, holds, matches := fmt.Sprintf("%d articles", len(v.rows)), "hold", "match"
		if len(v.rows) <= 1 {
			subject, holds, matches = "1 article", "holds", "matches"
			if len(v.rows) == 0 {
				subject = "No kept article"
			}
		}
		v.what = fmt.Sprintf("%s %s “%s”", subject, holds, query)
		switch {
		case filter != "":
			v.what += " and " + matches + " the filter."
		case len(v.rows) == 0:
			v.what += "."
		default:
			v.what += ", best matches first."
		}
	default:
		arts, err := lib.List(ctx, library.Filter{Words: filter})
		if err != nil {
			return v, err
		}
		for _, a := range arts {
			v.rows = append(v.rows, shelfRow{id: a.ID, title: a.Title, source: a.Source, date: dateOf(a.Published, a.Added), names: a.Names})
		}
		v.what = plural(len(v.rows), "article", "articles")
		if filter != "" {
			v.what += " match the filter"
		}
		v.what += "."
	}
	st, err := lib.Stats(ctx, time.Now(), 5)
	if err != nil {
		return v, err
	}
	v.stats = statsLine(g, st)
	return v, nil
}

// filterRows keeps the rows whose title or source hold every word.
func filterRows(rows []shelfRow, filter string) []shelfRow {
	var out []shelfRow
	for _, r := range rows {
		hay := strings.ToLower(r.title + " " + r.source)
		ok := true
		for _, w := range strings.Fields(strings.ToLower(filter)) {
			ok = ok && strings.Contains(hay, w)
		}
		if ok {
			out = append(out, r)
		}
	}
	return out
}

func dateOf(published, added time.Time) time.Time {
	if !published.IsZero() {
		return published
	}
	return added
}

// statsLine describes the library in a sentence, naming entries by
// their English headword.
func statsLine(g *glossary.Glossary, st library.Stats) string {
	name := func(id string) string {
		if g != nil {
			if e, ok := g.ByID(id); ok {
				return e.EnglishHeadword()
			}
		}
		return id
	}
	s := fmt.Sprintf("Library: %s · %s met · %s new this week",
		plural(st.Articles, "article", "articles"), plural(st.Names, "name", "names"), fmt.Sprint(len(st.NewThisWeek)))
	if len(st.Top) > 0 {
		var top []string
		for _, e := range st.Top {
			top = append(top, fmt.Sprintf("%s (%d)", name(e.EntryID), e.Articles))
		}
		s += " · most mentioned: " + strings.Join(top, ", ")
	}
	return s
}

func (lw *libraryWindow) onOpen() {
	if lw.selected < 0 || lw.selected >= len(lw.rows) {
		return
	}
	lw.sh.openStored(lw.rows[lw.selected].id)
}

// onDelete deletes the selected article once the reader confirms.
func (lw *libraryWindow) onDelete() {
	if lw.selected < 0 || lw.selected >= len(lw.rows) {
		return
	}
	r := lw.rows[lw.selected]
	showConfirm(lw.w, "Delete from the library?",
		fmt.Sprintf("“%s” and what Pathok knows of its names will be removed from your library. The file or page it came from stays.", r.title),
		func(ok bool) {
			if ok {
				lw.remove(r.id)
			}
		})
}

func (lw *libraryWindow) remove(id int64) {
	path := lw.sh.path()
	lw.sh.goWork(func() {
		lib, err := lw.sh.library(path)
		if err == nil {
			err = lib.Remove(lw.sh.ctx, id)
		}
		lw.sh.do(func() {
			if lw.sh.ctx.Err() != nil {
				return
			}
			if err != nil {
				lw.status.Importance = widget.DangerImportance
				lw.status.SetText("Not deleted: " + err.Error())
				return
			}
			lw.reload()
		})
	})
}
