package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/pathok/pathok/glossary"
)

func TestSpanSpeech(t *testing.T) {
	tests := []struct {
		name string
		span glossary.Span
		want string
	}{
		// Names: the text as written, the kind, the English headword.
		{"inflected person", glossary.Span{Text: "ল্যাভরভের", Kind: "person", Gloss: "Sergei Lavrov"}, "ল্যাভরভের, person, Sergei Lavrov"},
		{"organisation", glossary.Span{Text: "জাতিসংঘে", Kind: "org", Gloss: "United Nations"}, "জাতিসংঘে, organisation, United Nations"},
		// Figures: the kind in words and the figure in English.
		{"percentage", glossary.Span{Text: "২৫ শতাংশ", Kind: "percent", Gloss: "25 per cent"}, "২৫ শতাংশ, percentage, 25 per cent"},
		// Unknown names say so, and how they read.
		{"unknown name", glossary.Span{Text: "পিয়ংসানে", Kind: "place", Gloss: "Pyongsan", Unknown: true}, "পিয়ংসানে, likely a place, not in the glossary, reads as Pyongsan"},
		{"unknown without a reading", glossary.Span{Text: "কিমদের", Kind: "person", Unknown: true}, "কিমদের, likely a person, not in the glossary"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := spanSpeech(&tt.span); got != tt.want {
				t.Errorf("spanSpeech() = %q; want %q", got, tt.want)
			}
		})
	}
}

// TestArticleViewAccessibility: the article view says the keyboard's
// highlight, and the article when there is none.
func TestArticleViewAccessibility(t *testing.T) {
	s := newTestScreen(t, "মস্কোতে সের্গেই ল্যাভরভের বক্তব্যের পর দাম ২৫ শতাংশ বেড়েছে।")
	if got := s.view.AccessibilityRole(); got != fyne.AccessibleRoleText {
		t.Errorf("role = %q; want %q", got, fyne.AccessibleRoleText)
	}
	if got := s.view.AccessibilityLabel(); !strings.HasPrefix(got, "Article ") {
		t.Errorf("with no highlight: got %q; want the article's name", got)
	}
	s.view.setCurrent(findSpan(t, s.doc, "সের্গেই ল্যাভরভের"))
	if got, want := s.view.AccessibilityLabel(), "সের্গেই ল্যাভরভের, person, Sergei Lavrov"; got != want {
		t.Errorf("on the name: got %q; want %q", got, want)
	}
	s.view.next(+1)
	if got := s.view.AccessibilityLabel(); !strings.HasPrefix(got, "২৫ শতাংশ, percentage, ") {
		t.Errorf("after next: got %q; want the percentage", got)
	}
	s.view.setDocument(nil)
	if got, want := s.view.AccessibilityLabel(), "No article open"; got != want {
		t.Errorf("empty view: got %q; want %q", got, want)
	}
}

// TestHoverCardAccessibility: the card says what it shows.
func TestHoverCardAccessibility(t *testing.T) {
	s := newTestScreen(t, "মস্কোতে সের্গেই ল্যাভরভের বক্তব্য।")
	i := findSpan(t, s.doc, "সের্গেই ল্যাভরভের")
	c := newHoverCard()
	c.set(i, spanCard(s.g, &s.doc.ann.Spans[i]), nil, false)
	got := c.AccessibilityLabel()
	for _, want := range []string{"সের্গেই ল্যাভরভের", "Sergei Lavrov", "Сергей Лавров", "person · Russia"} {
		if !strings.Contains(got, want) {
			t.Errorf("card label %q lacks %q", got, want)
		}
	}
}

// TestToolbarAccessibility: every toolbar button is icon-only and says its
// action, and a screen reader can reach it (Fyne walks containers only).
func TestToolbarAccessibility(t *testing.T) {
	s := newTestScreen(t, "মস্কো।")
	bar, ok := s.buildToolbar().(*fyne.Container)
	if !ok {
		t.Fatalf("toolbar is %T; want a *fyne.Container, which screen readers can walk", s.buildToolbar())
	}
	var got []string
	for _, o := range bar.Objects {
		b, ok := o.(*toolButton)
		if !ok {
			continue
		}
		if b.Text != "" {
			t.Errorf("toolbar button %q has text %q; want icon-only", b.action, b.Text)
		}
		if b.AccessibilityRole() != fyne.AccessibleRoleButton {
			t.Errorf("%q: role %q; want button", b.action, b.AccessibilityRole())
		}
		got = append(got, b.AccessibilityLabel())
	}
	want := []string{"Open an article", "Paste an article", "Export the article as a web page",
		"Previous highlight", "Next highlight", "Smaller text", "Larger text", "Find in the glossary",
		"Change the theme (system, light, dark)", "Settings", "About Pathok"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("toolbar labels:\ngot  %q\nwant %q", got, want)
	}
	var plain widget.Button
	plain.Icon = bar.Objects[0].(*toolButton).Icon
	if plain.AccessibilityLabel() == got[0] {
		t.Errorf("a plain button would say %q too: the test cannot tell them apart", got[0])
	}
}
