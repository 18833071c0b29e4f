package library

import (
	"context"
	"database/sql"
	"fmt"
)

// migrations[i] takes the schema from version i to i+1. Append only:
// a released step is never edited.
var migrations = []string{
	// 1: articles, their search index, mentions, feeds.
	`CREATE TABLE articles (
		id        INTEGER PRIMARY KEY,
		title     TEXT NOT NULL,
		url       TEXT NOT NULL DEFAULT '',
		source    TEXT NOT NULL DEFAULT '',
		byline    TEXT NOT NULL DEFAULT '',
		published INTEGER NOT NULL DEFAULT 0,
		added     INTEGER NOT NULL,
		text      TEXT NOT NULL,
		hash      TEXT NOT NULL,
		names     INTEGER NOT NULL DEFAULT 0,
		figures   INTEGER NOT NULL DEFAULT 0,
		summary_of TEXT NOT NULL DEFAULT ''
	);
	CREATE UNIQUE INDEX articles_url ON articles(url) WHERE url <> '';
	CREATE UNIQUE INDEX articles_hash ON articles(hash);
	CREATE INDEX articles_added ON articles(added);
	CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, tokenize = "unicode61 remove_diacritics 0 categories 'L* N* Co M*'", prefix = '2 4');
	INSERT INTO articles_fts (articles_fts, rank) VALUES ('rank', 'bm25(4.0, 1.0)');
	CREATE TABLE mentions (
		entry_id    TEXT NOT NULL,
		article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
		count       INTEGER NOT NULL,
		first_start INTEGER NOT NULL,
		first_end   INTEGER NOT NULL,
		-- copied from the article so that the newest mentions of a name
		-- and its first appearance come from an index, not a join
		at          INTEGER NOT NULL, -- published, else added
		added       INTEGER NOT NULL,
		PRIMARY KEY (entry_id, article_id)
	) WITHOUT ROWID;
	CREATE INDEX mentions_article ON mentions(article_id);
	CREATE INDEX mentions_at ON mentions(entry_id, at DESC, article_id DESC);
	CREATE INDEX mentions_added ON mentions(entry_id, added);
	CREATE TABLE feeds (
		id            INTEGER PRIMARY KEY,
		url           TEXT NOT NULL UNIQUE,
		title         TEXT NOT NULL DEFAULT '',
		etag          TEXT NOT NULL DEFAULT '',
		last_modified TEXT NOT NULL DEFAULT '',
		checked       INTEGER NOT NULL DEFAULT 0,
		last_error    TEXT NOT NULL DEFAULT '',
		added         INTEGER NOT NULL
	);
	CREATE TABLE feed_items (
		feed_id    INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
		item_key   TEXT NOT NULL,
		article_id INTEGER,
		seen       INTEGER NOT NULL,
		PRIMARY KEY (feed_id, item_key)
	) WITHOUT ROWID;`,
}

// SchemaVersion is the version this build writes.
var SchemaVersion = len(migrations)

// migrate brings the file to SchemaVersion, one transaction per step, and
// refuses a file written by a newer Pathok rather than damage it.
func migrate(ctx context.Context, db *sql.DB) error {
	var v int
	if err := db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return err
	}
	if v > SchemaVersion {
		return fmt.Errorf("the library was written by a newer Pathok (schema %d; this one reads up to %d); nothing was changed", v, SchemaVersion)
	}
	for ; v < SchemaVersion; v++ {
		tx, err := db.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, migrations[v]); err != nil {
			tx.Rollback()
			return fmt.Errorf("upgrading the library to schema %d: %w", v+1, err)
		}
		if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", v+1)); err != nil {
			tx.Rollback()
			return err
		}
		if err := tx.Commit(); err != nil {
			return err
		}
	}
	return nil
}
