package app

import (
	"fmt"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/pathok/pathok/glossary"
)

// Options are the command line's wishes.
type Options struct {
	Sample bool     // open the bundled sample article
	Files  []string // open this file (the first one)
}

// Run builds the main window, opens the first article and runs the app.
func Run(a fyne.App, w fyne.Window, opts Options) {
	s := newMainScreen(a, w)
	s.start(opts)
	w.ShowAndRun()
}

// progressDelay is how long work may take before the status line shows
// that it is still going.
const progressDelay = 150 * time.Millisecond

// mainScreen is the reader's window.
type mainScreen struct {
	a     fyne.App
	w     fyne.Window
	prefs fyne.Preferences

	g   *glossary.Glossary
	doc *document

	view        *articleView
	pane        *glossaryPane
	card        *hoverCard
	cardLayer   *fyne.Container
	split       *container.Split
	status      *widget.Label
	note        *widget.Label
	progress    *widget.ProgressBarInfinite
	progressBox *fyne.Container
	statusBar   *fyne.Container
	legend      fyne.CanvasObject
	mainMenu    *fyne.MainMenu
	recentMenu  *fyne.MenuItem

	mode     themeMode
	fontPath string
	font     fyne.Resource

	sel choice

	// jobs counts work running off the UI goroutine; gen drops the result
	// of an article load that a newer one has overtaken.
	jobs    sync.WaitGroup
	gen     int
	busy    int // jobs past progressDelay
	pending int // jobs not yet applied

	// onAddName is the "Add to glossary" action of an unknown name.
	onAddName func(s glossary.Span)

	// user is the user's own glossary; editGen drops the result of a
	// rebuild that a newer change has overtaken.
	user     userGlossary
	editGen  int
	undoItem *fyne.MenuItem
	form     *entryForm // the entry form on screen, if any
}

// choice is the entry chosen in the glossary pane and which of its
// occurrences is in view.
type choice struct {
	key   string
	entry *glossary.Entry
	item  int
	spans []int32
	at    int
}

func newMainScreen(a fyne.App, w fyne.Window) *mainScreen {
	s := &mainScreen{a: a, w: w, prefs: a.Preferences()}
	s.user.path = userGlossaryPath(a)
	s.onAddName = s.showAddEntry
	s.loadSettings()
	s.build()
	return s
}

func (s *mainScreen) build() {
	s.view = newArticleView()
	s.view.textSize = clampTextSize(float32(s.prefs.FloatWithFallback(prefTextSize, defaultTextSize)))
	s.view.onHover = s.onHover
	s.view.onTap = s.onSpanTapped
	s.view.onActivate = func(i int) { s.showCard(i, true) }
	s.view.onEscape = s.hideCard
	s.view.onScroll = s.onViewMoved
	s.view.onCopy = s.onCopyParagraph
	s.view.onShortcut = s.onShortcut
	s.view.onContext = s.onArticleMenu

	s.pane = newGlossaryPane()
	s.pane.onSelect = s.onPaneSelect
	s.pane.card.onNext = func() { s.stepOccurrence(+1) }
	s.pane.card.onPrev = func() { s.stepOccurrence(-1) }
	s.pane.card.onAdd = func() {
		if s.sel.item >= 0 && s.doc != nil && s.doc.items[s.sel.item].unknown != nil {
			s.onAddName(*s.doc.items[s.sel.item].unknown)
		}
	}
	s.pane.tag = s.entryTag
	s.pane.card.state = s.entryState
	s.pane.card.onEdit = func() {
		if s.sel.entry != nil {
			s.showEditEntry(s.sel.entry)
		}
	}
	s.pane.card.onDelete = func() {
		if s.sel.entry != nil {
			s.onDeleteEntry(s.sel.entry)
		}
	}
	s.pane.card.onHide = func() {
		if s.sel.entry != nil {
			s.onHideEntry(s.sel.entry)
		}
	}
	s.pane.card.onRevert = func() {
		if s.sel.entry != nil {
			s.onRevertEntry(s.sel.entry)
		}
	}

	s.card = newHoverCard()
	s.card.onTap = func() {
		if i := s.card.span; i >= 0 && !s.card.pinned {
			s.onSpanTapped(i)
		}
	}
	s.card.add.OnTapped = func() {
		if i := s.card.span; i >= 0 && s.doc != nil {
			sp := s.doc.ann.Spans[i]
			s.hideCard()
			s.onAddName(sp)
		}
	}
	s.cardLayer = container.NewWithoutLayout(s.card)

	s.split = container.NewHSplit(s.view, s.pane.root)
	s.split.Offset = s.prefs.FloatWithFallback(prefSplit, defaultSplit)

	s.status = widget.NewLabel("Loading the glossary…")
	s.status.Truncation = fyne.TextTruncateEllipsis
	s.note = widget.NewLabel("")
	s.note.SizeName = theme.SizeNameCaptionText
	s.progress = widget.NewProgressBarInfinite()
	s.progress.Stop()
	s.legend = newLegend()
	s.progressBox = container.NewGridWrap(fyne.NewSize(120, s.progress.MinSize().Height), s.progress)
	s.progressBox.Hide()
	s.statusBar = container.NewBorder(nil, nil, s.progressBox, container.NewHBox(s.note, s.legend), s.status)

	body := container.NewBorder(s.buildToolbar(), container.NewVBox(widget.NewSeparator(), s.statusBar), nil, nil, s.split)
	s.w.SetContent(container.NewStack(body, s.cardLayer))
	s.mainMenu = s.buildMenu()
	s.w.SetMainMenu(s.mainMenu)
	s.addShortcuts()
	s.w.SetOnDropped(s.onDropped)
	s.w.SetIcon(appIcon())
	s.w.Resize(fyne.NewSize(1280, 820))
	s.w.SetOnClosed(func() { s.prefs.SetFloat(prefSplit, s.split.Offset) })
}

// start loads the glossary, then the first article, and checks fonts.
func (s *mainScreen) start(opts Options) {
	s.checkFonts()
	s.loadGlossary(func() { s.openInitial(opts) })
}

// run does work off the UI goroutine and then apply on it; after
// progressDelay the status line shows a progress bar until it is done.
func (s *mainScreen) run(what string, work func() func()) {
	s.jobs.Add(1)
	s.pending++
	s.status.SetText(what)
	if s.doc == nil {
		s.view.setPlaceholder(what)
	}
	finish := func(apply func()) {
		apply()
		s.pending--
		if s.pending == 0 {
			s.view.setPlaceholder("")
		}
	}
	go func() {
		defer s.jobs.Done()
		done := make(chan func(), 1)
		go func() { done <- work() }()
		select {
		case apply := <-done:
			fyne.Do(func() { finish(apply) })
			return
		case <-time.After(progressDelay):
		}
		fyne.Do(func() { s.setBusy(+1) })
		apply := <-done
		fyne.Do(func() {
			s.setBusy(-1)
			finish(apply)
		})
	}()
}

func (s *mainScreen) setBusy(d int) {
	s.busy += d
	if s.busy > 0 {
		s.progressBox.Show()
		s.progress.Start()
	} else {
		s.progress.Stop()
		s.progressBox.Hide()
	}
	// Showing a child does not lay out its parent again.
	s.statusBar.Refresh()
}

// wait blocks until all work started so far has been applied. Only tests
// call it: the app itself never waits on the UI goroutine.
func (s *mainScreen) wait() { s.jobs.Wait() }

// loadGlossary reads the built-in glossary and the user's file over it.
func (s *mainScreen) loadGlossary(then func()) {
	path := s.user.path
	s.run("Loading the glossary…", func() func() {
		l := loadUserGlossary(path)
		return func() {
			s.user.builtin, s.user.ed = l.builtin, l.ed
			s.user.savePath, s.user.loadErr = l.savePath, l.loadErr
			s.refreshUndo()
			if l.builtinErr != nil {
				s.showError("Glossary not loaded", fmt.Errorf("the built-in glossary could not be loaded, so names will not be glossed: %w", l.builtinErr))
			}
			if l.loadErr != nil {
				s.showLoadProblem(l.recovered)
			}
			s.setGlossary(l.g, l.sorted)
			s.updateStatus()
			if then != nil {
				then()
			}
		}
	})
}

func (s *mainScreen) setGlossary(g *glossary.Glossary, sorted []*glossary.Entry) {
	s.g = g
	s.pane.setGlossary(g, sorted)
}

// showDocument puts a freshly read article on screen.
func (s *mainScreen) showDocument(d *document) {
	s.doc = d
	s.hideCard()
	s.sel = choice{item: -1}
	s.view.setDocument(d)
	s.pane.setDocument(d)
	s.updateStatus()
	s.w.SetTitle("Pathok — " + d.name)
	if d.uri != nil {
		addRecent(s.prefs, d.uri.String())
		s.refreshRecent()
	}
	s.w.Canvas().Focus(s.view)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

func (s *mainScreen) updateStatus() {
	s.note.Importance = widget.MediumImportance
	s.note.SetText("")
	if s.doc == nil {
		s.status.SetText("No article open")
		return
	}
	c := s.doc.counts
	s.status.SetText(fmt.Sprintf("%s · %s · %s not in glossary — %s",
		plural(c.Names, "name", "names"), plural(c.Figures, "figure", "figures"), fmt.Sprint(c.Unknown), s.doc.name))
}

// setTextSize zooms the article.
func (s *mainScreen) setTextSize(size float32) {
	size = clampTextSize(size)
	s.hideCard()
	s.view.setTextSize(size)
	s.prefs.SetFloat(prefTextSize, float64(size))
}

func (s *mainScreen) zoom(step float32) {
	s.setTextSize(s.view.textSize + step)
}

// onCopyParagraph copies the selection, or else the paragraph of the
// current highlight.
func (s *mainScreen) onCopyParagraph() {
	if t := s.view.selectedText(); t != "" {
		s.a.Clipboard().SetContent(t)
		s.flash("Copied the selection")
		return
	}
	if t := s.view.currentParagraph(); t != "" {
		s.a.Clipboard().SetContent(t)
		s.flash("Copied the paragraph")
	}
}

func (s *mainScreen) onCopyArticle() {
	if s.doc == nil {
		return
	}
	s.a.Clipboard().SetContent(s.doc.ann.Text)
	s.flash("Copied the article")
}

// flash says what an action did, beside the status line, until the next
// article or action.
func (s *mainScreen) flash(msg string) {
	s.note.Importance = widget.MediumImportance
	s.note.SetText(msg)
}

func (s *mainScreen) onFind() {
	s.w.Canvas().Focus(s.pane.search)
}

// showError says plainly what went wrong, in the engine's words (Fyne's
// own error dialog would capitalise a file name that starts the message).
func (s *mainScreen) showError(title string, err error) {
	msg := widget.NewLabel(err.Error())
	msg.Wrapping = fyne.TextWrapWord
	content := container.NewBorder(nil, nil, container.NewCenter(widget.NewIcon(theme.ErrorIcon())), nil, msg)
	d := dialog.NewCustom(title, "OK", content, s.w)
	d.Resize(fyne.NewSize(min(540, max(s.w.Canvas().Size().Width-40, 300)), 180))
	d.Show()
}
