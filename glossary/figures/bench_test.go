package figures

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pathok/pathok/glossary/bangla"
)

// benchSentences are ordinary news prose: mostly words that are not
// figures, some that look like them, and a figure every sentence or two.
var benchSentences = []string{
	"মন্ত্রণালয়ের এক কর্মকর্তা জানিয়েছেন, আগামী সপ্তাহে দুই দেশের প্রতিনিধিদল আবার বৈঠকে বসবে।",
	"গত বছরের তুলনায় এবার রপ্তানি আয় প্রায় ১২ শতাংশ বেড়ে ৪ হাজার ৩০০ কোটি ডলারে দাঁড়িয়েছে।",
	"তিনি বলেন, সীমান্ত এলাকায় পরিস্থিতি এখন শান্ত রয়েছে এবং স্থানীয় মানুষ স্বাভাবিক জীবনে ফিরছেন।",
	"বুধবার ১৫ অক্টোবর ২০২৫ সকাল সাড়ে ১০টায় রাজধানীর একটি হোটেলে অনুষ্ঠানটি শুরু হয়।",
	"বিশ্লেষকদের মতে, এই চুক্তির ফলে অঞ্চলটির নিরাপত্তা পরিস্থিতিতে বড় ধরনের পরিবর্তন আসতে পারে।",
	"হামলায় অন্তত ২৭ জন নিহত এবং শতাধিক মানুষ আহত হয়েছেন বলে স্থানীয় প্রশাসন নিশ্চিত করেছে।",
	"সংবাদ সংস্থাটি জানায়, নতুন ক্ষেপণাস্ত্রটি প্রায় দেড় হাজার কিলোমিটার দূরের লক্ষ্যে আঘাত হানতে সক্ষম।",
	"এর আগে ২০২২-২৩ অর্থবছরে প্রকল্পটির জন্য ৫০০ কোটি টাকা বরাদ্দ দেওয়া হয়েছিল।",
	"প্রেসিডেন্টের দপ্তর থেকে পাঠানো বিবৃতিতে আলোচনাকে ফলপ্রসূ ও গঠনমূলক বলে উল্লেখ করা হয়েছে।",
	"বিরোধী দলের নেতারা অভিযোগ করেছেন, সরকার জনগণের মতামত উপেক্ষা করে সিদ্ধান্ত নিচ্ছে।",
}

func benchText(minBytes int) []rune {
	var b strings.Builder
	for b.Len() < minBytes {
		for _, s := range benchSentences {
			b.WriteString(s)
			b.WriteByte(' ')
		}
		b.WriteString("\n\n")
	}
	return bangla.Normalize(b.String()).Runes
}

func BenchmarkFind(b *testing.B) {
	text := benchText(1 << 20)
	b.SetBytes(int64(len(string(text))))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		Find(text)
	}
}

// BenchmarkFindSeeds reads the real articles beside the repository, as
// the annotator does: normalised, one article at a time. benchSentences
// hold a figure in most sentences; real news holds far fewer, so this is
// the one that says what figure scanning costs on a real text. "kept"
// calls it as the annotator does, into one slice kept from text to text.
func BenchmarkFindSeeds(b *testing.B) {
	texts, size := seedTexts(b)
	for _, kept := range []bool{false, true} {
		name := "fresh"
		if kept {
			name = "kept"
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(size))
			b.ReportAllocs()
			var ms []Match
			for b.Loop() {
				for _, text := range texts {
					if kept {
						ms = FindAppend(ms[:0], text, Options{})
					} else {
						Find(text)
					}
				}
			}
		})
	}
}

// seedTexts returns the normalised seed articles and their size in bytes;
// it skips the benchmark when they are not there.
func seedTexts(b *testing.B) (texts [][]rune, size int) {
	paths, _ := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	if len(paths) == 0 {
		b.Skip("no seed articles in " + seedDir)
	}
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		text := bangla.Normalize(strings.TrimPrefix(string(raw), "\ufeff")).Runes
		texts = append(texts, text)
		size += len(string(text))
	}
	return texts, size
}
