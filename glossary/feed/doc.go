// Package feed follows news feeds (RSS, Atom and JSON Feed, parsed by
// gofeed) into the library: a refresh asks each feed conditionally, takes
// in each new item once (by its GUID, else its address), fetches the
// item's page and keeps its story. One feed's failure is reported and the
// others go on.
package feed
