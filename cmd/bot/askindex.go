package main

import (
	"context"
	"sync"
	"time"

	"github.com/conflict-digest/conflict-digest/ask"
	"github.com/conflict-digest/conflict-digest/store"
)

// askTermsMinDocs is the document frequency from which a term's count is
// kept in the snapshot the question planner reads; rarer terms are counted
// exactly at query time.
const askTermsMinDocs = 1000

// askIndexer keeps the sentence index that `ask` reads in step with the
// articles: new articles are indexed after each ingest, and the planner's
// term snapshot is refreshed at most every refreshEvery.
type askIndexer struct {
	db           *store.DB
	refreshEvery time.Duration

	mu          sync.Mutex
	lastRefresh time.Time
}

// catchUp indexes the articles stored since the last call and refreshes the
// term snapshot when it is due (always, with refreshEvery 0).
func (x *askIndexer) catchUp(ctx context.Context) error {
	x.mu.Lock()
	defer x.mu.Unlock()
	n, err := x.db.IndexMissingSentences(ctx, ask.IndexedSentences, 500)
	if err != nil {
		return err
	}
	if n > 0 && time.Since(x.lastRefresh) >= x.refreshEvery {
		if err := x.db.RefreshSentenceTerms(ctx, askTermsMinDocs); err != nil {
			return err
		}
		x.lastRefresh = time.Now()
	}
	return nil
}
