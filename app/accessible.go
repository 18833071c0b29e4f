package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/pathok/pathok/glossary"
)

// Screen readers (Narrator and NVDA on Windows, VoiceOver on macOS) are told
// about every object that implements fyne.Accessible when Pathok is built
// with -tags accessibility, as make dist builds the Windows package. Fyne
// reaches objects only through *fyne.Container children, never inside a
// widget's renderer: a widget.Toolbar's actions are out of its reach, so the
// toolbar is a container of toolButtons, and the window is divided by
// splitLayout (split.go) rather than container.Split.

var (
	_ fyne.Accessible = (*articleView)(nil)
	_ fyne.Accessible = (*hoverCard)(nil)
	_ fyne.Accessible = (*toolButton)(nil)
)

// spanSpeech is what a screen reader says for a highlight: the text as
// written, what it is, and its gloss ("ল্যাভরভের, person, Sergei Lavrov").
func spanSpeech(s *glossary.Span) string {
	parts := []string{s.Text}
	if s.Unknown {
		parts = append(parts, "likely a "+kindName(s.Kind)+", not in the glossary")
		if s.Gloss != "" {
			parts = append(parts, "reads as "+s.Gloss)
		}
	} else {
		parts = append(parts, kindName(s.Kind))
		if s.Gloss != "" {
			parts = append(parts, s.Gloss)
		}
	}
	return strings.Join(parts, ", ")
}

// AccessibilityLabel is the keyboard's current highlight, or what the view
// shows when there is none.
func (v *articleView) AccessibilityLabel() string {
	switch {
	case v.doc == nil && v.placeholder != "":
		return v.placeholder
	case v.doc == nil:
		return "No article open"
	case v.current >= 0 && v.current < len(v.doc.ann.Spans):
		return spanSpeech(&v.doc.ann.Spans[v.current])
	}
	return "Article " + v.doc.name
}

// AccessibilityRole: the article is text.
func (v *articleView) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleText }

// AccessibilityLabel is everything the card says, a line at a time.
func (c *hoverCard) AccessibilityLabel() string { return c.content.String() }

// AccessibilityRole: the card is text.
func (c *hoverCard) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleText }

// toolButton is an icon-only toolbar button that tells a screen reader its
// action rather than its icon's file name.
type toolButton struct {
	widget.Button
	action string
	tips   *tooltips // where it says its action on hover (tooltip.go)
}

func newToolButton(action string, icon fyne.Resource, tapped func()) *toolButton {
	b := &toolButton{action: action}
	b.Icon, b.OnTapped, b.Importance = icon, tapped, widget.LowImportance
	b.ExtendBaseWidget(b)
	return b
}

// AccessibilityLabel is the button's action, such as "Open an article".
func (b *toolButton) AccessibilityLabel() string { return b.action }
