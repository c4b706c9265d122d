package news

import (
	"context"
	"time"
)

// SentenceRef names one indexed sentence: its article (store id) and its
// position (0 for the title, i+1 for the i-th sentence of the text). The
// sentence index returns them; the question answerer reads them.
type SentenceRef struct {
	ArticleID int64
	Position  int
}

// IndexedSentences returns an article's entries in the sentence index, by
// position: the title first, then the sentences of its text as the analysis
// carries them (Analysis.Sentences). The index and the question answerer
// both read positions through it.
func IndexedSentences(title string, sentences []string) []string {
	out := make([]string, 0, len(sentences)+1)
	return append(append(out, title), sentences...)
}

// SentenceIndexer keeps the sentence index in step with the articles. New
// articles are indexed with their own transaction (NewArticle.Sentences);
// these methods mend what a store filled otherwise, and keep the planner's
// term snapshot.
type SentenceIndexer interface {
	// IndexMissingSentences indexes every stored article that has no entry
	// in the index, split by split(title, text) (which returns the entries
	// by position, see IndexedSentences), batch articles a transaction, and
	// returns how many it indexed.
	IndexMissingSentences(ctx context.Context, split func(title, text string) []string, batch int) (int, error)
	// RefreshSentenceTerms rebuilds the snapshot of the terms held by at
	// least minDocs sentences, which the question planner reads.
	RefreshSentenceTerms(ctx context.Context, minDocs int) error
}

// SearchHit is one article a store's full-text search found, best first.
// Rank orders the hits within one store's answer only: SQLite's and the
// memory store's bm25 are lower-is-better, PostgreSQL's ts_rank
// higher-is-better; the order of the list is what callers rely on.
type SearchHit struct {
	ArticleID  int64
	ExternalID string
	Title      string
	SourceName string
	URL        string
	Published  time.Time
	StoryID    int64
	Rank       float64
}

// ArticleStats is what plain bm25 needs to know of the stored articles to
// weigh words over whole articles, as the baseline the question answerer
// is measured against does: how many there are, how long they are, and in
// how many of them each word occurs.
type ArticleStats struct {
	Articles  int64   // stored articles
	MeanChars float64 // mean length of an article's title and text, in characters
	Docs      []int64 // per word asked about: the articles whose title or text holds it
}
