package app

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/pathok/pathok/glossary/exchange"
)

// pressKey sends a key press as the desktop driver does: to the focused
// widget, or else to the window's typed-key handler.
func pressKey(c fyne.Canvas, name fyne.KeyName) {
	ev := &fyne.KeyEvent{Name: name}
	if f := c.Focused(); f != nil {
		f.TypedKey(ev)
		return
	}
	if h := c.OnTypedKey(); h != nil {
		h(ev)
	}
}

// Each kind of dialog answers Enter with its default action and Escape
// by cancelling, whether the keys reach it from the window or from a
// focused field.
func TestDialogKeys(t *testing.T) {
	s := newTestScreen(t, "")
	c := s.w.Canvas()
	ov := c.Overlays()
	lavrov := s.doc.ann.Spans[findSpan(t, s.doc, "ল্যাভরভের")].Entry
	confirm := func(answer *string) {
		showConfirm(s.w, "Go on?", "Shall we?", func(yes bool) { *answer = map[bool]string{true: "yes", false: "no"}[yes] })
	}
	askFormat := func(answer *string) {
		s.askFormat("words.dat", func(exchange.Format) { *answer = "format chosen" })
	}
	var address *addressDialog
	for _, tc := range []struct {
		name       string
		show       func(answer *string)
		key        fyne.KeyName
		wantOpen   bool   // the dialog still up
		wantAnswer string // what its action said
	}{
		// information (Paste article with nothing to paste)
		{"information, Enter closes", func(*string) { s.a.Clipboard().SetContent(""); s.onPaste() }, fyne.KeyReturn, false, ""},
		{"information, Escape closes", func(*string) { s.a.Clipboard().SetContent(""); s.onPaste() }, fyne.KeyEscape, false, ""},
		// confirm
		{"confirm, Enter answers yes", confirm, fyne.KeyReturn, false, "yes"},
		{"confirm, keypad Enter answers yes", confirm, fyne.KeyEnter, false, "yes"},
		{"confirm, Escape answers no", confirm, fyne.KeyEscape, false, "no"},
		{"confirm, other keys do nothing", confirm, fyne.KeyA, true, ""},
		// custom with a close button (Help › Keyboard)
		{"custom, Enter closes", func(*string) { s.showKeys() }, fyne.KeyReturn, false, ""},
		{"custom, Escape closes", func(*string) { s.showKeys() }, fyne.KeyEscape, false, ""},
		// custom confirm (which format?)
		{"custom confirm, Enter confirms", askFormat, fyne.KeyReturn, false, "format chosen"},
		{"custom confirm, Escape cancels", askFormat, fyne.KeyEscape, false, ""},
		// the entry form: its first field (multi-line) has the focus
		{"form, Escape in a field cancels", func(*string) { s.showEditEntry(lavrov) }, fyne.KeyEscape, false, ""},
		{"form, Enter in a multi-line field is a new line", func(*string) { s.showEditEntry(lavrov) }, fyne.KeyReturn, true, ""},
		{"form, Escape with no field focused cancels", func(*string) {
			s.showEditEntry(lavrov)
			c.Unfocus()
		}, fyne.KeyEscape, false, ""},
		// Open address: its own buttons and a field
		{"address, Escape in the field closes", func(*string) { address = s.shelf.showOpenAddress("") }, fyne.KeyEscape, false, ""},
		{"address, Enter in the field opens", func(a *string) {
			address = s.shelf.showOpenAddress("")
			address.entry.SetText("not an address")
		}, fyne.KeyReturn, true, "error shown"},
		// file dialogs
		{"file open, Escape cancels", func(*string) { s.onOpen() }, fyne.KeyEscape, false, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for ov.Top() != nil {
				ov.Remove(ov.Top())
			}
			s.form = nil
			var answer string
			tc.show(&answer)
			if ov.Top() == nil {
				t.Fatal("got no dialog shown")
			}
			top := ov.Top()
			pressKey(c, tc.key)
			s.wait()
			if strings.HasPrefix(tc.name, "address, Enter") && address.msg.Visible() && address.msg.Importance == widget.DangerImportance {
				answer = "error shown"
			}
			if open := ov.Top() == top; open != tc.wantOpen || answer != tc.wantAnswer {
				t.Errorf("got dialog up %v, answer %q after %s; want up %v, answer %q", open, answer, tc.key, tc.wantOpen, tc.wantAnswer)
			}
		})
	}
	for ov.Top() != nil {
		ov.Remove(ov.Top())
	}
}

// Enter saves the entry form's change, as its Save button does, and
// Escape drops it.
func TestDialogFormEnterSaves(t *testing.T) {
	s := newTestScreen(t, "")
	c := s.w.Canvas()
	lavrov := s.doc.ann.Spans[findSpan(t, s.doc, "ল্যাভরভের")].Entry
	s.showEditEntry(lavrov)
	s.form.roman.SetText("Sergey Lavrov (test)")
	// With no field focused the window hands Enter to the form. (A
	// one-line field submits by itself, and the address dialog's test
	// covers that; here it would race: Fyne's test driver applies the
	// save's result on the saving goroutine while the field redraws.)
	c.Unfocus()
	pressKey(c, fyne.KeyReturn)
	s.wait()
	if c.Overlays().Top() != nil {
		t.Fatalf("got the form still open after Enter: %q", overlayTexts(t, c))
	}
	e, ok := s.g.ByID(lavrov.ID)
	if !ok || e.Roman != "Sergey Lavrov (test)" {
		t.Errorf("got romanisation %q after Enter; want the edit saved", func() string {
			if e == nil {
				return ""
			}
			return e.Roman
		}())
	}
	// Escape leaves an edit unsaved.
	s.showEditEntry(e)
	s.form.roman.SetText("not this")
	pressKey(c, fyne.KeyEscape)
	s.wait()
	if got, _ := s.g.ByID(lavrov.ID); got == nil || got.Roman != "Sergey Lavrov (test)" || c.Overlays().Top() != nil {
		t.Errorf("got %v and dialog up %v after Escape; want the form closed and the edit dropped", got, c.Overlays().Top() != nil)
	}
}

// Only dialogs.go calls Fyne's dialog constructors: the others make
// dialogs that do not answer Enter and Escape.
func TestDialogsMadeInOnePlace(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	checked := 0
	for _, name := range files {
		if name == "dialogs.go" || strings.HasSuffix(name, "_test.go") {
			continue
		}
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		f, err := parser.ParseFile(fset, name, src, 0)
		if err != nil {
			t.Fatal(err)
		}
		checked++
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			if pkg, ok := sel.X.(*ast.Ident); ok && pkg.Name == "dialog" &&
				(strings.HasPrefix(sel.Sel.Name, "New") || strings.HasPrefix(sel.Sel.Name, "Show")) {
				t.Errorf("%s: got dialog.%s; want the constructors of dialogs.go, whose dialogs answer Enter and Escape", fset.Position(call.Pos()), sel.Sel.Name)
			}
			return true
		})
	}
	if checked < 20 {
		t.Errorf("got %d files checked; want the app's sources (run from app/)", checked)
	}
}
