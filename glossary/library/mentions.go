package library

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"time"

	"github.com/pathok/pathok/glossary"
)

// Fingerprint identifies what a glossary would find: its entries' ids,
// kinds and forms. An article indexed under another fingerprint is stale.
func Fingerprint(g *glossary.Glossary) string {
	h := sha256.New()
	for _, e := range g.Entries() {
		h.Write([]byte(e.ID))
		h.Write([]byte{0})
		h.Write([]byte(e.Kind))
		for _, list := range [][]string{e.Bengali, e.Short, e.DemonymBN, e.English} {
			for _, f := range list {
				h.Write([]byte{1})
				h.Write([]byte(f))
			}
		}
		h.Write([]byte{2})
	}
	return hex.EncodeToString(h.Sum(nil)[:12])
}

// Index brings every article's summary (its mentions and counts) up to
// date with g, a transaction per article, so that it can be cancelled at
// any point and resumed later. progress, if not nil, is called after each
// article with how many are done of how many were stale.
func (l *Library) Index(ctx context.Context, g *glossary.Glossary, progress func(done, total int)) error {
	fp := Fingerprint(g)
	rows, err := l.db.QueryContext(ctx, `SELECT id FROM articles WHERE summary_of <> ? ORDER BY added DESC`, fp)
	if err != nil {
		return err
	}
	var stale []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return err
		}
		stale = append(stale, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for i, id := range stale {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := l.indexOne(ctx, g, fp, id); err != nil {
			return err
		}
		if progress != nil {
			progress(i+1, len(stale))
		}
	}
	return nil
}

// Stale counts the articles whose summary is older than g.
func (l *Library) Stale(ctx context.Context, g *glossary.Glossary) (int, error) {
	var n int
	err := l.db.QueryRowContext(ctx, `SELECT count(*) FROM articles WHERE summary_of <> ?`, Fingerprint(g)).Scan(&n)
	return n, err
}

type tally struct {
	count, start, end int
}

func (l *Library) indexOne(ctx context.Context, g *glossary.Glossary, fp string, id int64) error {
	var text string
	var at, added int64
	if err := l.db.QueryRowContext(ctx, `SELECT text, coalesce(nullif(published, 0), added), added FROM articles WHERE id = ?`, id).Scan(&text, &at, &added); err != nil {
		if err == sql.ErrNoRows {
			return nil // removed meanwhile
		}
		return err
	}
	ann := g.Annotate(text)
	byEntry := map[string]*tally{}
	names, figures := 0, 0
	for _, s := range ann.Spans {
		if !s.IsName() {
			figures++
			continue
		}
		names++
		if s.Entry == nil {
			continue
		}
		t := byEntry[s.Entry.ID]
		if t == nil {
			t = &tally{start: s.Start, end: s.End}
			byEntry[s.Entry.ID] = t
		}
		t.count++
	}
	tx, err := l.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `DELETE FROM mentions WHERE article_id = ?`, id); err != nil {
		return err
	}
	for entry, t := range byEntry {
		if _, err := tx.ExecContext(ctx, `INSERT INTO mentions (entry_id, article_id, count, first_start, first_end, at, added) VALUES (?, ?, ?, ?, ?, ?, ?)`,
			entry, id, t.count, t.start, t.end, at, added); err != nil {
			return err
		}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE articles SET names = ?, figures = ?, summary_of = ? WHERE id = ?`, names, figures, fp, id); err != nil {
		return err
	}
	return tx.Commit()
}

// Mention is an article that names an entry.
type Mention struct {
	ID        int64
	Title     string
	URL       string
	Source    string
	Added     time.Time
	Published time.Time
	Count     int
	// Snippet is the text around the first mention, the name in [ ].
	Snippet string
}

// snippetContext is how many characters of text a snippet shows on each
// side of the name.
const snippetContext = 60

// Mentions lists the articles that name entryID, newest first. Call
// Index first for up-to-date answers.
func (l *Library) Mentions(ctx context.Context, entryID string, limit int) ([]Mention, error) {
	if limit <= 0 {
		limit = 100
	}
	// substr counts characters (code points) on TEXT, as our offsets do;
	// SQLite's substr is 1-based.
	// The newest mentions come from the index first; only those articles'
	// text is read for snippets.
	rows, err := l.db.QueryContext(ctx, `SELECT a.id, a.title, a.url, a.source, a.added, a.published, m.count,
			substr(a.text, max(m.first_start - ?, 0) + 1, min(m.first_start, ?)),
			substr(a.text, m.first_start + 1, m.first_end - m.first_start),
			substr(a.text, m.first_end + 1, ?)
		FROM (SELECT article_id, count, first_start, first_end, at FROM mentions
			WHERE entry_id = ? ORDER BY at DESC, article_id DESC LIMIT ?) m
		JOIN articles a ON a.id = m.article_id
		ORDER BY m.at DESC, m.article_id DESC`, snippetContext, snippetContext, snippetContext, entryID, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Mention
	for rows.Next() {
		var m Mention
		var added, pub int64
		var before, name, after string
		if err := rows.Scan(&m.ID, &m.Title, &m.URL, &m.Source, &added, &pub, &m.Count, &before, &name, &after); err != nil {
			return nil, err
		}
		m.Added, m.Published = fromUnix(added), fromUnix(pub)
		m.Snippet = oneLine(before) + "[" + name + "]" + oneLine(after)
		out = append(out, m)
	}
	return out, rows.Err()
}

// EntryCount is how often an entry is named.
type EntryCount struct {
	EntryID  string
	Articles int
	Count    int
}

// Names lists the entries an article names, most named first.
func (l *Library) Names(ctx context.Context, articleID int64) ([]EntryCount, error) {
	rows, err := l.db.QueryContext(ctx, `SELECT entry_id, count FROM mentions WHERE article_id = ? ORDER BY count DESC, entry_id`, articleID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []EntryCount
	for rows.Next() {
		e := EntryCount{Articles: 1}
		if err := rows.Scan(&e.EntryID, &e.Count); err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// Stats describes the library as a whole.
type Stats struct {
	Articles int
	// Names is how many distinct glossary entries the library names.
	Names int
	// NewThisWeek lists entries first named in an article added in the
	// last seven days.
	NewThisWeek []string
	// Top is the most named entries, by number of articles.
	Top []EntryCount
}

// Stats summarises the library; now is passed in so tests can fix it.
func (l *Library) Stats(ctx context.Context, now time.Time, top int) (Stats, error) {
	var s Stats
	if err := l.db.QueryRowContext(ctx, `SELECT count(*) FROM articles`).Scan(&s.Articles); err != nil {
		return s, err
	}
	if err := l.db.QueryRowContext(ctx, `SELECT count(DISTINCT entry_id) FROM mentions`).Scan(&s.Names); err != nil {
		return s, err
	}
	rows, err := l.db.QueryContext(ctx, `SELECT entry_id FROM mentions
		GROUP BY entry_id HAVING min(added) >= ? ORDER BY min(added) DESC`, now.Add(-7*24*time.Hour).Unix())
	if err != nil {
		return s, err
	}
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return s, err
		}
		s.NewThisWeek = append(s.NewThisWeek, id)
	}
	rows.Close()
	if top <= 0 {
		top = 10
	}
	rows, err = l.db.QueryContext(ctx, `SELECT entry_id, count(*), sum(count) FROM mentions
		GROUP BY entry_id ORDER BY count(*) DESC, sum(count) DESC, entry_id LIMIT ?`, top)
	if err != nil {
		return s, err
	}
	defer rows.Close()
	for rows.Next() {
		var e EntryCount
		if err := rows.Scan(&e.EntryID, &e.Articles, &e.Count); err != nil {
			return s, err
		}
		s.Top = append(s.Top, e)
	}
	return s, rows.Err()
}

func oneLine(s string) string {
	b := []rune(s)
	for i, r := range b {
		if r == '\n' || r == '\r' || r == '\t' {
			b[i] = ' '
		}
	}
	return string(b)
}
