package app

import (
	"fmt"
	"io"
	"strings"
	"time"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/pathok/pathok/glossary"
)

// Options are the command line's wishes.
type Options struct {
	Sample bool     // open the bundled sample article
	Files  []string // open this file (the first one)

	// Timings, if set, is told how long after Start the window, the
	// article's text and its marks took to show (pathok -timings).
	Timings io.Writer
	Start   time.Time
}

// Run builds the main window, opens the first article and runs the app.
func Run(a fyne.App, w fyne.Window, opts Options) {
	previous, err := crashLog(appStorageDir(a))
	if err != nil {
		fyne.LogError("crashes will not be logged", err)
	}
	t := newTimings(opts.Timings, opts.Start)
	s := prepareMainScreen(a, w)
	// This driver draws frames by itself: work that follows the first
	// marks waits for the frame that shows them.
	s.followFrames = true
	// Creating the window takes the windowing system and OpenGL a
	// quarter of a second, and loading the fonts as long again: the
	// window is created empty while the fonts load, and filled then.
	fonts := loadFonts()
	w.Resize(windowSize)
	w.Show()
	t.step("window created")
	// The first article is read while the screen is built, and a long
	// one has the glossary loaded meanwhile: a 5 MB article's first
	// screen then shows marked in the frame that shows its text, rather
	// than ~0.2 s after it. Started before the window was created, they
	// slowed that down by ~0.1 s on two cores; the glossary loaded
	// before the sample's first frame delayed it as much (medians of 7
	// under Xvfb).
	s.loading = newGlossaryLoad(s.user.path)
	s.ahead = s.startReadingAhead(opts)
	<-fonts
	t.step("fonts loaded")
	s.buildScreen()
	s.setTimings(t)
	t.step("window built")
	s.previousCrash = previous
	s.launch(opts)
	a.Run()
	s.finishSaving() // Quit from the menu closes no window
}

// windowSize fits a 1,366×768 laptop screen with its taskbar and the
// title bar.
var windowSize = fyne.NewSize(1280, 700)

// mainScreen is the reader's window: one struct per area of it, each
// built by its own build step, with the handlers (on…) on the screen.
type mainScreen struct {
	a     fyne.App
	w     fyne.Window
	prefs fyne.Preferences

	g   *glossary.Glossary
	doc *document

	articleArea
	pane  *glossaryPane
	split *splitLayout
	statusArea
	menuArea
	dialogArea
	looks

	sel choice

	tasks tasks
	// painted tells when the window is first drawn.
	painted *paintSignal
	// early holds results for start to apply before the first frame.
	early earlyResults
	// opening, rebuilding and marking each keep only their newest
	// request: an article opened, the glossary rebuilt after an edit, the
	// open article marked again with the glossary in force.
	opening, rebuilding, marking *latestOnly

	// onAddName is the "Add to glossary" action of an unknown name.
	onAddName func(s glossary.Span)

	// user is the user's own glossary.
	user userGlossary

	shelf *shelf // the library, feeds and their windows

	timings *timings // nil unless asked for with -timings
	// waitingForMarks is work waiting for the article's first marks to
	// show; see afterFirstMarks.
	waitingForMarks []func()
	// followFrames has that work wait for the frame that shows the marks
	// too. Only the app sets it: Fyne's test driver draws a frame only
	// when a test captures one.
	followFrames bool

	// loading is the glossary loading since launch (Run), until it is
	// applied; nil when loadGlossary loads it itself.
	loading *glossaryLoad
	// ahead is the first article, read since launch (Run), until
	// openInitial shows it; nil when openInitial reads it itself.
	ahead *readAhead
}

// articleArea is the article and the hover card over it.
type articleArea struct {
	view      *articleView
	card      *hoverCard
	cardLayer *fyne.Container
}

// statusArea is the line below: what is open, progress, the legend.
type statusArea struct {
	status      *statusLabel
	note        *statusLabel // what the last action did
	progress    *widget.ProgressBarInfinite
	progressBox *fyne.Container
	statusBar   *fyne.Container
	legend      *fyne.Container
}

// menuArea is the main menu and the items that change with the state.
type menuArea struct {
	mainMenu   *fyne.MainMenu
	recentMenu *fyne.MenuItem
	undoItem   *fyne.MenuItem
	toolbar    *fyne.Container
	tips       *tooltips // the toolbar's, over the window
}

// dialogArea is what the screen shows over the window or has to say.
type dialogArea struct {
	form          *entryForm // the entry form on screen, if any
	previousCrash string     // the log of the last run's crash, to tell about
}

// looks are the reader's choices of theme and font, and of how figures read.
type looks struct {
	mode themeMode
	// taka is what টাকা stands for (figures.TakaAuto, TakaBDT, TakaINR).
	taka        string
	fontPath    string
	font        fyne.Resource
	fontDropped error // the saved font that could not be loaded at start
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
	s := prepareMainScreen(a, w)
	s.buildScreen()
	return s
}

// prepareMainScreen is the screen with the reader's settings and theme
// in force, not yet built: the window can be created meanwhile.
func prepareMainScreen(a fyne.App, w fyne.Window) *mainScreen {
	s := &mainScreen{a: a, w: w, prefs: a.Preferences(),
		opening: newLatestOnly(), rebuilding: newLatestOnly(), marking: newLatestOnly()}
	s.user.path = userGlossaryPath(a)
	s.onAddName = s.showAddEntry
	s.shelf = newShelf(s)
	s.loadSettings()
	return s
}

// buildScreen puts the screen into its window.
func (s *mainScreen) buildScreen() {
	s.build()
	s.shelf.wire()
}

// build puts the window together from its areas.
func (s *mainScreen) build() {
	s.buildArticle()
	s.buildPane()
	var split *fyne.Container
	split, s.split = newHSplit(s.view, s.pane.root)
	s.split.Offset = clampSplit(s.prefs.FloatWithFallback(prefSplit, defaultSplit))
	s.buildStatus()

	s.tips = newTooltips()
	s.toolbar = s.buildToolbar().(*fyne.Container)
	body := container.NewBorder(s.toolbar, container.NewVBox(widget.NewSeparator(), s.statusBar), nil, nil, split)
	s.painted = newPaintSignal()
	s.w.SetContent(container.NewStack(body, s.cardLayer, s.tips.layer, container.NewWithoutLayout(s.painted.raster)))
	s.mainMenu = s.buildMenu()
	s.w.SetMainMenu(s.mainMenu)
	s.addShortcuts()
	s.w.SetOnDropped(s.onDropped)
	s.w.SetIcon(appIcon())
	s.w.Resize(windowSize)
	s.w.SetOnClosed(func() {
		s.painted.stop()
		s.prefs.SetFloat(prefSplit, clampSplit(s.split.Offset))
		s.finishSaving()
		s.shelf.close()
	})
}

func (s *mainScreen) buildArticle() {
	s.view = newArticleView()
	s.view.textSize = clampTextSize(float32(s.prefs.FloatWithFallback(prefTextSize, defaultTextSize)))
	s.view.onHover = s.onHover
	s.view.onTap = s.onSpanTapped
	s.view.onActivate = s.onSpanTapped // Enter does what a click does
	s.view.onEscape = s.hideCard
	s.view.onScroll = s.onViewMoved
	s.view.onCopy = s.onCopyParagraph
	s.view.onContext = s.onArticleMenu

	s.card = newHoverCard()
	s.hideCardWhenAppLeft()
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
}

func (s *mainScreen) buildPane() {
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
	onEntry := func(f func(*glossary.Entry)) func() {
		return func() {
			if s.sel.entry != nil {
				f(s.sel.entry)
			}
		}
	}
	s.pane.card.onEdit = onEntry(s.showEditEntry)
	s.pane.card.onDelete = onEntry(s.onDeleteEntry)
	s.pane.card.onHide = onEntry(s.onHideEntry)
	s.pane.card.onRevert = onEntry(s.onRevertEntry)
}

// launch starts the screen's work: what the window's first frame shows
// now (start), and the rest once that frame is drawn (started).
func (s *mainScreen) launch(opts Options) {
	s.start(opts)
	s.painted.then(func() {
		s.onUI(func() {
			s.timings.step("first frame drawn")
			s.started()
		})
	})
	s.painted.fallback()
}

// start opens the first article and checks fonts: what the window's
// first frame needs. It waits a moment for the article's text (see
// firstTextWait), so that the first frame shows it.
func (s *mainScreen) start(opts Options) {
	if s.previousCrash != "" {
		s.showPreviousCrash(s.previousCrash)
	}
	if s.fontDropped != nil {
		s.showError("Font not loaded", s.fontDropped)
	}
	s.checkFonts()
	s.early.hold()
	s.openInitial(opts)
	s.early.applyUntil(func() bool { return s.tasks.pending == 0 }, firstTextWait)
}

// started puts the glossary in force once the screen's first frame is
// drawn, and marks the article if it is not marked yet. It loads while
// the window is created (Run); an article read once it is ready, as a
// 5 MB one is, was marked as it was read and is in the first frame
// with its first marks. Put in force before the first frame, the
// glossary's marks and list made the sample's first frame ~0.1 s later
// (medians of 7 under Xvfb). Hangul, which the first frame leaves out,
// comes once the first marks are drawn.
func (s *mainScreen) started() {
	// Hangul loads the system's CJK font, a 19 MB collection on Debian:
	// 75–140 ms on the UI goroutine, which held up the glossary's
	// arrival and so the first marks (a 5 MB article's first screen was
	// marked ~0.1 s later). It comes once the first marks are drawn.
	s.loadGlossary(func() {
		s.painted.afterNextFrame(func() {
			s.onUI(func() {
				s.pane.useAllHints()
				s.checkHangul()
			})
		})
	})
}

// setTimings has t told when the article's text and marks are first
// drawn.
func (s *mainScreen) setTimings(t *timings) {
	s.timings = t
	if t == nil {
		return
	}
	s.view.onDrawText = func(d *document) {
		t.step("article text drawn")
		if d.marks != notMarked {
			t.step("first screen marked and drawn")
		}
		if d.marks == fullyMarked {
			t.step("whole article marked and drawn")
		}
	}
}

// loadGlossary reads the built-in glossary and the user's file over it
// (or takes the load begun at launch, s.loading), and marks the article
// open meanwhile. The glossary pane gets it once its search index is
// built too (see indexForSearch): the article's marks do not wait for
// that. then, if set, runs on the UI goroutine once the article's first
// marks are drawn, or the glossary is in force when there is nothing
// to mark (see afterFirstMarks).
func (s *mainScreen) loadGlossary(then func()) {
	loading := s.loading
	if loading == nil {
		loading = newGlossaryLoad(s.user.path)
	}
	s.background("Loading the glossary…", func() func() {
		loading.start()
		<-loading.done
		l := loading.l
		s.timings.stepf("glossary indexed for marking", "%d entries, loading took %s", l.g.Len(), ms(loading.took))
		return func() {
			s.loading = nil
			s.user.useLoaded(l)
			s.refreshUndo()
			if l.builtinErr != nil {
				s.showError("Glossary not loaded", fmt.Errorf("the built-in glossary could not be loaded, so names will not be glossed: %w", l.builtinErr))
			}
			if l.loadErr != nil {
				s.showLoadProblem(l.recovered)
			}
			s.g = l.g
			s.updateStatus()
			g := l.g
			follow := func() {
				s.indexForSearch(g)
				if then != nil {
					then()
				}
			}
			if d := s.doc; d != nil && d.g == g {
				// Marked with it as it was read (open): the rest once
				// those marks are drawn. An article shown before the
				// glossary was in force left the rest to it.
				s.afterFirstMarks(false, func() {
					if s.doc == d {
						s.markDocument()
					}
					follow()
				})
				return
			}
			s.afterFirstMarks(s.markDocument(), follow)
		}
	})
}

// indexForSearch sorts g's entries and builds its search index off the
// UI goroutine, then gives g to the glossary pane, so that the first
// keystroke in its search box finds the index ready rather than waits.
func (s *mainScreen) indexForSearch(g *glossary.Glossary) {
	s.tasks.running.Add(1)
	go func() {
		defer s.tasks.running.Done()
		start := time.Now()
		sorted := g.Sorted()
		g.Search("ক", 1)
		s.timings.stepf("glossary indexed for search", "%s", ms(time.Since(start)))
		s.onUI(func() {
			if s.g == g { // else an edit made a newer one
				s.setGlossary(g, sorted)
			}
		})
	}()
}

func (s *mainScreen) setGlossary(g *glossary.Glossary, sorted []*glossary.Entry) {
	s.g = g
	s.pane.setGlossary(g, sorted)
	s.shelf.glossaryChanged(g)
}

// showDocument puts a freshly read article on screen.
func (s *mainScreen) showDocument(d *document) {
	s.doc = d
	s.hideCard()
	s.sel = choice{item: -1}
	s.view.setDocument(d)
	s.pane.setDocument(d)
	s.updateStatus()
	if !hasBengali(d.ann.Text) {
		// An English page or a wrong paste: say why nothing is marked.
		s.note.Importance = widget.WarningImportance
		s.note.SetText("No Bengali letters in this text, so nothing is highlighted")
	}
	s.w.SetTitle("Pathok — " + d.name)
	if d.uri != nil {
		addRecent(s.prefs, d.uri.String())
		s.refreshRecent()
	}
	s.w.Canvas().Focus(s.view)
}

// hasBengali reports whether text has any letter of the Bengali script.
func hasBengali(text string) bool {
	return strings.IndexFunc(text, func(r rune) bool { return unicode.Is(unicode.Bengali, r) }) >= 0
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
	s.status.SetText(s.statusLine())
}

// statusLine says what is open and what is marked in it.
func (s *mainScreen) statusLine() string {
	d := s.doc
	if d == nil {
		return "No article open"
	}
	c := d.counts
	counts := fmt.Sprintf("%s · %s · %s not in glossary", plural(c.Names, "name", "names"), plural(c.Figures, "figure", "figures"), fmt.Sprint(c.Unknown))
	switch {
	case s.g == nil:
		return "Loading the glossary… — " + d.name
	case d.marks == notMarked:
		return "Marking the article… — " + d.name
	case d.marks == startMarked:
		return fmt.Sprintf("Marking the rest of the article… the first %d%%: %s — %s",
			max(1, 100*int64(d.markedTo)/int64(max(1, len(d.runes)))), counts, d.name)
	case d.g != nil && d.g != s.g:
		return "Marking the article again… — " + d.name
	}
	return counts + " — " + d.name
}

// setTextSize zooms the article.
func (s *mainScreen) setTextSize(size float32) {
	size = clampTextSize(size)
	s.hideCard()
	s.view.setTextSize(size)
	s.prefs.SetFloat(prefTextSize, float64(size))
	s.flash(zoomLevel(size))
}

// zoomLevel says how big the text is, against the default size.
func zoomLevel(size float32) string {
	return fmt.Sprintf("Text size %.0f pt (%.0f%%)", size, 100*size/defaultTextSize)
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
	d := newCustom(s.w, title, "OK", content)
	d.Resize(fyne.NewSize(min(540, max(s.w.Canvas().Size().Width-40, 300)), 180))
	d.Show()
}
