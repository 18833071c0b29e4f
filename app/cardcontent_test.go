package app

import (
	"strings"
	"sync/atomic"
	"testing"
	"time"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/pathok/pathok/glossary"
	"github.com/pathok/pathok/glossary/cyrillic"
	"github.com/pathok/pathok/glossary/hangul"
)

// hasLatin reports whether s holds a Latin letter: a romanisation.
func hasLatin(s string) bool {
	for _, r := range s {
		if r <= unicode.MaxASCII && unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

func TestCardRomanisesEveryHangulAndCyrillic(t *testing.T) {
	g := builtin(t)
	var hangulN, cyrN, derived int
	ec := newEntryCard() // one card, filled for each entry as the pane does
	for _, e := range g.Entries() {
		isH, isC := hangul.Contains(e.Native), cyrillic.Contains(e.Native)
		if !isH && !isC {
			continue
		}
		if isH {
			hangulN++
		} else {
			cyrN++
		}
		if e.Roman == "" {
			derived++
		}
		sp := glossary.Span{Text: e.Headword(), Kind: string(e.Kind), Gloss: e.EnglishHeadword(), Entry: e}
		c := spanCard(g, &sp)
		rest, ok := strings.CutPrefix(c.native, e.Native)
		if !ok || !hasLatin(rest) {
			t.Errorf("%s: card native line %q; want %q followed by its romanisation", e.ID, c.native, e.Native)
		}
		// The glossary pane's card says the same.
		ec.showEntry(g, e)
		if !strings.Contains(ec.native.Text, c.native) {
			t.Errorf("%s: pane card %q; want it to hold %q", e.ID, ec.native.Text, c.native)
		}
		// The Korean and Russian names of a country are romanised too.
		for _, f := range []string{e.Korean, e.Russian} {
			if f != "" && f != e.Native && !strings.Contains(ec.native.Text, f+" (") {
				t.Errorf("%s: pane card %q; want %q with its romanisation", e.ID, ec.native.Text, f)
			}
		}
	}
	if hangulN < 1000 || cyrN < 1000 {
		t.Errorf("got %d Hangul and %d Cyrillic originals; want the built-in glossary's 1,000+ of each", hangulN, cyrN)
	}
	t.Logf("%d Hangul and %d Cyrillic originals; %d romanised by Pathok", hangulN, cyrN, derived)
}

func TestCardRomanisation(t *testing.T) {
	for _, tc := range []struct {
		name string
		e    glossary.Entry
		want string
	}{
		// The glossary's own romanisation wins, even spelled as the headword.
		{"own", glossary.Entry{Kind: glossary.Person, Country: "KP", Native: "김정은", Hanja: "金正恩", Roman: "Kim Chŏng-ŭn", English: []string{"Kim Jong Un"}}, "김정은 · 金正恩 · Kim Chŏng-ŭn"},
		{"own, same as headword", glossary.Entry{Kind: glossary.Place, Country: "KR", Native: "서울", Roman: "Seoul", English: []string{"Seoul"}}, "서울 · Seoul"},
		// Derived: places by the sound-change rules, people as names.
		{"place", glossary.Entry{Kind: glossary.Place, Country: "KR", Native: "신라", English: []string{"Silla"}}, "신라 · Silla"},
		{"person", glossary.Entry{Kind: glossary.Person, Country: "KR", Native: "한복남", English: []string{"Han Bok-nam"}}, "한복남 · Han Bok-nam"},
		{"brand", glossary.Entry{Kind: glossary.Org, Country: "KR", Native: "삼성SDI", English: []string{"Samsung SDI"}}, "삼성SDI · Samseong SDI"},
		{"Cyrillic", glossary.Entry{Kind: glossary.Place, Country: "UA", Native: "Україна", English: []string{"Ukraine"}}, "Україна · Ukraïna"},
		// Latin or another script: no romanisation made up.
		{"Latin", glossary.Entry{Kind: glossary.Place, Country: "AD", Native: "Andorra", English: []string{"Andorra"}}, "Andorra"},
		{"Japanese", glossary.Entry{Kind: glossary.Place, Country: "JP", Native: "東京", English: []string{"Tokyo"}}, "東京"},
	} {
		if got := nativeLine(&tc.e); got != tc.want {
			t.Errorf("%s: got %q; want %q", tc.name, got, tc.want)
		}
	}
}

func TestCardNationality(t *testing.T) {
	s := newTestScreen(t, "রুশ সেনারা সীমান্তে পৌঁছেছে, জানিয়েছেন উত্তর কোরীয় কর্মকর্তারা।")
	for _, tc := range []struct {
		word, want, country, notWant string
	}{
		{"রুশ", "Russian — nationality of Russia", "Russia", "place"},
		{"উত্তর কোরীয়", "North Korean — nationality of North Korea", "North Korea", "country"},
	} {
		t.Run(tc.word, func(t *testing.T) {
			i := findSpan(t, s.doc, tc.word)
			test.MoveMouse(s.w.Canvas(), spanPoint(t, s, i))
			if !s.card.Visible() || s.card.span != i {
				t.Fatalf("no card for %s", tc.word)
			}
			if got := s.card.headline.Text; got != tc.want {
				t.Errorf("headline: got %q; want %q", got, tc.want)
			}
			if got := s.card.meta.Text; got != "nationality" {
				t.Errorf("meta: got %q; want %q", got, "nationality")
			}
			shown := s.card.content.String()
			if strings.Contains(shown, tc.notWant) {
				t.Errorf("the card calls the nationality a %s:\n%s", tc.notWant, shown)
			}
			// What the card says of the country is marked as the country's.
			for _, line := range []string{s.card.native.Text, s.card.note.Text} {
				if line != "" && !strings.HasPrefix(line, tc.country+": ") {
					t.Errorf("line %q does not say it is about the country", line)
				}
			}
		})
	}
}

func TestCardHidesWhenAppLeft(t *testing.T) {
	s := newTestScreen(t, "")
	left, ok := s.a.Lifecycle().(interface{ OnExitedForeground() func() })
	if !ok || left.OnExitedForeground() == nil {
		t.Fatal("the screen does not watch the app leaving the foreground")
	}
	i := findSpan(t, s.doc, "ল্যাভরভের")
	test.MoveMouse(s.w.Canvas(), spanPoint(t, s, i))
	if !s.card.Visible() {
		t.Fatal("no hover card")
	}
	left.OnExitedForeground()()
	if s.card.Visible() || s.view.hover != -1 {
		t.Errorf("after the app lost the focus: card shown %v, highlight %d; want hidden, -1", s.card.Visible(), s.view.hover)
	}
	// A pinned card stays: the reader chose it.
	s.showCard(i, true)
	left.OnExitedForeground()()
	if !s.card.Visible() {
		t.Error("a pinned card hid when the app lost the focus")
	}
}

func TestCardHidesWhenPointerLeavesWindow(t *testing.T) {
	s := newTestScreen(t, "")
	// Fyne's test window has no native window to ask: the answer the
	// windowing system would give is set here.
	var outside, asked atomic.Bool
	s.card.pointerInside = func() (bool, bool) {
		asked.Store(true)
		return !outside.Load(), true
	}
	i := findSpan(t, s.doc, "ল্যাভরভের")
	ui(s, func() { test.MoveMouse(s.w.Canvas(), spanPoint(t, s, i)) })
	// The watcher takes turns with the test, as with background results.
	visible := func() (v bool) {
		ui(s, func() { v = s.card.Visible() })
		return v
	}
	if !visible() {
		t.Fatal("no hover card")
	}
	// The pointer resting on the name: the card stays.
	deadline := time.Now().Add(5 * time.Second)
	for !asked.Load() && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	time.Sleep(3 * leaveCheckEvery)
	if !asked.Load() || !visible() {
		t.Fatalf("asked %v, card shown %v; want asked, and the card up while the pointer is in the window", asked.Load(), visible())
	}
	// The pointer leaves the window: the card goes, and so does the
	// highlight's hover fill.
	outside.Store(true)
	for visible() && time.Now().Before(deadline.Add(5*time.Second)) {
		time.Sleep(20 * time.Millisecond)
	}
	if visible() {
		t.Fatal("the card stayed after the pointer left the window")
	}
	ui(s, func() {
		if s.view.hover != -1 || s.card.watching {
			t.Errorf("hover %d, watching %v; want -1, false", s.view.hover, s.card.watching)
		}
	})
	// Back on the name: the card shows again.
	outside.Store(false)
	ui(s, func() { test.MoveMouse(s.w.Canvas(), spanPoint(t, s, i).Add(fyne.NewPos(1, 0))) })
	if !visible() {
		t.Error("no card when the pointer came back to the name")
	}
}
