package app

import (
	"net/url"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/pathok/pathok/resources"
)

const website = "https://github.com/pathok/pathok"

const aboutText = `Pathok (পাঠক, "reader") helps you read Bengali news about Russia and the two Koreas. It highlights every name and figure in an article, glosses each one in English with its original Cyrillic or Hangul form when you rest the mouse on it, and keeps a bilingual glossary beside the text.`

const sourcesText = `The built-in glossary was compiled from the public record: official government and party sites, the major news agencies, and Wikipedia in Bengali, English, Russian and Korean. Bengali spellings follow what Prothom Alo, BBC Bangla, Anandabazar, Jugantor, Kaler Kantho, Dhaka Tribune Bangla and similar outlets print. Country names come from the Unicode CLDR. Each entry says the year its note describes.`

const keysText = `In the article
  Tab or n or j — next highlight
  Shift+Tab or p or k — previous highlight
  Enter or Space — open the card of the current highlight and its entry in the glossary
  Escape — close the card and clear the selection
  Ctrl+C — copy the selection, or else the current paragraph
  Ctrl+A — select the whole article
  Up, Down, Page Up, Page Down, Home, End — scroll
  Ctrl+Home, Ctrl+End — go to the start or the end

Anywhere
  Ctrl+O — open an article      Ctrl+Shift+V — paste one
  Ctrl+L — open a web address    Ctrl+Shift+L — your library
  Ctrl+E — export annotated HTML
  Ctrl+Shift+C — copy the whole article
  Ctrl+F — search the glossary
  Ctrl+Z — undo the last change to the glossary (in a text field: undo typing)
  Ctrl+= (or Ctrl++, Ctrl+Shift+=) and Ctrl+- — bigger and smaller text; Ctrl+0 — actual size
  Ctrl+, — settings

In a dialog
  Enter — its default button (OK, Save, Open…); in a text box of several lines, a new line
  Escape — cancel or close it`

var iconResource fyne.Resource

// appIcon is the window icon, read once from the embedded resources.
func appIcon() fyne.Resource {
	if iconResource == nil {
		if data, err := resources.Files.ReadFile("icon.png"); err == nil {
			iconResource = fyne.NewStaticResource("icon.png", data)
		}
	}
	return iconResource
}

// appVersion is FyneApp.toml's version, which cmd/pathok puts in the app's
// metadata however it was built.
func appVersion(a fyne.App) string {
	if v := a.Metadata().Version; v != "" {
		return v
	}
	return "unknown"
}

func wrapped(text string, imp widget.Importance) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	l.Importance = imp
	return l
}

func (s *mainScreen) showAbout() {
	var head fyne.CanvasObject = widget.NewLabel("")
	if icon := appIcon(); icon != nil {
		img := canvas.NewImageFromResource(icon)
		img.FillMode = canvas.ImageFillContain
		img.SetMinSize(fyne.NewSize(64, 64))
		head = img
	}
	title := widget.NewLabelWithStyle("Pathok  পাঠক", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameHeadingText
	ver := widget.NewLabel("Version " + appVersion(s.a) + " · MIT licence")
	ver.SizeName = theme.SizeNameCaptionText
	link, _ := url.Parse(website)
	content := container.NewVBox(
		container.NewBorder(nil, nil, head, nil, container.NewVBox(title, ver)),
		wrapped(aboutText, widget.MediumImportance),
		widget.NewLabelWithStyle("Data sources", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		wrapped(sourcesText, widget.MediumImportance),
		wrapped("Free software under the MIT licence: use, copy, change and share it as you like.", widget.MediumImportance),
		widget.NewHyperlink(website, link),
		widget.NewLabelWithStyle("Your glossary", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		wrapped(s.user.path, widget.MediumImportance),
	)
	d := newCustom(s.w, "About Pathok", "Close", content)
	d.Resize(dialogSize(s.w, 600, 600))
	d.Show()
}

func (s *mainScreen) showKeys() {
	l := widget.NewLabel(keysText)
	d := newCustom(s.w, "Keyboard", "Close", l)
	d.Show()
}
