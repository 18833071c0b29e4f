// Package user is the user's own glossary: its file format, crash-safe
// saves, backups, locking and the editor with undo.
//
// The user's file lays the reader's entries over the built-in glossary
// (see File). Saves go through Update, which holds an advisory lock
// beside the file from the read to the end of the write, so that two
// Pathok processes (the app and a pathok-cli import, say) never lose
// each other's changes; Rebase lays one side's changes over the other's.
// Package user may import glossary and glossary/bangla; the engine never
// imports it.
package user
