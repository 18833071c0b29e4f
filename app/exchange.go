package app

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/pathok/pathok/glossary"
	"github.com/pathok/pathok/glossary/exchange"
)

// Glossary ▸ Import… and Export…, and File ▸ Export Anki deck…: the
// engine reads and writes the formats; this file picks the files, runs
// the work off the UI goroutine and says what happened.

// glossaryExtensions are the files Import offers.
var glossaryExtensions = []string{".json", ".tsv", ".csv", ".txt", ".tbx", ".xml"}

// exchangeFormat is one format Export offers, and Import when a file's
// extension does not say.
type exchangeFormat struct {
	format exchange.Format
	label  string
	ext    string
}

var exchangeFormats = []exchangeFormat{
	{"json", "Pathok JSON (.json)", ".json"},
	{"tsv", "Tab-separated, Pathok's columns (.tsv)", ".tsv"},
	{"csv", "Comma-separated (.csv)", ".csv"},
	{"omegat", "OmegaT glossary (.txt)", ".txt"},
	{"tbx", "TBX term base (.tbx)", ".tbx"},
}

func formatLabels() []string {
	var out []string
	for _, f := range exchangeFormats {
		out = append(out, f.label)
	}
	return out
}

// exchangeFolder is where the last glossary file was imported from or
// exported to, for the next file dialog.
func (s *mainScreen) exchangeFolder() fyne.ListableURI {
	if u, err := storage.ParseURI(s.prefs.String(prefExchangeFolder)); err == nil {
		if l, err := storage.ListerForURI(u); err == nil {
			return l
		}
	}
	return s.lastFolder()
}

func (s *mainScreen) rememberExchangeFolder(u fyne.URI) {
	if parent, err := storage.Parent(u); err == nil {
		s.prefs.SetString(prefExchangeFolder, parent.String())
	}
}

func (s *mainScreen) onImport() {
	if !s.editable() {
		return
	}
	fm, d := newFileOpen(s.w, func(r fyne.URIReadCloser, err error) {
		if err != nil {
			s.showError("Cannot import the file", err)
			return
		}
		if r == nil {
			return
		}
		u := r.URI()
		r.Close()
		s.importURI(u, "")
	})
	d.SetFilter(storage.NewExtensionFileFilter(glossaryExtensions))
	if dir := s.exchangeFolder(); dir != nil {
		d.SetLocation(dir)
	}
	fm.Show()
}

// importURI reads a glossary file in format f ("" tells it by the
// file's extension, asking when that cannot) and merges it into the
// user's glossary.
func (s *mainScreen) importURI(u fyne.URI, f exchange.Format) {
	if f == "" {
		var ok bool
		if f, ok = exchange.FormatFor(u.Name()); !ok {
			s.askFormat(u.Name(), func(f exchange.Format) { s.importURI(u, f) })
			return
		}
	}
	s.rememberExchangeFolder(u)
	s.background("Reading "+u.Name()+"…", func() func() {
		b, err := readBatch(u, f)
		return func() {
			s.updateStatus() // "Reading …" is over
			if err != nil {
				s.showError("Cannot import "+u.Name(), err)
				return
			}
			// The merge goes through the editor, which lives on the UI
			// goroutine; it is quick next to reading and parsing.
			rep := exchange.Merge(s.user.ed, b)
			if rep.Added+rep.Merged > 0 {
				s.commit(fmt.Sprintf("Imported %s: %d added, %d merged", u.Name(), rep.Added, rep.Merged), "")
			}
			s.showImportReport(u.Name(), rep)
		}
	})
}

func readBatch(u fyne.URI, f exchange.Format) (*exchange.Batch, error) {
	r, err := storage.Reader(u)
	if err != nil {
		return nil, readError(u.Name(), err)
	}
	defer r.Close()
	return exchange.Import(u.Name(), r, f)
}

// askFormat asks which format a file is in when its name does not say.
func (s *mainScreen) askFormat(name string, then func(exchange.Format)) {
	choice := widget.NewRadioGroup(formatLabels(), nil)
	choice.Required = true
	choice.SetSelected(exchangeFormats[1].label)
	msg := widget.NewLabel("Pathok cannot tell from its name what kind of glossary " + name + " is. Which is it?")
	msg.Wrapping = fyne.TextWrapWord
	d := newCustomConfirm(s.w, "Which format?", "Import", "Cancel", container.NewVBox(msg, choice), func(ok bool) {
		if !ok {
			return
		}
		for _, f := range exchangeFormats {
			if f.label == choice.Selected {
				then(f.format)
			}
		}
	})
	d.Resize(dialogSize(s.w, 480, 340))
	d.Show()
}

func reportSummary(r exchange.Report) string {
	parts := []string{plural(r.Added, "entry", "entries") + " added", fmt.Sprintf("%d merged into entries the glossary had", r.Merged)}
	if r.Unchanged > 0 {
		parts = append(parts, fmt.Sprintf("%d already there", r.Unchanged))
	}
	parts = append(parts, fmt.Sprintf("%d rejected", len(r.Rejected)))
	return strings.Join(parts, ", ")
}

// maxRejectionsShown keeps a file of garbage from building thousands of
// labels; the summary still counts them all.
const maxRejectionsShown = 300

// showImportReport says what an import added, merged and rejected, with
// the reason for each rejected line.
func (s *mainScreen) showImportReport(name string, r exchange.Report) {
	summary := widget.NewLabelWithStyle(reportSummary(r)+".", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	summary.Wrapping = fyne.TextWrapWord
	rows := container.NewVBox()
	for i, rj := range r.Rejected {
		if i == maxRejectionsShown {
			rows.Add(widget.NewLabel(fmt.Sprintf("… and %d more", len(r.Rejected)-i)))
			break
		}
		where := "Entry"
		if rj.Line > 0 {
			where = fmt.Sprintf("Line %d", rj.Line)
		}
		// The row as written: its tabs and separators drawn as dots, as
		// a label cannot draw a tab.
		text := strings.Join(strings.FieldsFunc(rj.Text, func(r rune) bool { return r == '\t' || unicode.IsControl(r) }), " · ")
		text = strings.TrimSpace(text)
		if n := []rune(text); len(n) > 80 {
			text = string(n[:80]) + "…"
		}
		if text != "" {
			where += ": " + text
		}
		head := widget.NewLabelWithStyle(where, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		head.Truncation = fyne.TextTruncateEllipsis
		reason := widget.NewLabel(rj.Reason)
		reason.Wrapping = fyne.TextWrapWord
		reason.Importance = widget.DangerImportance
		rows.Add(container.NewVBox(head, reason))
	}
	var body fyne.CanvasObject = summary
	if len(r.Rejected) > 0 {
		body = container.NewBorder(container.NewVBox(summary, widget.NewLabel("Rejected:")), nil, nil, nil, container.NewVScroll(rows))
	}
	d := newCustom(s.w, "Imported "+name, "Close", body)
	if len(r.Rejected) > 0 {
		d.Resize(dialogSize(s.w, 640, 480))
	} else {
		d.Resize(dialogSize(s.w, 480, 180))
	}
	d.Show()
}

// exportScreen asks what to export and in which format before the file
// dialog, which has no room for either.
type exportScreen struct {
	s      *mainScreen
	format *widget.Select
	scope  *widget.RadioGroup
	dlg    *modal
}

const (
	scopeMine  = "Your entries"
	scopeWhole = "The whole glossary"
)

func (s *mainScreen) onExportGlossary() {
	if !s.editable() {
		return
	}
	x := &exportScreen{s: s}
	x.build()
	x.dlg.Show()
}

func (x *exportScreen) build() {
	x.format = widget.NewSelect(formatLabels(), nil)
	x.format.SetSelectedIndex(0)
	mine := len(x.s.user.ed.User().Entries)
	x.scope = widget.NewRadioGroup([]string{scopeMine, scopeWhole}, nil)
	x.scope.Required = true
	x.scope.SetSelected(scopeMine)
	if mine == 0 {
		x.scope.SetSelected(scopeWhole)
	}
	hint := widget.NewLabel(fmt.Sprintf("You have %s of your own (changed built-in ones included); the whole glossary has %d, without the ones you hid. The file name's extension decides the format if you type another.",
		plural(mine, "entry", "entries"), x.s.g.Len()))
	hint.Wrapping = fyne.TextWrapWord
	hint.SizeName = theme.SizeNameCaptionText
	form := widget.NewForm(
		widget.NewFormItem("Entries", x.scope),
		widget.NewFormItem("Format", x.format),
	)
	x.dlg = newCustomConfirm(x.s.w, "Export glossary", "Choose file…", "Cancel", container.NewVBox(form, hint), x.onChoose)
	x.dlg.Resize(dialogSize(x.s.w, 560, 320))
}

func (x *exportScreen) onChoose(ok bool) {
	if !ok {
		return
	}
	s := x.s
	f := exchangeFormats[max(0, x.format.SelectedIndex())]
	var entries []*glossary.Entry
	name := "pathok-glossary"
	if x.scope.Selected == scopeWhole {
		entries = s.g.Entries()
		name = "pathok-glossary-all"
	} else {
		entries = s.user.ed.User().Entries
	}
	fm, d := newFileSave(s.w, func(wc fyne.URIWriteCloser, err error) {
		if err != nil {
			s.showError("Cannot export the glossary", err)
			return
		}
		if wc == nil {
			return
		}
		format := f.format
		if byName, ok := exchange.FormatFor(wc.URI().Name()); ok {
			format = byName
		}
		s.rememberExchangeFolder(wc.URI())
		s.exportTo(wc, fmt.Sprintf("Exported %s to", plural(len(entries), "entry", "entries")), func(w io.Writer) error {
			return exchange.Export(w, entries, format)
		})
	})
	d.SetFileName(name + f.ext)
	d.SetFilter(storage.NewExtensionFileFilter(glossaryExtensions))
	if dir := s.exchangeFolder(); dir != nil {
		d.SetLocation(dir)
	}
	fm.Show()
}

// exportTo writes a file off the UI goroutine, then says where it went.
func (s *mainScreen) exportTo(wc fyne.URIWriteCloser, done string, write func(io.Writer) error) {
	name := wc.URI().Name()
	s.background("Writing "+name+"…", func() func() {
		err := write(wc)
		if cerr := wc.Close(); err == nil {
			err = cerr
		}
		return func() {
			s.updateStatus() // "Writing …" is over
			if err != nil {
				s.showError("Cannot write "+name, err)
				return
			}
			s.flash(done + " " + name)
		}
	})
}

// articleEntries are the glossary entries named in the open article, in
// order of first appearance.
func (s *mainScreen) articleEntries() []*glossary.Entry {
	if s.doc == nil {
		return nil
	}
	var out []*glossary.Entry
	for _, it := range s.doc.items {
		if it.entry != nil {
			out = append(out, it.entry)
		}
	}
	return out
}

// onExportAnki saves the names of the article as an Anki deck: a TSV
// file Anki's File ▸ Import reads as notes.
func (s *mainScreen) onExportAnki() {
	entries := s.articleEntries()
	if len(entries) == 0 {
		showInformation(s.w, "Nothing to export", "Open an article that names people or places from the glossary first.")
		return
	}
	fm, d := newFileSave(s.w, func(wc fyne.URIWriteCloser, err error) {
		if err != nil {
			s.showError("Cannot save the deck", err)
			return
		}
		if wc == nil {
			return
		}
		s.exportTo(wc, fmt.Sprintf("Saved %s as an Anki deck:", plural(len(entries), "card", "cards")), func(w io.Writer) error {
			return exchange.ExportAnki(w, entries)
		})
	})
	d.SetFileName(strings.TrimSuffix(exportName(s.doc), "-pathok.html") + "-anki.txt")
	d.SetFilter(storage.NewExtensionFileFilter([]string{".txt", ".tsv"}))
	if dir := s.lastFolder(); dir != nil {
		d.SetLocation(dir)
	}
	fm.Show()
}

// showGlossaryLocation says where the user's glossary is kept and in
// what state, with its path to copy.
func (s *mainScreen) showGlossaryLocation() {
	path := widget.NewEntry()
	path.SetText(s.user.path)
	path.Disable() // selectable and copyable, not editable
	var lines []string
	switch {
	case s.user.ed == nil:
		lines = append(lines, "The glossary is still loading.")
	case s.user.loadErr != nil:
		lines = append(lines, s.user.loadProblem())
	default:
		u := s.user.ed.User()
		lines = append(lines, fmt.Sprintf("It holds %s of yours and %d hidden built-in ones. Pathok keeps the previous version beside it as %s.bak.",
			plural(len(u.Entries), "entry", "entries"), len(u.Hidden), filepath.Base(s.user.path)))
	}
	msg := widget.NewLabel(strings.Join(lines, "\n\n"))
	msg.Wrapping = fyne.TextWrapWord
	copyPath := widget.NewButtonWithIcon("Copy path", theme.ContentCopyIcon(), func() {
		s.a.Clipboard().SetContent(s.user.path)
		s.flash("Copied the glossary's path")
	})
	content := container.NewVBox(widget.NewLabel("Your glossary is kept in"), path, container.NewHBox(copyPath), msg)
	d := newCustom(s.w, "Glossary file", "Close", content)
	d.Resize(dialogSize(s.w, 620, 300))
	d.Show()
}

// showLoadProblem tells the user at start that their file could not be
// read and that Pathok leaves it alone.
func (s *mainScreen) showLoadProblem(recovered bool) {
	msg := s.user.loadProblem()
	if recovered {
		msg += "\n\nYour edits of an earlier session were read from " + recoveredGlossaryName + "."
	}
	l := widget.NewLabel(msg)
	l.Wrapping = fyne.TextWrapWord
	content := container.NewBorder(nil, nil, container.NewCenter(widget.NewIcon(theme.WarningIcon())), nil, l)
	d := newCustom(s.w, "Your glossary could not be read", "OK", content)
	d.Resize(dialogSize(s.w, 640, 380))
	d.Show()
}
