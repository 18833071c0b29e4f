package library

import (
	"context"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/pathok/pathok/glossary"
)

// A library of 10,000 articles of our own, about 1.5 KB each: template
// sentences naming glossary entries drawn from a Zipf distribution (a few
// names in most articles, most names in few), among everyday sentences,
// as a reader's year of following several outlets.
var (
	benchOnce sync.Once
	benchLib  *Library
	benchTop  []string // entry ids, most frequent first
	benchErr  error
)

var benchTemplates = []string{
	"%s আজ এক বৈঠকে বলেছেন, আলোচনা চলবে।",
	"%s সম্পর্কে নতুন তথ্য প্রকাশ করেছে স্থানীয় সংবাদমাধ্যম।",
	"সফরের সময় %s এবং %s নিয়ে কথা হয়েছে বলে জানা গেছে।",
	"বিশ্লেষকেরা বলছেন, %s এর সিদ্ধান্তে পরিস্থিতি বদলাতে পারে।",
}

var benchFiller = []string{
	"বাজারে চালের দাম কেজিতে পাঁচ টাকা বেড়েছে বলে ব্যবসায়ীরা জানিয়েছেন।",
	"শহরের নতুন সেতুর কাজ আগামী বছর শেষ হবে বলে আশা করা হচ্ছে।",
	"আজ সকাল থেকে যানজট ছিল, অফিসগামী মানুষ দুর্ভোগে পড়েছেন।",
	"আবহাওয়া অফিস জানিয়েছে, আগামী দুই দিন বৃষ্টি হতে পারে।",
}

const benchArticles = 10000

func benchLibrary(b *testing.B) *Library {
	benchOnce.Do(func() {
		dir, err := os.MkdirTemp("", "pathok-bench")
		if err != nil {
			benchErr = err
			return
		}
		ctx := context.Background()
		l, err := Open(ctx, filepath.Join(dir, FileName))
		if err != nil {
			benchErr = err
			return
		}
		g, err := builtinGlossary()
		if err != nil {
			benchErr = err
			return
		}
		r := rand.New(rand.NewSource(1))
		entries := append([]*glossary.Entry(nil), g.Entries()...)
		r.Shuffle(len(entries), func(i, j int) { entries[i], entries[j] = entries[j], entries[i] })
		for _, e := range entries[:20] {
			benchTop = append(benchTop, e.ID)
		}
		zipf := rand.NewZipf(r, 1.1, 2, uint64(len(entries)-1))
		name := func() string { return entries[zipf.Uint64()].Headword() }
		start := time.Now().Add(-benchArticles * time.Minute)
		for i := 0; i < benchArticles; i++ {
			var sb strings.Builder
			for k := 0; k < 14; k++ {
				if k%2 == 0 {
					t := benchTemplates[r.Intn(len(benchTemplates))]
					if strings.Count(t, "%s") == 2 {
						fmt.Fprintf(&sb, t, name(), name())
					} else {
						fmt.Fprintf(&sb, t, name())
					}
				} else {
					sb.WriteString(benchFiller[r.Intn(len(benchFiller))])
				}
				if k%4 == 3 {
					sb.WriteString("\n\n")
				} else {
					sb.WriteByte(' ')
				}
			}
			fmt.Fprintf(&sb, "প্রতিবেদন নম্বর %d।", i)
			if _, _, err := l.Add(ctx, Article{Text: sb.String(), Added: start.Add(time.Duration(i) * time.Minute)}); err != nil {
				benchErr = err
				return
			}
		}
		if err := l.Index(ctx, g, nil); err != nil {
			benchErr = err
			return
		}
		benchLib = l
	})
	if benchErr != nil {
		b.Fatal(benchErr)
	}
	return benchLib
}

func BenchmarkMentions10k(b *testing.B) {
	l := benchLibrary(b)
	// The most named entry: in thousands of articles.
	top := benchTop[0]
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ms, err := l.Mentions(context.Background(), top, 100)
		if err != nil || len(ms) != 100 {
			b.Fatalf("got %d mentions, %v", len(ms), err)
		}
	}
}

// Two searches: a phrase in half the library (the worst case) and a name.
func BenchmarkSearch10k(b *testing.B) {
	l := benchLibrary(b)
	g, _ := builtinGlossary()
	e, _ := g.ByID(benchTop[5])
	for _, q := range []string{"আলোচনা চলবে", e.Headword()} {
		b.Run(q, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				hits, err := l.Search(context.Background(), q, 50)
				if err != nil || len(hits) == 0 {
					b.Fatalf("got %d hits, %v", len(hits), err)
				}
			}
		})
	}
}

func BenchmarkStats10k(b *testing.B) {
	l := benchLibrary(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := l.Stats(context.Background(), time.Now(), 10); err != nil {
			b.Fatal(err)
		}
	}
}
