package library

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
)

// Feed is a followed RSS, Atom or JSON feed.
type Feed struct {
	ID           int64
	URL          string
	Title        string
	ETag         string
	LastModified string
	// Checked is when the feed was last refreshed; zero if never.
	Checked time.Time
	// LastError is the last refresh's failure, empty after a success.
	LastError string
	Added     time.Time
}

// AddFeed follows a feed. Following one twice is not an error: the
// existing feed is returned.
func (l *Library) AddFeed(ctx context.Context, url, title string) (Feed, error) {
	url = strings.TrimSpace(url)
	if url == "" {
		return Feed{}, errors.New("the feed address is empty")
	}
	if _, err := l.db.ExecContext(ctx, `INSERT INTO feeds (url, title, added) VALUES (?, ?, ?) ON CONFLICT(url) DO NOTHING`,
		url, title, time.Now().Unix()); err != nil {
		return Feed{}, err
	}
	return l.feedBy(ctx, `url = ?`, url)
}

// RemoveFeed stops following a feed. Articles it brought stay in the
// library.
func (l *Library) RemoveFeed(ctx context.Context, id int64) error {
	res, err := l.db.ExecContext(ctx, `DELETE FROM feeds WHERE id = ?`, id)
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("feed %d: no such feed", id)
	}
	return nil
}

// Feeds lists the followed feeds in the order they were added.
func (l *Library) Feeds(ctx context.Context) ([]Feed, error) {
	rows, err := l.db.QueryContext(ctx, `SELECT id, url, title, etag, last_modified, checked, last_error, added FROM feeds ORDER BY id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Feed
	for rows.Next() {
		f, err := scanFeed(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	return out, rows.Err()
}

// FeedByURL finds a followed feed by its address.
func (l *Library) FeedByURL(ctx context.Context, url string) (Feed, error) {
	return l.feedBy(ctx, `url = ?`, strings.TrimSpace(url))
}

// FeedByID finds a followed feed by its id.
func (l *Library) FeedByID(ctx context.Context, id int64) (Feed, error) {
	return l.feedBy(ctx, `id = ?`, id)
}

func (l *Library) feedBy(ctx context.Context, where string, arg any) (Feed, error) {
	row := l.db.QueryRowContext(ctx, `SELECT id, url, title, etag, last_modified, checked, last_error, added FROM feeds WHERE `+where, arg)
	f, err := scanFeed(row)
	if errors.Is(err, sql.ErrNoRows) {
		return f, fmt.Errorf("%v: no such feed", arg)
	}
	return f, err
}

type scanner interface{ Scan(...any) error }

func scanFeed(r scanner) (Feed, error) {
	var f Feed
	var checked, added int64
	err := r.Scan(&f.ID, &f.URL, &f.Title, &f.ETag, &f.LastModified, &checked, &f.LastError, &added)
	f.Checked, f.Added = fromUnix(checked), fromUnix(added)
	return f, err
}

// FeedChecked records a refresh: its validators and title on success, the
// error on failure (the validators stay, so the next try is conditional).
func (l *Library) FeedChecked(ctx context.Context, f Feed, at time.Time, refreshErr error) error {
	msg := ""
	if refreshErr != nil {
		msg = refreshErr.Error()
	}
	_, err := l.db.ExecContext(ctx, `UPDATE feeds SET title = ?, etag = ?, last_modified = ?, checked = ?, last_error = ? WHERE id = ?`,
		f.Title, f.ETag, f.LastModified, at.Unix(), msg, f.ID)
	return err
}

// ItemSeen reports whether a feed item (by GUID, else address) was
// already taken in.
func (l *Library) ItemSeen(ctx context.Context, feedID int64, key string) (bool, error) {
	var n int
	err := l.db.QueryRowContext(ctx, `SELECT count(*) FROM feed_items WHERE feed_id = ? AND item_key = ?`, feedID, key).Scan(&n)
	return n > 0, err
}

// AddFromFeed keeps an article that came from a feed item and marks the
// item as taken in. A refresh killed between the two leaves the article
// unmarked; the next refresh fetches it again, Add finds it by its
// address, and only the mark is added: nothing is lost or doubled.
//
// existed is true when the library already held the article (opened by
// hand, or brought by another feed).
func (l *Library) AddFromFeed(ctx context.Context, feedID int64, key string, a Article) (id int64, existed bool, err error) {
	id, existed, err = l.Add(ctx, a)
	if err != nil {
		return 0, false, err
	}
	_, err = l.db.ExecContext(ctx, `INSERT INTO feed_items (feed_id, item_key, article_id, seen) VALUES (?, ?, ?, ?)
		ON CONFLICT(feed_id, item_key) DO UPDATE SET article_id = excluded.article_id`, feedID, key, id, time.Now().Unix())
	return id, existed, err
}

// MarkItem marks a feed item taken in without an article (one whose page
// had no story), so it is not fetched again.
func (l *Library) MarkItem(ctx context.Context, feedID int64, key string) error {
	_, err := l.db.ExecContext(ctx, `INSERT INTO feed_items (feed_id, item_key, seen) VALUES (?, ?, ?)
		ON CONFLICT(feed_id, item_key) DO NOTHING`, feedID, key, time.Now().Unix())
	return err
}
