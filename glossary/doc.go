// Package glossary is Pathok's engine: it holds the bilingual glossary of
// names, finds those names and every figure in Bengali text, and searches
// the glossary for the reader.
//
// A Glossary is built once from entries (the built-in files in resources/
// and the user's own) and is then read-only and safe for concurrent use:
// Annotate can run on a worker goroutine while the UI searches.
//
// Matching works on normalised, folded text (see package bangla) but every
// Span it returns is in code points of the original text, so the UI can
// draw it over the text exactly as the user pasted it.
package glossary
