package app

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2/widget"

	"github.com/pathok/pathok/glossary"
	"github.com/pathok/pathok/glossary/feed"
	"github.com/pathok/pathok/glossary/library"
	"github.com/pathok/pathok/glossary/page"
	"github.com/pathok/pathok/glossary/web"
)

// shelf is the reader's library in the app: it keeps every article read,
// keeps the mentions index current with the glossary, fetches addresses
// and feeds, and owns the Library and Feeds windows. Its state lives on
// the UI goroutine except lib, which workers share under mu; all work on
// the library runs off the UI goroutine under ctx, which closing the
// main window cancels.
type shelf struct {
	s *mainScreen

	mu      sync.Mutex
	lib     *library.Library
	libPath string
	libErr  error

	ctx    context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup
	client *web.Client

	// indexCancel stops the running index when a newer one starts.
	indexCancel context.CancelFunc
	indexGen    int

	libWin   *libraryWindow
	feedsWin *feedsWindow

	// shown is the library's id of the article on show, 0 while it is
	// not (yet) kept: a card's "Other articles" leaves it out.
	shown    int64
	shownDoc *document

	// refreshing is the running feed refresh's cancel, nil when none;
	// autoTimer fires the next automatic refresh.
	refreshing context.CancelFunc
	autoTimer  *time.Timer
}

func newShelf(s *mainScreen) *shelf {
	ctx, cancel := context.WithCancel(context.Background())
	return &shelf{s: s, ctx: ctx, cancel: cancel, client: web.NewClient()}
}

// libraryPath is library.sqlite beside the user's glossary: the folder
// the command line's default -library also names.
func libraryPath(userGlossary string) string {
	return filepath.Join(filepath.Dir(userGlossary), library.FileName)
}

// do applies a worker's result on the UI goroutine, taking turns with
// the screen's own.
func (sh *shelf) do(f func()) { sh.s.onUI(f) }

// goWork runs work off the UI goroutine, counted so that closing can
// wait.
func (sh *shelf) goWork(work func()) {
	sh.wg.Add(1)
	sh.s.tasks.running.Add(1) // tests wait for it with the screen's own work
	go func() {
		defer sh.wg.Done()
		defer sh.s.tasks.running.Done()
		work()
	}()
}

// library opens the library on first use; it runs off the UI goroutine.
// A failure is remembered for the path: a damaged file is not tried at
// every article.
func (sh *shelf) library(path string) (*library.Library, error) {
	sh.mu.Lock()
	defer sh.mu.Unlock()
	if sh.lib != nil && sh.libPath == path {
		return sh.lib, nil
	}
	if sh.libErr != nil && sh.libPath == path {
		return nil, sh.libErr
	}
	if sh.ctx.Err() != nil {
		return nil, errors.New("Pathok is closing")
	}
	if sh.lib != nil {
		sh.lib.Close()
		sh.lib = nil
	}
	ctx, cancel := context.WithTimeout(sh.ctx, 30*time.Second)
	defer cancel()
	sh.libPath = path
	sh.lib, sh.libErr = library.Open(ctx, path)
	return sh.lib, sh.libErr
}

// path is the library's file for the user glossary in use. UI goroutine.
func (sh *shelf) path() string { return libraryPath(sh.s.user.path) }

// close cancels all library work, waits for it and closes the file.
// fyne.Do does not wait for the UI goroutine, so workers cannot hold
// this up on it.
func (sh *shelf) close() {
	sh.cancel()
	if sh.autoTimer != nil {
		sh.autoTimer.Stop()
	}
	sh.wg.Wait()
	sh.mu.Lock()
	defer sh.mu.Unlock()
	if sh.lib != nil {
		sh.lib.Close()
		sh.lib = nil
	}
}

// wait blocks until all library work started so far is done; only tests
// call it.
func (sh *shelf) wait() { sh.wg.Wait() }

// keep puts an article just shown into the library, then indexes it. A
// failure is shown beside the status line and never stops the reading.
func (sh *shelf) keep(src source, d *document) {
	sh.shown, sh.shownDoc = src.libID, d
	if src.noKeep || src.libID != 0 || d == nil {
		return
	}
	a := library.Article{Text: d.ann.Text, Title: src.name, Source: src.name}
	if src.uri != nil {
		a.Title = ""
		a.Source = src.uri.Name()
	}
	if src.story != nil {
		st := src.story
		a.Title, a.URL, a.Source, a.Byline, a.Published = st.Title, st.URL, st.SiteName, st.Byline, st.Published
	} else if src.uri == nil {
		a.Title = "" // pasted text: its first line names it
	}
	path := sh.path()
	sh.goWork(func() {
		lib, err := sh.library(path)
		var existed bool
		var id int64
		if err == nil {
			id, existed, err = lib.Add(sh.ctx, a)
		}
		sh.do(func() {
			if sh.ctx.Err() != nil {
				return
			}
			if err == nil && sh.shownDoc == d {
				sh.shown = id
			}
			if err != nil {
				sh.s.note.Importance = widget.DangerImportance
				sh.s.note.SetText("Not kept in the library: " + err.Error())
				return
			}
			if !existed {
				// Says so only when nothing more useful is on show.
				if sh.s.note.Text == "" {
					sh.s.flash("Kept in the library")
				}
				sh.reindex()
			}
			sh.libWin.reloadIfShown()
		})
	})
}

// reindex brings the mentions up to date with the glossary in use, in
// the background; a newer call cancels the running one. UI goroutine.
func (sh *shelf) reindex() {
	g := sh.s.g
	if g == nil || sh.ctx.Err() != nil {
		return
	}
	if sh.indexCancel != nil {
		sh.indexCancel()
	}
	ctx, cancel := context.WithCancel(sh.ctx)
	sh.indexCancel = cancel
	sh.indexGen++
	gen, path := sh.indexGen, sh.path()
	sh.goWork(func() {
		lib, err := sh.library(path)
		if err == nil {
			last := time.Now()
			err = lib.Index(ctx, g, func(done, total int) {
				// Say so only when it takes a while, at most a few times a second.
				if total < 20 || time.Since(last) < 250*time.Millisecond {
					return
				}
				last = time.Now()
				sh.do(func() {
					if gen == sh.indexGen {
						sh.s.flash(fmt.Sprintf("Indexing the library: %d of %d articles", done, total))
					}
				})
			})
		}
		sh.do(func() {
			if gen != sh.indexGen || ctx.Err() != nil {
				return // overtaken, or closing
			}
			sh.indexCancel = nil
			cancel()
			if err != nil {
				sh.s.note.Importance = widget.DangerImportance
				sh.s.note.SetText("The library's index is not current: " + err.Error())
				return
			}
			if strings.HasPrefix(sh.s.note.Text, "Indexing the library") {
				sh.s.flash("")
			}
			sh.libWin.reloadIfShown()
		})
	})
}

// glossaryChanged reindexes the library for a new glossary.
func (sh *shelf) glossaryChanged(*glossary.Glossary) { sh.reindex() }

// storySource is a fetched story, opened like a file.
func storySource(st page.Story) source {
	name := st.Title
	if name == "" {
		name = st.URL
	}
	// Pages often put the site in the title already.
	if st.SiteName != "" && !strings.Contains(name, st.SiteName) {
		name += " — " + st.SiteName
	}
	text := st.Text
	return source{name: name, story: &st, read: func() ([]byte, error) { return []byte(text), nil }}
}

// storedSource is an article read back from the library: it opens
// offline and is not kept again.
func storedSource(a library.Article) source {
	name := a.Title
	if a.Source != "" && !strings.Contains(a.Title, a.Source) {
		name += " — " + a.Source
	}
	text := a.Text
	return source{name: name, libID: a.ID, read: func() ([]byte, error) { return []byte(text), nil }}
}

// openStored loads an article's stored text and opens it.
func (sh *shelf) openStored(id int64) {
	path := sh.path()
	sh.goWork(func() {
		lib, err := sh.library(path)
		var a library.Article
		if err == nil {
			a, err = lib.Get(sh.ctx, id)
		}
		sh.do(func() {
			if sh.ctx.Err() != nil {
				return
			}
			if err != nil {
				sh.s.showError("Cannot open the article", err)
				return
			}
			sh.s.open(storedSource(a))
			sh.s.w.RequestFocus()
		})
	})
}

// wire connects the cards' "Other articles" buttons and starts the
// automatic feed refresh. UI goroutine, after the screen is built.
func (sh *shelf) wire() {
	s := sh.s
	s.card.others.OnTapped = func() {
		if i := s.card.span; i >= 0 && s.doc != nil && i < len(s.doc.ann.Spans) {
			if e := s.doc.ann.Spans[i].Entry; e != nil {
				s.hideCard()
				sh.showOtherMentions(e)
			}
		}
	}
	s.pane.card.onOthers = func() {
		if s.sel.entry != nil {
			sh.showOtherMentions(s.sel.entry)
		}
	}
	sh.scheduleFirstRefresh()
}

// feedMinutes is how often feeds refresh by themselves; 0 is never.
func (sh *shelf) feedMinutes() int {
	return max(sh.s.prefs.IntWithFallback(prefFeedMinutes, defaultFeedMinutes), 0)
}

// scheduleRefresh sets the timer for the next automatic refresh, a full
// period from now.
func (sh *shelf) scheduleRefresh() {
	sh.scheduleRefreshIn(time.Duration(sh.feedMinutes()) * time.Minute)
}

func (sh *shelf) scheduleRefreshIn(after time.Duration) {
	if sh.autoTimer != nil {
		sh.autoTimer.Stop()
		sh.autoTimer = nil
	}
	if sh.feedMinutes() == 0 || sh.ctx.Err() != nil {
		return
	}
	sh.autoTimer = time.AfterFunc(after, func() {
		sh.do(func() {
			if sh.ctx.Err() != nil {
				return
			}
			sh.refreshFeeds()
			sh.scheduleRefresh()
		})
	})
}

// startDelay is how long after start an overdue refresh waits, so that
// the article on show is read and marked first.
const startDelay = 20 * time.Second

// scheduleFirstRefresh times the first automatic refresh from when the
// feeds were last checked: a reader who starts Pathok once a morning gets
// the overdue refresh shortly after start, not a whole period later.
func (sh *shelf) scheduleFirstRefresh() {
	period := time.Duration(sh.feedMinutes()) * time.Minute
	if period == 0 {
		return
	}
	path := sh.path()
	sh.goWork(func() {
		after := period
		if lib, err := sh.library(path); err == nil {
			if feeds, err := lib.Feeds(sh.ctx); err == nil {
				after = firstRefreshIn(feeds, period, time.Now())
			}
		}
		sh.do(func() {
			if sh.autoTimer == nil && sh.refreshing == nil {
				sh.scheduleRefreshIn(after)
			}
		})
	})
}

// firstRefreshIn is how long to wait for the first refresh: until the
// feed checked longest ago is due, but at least startDelay; a full period
// when there are no feeds.
func firstRefreshIn(feeds []library.Feed, period time.Duration, now time.Time) time.Duration {
	if len(feeds) == 0 {
		return period
	}
	due := now.Add(period)
	for _, f := range feeds {
		due = minTime(due, f.Checked.Add(period)) // never checked: long due
	}
	return min(max(due.Sub(now), startDelay), period)
}

func minTime(a, b time.Time) time.Time {
	if b.Before(a) {
		return b
	}
	return a
}

// refreshFeeds refreshes every feed in the background with progress in
// the Feeds window (if shown) and the status line. A refresh already
// running is left to finish. UI goroutine.
func (sh *shelf) refreshFeeds() {
	if sh.refreshing != nil {
		return
	}
	ctx, cancel := context.WithCancel(sh.ctx)
	sh.refreshing = cancel
	sh.feedsWin.setRefreshing(true, "")
	path, client := sh.path(), sh.client
	sh.goWork(func() {
		var reports []feed.Report
		lib, err := sh.library(path)
		if err == nil {
			f := feed.New(lib)
			f.Client = client
			reports, err = f.RefreshAll(ctx, func(done, total int, title string) {
				sh.do(func() {
					sh.feedsWin.setProgress(done, total, title)
					if total > 0 && done < total {
						sh.s.flash(fmt.Sprintf("Refreshing feeds: %d of %d — %s", done+1, total, title))
					}
				})
			})
		}
		sh.do(func() {
			cancel()
			sh.refreshing = nil
			if sh.ctx.Err() != nil {
				return
			}
			summary := refreshSummary(reports, err)
			sh.feedsWin.setRefreshing(false, summary)
			sh.s.flash(summary)
			if err != nil && !errors.Is(err, context.Canceled) {
				sh.s.note.Importance = widget.DangerImportance
			}
			sh.feedsWin.reloadIfShown()
			sh.libWin.reloadIfShown()
			sh.reindex()
		})
	})
}

// refreshSummary says in one line what a refresh did.
func refreshSummary(reports []feed.Report, err error) string {
	if errors.Is(err, context.Canceled) {
		return "Feed refresh cancelled"
	}
	if err != nil {
		return "Feeds not refreshed: " + err.Error()
	}
	added, failed := 0, 0
	for _, r := range reports {
		added += r.Added
		if r.Err != nil {
			failed++
		}
	}
	msg := fmt.Sprintf("Feeds refreshed: %s", plural(added, "new article", "new articles"))
	if failed > 0 {
		msg += fmt.Sprintf(" · %s could not be read (see Feeds)", plural(failed, "feed", "feeds"))
	}
	return msg
}
