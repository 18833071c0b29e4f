// Package page turns what the reader opens (an article file, pasted text,
// a saved HTML page) into the plain text Pathok annotates: it reads
// within a size cap, decodes UTF-8 and UTF-16 (package textfile), refuses
// what is not text with an error that says what is wrong and where, and
// reduces HTML pages to their readable text.
package page
