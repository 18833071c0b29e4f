package exchange

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode"

	"github.com/pathok/pathok/glossary"
	"github.com/pathok/pathok/glossary/textfile"
)

// omegatMagic is the first line OmegaT itself writes: it tells OmegaT
// the file is UTF-8 whatever its extension.
const omegatMagic = "# Glossary in tab-separated format -*- coding: utf-8 -*-"

// readOmegaT reads source<TAB>target[<TAB>comment] lines. OmegaT lists
// each source form on a line of its own, so consecutive lines with the
// same target and comment are one entry with several Bengali forms.
func readOmegaT(name, text string) ([]row, error) {
	var rows []row
	prev := -1 // the line index of the last row read, to see runs
	for i, l := range textfile.Lines(text) {
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#") {
			continue
		}
		cols := strings.Split(l, "\t")
		if len(cols) < 2 || len(cols) > 3 {
			return nil, &glossary.LineError{File: name, Line: i + 1, Msg: fmt.Sprintf("want source<TAB>target or source<TAB>target<TAB>comment, got %d tab-separated fields", len(cols))}
		}
		for j := range cols {
			cols[j] = strings.TrimSpace(cols[j])
		}
		src, tgt, comment := cols[0], cols[1], ""
		if len(cols) == 3 {
			comment = cols[2]
		}
		// An English→Bengali glossary, as a translator into Bengali keeps.
		if !hasBengali(src) && hasBengali(tgt) {
			src, tgt = tgt, src
		}
		if n := len(rows); n > 0 && prev == i-1 {
			last := rows[n-1].entry
			if last.EnglishHeadword() == tgt && last.NoteEN == comment {
				if src != "" && !contains(last.Bengali, src) {
					last.Bengali = append(last.Bengali, src)
				}
				prev = i
				continue
			}
		}
		e := &glossary.Entry{Kind: glossary.Other, Country: "ZZ", NoteEN: comment}
		if src != "" {
			e.Bengali = []string{src}
		}
		if tgt != "" {
			e.English = []string{tgt}
		}
		rows = append(rows, row{i + 1, l, e})
		prev = i
	}
	return rows, nil
}

func hasBengali(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.Is(unicode.Bengali, r) }) >= 0
}

func contains(l []string, s string) bool {
	for _, v := range l {
		if v == s {
			return true
		}
	}
	return false
}

// writeOmegaT writes a line per Bengali form, so that OmegaT finds the
// name however the source spells it.
func writeOmegaT(w io.Writer, entries []*glossary.Entry) error {
	var b bytes.Buffer
	b.WriteString(omegatMagic + "\n")
	for _, e := range entries {
		for _, f := range e.Bengali {
			b.WriteString(oneLine(f) + "\t" + oneLine(e.EnglishHeadword()))
			if e.NoteEN != "" {
				b.WriteString("\t" + oneLine(e.NoteEN))
			}
			b.WriteByte('\n')
		}
	}
	_, err := w.Write(b.Bytes())
	return err
}
