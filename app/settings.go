package app

import (
	"fmt"
	"github.com/pathok/pathok/glossary/figures"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// loadSettings applies the saved theme and font before anything is drawn.
func (s *mainScreen) loadSettings() {
	s.mode = parseThemeMode(s.prefs.String(prefTheme))
	if path := s.prefs.String(prefFontPath); path != "" {
		if res, err := loadFontFile(path); err == nil {
			s.font, s.fontPath = res, path
		} else {
			// The file went away or cannot be drawn with (a collection
			// saved by an older version): fall back to the system's fonts
			// rather than fail at every start, and say so once the window
			// is up.
			s.prefs.SetString(prefFontPath, "")
			s.fontDropped = fmt.Errorf("The Bengali font chosen in Settings is not used any more; Pathok uses the system’s fonts instead.\n\n%w", err)
		}
	}
	s.applyTheme()
	if t := s.prefs.StringWithFallback(prefTaka, figures.TakaAuto); figures.ValidTaka(t) && t != "" {
		s.taka = t
	} else {
		s.taka = figures.TakaAuto // an edited or older preferences file
	}
}

// figureOptions are the reader's choices for reading figures; workers get
// a copy taken on the UI goroutine.
func (s *mainScreen) figureOptions() figures.Options {
	return figures.Options{Taka: s.taka}
}

// takaChoices are the Settings labels for what টাকা stands for.
var takaChoices = []struct{ code, label string }{
	{figures.TakaAuto, "Decide per article"},
	{figures.TakaBDT, "Bangladeshi taka (BDT)"},
	{figures.TakaINR, "Indian rupee (INR)"},
}

// setTaka sets what টাকা stands for and marks the article again with it.
func (s *mainScreen) setTaka(code string) {
	if code == s.taka || !figures.ValidTaka(code) || code == "" {
		return
	}
	s.taka = code
	s.prefs.SetString(prefTaka, code)
	s.reannotate("")
}

func (s *mainScreen) applyTheme() {
	s.a.Settings().SetTheme(newPathokTheme(s.mode, s.font))
}

func (s *mainScreen) setThemeMode(m themeMode) {
	s.mode = m
	s.prefs.SetString(prefTheme, string(m))
	s.applyTheme()
	if s.mainMenu != nil {
		for _, it := range s.mainMenu.Items[2].Items {
			if it.Label == "Theme" {
				s.markTheme(it.ChildMenu)
			}
		}
		s.mainMenu.Refresh()
	}
	s.hideCard()
}

// cycleTheme steps system → light → dark, for the toolbar button.
func (s *mainScreen) cycleTheme() {
	next := map[themeMode]themeMode{themeSystem: themeLight, themeLight: themeDark, themeDark: themeSystem}
	s.setThemeMode(next[s.mode])
	s.flash("Theme: " + string(s.mode))
}

// setFont uses the font file at path for text, or the system's fonts
// when path is empty.
func (s *mainScreen) setFont(path string) error {
	if path == "" {
		s.font, s.fontPath = nil, ""
	} else {
		res, err := loadFontFile(path)
		if err != nil {
			return err
		}
		s.font, s.fontPath = res, path
	}
	s.prefs.SetString(prefFontPath, s.fontPath)
	s.applyTheme()
	s.hideCard()
	if s.font != nil && bengaliMissing() {
		return fmt.Errorf("%s has no Bengali letters; Pathok will use the system's fonts where it can", filepath.Base(path))
	}
	return nil
}

func (s *mainScreen) fontLabel() string {
	if s.fontPath == "" {
		return "System fonts"
	}
	return filepath.Base(s.fontPath)
}

// showSettings opens the Settings dialog. Changes apply at once, so the
// reader sees what they chose, and are saved as they are made.
func (s *mainScreen) showSettings() {
	sizeLabel := widget.NewLabel("")
	size := widget.NewSlider(minTextSize, maxTextSize)
	size.Step = 1
	size.Value = float64(s.view.textSize)
	showSize := func() { sizeLabel.SetText(fmt.Sprintf("%.0f pt", size.Value)) }
	showSize()
	size.OnChanged = func(v float64) {
		showSize()
		s.setTextSize(float32(v))
	}

	modes := []themeMode{themeSystem, themeLight, themeDark}
	labels := []string{"System", "Light", "Dark"}
	themeChoice := widget.NewRadioGroup(labels, func(l string) {
		for i, m := range labels {
			if m == l && modes[i] != s.mode {
				s.setThemeMode(modes[i])
			}
		}
	})
	themeChoice.Horizontal = true
	themeChoice.Required = true
	for i, m := range modes {
		if m == s.mode {
			themeChoice.Selected = labels[i]
		}
	}

	fontName := widget.NewLabel(s.fontLabel())
	choose := widget.NewButton("Choose…", func() {
		fm, d := newFileOpen(s.w, func(r fyne.URIReadCloser, err error) {
			if err != nil || r == nil {
				return
			}
			path := r.URI().Path()
			r.Close()
			if err := s.setFont(path); err != nil {
				s.showError("Cannot use this font", err)
			}
			fontName.SetText(s.fontLabel())
		})
		// No .ttc: Fyne cannot load font collections.
		d.SetFilter(storage.NewExtensionFileFilter([]string{".ttf", ".otf"}))
		fm.Show()
	})
	reset := widget.NewButton("Use system fonts", func() {
		_ = s.setFont("")
		fontName.SetText(s.fontLabel())
	})
	fontHint := widget.NewLabel("A Bengali font file such as NotoSansBengali-Regular.ttf, for when the system has none or you prefer another.")
	fontHint.Wrapping = fyne.TextWrapWord
	fontHint.SizeName = theme.SizeNameCaptionText

	var takaLabels []string
	for _, c := range takaChoices {
		takaLabels = append(takaLabels, c.label)
	}
	takaChoice := widget.NewSelect(takaLabels, func(l string) {
		for _, c := range takaChoices {
			if c.label == l {
				s.setTaka(c.code)
			}
		}
	})
	for _, c := range takaChoices {
		if c.code == s.taka {
			takaChoice.Selected = c.label
		}
	}
	takaHint := widget.NewLabel("Bangladeshi outlets mean the taka, Indian ones (Bengali is also written in West Bengal) often the rupee; per article, Pathok goes by what the article says.")
	takaHint.Wrapping = fyne.TextWrapWord
	takaHint.SizeName = theme.SizeNameCaptionText

	form := widget.NewForm(
		widget.NewFormItem("Text size", container.NewBorder(nil, nil, nil, sizeLabel, size)),
		widget.NewFormItem("Theme", themeChoice),
		widget.NewFormItem("Bengali font", container.NewVBox(
			container.NewBorder(nil, nil, nil, container.NewHBox(choose, reset), fontName), fontHint)),
		widget.NewFormItem("টাকা means", container.NewVBox(takaChoice, takaHint)),
	)
	d := newCustom(s.w, "Settings", "Close", form)
	d.Resize(dialogSize(s.w, 560, 420))
	d.Show()
}
