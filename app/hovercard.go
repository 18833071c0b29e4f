package app

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/pathok/pathok/glossary"
	"github.com/pathok/pathok/glossary/cyrillic"
	"github.com/pathok/pathok/glossary/hangul"
)

// cardContent is what a card says about one span, worked out apart from
// the widget so that it can be checked without drawing anything.
type cardContent struct {
	class     markClass
	title     string // the text as written
	headline  string // the English name, or a figure in English
	native    string // Cyrillic or Hangul, with its romanisation
	meta      string // kind and country
	note      string
	noteBN    string
	reduction string // how an inflected form was read
	value     string // a figure's normalised value
	unknown   bool
}

func (c cardContent) String() string {
	var parts []string
	for _, s := range []string{c.title, c.headline, c.native, c.meta, c.note, c.noteBN, c.reduction, c.value} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, "\n")
}

var kindNames = map[string]string{
	"person": "person", "place": "place", "org": "organisation", "event": "event",
	"nationality": "nationality", "other": "name",
	"number": "number", "percent": "percentage", "money": "sum of money", "date": "date",
	"time": "time", "range": "range", "duration": "duration",
}

func kindName(k string) string {
	if n, ok := kindNames[k]; ok {
		return n
	}
	return k
}

// countryName is the English name of an ISO country code, from the
// glossary's own country entries.
func countryName(g *glossary.Glossary, code string) string {
	switch code {
	case "":
		return ""
	case "ZZ":
		return "international"
	}
	if g != nil {
		if e, ok := g.ByID("cc-" + strings.ToLower(code)); ok {
			return e.EnglishHeadword()
		}
	}
	return code
}

// entryMeta says what an entry names and where: "person · Russia".
func entryMeta(g *glossary.Glossary, e *glossary.Entry, kind string) string {
	if strings.HasPrefix(e.ID, "cc-") && kind == string(glossary.Place) {
		return "country"
	}
	meta := kindName(kind)
	if cn := countryName(g, e.Country); cn != "" {
		meta += " · " + cn
	}
	return meta
}

// nativeLine is the original form of a name with its Hanja and
// romanisation, as one line. Hangul and Cyrillic always come with their
// romanisation, even when it is spelled like the English headword, so
// that every card reads the original the same way.
func nativeLine(e *glossary.Entry) string {
	var parts []string
	if e.Native != "" {
		parts = append(parts, e.Native)
	}
	if e.Hanja != "" {
		parts = append(parts, e.Hanja)
	}
	if r := romanisation(e); r != "" && r != e.Native {
		parts = append(parts, r)
	}
	return strings.Join(parts, " · ")
}

// romanisation is the entry's own romanisation of its original form, or
// one derived from the Hangul (Revised Romanization) or the Cyrillic
// (scientific transliteration) when the glossary gives none.
func romanisation(e *glossary.Entry) string {
	if e.Roman != "" {
		return e.Roman
	}
	return romanise(e.Native, e.Kind == glossary.Person, e.Country)
}

// romanise writes a Hangul or Cyrillic form in Latin letters, or gives ""
// for a form in neither. A person's Hangul name is written as the rules
// write names: family name apart (Gim Jeong-eun).
func romanise(s string, person bool, country string) string {
	switch {
	case hangul.Contains(s):
		if person {
			if n, ok := hangul.Name(s); ok {
				return n
			}
		}
		return hangul.Romanize(s)
	case cyrillic.Contains(s):
		return cyrillic.Transliterate(s, cyrillic.LangOf(country))
	}
	return ""
}

// withRoman adds a romanisation to a Hangul or Cyrillic form: "러시아
// (Reosia)".
func withRoman(s, country string) string {
	if r := romanise(s, false, country); r != "" && r != s {
		return s + " (" + r + ")"
	}
	return s
}

// nationalityCard fills a card for a demonym (রুশ), whose entry is its
// country's: it says whose nationality it is, and what it says of the
// country is marked as the country's.
func nationalityCard(g *glossary.Glossary, c *cardContent, s *glossary.Span) {
	e := s.Entry
	country := e.EnglishHeadword()
	c.headline = s.Gloss + " — nationality of " + country
	c.meta = "nationality"
	if !strings.HasPrefix(e.ID, "cc-") {
		// A demonym of an entry that is not a country (a region, a
		// people): its own country, if any, says where.
		if cn := countryName(g, e.Country); cn != "" && cn != country {
			c.meta += " · " + cn
		}
	}
	c.native = ""
	if n := nativeLine(e); n != "" {
		c.native = country + ": " + n
	}
	c.note, c.noteBN = "", ""
	if e.NoteEN != "" {
		c.note = country + ": " + e.NoteEN
	}
	if e.NoteBN != "" {
		c.noteBN = e.Headword() + ": " + e.NoteBN
	}
}

func spanCard(g *glossary.Glossary, s *glossary.Span) cardContent {
	c := cardContent{class: classOf(s), title: s.Text, reduction: s.ReadingNote()}
	switch {
	case s.Unknown:
		c.unknown = true
		c.headline = "Not in the glossary"
		if s.Gloss != "" {
			c.native = "reads as “" + s.Gloss + "”"
		}
		c.meta = "likely a " + kindName(s.Kind)
		if s.Kind == "other" {
			c.meta = "likely a name"
		}
	case s.Entry != nil:
		e := s.Entry
		c.headline = s.Gloss
		c.native = nativeLine(e)
		c.meta = entryMeta(g, e, s.Kind)
		c.note = e.NoteEN
		c.noteBN = e.NoteBN
		if s.Kind == string(glossary.Nationality) {
			nationalityCard(g, &c, s)
		}
	default:
		c.headline = s.Gloss
		c.meta = "figure · " + kindName(s.Kind)
		if s.Value != "" && s.Value != s.Gloss {
			c.value = "value: " + s.Value
		}
	}
	return c
}

const cardWidth = 360

// hoverCard shows a span's gloss next to it. It lives in a layer over the
// window's content rather than in a PopUp: a PopUp takes every click and
// the keyboard focus, and the reader must go on clicking and pressing
// keys in the article while a card is up.
type hoverCard struct {
	widget.BaseWidget

	bg, strip *canvas.Rectangle
	shadows   [2]*canvas.Rectangle
	title     *widget.Label
	headline  *widget.Label
	native    *widget.Label
	meta      *widget.Label
	note      *widget.Label
	noteBN    *widget.Label
	reduction *widget.Label
	value     *widget.Label
	hint      *widget.Label
	add       *widget.Button
	others    *widget.Button // other articles naming the entry
	addRow    *fyne.Container
	box       *fyne.Container
	inner     *container.ThemeOverride

	content cardContent
	span    int
	pinned  bool
	onTap   func()
	// watching: a goroutine looks for the pointer leaving the window
	// (hover.go); touched on the UI goroutine only.
	watching bool
	// pointerInside asks where the pointer is; nil until a card is
	// first shown, and then nil where the windowing system cannot say.
	pointerInside func() (inside, known bool)
}

// cardLabel is a wrapping line of a card, in the given style and size.
func cardLabel(style fyne.TextStyle, size fyne.ThemeSizeName) *widget.Label {
	l := widget.NewLabelWithStyle("", fyne.TextAlignLeading, style)
	l.Wrapping = fyne.TextWrapWord
	l.SizeName = size
	return l
}

func newHoverCard() *hoverCard {
	c := &hoverCard{
		bg:    canvas.NewRectangle(color.Transparent),
		strip: canvas.NewRectangle(color.Transparent),
		span:  -1,
	}
	label := cardLabel
	c.title = label(fyne.TextStyle{}, sizeNameCardTitle)
	c.headline = label(fyne.TextStyle{Bold: true}, theme.SizeNameText)
	c.native = label(fyne.TextStyle{}, theme.SizeNameText)
	c.meta = label(fyne.TextStyle{}, theme.SizeNameCaptionText)
	c.note = label(fyne.TextStyle{}, theme.SizeNameText)
	c.noteBN = label(fyne.TextStyle{}, theme.SizeNameText)
	c.reduction = label(fyne.TextStyle{}, theme.SizeNameText)
	c.value = label(fyne.TextStyle{Monospace: true}, theme.SizeNameCaptionText)
	c.hint = label(fyne.TextStyle{Italic: true}, theme.SizeNameCaptionText)
	c.add = widget.NewButtonWithIcon("Add to glossary…", theme.ContentAddIcon(), nil)
	c.add.Importance = widget.HighImportance
	c.others = widget.NewButtonWithIcon("Other articles naming it", theme.ListIcon(), nil)
	c.addRow = container.NewHBox(c.add, c.others)
	c.box = container.NewVBox(c.title, c.headline, c.native, c.meta, c.note, c.noteBN, c.reduction, c.value,
		c.addRow, c.hint)
	// The compact theme is put over the card's labels when it is first
	// filled: overriding a theme creates the labels' renderers, which
	// load a set of font faces of their own, and none of that is needed
	// for the window's first frame.
	c.inner = container.NewThemeOverride(container.NewStack(), compactTheme{})
	c.bg.CornerRadius = 8
	c.bg.StrokeWidth = 1
	for i := range c.shadows {
		c.shadows[i] = canvas.NewRectangle(color.NRGBA{0, 0, 0, uint8(0x22 - 0x0c*i)})
		c.shadows[i].CornerRadius = float32(9 + 2*i)
	}
	c.strip.CornerRadius = 2
	c.ExtendBaseWidget(c)
	c.Hide()
	return c
}

// set fills the card for a span; pinned cards offer their actions.
func (c *hoverCard) set(span int, cc cardContent, pal *palette, pinned bool) {
	c.span, c.content, c.pinned = span, cc, pinned
	// Fyne forgets the compact theme of labels not drawn for a minute;
	// refreshing the override gives it back before they are measured.
	c.inner.Content = c.box
	c.inner.Refresh()
	setLabel := func(l *widget.Label, s string) {
		l.SetText(s)
		if s == "" {
			l.Hide()
		} else {
			l.Show()
		}
	}
	setLabel(c.title, cc.title)
	setLabel(c.headline, cc.headline)
	setLabel(c.native, cc.native)
	setLabel(c.meta, cc.meta)
	setLabel(c.note, cc.note)
	setLabel(c.noteBN, cc.noteBN)
	setLabel(c.reduction, cc.reduction)
	setLabel(c.value, cc.value)
	hint := ""
	switch {
	case cc.unknown && !pinned:
		hint = "Click the name to add it to the glossary."
	case cc.class != classFigure && !cc.unknown && !pinned:
		hint = "Click to show it in the glossary."
	}
	setLabel(c.hint, hint)
	showAdd := cc.unknown && pinned && c.add.OnTapped != nil
	showOthers := !cc.unknown && cc.class != classFigure && pinned && c.others.OnTapped != nil
	showIf(c.add, showAdd)
	showIf(c.others, showOthers)
	showIf(c.addRow, showAdd || showOthers)
	if pal != nil {
		c.strip.FillColor = pal.line[cc.class]
	}
	c.Refresh()
}

// fit sizes the card to its content at width w.
func (c *hoverCard) fit(w float32) fyne.Size {
	p := c.Theme().Size(theme.SizeNamePadding)
	inner := w - 3*p - 4
	c.inner.Resize(fyne.NewSize(inner, 2000))
	h := c.inner.MinSize().Height + 2*p
	s := fyne.NewSize(w, h)
	c.Resize(s)
	return s
}

// Tapped keeps a click on the card from reaching the article below.
func (c *hoverCard) Tapped(*fyne.PointEvent) {
	if c.onTap != nil {
		c.onTap()
	}
}

// MouseIn, MouseMoved and MouseOut make the card hoverable, so that the
// article below does not take the pointer over it for a move elsewhere.
func (c *hoverCard) MouseIn(*desktop.MouseEvent)    {}
func (c *hoverCard) MouseMoved(*desktop.MouseEvent) {}
func (c *hoverCard) MouseOut()                      {}

func (c *hoverCard) CreateRenderer() fyne.WidgetRenderer {
	return &hoverCardRenderer{c: c}
}

type hoverCardRenderer struct{ c *hoverCard }

func (r *hoverCardRenderer) Destroy() {}

func (r *hoverCardRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.c.shadows[1], r.c.shadows[0], r.c.bg, r.c.strip, r.c.inner}
}

func (r *hoverCardRenderer) MinSize() fyne.Size {
	p := r.c.Theme().Size(theme.SizeNamePadding)
	m := r.c.inner.MinSize()
	return fyne.NewSize(m.Width+3*p+4, m.Height+2*p)
}

func (r *hoverCardRenderer) Layout(s fyne.Size) {
	c := r.c
	p := c.Theme().Size(theme.SizeNamePadding)
	c.bg.Resize(s)
	// A soft shadow below, so that the card stands off the page.
	for i, sh := range c.shadows {
		d := float32(1 + 2*i)
		sh.Move(fyne.NewPos(-d+1, d))
		sh.Resize(fyne.NewSize(s.Width+2*d-2, s.Height+d))
	}
	c.strip.Move(fyne.NewPos(p, p+2))
	c.strip.Resize(fyne.NewSize(4, s.Height-2*p-4))
	c.inner.Move(fyne.NewPos(2*p+4, p))
	c.inner.Resize(fyne.NewSize(s.Width-3*p-4, s.Height-2*p))
}

func (r *hoverCardRenderer) Refresh() {
	th := r.c.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	r.c.bg.FillColor = th.Color(theme.ColorNameOverlayBackground, v)
	r.c.bg.StrokeColor = th.Color(theme.ColorNameInputBorder, v)
	r.c.bg.Refresh()
	r.c.strip.Refresh()
	r.Layout(r.c.Size())
}

// placeCard puts a card of size cs next to the box (at, size) within an
// area of the given size: below the box, or above it when there is no
// room below, and never over it. It keeps left of x = right (the article
// view's edge) when it fits there, so that a card does not cover the
// glossary pane, which may show the same entry.
func placeCard(at fyne.Position, size, cs, area fyne.Size, right float32) fyne.Position {
	const gap, margin = 2, 6
	x := min(at.X, right-cs.Width-margin)
	if x < margin {
		x = min(at.X, area.Width-cs.Width-margin)
	}
	x = max(x, margin)
	below := at.Y + size.Height + gap
	above := at.Y - gap - cs.Height
	switch {
	case below+cs.Height <= area.Height-margin:
		return fyne.NewPos(x, below)
	case above >= margin:
		return fyne.NewPos(x, above)
	case area.Height-below >= at.Y:
		return fyne.NewPos(x, below)
	}
	return fyne.NewPos(x, above)
}
