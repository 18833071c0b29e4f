package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/pathok/pathok/glossary/highlight"
)

// themeMode is the reader's choice of light or dark.
type themeMode string

const (
	themeSystem themeMode = "system"
	themeLight  themeMode = "light"
	themeDark   themeMode = "dark"
)

func parseThemeMode(s string) themeMode {
	switch themeMode(s) {
	case themeLight, themeDark:
		return themeMode(s)
	}
	return themeSystem
}

// pathokTheme is Fyne's default theme with the reader's light/dark choice
// and, when they chose one, their Bengali font for text. The font is
// returned for regular text only: Fyne then falls back to its own and the
// system's fonts for what the file lacks (Latin letters, bold).
type pathokTheme struct {
	base fyne.Theme
	mode themeMode
	font fyne.Resource // nil: the system's fonts
}

func newPathokTheme(mode themeMode, font fyne.Resource) *pathokTheme {
	return &pathokTheme{base: theme.DefaultTheme(), mode: mode, font: font}
}

func (t *pathokTheme) variant(v fyne.ThemeVariant) fyne.ThemeVariant {
	switch t.mode {
	case themeLight:
		return theme.VariantLight
	case themeDark:
		return theme.VariantDark
	}
	return v
}

func (t *pathokTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	return t.base.Color(n, t.variant(v))
}

func (t *pathokTheme) Font(s fyne.TextStyle) fyne.Resource {
	if t.font != nil && !s.Monospace && !s.Symbol && !s.Bold && !s.Italic {
		return t.font
	}
	if t.font == nil && s.Bold && !s.Italic && !s.Monospace && !s.Symbol {
		if b := systemBengaliBold(); b != nil {
			return b // see headings.go
		}
	}
	return t.base.Font(s)
}

func (t *pathokTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return t.base.Icon(n) }

// Size answers the app's own size names as well as Fyne's: a widget whose
// override theme Fyne has forgotten asks the app's theme instead, and a
// size it does not know reads 0 (which made Label.SetText panic).
func (t *pathokTheme) Size(n fyne.ThemeSizeName) float32 {
	if s, ok := customSizes[n]; ok {
		return s
	}
	return t.base.Size(n)
}

// markStyle is how a highlight's underline is drawn and markClass the
// highlight class of a span: both from the shared table in package
// highlight, which the HTML export reads too.
type (
	markStyle = highlight.Underline
	markClass = highlight.Class
)

const (
	markSolid   = highlight.Solid
	markDouble  = highlight.Double
	markDashed  = highlight.Dashed
	markDashDot = highlight.DashDot
	markWavy    = highlight.Wavy
	markDotted  = highlight.Dotted

	classPerson  = highlight.Person
	classPlace   = highlight.Place
	classOrg     = highlight.Org
	classOther   = highlight.Other
	classFigure  = highlight.Figure
	classUnknown = highlight.Unknown
	numClasses   = highlight.NumClasses
)

var classNames, classStyles, classColors = func() (names [numClasses]string, styles [numClasses]markStyle, colors [2][numClasses]color.NRGBA) {
	for c, s := range highlight.Styles {
		names[c], styles[c] = s.Label, s.Underline
		colors[0][c], colors[1][c] = s.Light, s.Dark
	}
	return
}()

// palette is the set of colours the article view paints with, picked for
// the variant in force.
type palette struct {
	dark       bool
	paper      color.Color
	text       color.Color
	muted      color.Color
	focus      color.Color
	selection  color.Color
	line       [numClasses]color.NRGBA
	fill       [numClasses]color.NRGBA // a highlight at rest
	fillStrong [numClasses]color.NRGBA // hovered, or an occurrence of the selected entry
}

// currentPalette derives the palette from the theme actually in force
// (dark when its background is dark), so it follows the system variant
// and any theme the reader picked.
func currentPalette(th fyne.Theme, v fyne.ThemeVariant) *palette {
	bg := th.Color(theme.ColorNameBackground, v)
	dark := luminance(bg) < 0.5
	p := &palette{dark: dark, text: th.Color(theme.ColorNameForeground, v), muted: th.Color(theme.ColorNamePlaceHolder, v)}
	set, restA, strongA := 0, uint8(0x2a), uint8(0x66)
	if dark {
		set, restA, strongA = 1, 0x38, 0x78
		p.paper = color.NRGBA{0x1d, 0x1f, 0x21, 0xff}
	} else {
		p.paper = color.NRGBA{0xfd, 0xfc, 0xf8, 0xff}
	}
	p.selection = th.Color(theme.ColorNameSelection, v)
	p.focus = th.Color(theme.ColorNameFocus, v)
	if c, ok := th.Color(theme.ColorNamePrimary, v).(color.NRGBA); ok {
		p.focus = c
	}
	for i := range numClasses {
		c := classColors[set][i]
		p.line[i] = c
		p.fill[i] = color.NRGBA{c.R, c.G, c.B, restA}
		p.fillStrong[i] = color.NRGBA{c.R, c.G, c.B, strongA}
	}
	return p
}

func luminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	return (0.2126*float64(r) + 0.7152*float64(g) + 0.0722*float64(b)) / 0xffff
}

// sizeNameCardTitle is the size of the word at the top of a hover card.
const sizeNameCardTitle fyne.ThemeSizeName = "pathokCardTitle"

// customSizes are the size names of our own, answered by the app's theme
// so that any widget using one gets it whatever theme it ends up asking.
var customSizes = map[fyne.ThemeSizeName]float32{
	sizeNameCardTitle: 22,
}

// compactTheme is the app's theme with tighter padding, for cards whose
// labels would otherwise stand far apart. It asks the app for the theme
// on every call so that it follows a change of theme.
type compactTheme struct{}

func (compactTheme) app() fyne.Theme { return fyne.CurrentApp().Settings().Theme() }

func (t compactTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	return t.app().Color(n, v)
}

func (t compactTheme) Font(s fyne.TextStyle) fyne.Resource { return t.app().Font(s) }

func (t compactTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return t.app().Icon(n) }

func (t compactTheme) Size(n fyne.ThemeSizeName) float32 {
	switch n {
	case theme.SizeNamePadding:
		return 2
	case theme.SizeNameInnerPadding:
		return 3
	}
	return t.app().Size(n)
}
