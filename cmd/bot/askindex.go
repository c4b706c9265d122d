package main

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/conflict-digest/conflict-digest/ask"
)

// askTermsMinDocs is the document frequency from which a term's count is
// kept in the snapshot the question planner reads; rarer terms are counted
// exactly at query time.
const askTermsMinDocs = 1000

// sentenceIndexStore is the part of *store.DB the ask indexer uses.
type sentenceIndexStore interface {
	IndexMissingSentences(ctx context.Context, split func(title, text string) []string, batch int) (int, error)
	RefreshSentenceTerms(ctx context.Context, minDocs int) error
}

// askIndexer keeps the sentence index that `ask` reads in step with the
// articles: new articles are indexed after each ingest, and the planner's
// term snapshot is refreshed at most every refreshEvery.
type askIndexer struct {
	db           sentenceIndexStore
	refreshEvery time.Duration
	now          func() time.Time // time.Now when nil

	mu          sync.Mutex
	lastRefresh time.Time
	pending     bool // articles were indexed since the last refresh
}

// catchUp indexes the articles stored since the last call and refreshes the
// term snapshot when it is due (always, with refreshEvery 0). A refresh
// skipped for the interval stays pending, so a later call refreshes even
// when no new articles arrived.
func (x *askIndexer) catchUp(ctx context.Context) error {
	x.mu.Lock()
	defer x.mu.Unlock()
	n, err := x.db.IndexMissingSentences(ctx, ask.IndexedSentences, 500)
	if err != nil {
		return fmt.Errorf("index sentences: %w", err)
	}
	if n > 0 {
		x.pending = true
	}
	now := x.clock()
	if !x.pending || now.Sub(x.lastRefresh) < x.refreshEvery {
		return nil
	}
	if err := x.db.RefreshSentenceTerms(ctx, askTermsMinDocs); err != nil {
		return fmt.Errorf("refresh sentence terms: %w", err)
	}
	x.lastRefresh, x.pending = now, false
	return nil
}

func (x *askIndexer) clock() time.Time {
	if x.now == nil {
		return time.Now()
	}
	return x.now()
}
