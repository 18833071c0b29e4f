package library

import (
	"context"
	"strings"
	"unicode"

	"github.com/pathok/pathok/glossary/bangla"
)

// Hit is an article that matches a search.
type Hit struct {
	ID      int64
	Title   string
	URL     string
	Source  string
	Snippet string // the matching words marked with [ ]
}

// rankWindow is how many of the newest matches Search ranks.
const rankWindow = 1000

// Search finds articles whose title or text holds every word of query,
// best matches first. Each word matches as a prefix, so পুতিন finds
// পুতিনের and পুতিনকে: Bengali inflects by suffix.
func (l *Library) Search(ctx context.Context, query string, limit int) ([]Hit, error) {
	match := ftsQuery(query)
	if match == "" {
		return nil, nil
	}
	if limit <= 0 {
		limit = 50
	}
	// Ranking every match of a common word costs more than the reader
	// waits for, and the newest articles are the ones they want: rank the
	// newest rankWindow matches (FTS5 walks rowids newest first and stops),
	// then make snippets only for the few shown.
	rows, err := l.db.QueryContext(ctx, `SELECT rowid FROM (
			SELECT rowid, rank FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT ?
		) ORDER BY rank LIMIT ?`, match, rankWindow, limit)
	if err != nil {
		return nil, err
	}
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return nil, err
		}
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	out := make([]Hit, 0, len(ids))
	words := queryWords(query)
	for _, id := range ids {
		h := Hit{ID: id}
		var text string
		err := l.db.QueryRowContext(ctx, `SELECT title, url, source, text FROM articles WHERE id = ?`, id).Scan(&h.Title, &h.URL, &h.Source, &text)
		if err != nil {
			return nil, err
		}
		h.Snippet = snippet(text, words)
		out = append(out, h)
	}
	return out, nil
}

// queryWords splits a query into normalised words, as ftsQuery does.
func queryWords(q string) []string {
	return strings.FieldsFunc(bangla.NormalizeString(q), notWordRune)
}

func notWordRune(r rune) bool {
	return !(unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r) || r == '\u200c' || r == '\u200d')
}

// snippetWords is how many words a search snippet shows.
const snippetWords = 16

// snippet shows the words around the first match, every match marked
// with [ ]. FTS5's own snippet() rescans the index for each article,
// which costs more than the search; the article text is at hand.
func snippet(text string, words []string) string {
	norm := []rune(bangla.NormalizeString(text))
	type tok struct{ start, end int }
	var toks []tok
	for i := 0; i < len(norm); {
		if notWordRune(norm[i]) {
			i++
			continue
		}
		j := i
		for j < len(norm) && !notWordRune(norm[j]) {
			j++
		}
		toks = append(toks, tok{i, j})
		i = j
	}
	matches := func(t tok) bool {
		w := strings.ToLower(string(norm[t.start:t.end]))
		for _, q := range words {
			if strings.HasPrefix(w, strings.ToLower(q)) {
				return true
			}
		}
		return false
	}
	first := -1
	for i, t := range toks {
		if matches(t) {
			first = i
			break
		}
	}
	if first < 0 {
		first = 0
	}
	from := max(first-snippetWords/4, 0)
	to := min(from+snippetWords, len(toks))
	var b strings.Builder
	if from > 0 {
		b.WriteString("…")
	}
	for i := from; i < to; i++ {
		t := toks[i]
		if i > from {
			b.WriteString(oneLine(string(norm[toks[i-1].end:t.start])))
		}
		if matches(t) {
			b.WriteString("[" + string(norm[t.start:t.end]) + "]")
		} else {
			b.WriteString(string(norm[t.start:t.end]))
		}
	}
	if to < len(toks) {
		b.WriteString("…")
	}
	return b.String()
}

// ftsQuery turns what the reader typed into an FTS5 query: each word,
// normalised as the stored text was, quoted (so no word is read as an
// operator) and taken as a prefix.
func ftsQuery(q string) string {
	q = bangla.NormalizeString(q)
	words := strings.FieldsFunc(q, notWordRune)
	var b strings.Builder
	for _, w := range words {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(`"` + strings.ReplaceAll(w, `"`, `""`) + `"*`)
	}
	return b.String()
}
