package app

import (
	"math"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
)

// screenReaderLabels walks obj the way Fyne 2.8's Windows driver does when
// built with -tags accessibility (internal/driver/glfw/accessibility_windows.go,
// collectAccessibleElements): visible objects only, descending into
// *fyne.Container children and nothing else, reporting every
// fyne.Accessible object that is not a container by its label.
func screenReaderLabels(obj fyne.CanvasObject) []string {
	if obj == nil || !obj.Visible() {
		return nil
	}
	var labels []string
	if a, ok := obj.(fyne.Accessible); ok && a.AccessibilityRole() != fyne.AccessibleRoleContainer {
		labels = append(labels, a.AccessibilityLabel())
	}
	if c, ok := obj.(*fyne.Container); ok {
		for _, child := range c.Objects {
			labels = append(labels, screenReaderLabels(child)...)
		}
	}
	return labels
}

// TestScreenReaderReachesTheWindow: a screen reader on Windows finds the
// article view (with the keyboard's highlight), the toolbar's actions and
// the hover card — which it could not while the article sat inside a
// container.Split widget.
func TestScreenReaderReachesTheWindow(t *testing.T) {
	s := newTestScreen(t, "মস্কোতে সের্গেই ল্যাভরভের বক্তব্য।")
	i := findSpan(t, s.doc, "সের্গেই ল্যাভরভের")
	s.view.setCurrent(i)
	s.showCard(i, true)
	got := strings.Join(screenReaderLabels(s.w.Content()), "\n")
	for _, want := range []string{
		"সের্গেই ল্যাভরভের, person, Sergei Lavrov", // the article view
		"Open an article", "Next highlight", "Settings", // the toolbar
		"Сергей Лавров", // the card
	} {
		if !strings.Contains(got, want) {
			t.Errorf("a screen reader does not reach %q; it reads:\n%s", want, got)
		}
	}
}

// TestSplitLayout: each side gets its share of what the divider leaves,
// never less than its MinSize, and a hidden side gives the other all.
func TestSplitLayout(t *testing.T) {
	test.NewTempApp(t)
	tests := []struct {
		name                string
		offset              float64
		minLead, minTrail   float32
		hideLead, hideTrail bool
		wantLead, wantTrail float32
	}{
		// The divider is 5 wide in the test theme: 1005 - 5 = 1000 to share.
		{name: "half", offset: 0.5, wantLead: 500, wantTrail: 500},
		{name: "quarter", offset: 0.25, wantLead: 250, wantTrail: 750},
		// An offset that would squeeze a side below its MinSize stops there.
		{name: "leading at its minimum", offset: 0.05, minLead: 300, wantLead: 300, wantTrail: 700},
		{name: "trailing at its minimum", offset: 0.95, minTrail: 200, wantLead: 800, wantTrail: 200},
		// Both minimums cannot be met: they share in proportion.
		{name: "too narrow for both", offset: 0.5, minLead: 900, minTrail: 300, wantLead: 750, wantTrail: 250},
		// One side hidden: the other fills the box and the divider goes.
		{name: "leading hidden", offset: 0.5, hideLead: true, wantLead: 0, wantTrail: 1005},
		{name: "trailing hidden", offset: 0.5, hideTrail: true, wantLead: 1005, wantTrail: 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lead, trail := sized(tt.minLead), sized(tt.minTrail)
			if tt.hideLead {
				lead.Hide()
			}
			if tt.hideTrail {
				trail.Hide()
			}
			box, l := newHSplit(lead, trail)
			l.Offset = tt.offset
			box.Resize(fyne.NewSize(1005, 400))
			if d := l.divider.thickness(); d != 5 {
				t.Fatalf("divider %v wide; the table assumes 5", d)
			}
			var gotLead, gotTrail float32
			if lead.Visible() {
				gotLead = lead.Size().Width
			}
			if trail.Visible() {
				gotTrail = trail.Size().Width
			}
			if !near(gotLead, tt.wantLead) || !near(gotTrail, tt.wantTrail) {
				t.Errorf("got widths %v, %v; want %v, %v", gotLead, gotTrail, tt.wantLead, tt.wantTrail)
			}
			if lead.Visible() && trail.Visible() {
				if got, want := trail.Position().X, lead.Size().Width+5; !near(got, want) {
					t.Errorf("trailing side starts at %v; want %v, after the divider", got, want)
				}
				if l.divider.Hidden {
					t.Error("divider hidden with both sides shown")
				}
			} else if !l.divider.Hidden {
				t.Error("divider shown with one side hidden")
			}
		})
	}
}

// TestSplitDividerDrag: dragging the divider moves the offset with the
// pointer and stops at the sides' minimums.
func TestSplitDividerDrag(t *testing.T) {
	test.NewTempApp(t)
	lead, trail := sized(100), sized(200)
	box, l := newHSplit(lead, trail)
	box.Resize(fyne.NewSize(1005, 400))
	l.Offset = 0.5
	box.Refresh()
	drag := func(dx float32) {
		l.divider.Dragged(&fyne.DragEvent{Dragged: fyne.Delta{DX: dx}})
	}
	drag(100)
	drag(50)
	l.divider.DragEnd()
	if got, want := l.Offset, 0.65; math.Abs(got-want) > 1e-6 {
		t.Errorf("after dragging 150 right: offset %v; want %v", got, want)
	}
	if got := lead.Size().Width; !near(got, 650) {
		t.Errorf("leading side %v wide; want 650", got)
	}
	drag(-900)
	l.divider.DragEnd()
	if got, want := l.Offset, 0.1; math.Abs(got-want) > 1e-6 {
		t.Errorf("dragged far left: offset %v; want %v (the leading side's minimum)", got, want)
	}
	drag(900)
	l.divider.DragEnd()
	if got, want := l.Offset, 0.8; math.Abs(got-want) > 1e-6 {
		t.Errorf("dragged far right: offset %v; want %v (the trailing side's minimum)", got, want)
	}
}

func sized(minWidth float32) *canvas.Rectangle {
	r := canvas.NewRectangle(nil)
	r.SetMinSize(fyne.NewSize(minWidth, 10))
	return r
}

func near(a, b float32) bool { return math.Abs(float64(a-b)) < 0.5 }

// TestSplitHandleAcrossTheBar: the divider's grip runs along the bar, as
// Fyne's does: upright between left and right, flat between top and
// bottom.
func TestSplitHandleAcrossTheBar(t *testing.T) {
	test.NewTempApp(t)
	for _, tt := range []struct {
		name    string
		split   func(a, b fyne.CanvasObject) (*fyne.Container, *splitLayout)
		upright bool
	}{
		{"left and right", newHSplit, true},
		{"top and bottom", newVSplit, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			box, l := tt.split(sized(100), sized(100))
			box.Resize(fyne.NewSize(600, 600))
			objs := test.TempWidgetRenderer(t, l.divider).Objects()
			handle := objs[1].Size()
			if got := handle.Height > handle.Width; got != tt.upright {
				t.Errorf("got a grip %v×%v; want it upright: %v", handle.Width, handle.Height, tt.upright)
			}
		})
	}
}
