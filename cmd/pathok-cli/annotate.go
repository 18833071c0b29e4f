package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/pathok/pathok/glossary"
	"github.com/pathok/pathok/glossary/feed"
	"github.com/pathok/pathok/glossary/figures"
	"github.com/pathok/pathok/glossary/htmlpage"
	"github.com/pathok/pathok/glossary/page"
	"github.com/pathok/pathok/glossary/user"
	"github.com/pathok/pathok/glossary/web"
)

// jsonAnnotation is the shape shared/eval/FORMAT.md defines.
type jsonAnnotation struct {
	File  string          `json:"file"`
	Spans []glossary.Span `json:"spans"`
}

func annotate(args []string, stdin io.Reader, stdout io.Writer) error {
	fs := flag.NewFlagSet("annotate", flag.ContinueOnError)
	format := fs.String("format", "text", "output format: json, text or html")
	userFile := fs.String("glossary", "", "a glossary file (JSON or TSV) loaded over the built-in one")
	outDir := fs.String("o", "", "with -format html: the folder to write one page per file into")
	taka := fs.String("taka", figures.TakaAuto, "what টাকা stands for: auto (per article), BDT or INR")
	files, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	switch *format {
	case "json", "text", "html":
	default:
		return fmt.Errorf("annotate: unknown format %q (want json, text or html): %w", *format, errUsage)
	}
	if !figures.ValidTaka(*taka) {
		return fmt.Errorf("annotate: unknown -taka %q (want auto, BDT or INR): %w", *taka, errUsage)
	}
	if len(files) == 0 {
		return fmt.Errorf("annotate: no file given (use - for standard input): %w", errUsage)
	}
	switch {
	case *outDir != "" && *format != "html":
		return fmt.Errorf("annotate: -o is for -format html, which writes one page per file: %w", errUsage)
	case *outDir == "" && *format == "html" && len(files) > 1:
		return fmt.Errorf("annotate: -format html writes one page per file; say -o DIR to write %d pages: %w", len(files), errUsage)
	}
	g, err := loadGlossary(*userFile)
	if err != nil {
		return err
	}
	// Everything is written to a buffer first, so that a bad file among
	// several leaves nothing half-printed.
	var out bytes.Buffer
	pages := make([][]byte, 0, len(files))
	for _, name := range files {
		text, err := readArticle(name, stdin)
		if err != nil {
			return err
		}
		a := g.AnnotateWith(text, figures.Options{Taka: *taka})
		switch *format {
		case "json":
			spans := a.Spans
			if spans == nil {
				spans = []glossary.Span{}
			}
			b, err := json.Marshal(jsonAnnotation{File: name, Spans: spans})
			if err != nil {
				return err
			}
			out.Write(b)
			out.WriteByte('\n')
		case "text":
			writeListing(&out, name, a)
		case "html":
			var buf bytes.Buffer
			if err := htmlpage.Write(&buf, pageTitle(name), a); err != nil {
				return err
			}
			pages = append(pages, buf.Bytes())
		}
	}
	switch {
	case *outDir != "":
		return writePages(*outDir, files, pages, stdout)
	case *format == "html":
		out.Write(pages[0])
	}
	_, err = stdout.Write(out.Bytes())
	return err
}

func pageTitle(name string) string {
	if name == "-" {
		return "standard input"
	}
	return filepath.Base(name)
}

// writePages writes each page into dir, named for its input file
// (news/a.txt → a.html), with -2, -3… where two inputs share a name, and
// lists the files written.
func writePages(dir string, files []string, pages [][]byte, stdout io.Writer) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	var out bytes.Buffer
	taken := map[string]bool{}
	for i, name := range files {
		base := "standard-input"
		if name != "-" {
			base = strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
		}
		file := base + ".html"
		for n := 2; taken[strings.ToLower(file)]; n++ {
			file = fmt.Sprintf("%s-%d.html", base, n)
		}
		taken[strings.ToLower(file)] = true
		path := filepath.Join(dir, file)
		if err := os.WriteFile(path, pages[i], 0o644); err != nil {
			return err
		}
		fmt.Fprintf(&out, "%s → %s\n", pageTitle(name), path)
	}
	_, err := stdout.Write(out.Bytes())
	return err
}

// readArticle reads a file, or standard input for "-", within the
// article size cap.
func readArticle(name string, stdin io.Reader) (string, error) {
	if web.LooksLikeAddress(name) {
		story, err := feed.Fetch(context.Background(), web.NewClient(), name)
		if err != nil {
			return "", err
		}
		return story.Text, nil
	}
	if name == "-" {
		return page.Read("standard input", stdin)
	}
	return page.ReadFile(name)
}

// loadGlossary is the built-in glossary with the user's file over it.
func loadGlossary(userFile string) (*glossary.Glossary, error) {
	builtin, err := glossary.BuiltinEntries()
	if err != nil {
		return nil, fmt.Errorf("built-in glossary: %w", err)
	}
	if userFile == "" {
		return glossary.New(builtin)
	}
	u, err := user.ReadFile(userFile)
	if err != nil {
		return nil, err
	}
	return glossary.New(u.Over(builtin))
}

func writeListing(w *bytes.Buffer, name string, a *glossary.Annotation) {
	c := a.Counts()
	fmt.Fprintf(w, "%s: %d names, %d figures, %d not in the glossary\n", name, c.Names, c.Figures, c.Unknown)
	for _, s := range a.Spans {
		gloss := s.Gloss
		if s.Value != "" && s.Value != s.Gloss {
			gloss += " = " + s.Value
		}
		if e := s.Entry; e != nil {
			gloss += " (" + e.ID
			if e.Native != "" {
				gloss += ", " + e.Native
			}
			gloss += ")"
		}
		line := fmt.Sprintf("%6d–%-6d %-11s %s → %s", s.Start, s.End, s.Kind, s.Text, gloss)
		if s.ReadingNote() != "" {
			line += "   [" + s.ReadingNote() + "]"
		}
		if s.Unknown {
			line += "   [not in the glossary]"
		}
		w.WriteString(strings.TrimRight(line, " ") + "\n")
	}
}
