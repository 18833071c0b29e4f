package library

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/pathok/pathok/glossary/bangla"
	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// FileName is the library's file in the app's storage.
const FileName = "library.sqlite"

// Library is an open library file. It is safe for concurrent use.
type Library struct {
	db   *sql.DB
	path string
}

// Article is one kept article.
type Article struct {
	ID     int64
	Title  string
	URL    string
	Source string // outlet or site name; the file name for a local file
	Byline string
	// Published is zero when the article does not say.
	Published time.Time
	Added     time.Time
	// Text is the article as read; List leaves it empty.
	Text string
	// Names and Figures count the article's highlights when last indexed.
	Names, Figures int
}

// ErrNotFound is returned for an id the library does not hold.
var ErrNotFound = errors.New("no such article in the library")

// Open opens or creates the library at path and brings its schema up to
// date.
func Open(ctx context.Context, path string) (*Library, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("library %s: %w", path, err)
	}
	// WAL lets the app read while the command line writes; the busy
	// timeout makes a second writer wait instead of failing.
	dsn := "file:" + (&url.URL{Path: path}).EscapedPath() +
		"?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=foreign_keys(1)&_pragma=synchronous(NORMAL)&_txlock=immediate"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("library %s: %w", path, err)
	}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("library %s: %w", path, friendly(err))
	}
	if err := migrate(ctx, db); err != nil {
		db.Close()
		return nil, fmt.Errorf("library %s: %w", path, friendly(err))
	}
	return &Library{db: db, path: path}, nil
}

// Path is the library's file.
func (l *Library) Path() string { return l.path }

// Close closes the file.
func (l *Library) Close() error { return l.db.Close() }

// friendly turns SQLite's words for a damaged or foreign file into the
// reader's.
func friendly(err error) error {
	s := err.Error()
	switch {
	case strings.Contains(s, "file is not a database"), strings.Contains(s, "malformed"):
		return fmt.Errorf("the file is not a Pathok library or is damaged (%v); Pathok left it untouched", err)
	case strings.Contains(s, "readonly"), strings.Contains(s, "read-only"):
		return fmt.Errorf("the library is read-only (%v)", err)
	}
	return err
}

// contentHash identifies an article by its text, so that pasting the
// same article twice keeps one copy.
func contentHash(text string) string {
	h := sha256.Sum256([]byte(bangla.NormalizeString(strings.TrimSpace(text))))
	return hex.EncodeToString(h[:16])
}

// Add keeps an article and returns its id. An article already kept (the
// same address, or the same text) is not added twice: its id is returned
// with existed true.
func (l *Library) Add(ctx context.Context, a Article) (id int64, existed bool, err error) {
	if strings.TrimSpace(a.Text) == "" {
		return 0, false, errors.New("the article is empty")
	}
	if a.Title == "" {
		a.Title = firstLine(a.Text)
	}
	if a.Added.IsZero() {
		a.Added = time.Now()
	}
	hash := contentHash(a.Text)
	tx, err := l.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, false, err
	}
	defer tx.Rollback()
	err = tx.QueryRowContext(ctx, `SELECT id FROM articles WHERE hash = ? OR (url <> '' AND url = ?)`, hash, a.URL).Scan(&id)
	if err == nil {
		return id, true, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return 0, false, err
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO articles (title, url, source, byline, published, added, text, hash)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
		a.Title, a.URL, a.Source, a.Byline, unix(a.Published), a.Added.Unix(), a.Text, hash)
	if err != nil {
		return 0, false, err
	}
	if id, err = res.LastInsertId(); err != nil {
		return 0, false, err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)`,
		id, bangla.NormalizeString(a.Title), bangla.NormalizeString(a.Text)); err != nil {
		return 0, false, err
	}
	return id, false, tx.Commit()
}

// Get returns one article with its text.
func (l *Library) Get(ctx context.Context, id int64) (Article, error) {
	var a Article
	var pub, added int64
	err := l.db.QueryRowContext(ctx, `SELECT id, title, url, source, byline, published, added, text, names, figures
		FROM articles WHERE id = ?`, id).Scan(&a.ID, &a.Title, &a.URL, &a.Source, &a.Byline, &pub, &added, &a.Text, &a.Names, &a.Figures)
	if errors.Is(err, sql.ErrNoRows) {
		return a, fmt.Errorf("article %d: %w", id, ErrNotFound)
	}
	a.Published, a.Added = fromUnix(pub), fromUnix(added)
	return a, err
}

// Filter narrows List: words that must all appear in the title or the
// source.
type Filter struct {
	Words string
	Limit int
}

// List returns the articles, newest first, without their text.
func (l *Library) List(ctx context.Context, f Filter) ([]Article, error) {
	q := `SELECT id, title, url, source, byline, published, added, names, figures FROM articles`
	var args []any
	var where []string
	for _, w := range strings.Fields(f.Words) {
		where = append(where, `(title LIKE ? OR source LIKE ? OR url LIKE ?)`)
		p := "%" + escapeLike(bangla.NormalizeString(w)) + "%"
		args = append(args, p, p, p)
	}
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
		q = strings.ReplaceAll(q, "LIKE ?", `LIKE ? ESCAPE '\'`)
	}
	q += ` ORDER BY added DESC, id DESC`
	if f.Limit > 0 {
		q += fmt.Sprintf(" LIMIT %d", f.Limit)
	}
	rows, err := l.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Article
	for rows.Next() {
		var a Article
		var pub, added int64
		if err := rows.Scan(&a.ID, &a.Title, &a.URL, &a.Source, &a.Byline, &pub, &added, &a.Names, &a.Figures); err != nil {
			return nil, err
		}
		a.Published, a.Added = fromUnix(pub), fromUnix(added)
		out = append(out, a)
	}
	return out, rows.Err()
}

// Remove deletes an article, its index entries and its mentions.
func (l *Library) Remove(ctx context.Context, id int64) error {
	tx, err := l.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, `DELETE FROM articles WHERE id = ?`, id)
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("article %d: %w", id, ErrNotFound)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM articles_fts WHERE rowid = ?`, id); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE feed_items SET article_id = NULL WHERE article_id = ?`, id); err != nil {
		return err
	}
	return tx.Commit()
}

func firstLine(text string) string {
	for _, l := range strings.Split(text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			if r := []rune(l); len(r) > 80 {
				return string(r[:80]) + "…"
			}
			return l
		}
	}
	return "Untitled"
}

func escapeLike(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

func unix(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.Unix()
}

func fromUnix(s int64) time.Time {
	if s == 0 {
		return time.Time{}
	}
	return time.Unix(s, 0)
}
