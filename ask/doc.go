// Package ask answers questions from the stored news, with citations.
//
// A question is typed by rules (a number, a person, a place, a date, a
// duration, a quote, the state of a story, or a name), its words are weighed
// by how rare they are in the sentence index, and retrieval is planned so
// that common words ("killed", "Syria") never drive a query: only the rarest
// terms fetch postings, the rest only re-rank the few candidate articles.
// Time expressions ("in April 2017", "last week") narrow the window; "since
// the truce" starts it at the latest article whose title names a truce. The
// answer is the short span of the best sentences that has the question's
// type; the sentences themselves are the citations, best first. When nothing
// in the store supports an answer, the answer says so.
//
// The package never imports the store: it reads through SentenceSearcher,
// which the store implements.
package ask
