package app

import (
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/pathok/pathok/glossary"
	"github.com/pathok/pathok/glossary/user"
	"github.com/pathok/pathok/resources"
)

var (
	builtinOnce sync.Once
	builtinG    *glossary.Glossary
	builtinErr  error
)

// builtin is the real built-in glossary, indexed once for all tests.
func builtin(t testing.TB) *glossary.Glossary {
	t.Helper()
	builtinOnce.Do(func() { builtinG, builtinErr = glossary.Builtin() })
	if builtinErr != nil {
		t.Fatalf("built-in glossary: %v", builtinErr)
	}
	return builtinG
}

func sampleText(t testing.TB) string {
	t.Helper()
	b, err := resources.Files.ReadFile(resources.SampleArticle)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// newTestScreen is a main window on a test app, sized like a laptop
// screen, with the glossary loaded and text open (the sample if empty).
func newTestScreen(t *testing.T, text string) *mainScreen {
	t.Helper()
	return newTestScreenAt(t, text, filepath.Join(t.TempDir(), user.FileName))
}

// newTestScreenAt is newTestScreen with the user's glossary at path
// rather than in the test app's storage, which is the shared temporary
// folder.
func newTestScreenAt(t *testing.T, text, path string) *mainScreen {
	t.Helper()
	a := test.NewTempApp(t)
	w := a.NewWindow("Pathok")
	t.Cleanup(w.Close)
	s := newMainScreen(a, w)
	s.user.path = path
	w.Resize(fyne.NewSize(1280, 820))
	s.loadGlossary(s.started) // as at launch
	s.wait()
	if s.g == nil {
		t.Fatal("the glossary did not load")
	}
	drawNextFrame(t, s) // what waits for the first marks to be drawn
	if text == "" {
		s.openSample()
	} else {
		s.open(pastedSource(text))
	}
	s.wait()
	if s.doc == nil {
		t.Fatal("no document open")
	}
	return s
}

// findSpan is the first span whose text is want.
func findSpan(t *testing.T, d *document, want string) int {
	t.Helper()
	for i, sp := range d.ann.Spans {
		if sp.Text == want {
			return i
		}
	}
	t.Fatalf("no span %q in the article", want)
	return -1
}

// spanPoint is the canvas position of the middle of span i, scrolled
// into view.
func spanPoint(t *testing.T, s *mainScreen, i int) fyne.Position {
	t.Helper()
	s.view.scrollToSpan(i)
	pos, size, ok := s.view.spanBounds(i)
	if !ok {
		t.Fatalf("span %d is not in view", i)
	}
	abs := fyne.CurrentApp().Driver().AbsolutePositionForObject(s.view)
	return abs.Add(pos).Add(fyne.NewPos(min(size.Width/2, 20), size.Height/2))
}

// overlayTexts is all the text shown in the top overlay (a dialog).
func overlayTexts(t *testing.T, c fyne.Canvas) string {
	top := c.Overlays().Top()
	if top == nil {
		return ""
	}
	var b strings.Builder
	walkObjects(t, top, func(o fyne.CanvasObject) bool {
		switch x := o.(type) {
		case *canvas.Text:
			b.WriteString(x.Text + "\n")
		case *widget.Label:
			b.WriteString(x.Text + "\n")
		case *widget.RichText:
			b.WriteString(x.String() + "\n")
		}
		return true
	})
	return b.String()
}

// walkObjects visits o and everything drawn inside it (containers'
// objects and widgets' renderers' objects), depth first, until visit
// returns false.
func walkObjects(t *testing.T, o fyne.CanvasObject, visit func(fyne.CanvasObject) bool) bool {
	if !visit(o) {
		return false
	}
	var inside []fyne.CanvasObject
	if w, ok := o.(fyne.Widget); ok {
		inside = test.TempWidgetRenderer(t, w).Objects()
	}
	if c, ok := o.(*fyne.Container); ok {
		inside = c.Objects
	}
	for _, c := range inside {
		if !walkObjects(t, c, visit) {
			return false
		}
	}
	return true
}

// longArticle makes an article of at least n bytes from sentences of our
// own, naming people, places and figures the glossary knows, with words
// varied so that the measure cache does not make layout look cheaper
// than it is.
func longArticle(n int) string {
	subjects := []string{"রুশ পররাষ্ট্রমন্ত্রী সের্গেই ল্যাভরভ", "উত্তর কোরিয়ার নেতা কিম জং উন", "দক্ষিণ কোরিয়ার প্রেসিডেন্ট", "ক্রেমলিনের মুখপাত্র", "পিয়ংইয়ংয়ের কর্মকর্তারা", "মস্কোর বিশ্লেষকেরা", "সিউলের সংবাদমাধ্যম"}
	verbs := []string{"বলেছেন", "জানিয়েছেন", "দাবি করেছেন", "ঘোষণা দিয়েছেন", "মন্তব্য করেছেন", "উল্লেখ করেছেন"}
	objects := []string{"দুই দেশের বাণিজ্য", "সীমান্ত সেতুর নির্মাণ", "জ্বালানি সরবরাহ", "সামরিক সহযোগিতা", "পর্যটন খাত", "রেল যোগাযোগ", "কৃষি পণ্যের রপ্তানি"}
	digits := []rune("০১২৩৪৫৬৭৮৯")
	bn := func(v int) string {
		s := []rune(fmt.Sprint(v))
		for i, r := range s {
			s[i] = digits[r-'0']
		}
		return string(s)
	}
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		fmt.Fprintf(&b, "%s %s, %s গত বছরের তুলনায় প্রায় %s শতাংশ বেড়েছে এবং এ বছর %s কোটি ডলারে পৌঁছাবে। ",
			subjects[i%len(subjects)], verbs[i%len(verbs)], objects[(i/3)%len(objects)], bn(10+i%83), bn(100+i%997))
		fmt.Fprintf(&b, "ভ্লাদিভোস্টকে %s নভেম্বর অনুষ্ঠিত বৈঠকে প্রতিবেদন নম্বর %s নিয়ে আলোচনা হয়। ", bn(1+i%28), bn(i))
		if i%4 == 3 {
			b.WriteString("\n\n")
		}
	}
	return b.String()
}
