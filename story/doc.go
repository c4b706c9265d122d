// Package story groups articles about one event into stories and aggregates
// a story's members into one digest item: near-duplicates (wire copy
// re-edited by outlets) by SimHash, independent reports of one event by
// tf-idf similarity of title and lead plus shared places and actors within a
// time window; and for each story a headline, a multi-document summary,
// figures merged across sources (a range and the latest, never a sum) and
// its sources.
//
// The package is pure: it does no I/O and keeps no clock. The ingest
// pipeline calls (*Index).Match for each analysed article, creates a story in
// the store when there is no match, calls (*Index).Add, and stores Build's
// aggregate of the story's members.
package story
