package app

import (
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Shortcuts, shared by the menu (which shows them) and the window.
var (
	scOpen      = &desktop.CustomShortcut{KeyName: fyne.KeyO, Modifier: fyne.KeyModifierShortcutDefault}
	scPaste     = &desktop.CustomShortcut{KeyName: fyne.KeyV, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	scExport    = &desktop.CustomShortcut{KeyName: fyne.KeyE, Modifier: fyne.KeyModifierShortcutDefault}
	scFind      = &desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault}
	scZoomIn    = &desktop.CustomShortcut{KeyName: fyne.KeyEqual, Modifier: fyne.KeyModifierShortcutDefault}
	scZoomOut   = &desktop.CustomShortcut{KeyName: fyne.KeyMinus, Modifier: fyne.KeyModifierShortcutDefault}
	scZoomReset = &desktop.CustomShortcut{KeyName: fyne.Key0, Modifier: fyne.KeyModifierShortcutDefault}
	scSettings  = &desktop.CustomShortcut{KeyName: fyne.KeyComma, Modifier: fyne.KeyModifierShortcutDefault}
	scCopyAll   = &desktop.CustomShortcut{KeyName: fyne.KeyC, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	scTop       = &desktop.CustomShortcut{KeyName: fyne.KeyHome, Modifier: fyne.KeyModifierShortcutDefault}
	scEnd       = &desktop.CustomShortcut{KeyName: fyne.KeyEnd, Modifier: fyne.KeyModifierShortcutDefault}
	scAddress   = &desktop.CustomShortcut{KeyName: fyne.KeyL, Modifier: fyne.KeyModifierShortcutDefault}
	scLibrary   = &desktop.CustomShortcut{KeyName: fyne.KeyL, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	// Ctrl++ arrives as Ctrl+Shift+= on most layouts, and from the keypad.
	scZoomInAlt = []fyne.Shortcut{
		&desktop.CustomShortcut{KeyName: fyne.KeyEqual, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift},
		&desktop.CustomShortcut{KeyName: fyne.KeyPlus, Modifier: fyne.KeyModifierShortcutDefault},
		&desktop.CustomShortcut{KeyName: fyne.KeyPlus, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift},
	}
)

// buildToolbar is a row of icon-only buttons, each saying what it does on
// hover and to screen readers.
func (s *mainScreen) buildToolbar() fyne.CanvasObject {
	bar := container.NewHBox(
		newToolButton("Open an article", theme.FolderOpenIcon(), s.onOpen),
		newToolButton("Paste an article", theme.ContentPasteIcon(), s.onPaste),
		newToolButton("Export the article as a web page", theme.DocumentSaveIcon(), s.onExport),
		widget.NewSeparator(),
		newToolButton("Previous highlight", theme.NavigateBackIcon(), func() { s.view.next(-1) }),
		newToolButton("Next highlight", theme.NavigateNextIcon(), func() { s.view.next(+1) }),
		widget.NewSeparator(),
		newToolButton("Smaller text", theme.ZoomOutIcon(), func() { s.zoom(-1) }),
		newToolButton("Larger text", theme.ZoomInIcon(), func() { s.zoom(+1) }),
		widget.NewSeparator(),
		newToolButton("Find in the glossary", theme.SearchIcon(), s.onFind),
		layout.NewSpacer(),
		newToolButton("Change the theme (system, light, dark)", theme.ColorPaletteIcon(), s.cycleTheme),
		newToolButton("Settings", theme.SettingsIcon(), s.showSettings),
		newToolButton("About Pathok", theme.InfoIcon(), s.showAbout),
	)
	for _, o := range bar.Objects {
		if b, ok := o.(*toolButton); ok {
			b.tips = s.tips
		}
	}
	return bar
}

func item(label string, sc fyne.Shortcut, f func()) *fyne.MenuItem {
	m := fyne.NewMenuItem(label, f)
	m.Shortcut = sc
	return m
}

// unlessDialog runs f only when no dialog is up. The main menu takes its
// shortcuts even behind a modal dialog; Ctrl+O or Ctrl+Shift+V there
// would open a second dialog over the first or swap the article under it.
func (s *mainScreen) unlessDialog(f func()) func() {
	return func() {
		if s.w.Canvas().Overlays().Top() != nil {
			return
		}
		f()
	}
}

func (s *mainScreen) buildMenu() *fyne.MainMenu {
	s.recentMenu = fyne.NewMenuItem("Recent", nil)
	s.recentMenu.ChildMenu = fyne.NewMenu("")
	s.fillRecent()

	file := fyne.NewMenu("File",
		item("Open…", scOpen, s.unlessDialog(s.onOpen)),
		item("Paste article", scPaste, s.unlessDialog(s.onPaste)),
		item("Open address…", scAddress, s.unlessDialog(func() { s.shelf.showOpenAddress("") })),
		s.recentMenu,
		item("Open the sample article", nil, s.openSample),
		fyne.NewMenuItemSeparator(),
		item("Library…", scLibrary, s.shelf.showLibrary),
		item("Feeds…", nil, s.shelf.showFeeds),
		fyne.NewMenuItemSeparator(),
		item("Export annotated HTML…", scExport, s.unlessDialog(s.onExport)),
		item("Export Anki deck…", nil, s.onExportAnki),
		fyne.NewMenuItemSeparator(),
		item("Settings…", scSettings, s.unlessDialog(s.showSettings)),
	)
	// Ctrl+Z as the menu's own shortcut, so that the menu shows it; see
	// onUndoShortcut for text fields.
	s.undoItem = item("Undo", &fyne.ShortcutUndo{}, s.onUndoShortcut)
	s.undoItem.Disabled = true
	edit := fyne.NewMenu("Edit",
		s.undoItem,
		fyne.NewMenuItemSeparator(),
		item("Copy selection or paragraph", nil, s.onCopyParagraph),
		item("Copy article", scCopyAll, s.onCopyArticle),
		fyne.NewMenuItemSeparator(),
		item("Find in glossary", scFind, s.unlessDialog(s.onFind)),
	)
	themes := fyne.NewMenu("",
		fyne.NewMenuItem("System", func() { s.setThemeMode(themeSystem) }),
		fyne.NewMenuItem("Light", func() { s.setThemeMode(themeLight) }),
		fyne.NewMenuItem("Dark", func() { s.setThemeMode(themeDark) }),
	)
	themeItem := fyne.NewMenuItem("Theme", nil)
	themeItem.ChildMenu = themes
	s.markTheme(themes)
	view := fyne.NewMenu("View",
		item("Zoom in", scZoomIn, func() { s.zoom(+1) }),
		item("Zoom out", scZoomOut, func() { s.zoom(-1) }),
		item("Actual size", scZoomReset, func() { s.setTextSize(defaultTextSize) }),
		fyne.NewMenuItemSeparator(),
		item("Next highlight (Tab, n)", nil, func() { s.view.next(+1) }),
		item("Previous highlight (Shift+Tab, p)", nil, func() { s.view.next(-1) }),
		fyne.NewMenuItemSeparator(),
		themeItem,
	)
	gloss := fyne.NewMenu("Glossary",
		item("New entry…", nil, s.showNewEntry),
		item("Add selection to glossary…", nil, s.onAddSelection),
		fyne.NewMenuItemSeparator(),
		item("Import…", nil, s.onImport),
		item("Export…", nil, s.onExportGlossary),
		fyne.NewMenuItemSeparator(),
		item("Show hidden entries…", nil, s.showHidden),
		item("Show glossary file location", nil, s.showGlossaryLocation),
	)
	help := fyne.NewMenu("Help",
		item("Keyboard", nil, s.showKeys),
		item("About Pathok", nil, s.showAbout),
	)
	return fyne.NewMainMenu(file, edit, view, gloss, help)
}

func (s *mainScreen) markTheme(m *fyne.Menu) {
	for i, mode := range []themeMode{themeSystem, themeLight, themeDark} {
		m.Items[i].Checked = s.mode == mode
	}
}

// fillRecent lists the recent files in the Recent submenu.
func (s *mainScreen) fillRecent() {
	var items []*fyne.MenuItem
	for _, u := range recentFiles(s.prefs) {
		uri, err := storage.ParseURI(u)
		if err != nil {
			continue
		}
		label := uri.Name()
		if uri.Scheme() == "file" {
			label += "  —  " + filepath.Dir(uri.Path())
		}
		items = append(items, fyne.NewMenuItem(label, func() { s.openURI(uri) }))
	}
	if len(items) == 0 {
		none := fyne.NewMenuItem("No recent files", nil)
		none.Disabled = true
		items = append(items, none)
	} else {
		items = append(items, fyne.NewMenuItemSeparator(), fyne.NewMenuItem("Clear the list", func() {
			s.prefs.SetStringList(prefRecent, nil)
			s.refreshRecent()
		}))
	}
	s.recentMenu.ChildMenu.Items = items
}

func (s *mainScreen) refreshRecent() {
	s.fillRecent()
	s.mainMenu.Refresh()
}

// addShortcuts registers the shortcuts the menu cannot show (the other
// keys for zooming in). A focused widget takes shortcuts before the
// window does, so they go to the article view's handler as well as the
// window's. Everything else, Ctrl+Z included, is the main menu's: it sees
// every shortcut first.
func (s *mainScreen) addShortcuts() {
	for _, h := range []interface {
		AddShortcut(fyne.Shortcut, func(fyne.Shortcut))
	}{s.w.Canvas(), s.view} {
		for _, sc := range scZoomInAlt {
			h.AddShortcut(sc, func(fyne.Shortcut) { s.zoom(+1) })
		}
	}
}

// onArticleMenu is the article's context menu, at pos on the canvas;
// span is the highlight under the pointer, or -1.
func (s *mainScreen) onArticleMenu(pos fyne.Position, span int) {
	hasSel := s.view.hasSelection()
	copyItem := item("Copy paragraph", nil, s.onCopyParagraph)
	if hasSel {
		copyItem.Label = "Copy selection"
	}
	addSel := item("Add selection to glossary…", nil, s.onAddSelection)
	addSel.Disabled = !hasSel
	items := []*fyne.MenuItem{copyItem, addSel}
	if s.doc != nil && span >= 0 && span < len(s.doc.ann.Spans) {
		sp := s.doc.ann.Spans[span]
		switch {
		case sp.Unknown:
			items = append(items, fyne.NewMenuItemSeparator(),
				item("Add “"+unknownKey(&sp)+"” to glossary…", nil, func() { s.onAddName(sp) }))
		case sp.Entry != nil:
			e := sp.Entry
			items = append(items, fyne.NewMenuItemSeparator(),
				item("Edit “"+e.Headword()+"” in glossary…", nil, func() { s.showEditEntry(e) }))
		}
	}
	s.hideCard()
	widget.ShowPopUpMenuAtPosition(fyne.NewMenu("", items...), s.w.Canvas(), pos)
}
