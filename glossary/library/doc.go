// Package library keeps every article the reader opened, pasted or
// fetched, the feeds they follow, and an index of which glossary entries
// each article names, in one SQLite file (modernc.org/sqlite: pure Go,
// FTS5 built in) in the app's storage.
//
// The file is opened in WAL mode with a busy timeout, so the app and the
// command line can use it at once, and every change is one transaction, so
// kill -9 or a failed refresh leaves it as it was before or after, never
// between. The schema carries its version in PRAGMA user_version and is
// migrated forward on open.
//
// Search text is normalised as the engine normalises (NFC, য়/ড়/ঢ়,
// khanda ta, joiners), so a search finds what the reader sees however the
// outlet encoded it.
package library
