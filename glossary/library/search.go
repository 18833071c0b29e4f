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
	rows, err := l.db.QueryContext(ctx, `SELECT a.id, a.title, a.url, a.source,
			snippet(articles_fts, 1, '[', ']', '…', 16)
		FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
		WHERE articles_fts MATCH ?
		ORDER BY bm25(articles_fts, 4.0, 1.0), a.added DESC
		LIMIT ?`, match, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Hit
	for rows.Next() {
		var h Hit
		if err := rows.Scan(&h.ID, &h.Title, &h.URL, &h.Source, &h.Snippet); err != nil {
			return nil, err
		}
		out = append(out, h)
	}
	return out, rows.Err()
}

// ftsQuery turns what the reader typed into an FTS5 query: each word,
// normalised as the stored text was, quoted (so no word is read as an
// operator) and taken as a prefix.
func ftsQuery(q string) string {
	q = bangla.NormalizeString(q)
	words := strings.FieldsFunc(q, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r) || r == '\u200c' || r == '\u200d')
	})
	var b strings.Builder
	for _, w := range words {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(`"` + strings.ReplaceAll(w, `"`, `""`) + `"*`)
	}
	return b.String()
}
