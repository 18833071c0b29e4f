// Package textfile reads the text files Pathok is given (articles,
// glossaries, termbases): it reads them with a cap on their size, decodes
// UTF-8 and UTF-16, and says exactly where a file stops being text, as a
// byte offset and as a line and column a person can find in an editor.
package textfile
