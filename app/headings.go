package app

import (
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"fyne.io/fyne/v2"

	"github.com/pathok/pathok/glossary/page"
)

// The headings of an HTML article (its title, its <h1>–<h3>) are drawn
// bold and larger. The article keeps one line height throughout, so that
// scrolling and finding the line under the pointer stay simple
// arithmetic: heading text is at most 1.3 times the body's and fits in a
// line, which is twice the body size. A heading's words are measured at
// its own size and weight, so highlights and selections on it fall on
// its glyphs. Offsets do not change: a heading is a paragraph of the
// text the annotator reads, only drawn differently.

// headingScale is how much larger than the body a heading of a level is.
func headingScale(level int) float32 {
	if level == 1 {
		return 1.3 // the headline
	}
	return 1.12
}

// headingStyles are the measurers of heading text, made alongside the
// body's measurer and dropped with it.
type headingStyles struct {
	base  *measurer
	m     [4]*measurer
	textH [4]float32
}

// headingAt is the level of the heading holding rune r, or 0 for body
// text.
func (d *document) headingAt(r int32) int {
	hs := d.headings
	i := sort.Search(len(hs), func(i int) bool { return int32(hs[i].End) > r })
	if i < len(hs) && int32(hs[i].Start) <= r {
		return min(max(hs[i].Level, 1), 3)
	}
	return 0
}

// measurerAt is the measurer for the paragraph or line that starts at
// rune r: the body's, or a heading's.
func (v *articleView) measurerAt(r int32) *measurer {
	lvl := 0
	if v.doc != nil {
		lvl = v.doc.headingAt(r)
	}
	if lvl == 0 || v.m == nil {
		return v.m
	}
	if v.heads.base != v.m {
		v.heads = headingStyles{base: v.m}
	}
	if v.heads.m[lvl] == nil {
		m := newMeasurer(v.m.size * headingScale(lvl))
		m.style = fyne.TextStyle{Bold: true}
		m.space = fyne.MeasureText(" ", m.size, m.style).Width
		v.heads.m[lvl] = m
		v.heads.textH[lvl] = fyne.MeasureText("কৃষ্ণ Ag", m.size, m.style).Height
	}
	return v.heads.m[lvl]
}

// lineStyle is how the line that starts at rune r is drawn: its text
// size and style, and how far its text sits above the body's (a larger
// heading is centred in the line as body text is).
func (v *articleView) lineStyle(r int32) (size float32, style fyne.TextStyle, rise float32) {
	m := v.measurerAt(r)
	if m == v.m || m == nil {
		return v.textSize, fyne.TextStyle{}, 0
	}
	lvl := v.doc.headingAt(r)
	return m.size, m.style, float32(int((v.heads.textH[lvl] - v.geo.textH) / 2))
}

// headingsFor are the headings of an article just read: those of its
// HTML, those of a fetched story, or, for an article read back from the
// library, its title when the text opens with it.
func headingsFor(src source, d page.Doc) []page.Heading {
	switch {
	case len(d.Headings) > 0:
		return d.Headings
	case src.story != nil:
		return src.story.Headings
	case src.libID != 0:
		first, _, _ := strings.Cut(d.Text, "\n")
		if n := len([]rune(first)); first != "" && (src.name == first || strings.HasPrefix(src.name, first+" — ")) {
			return []page.Heading{{Start: 0, End: n, Level: 1}}
		}
	}
	return nil
}

// Bold Bengali needs a bold Bengali font from the theme: Fyne 2.8 finds a
// system font for a script its own fonts lack by the letter alone,
// asking for the regular weight (internal/painter/font.go,
// dynamicFontMap.ResolveFace), so a heading set in bold would come out
// regular. The bold font has no Latin letters: Fyne takes those from its
// own bold font, which it tries next.
var (
	bengaliBoldOnce sync.Once
	bengaliBold     fyne.Resource
)

// bengaliBoldFiles are where an OS keeps its bold Bengali font, best
// first.
func bengaliBoldFiles(goos, windir string) []string {
	switch goos {
	case "windows":
		if windir == "" {
			windir = `C:\Windows`
		}
		return []string{filepath.Join(windir, "Fonts", "NirmalaB.ttf"), filepath.Join(windir, "Fonts", "vrindab.ttf")}
	case "linux", "freebsd", "openbsd", "netbsd":
		return []string{
			"/usr/share/fonts/truetype/noto/NotoSansBengali-Bold.ttf",
			"/usr/share/fonts/noto/NotoSansBengali-Bold.ttf",
			"/usr/share/fonts/google-noto/NotoSansBengali-Bold.ttf",
		}
	}
	return nil
}

// systemBengaliBold is the system's bold Bengali font, or nil.
func systemBengaliBold() fyne.Resource {
	bengaliBoldOnce.Do(func() {
		for _, f := range bengaliBoldFiles(runtime.GOOS, os.Getenv("WINDIR")) {
			if res, err := loadFontFile(f); err == nil {
				bengaliBold = res
				return
			}
		}
	})
	return bengaliBold
}
