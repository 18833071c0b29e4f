// Package web brings articles and feeds in from the network with the
// bounds a desktop reader needs: every request has a deadline, a size cap
// and a redirect limit, bodies are decoded from their declared or sniffed
// charset to UTF-8, and whatever is not a web page (a PDF, an image, an
// endless or compressed-bomb body) is refused with a message that says
// what it was. Extract reduces a page to its story with go-readability.
package web
