// Package article turns the bytes of a file the reader opens into the text
// Pathok annotates: it decodes UTF-8 and UTF-16, refuses what is not text
// with an error that says what is wrong and where, and reduces HTML pages
// to their readable text.
package article
