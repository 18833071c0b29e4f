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
	"github.com/pathok/pathok/glossary/article"
	"github.com/pathok/pathok/glossary/feed"
	"github.com/pathok/pathok/glossary/figures"
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
	g, err := loadGlossary(*userFile)
	if err != nil {
		return err
	}
	// Everything is written to a buffer first, so that a bad file among
	// several leaves nothing half-printed.
	var out bytes.Buffer
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
			if err := glossary.WriteHTML(&out, filepath.Base(name), a); err != nil {
				return err
			}
		}
	}
	_, err = stdout.Write(out.Bytes())
	return err
}

func readArticle(name string, stdin io.Reader) (string, error) {
	if web.LooksLikeAddress(name) {
		story, err := feed.Fetch(context.Background(), web.NewClient(), name)
		if err != nil {
			return "", err
		}
		return story.Text, nil
	}
	var data []byte
	var err error
	if name == "-" {
		data, err = io.ReadAll(io.LimitReader(stdin, article.MaxBytes+1))
		name = "standard input"
	} else {
		data, err = os.ReadFile(name)
	}
	if err != nil {
		return "", err
	}
	return article.Decode(name, data)
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
		if s.Reduction() != "" {
			line += "   [" + s.Reduction() + "]"
		}
		if s.Unknown {
			line += "   [not in the glossary]"
		}
		w.WriteString(strings.TrimRight(line, " ") + "\n")
	}
}
