// Package chunk cuts a text stream into chunks of whole paragraphs, so
// that a file of any size can be annotated a piece at a time, on every
// core, in memory that does not grow with the file.
//
// A chunk ends after a blank line (a paragraph break) wherever one comes
// after the target size; a paragraph longer than that is cut at a line
// break instead, and a line longer than the cap is an error that says
// where it starts. Names and figures do not run across a paragraph break,
// so cutting there loses nothing a reader would see as one phrase. The
// reader works on bytes: it never cuts inside a character, and leaves
// checking that a chunk is UTF-8 (Check) to the worker that annotates it,
// so that the check runs in parallel too.
package chunk
