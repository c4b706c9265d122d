// Package feed turns the outside world into news.Article values: it fetches
// feeds and article pages over HTTP (with conditional GET, limits, back-off
// and an SSRF guard), parses RSS 2.0, Atom, RDF and JSON Feed, extracts the
// main text of teaser items' pages, strips boilerplate, computes identity
// (canonical URL, content hash) and reads local files and JSON Lines.
//
// It never touches the database: sources are loaded and saved through
// news.SourceService and articles are handed to a callback.
package feed
