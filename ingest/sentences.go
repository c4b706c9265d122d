package ingest

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/conflict-digest/conflict-digest/analyze"
	"github.com/conflict-digest/conflict-digest/news"
)

// TermsMinDocs is the document frequency from which a term's count is kept
// in the snapshot the question planner reads; rarer terms are counted
// exactly at query time.
const TermsMinDocs = 1000

// catchUpBatch is how many articles one catch-up transaction indexes.
const catchUpBatch = 500

// SentenceIndex is the pipeline's last step: the sentence index that `ask`
// reads. New articles are indexed in the transaction that stores them
// (news.NewArticle.Sentences, from the analysis); this step mends a store
// whose articles were stored otherwise (an older version, a crash of one),
// once before the first batch, and refreshes the planner's term snapshot at
// most every RefreshEvery when articles were indexed (with 0, only when
// Sync is called: a bulk ingest refreshes once at its end, since a refresh
// reads the index's whole vocabulary).
type SentenceIndex struct {
	Store        news.SentenceIndexer
	RefreshEvery time.Duration
	Now          func() time.Time // time.Now when nil

	mu          sync.Mutex
	caughtUp    bool
	lastRefresh time.Time
	pending     bool // articles were indexed since the last refresh
}

// CatchUp indexes the stored articles the index lacks (a store's first use
// in this process only: afterwards every article is indexed as it is
// stored) and reports how many it indexed.
func (x *SentenceIndex) CatchUp(ctx context.Context) (int, error) {
	x.mu.Lock()
	defer x.mu.Unlock()
	if x.caughtUp {
		return 0, nil
	}
	n, err := x.Store.IndexMissingSentences(ctx, splitStored, catchUpBatch)
	if err != nil {
		return n, fmt.Errorf("index missing sentences: %w", err)
	}
	x.caughtUp = true
	x.pending = x.pending || n > 0
	return n, nil
}

// splitStored gives a stored article's index entries when its analysis
// (which carries the sentences) is not at hand: only articles stored
// without them are split here.
func splitStored(title, text string) []string {
	return news.IndexedSentences(title, analyze.Sentences(text))
}

// stored notes that n articles were indexed with their transaction.
func (x *SentenceIndex) stored(n int) {
	if n > 0 {
		x.mu.Lock()
		x.pending = true
		x.mu.Unlock()
	}
}

// Refresh rebuilds the term snapshot when articles were indexed since the
// last refresh and RefreshEvery (when set) has passed; with force, whenever
// articles were indexed. A refresh put off stays pending, so a later call makes it
// even when nothing new arrived.
func (x *SentenceIndex) Refresh(ctx context.Context, force bool) error {
	x.mu.Lock()
	defer x.mu.Unlock()
	now := x.clock()
	if !x.pending || (!force && (x.RefreshEvery <= 0 || now.Sub(x.lastRefresh) < x.RefreshEvery)) {
		return nil
	}
	if err := x.Store.RefreshSentenceTerms(ctx, TermsMinDocs); err != nil {
		return fmt.Errorf("refresh sentence terms: %w", err)
	}
	x.lastRefresh, x.pending = now, false
	return nil
}

// Sync catches up and refreshes at once: for a command that ingests or
// answers once and exits.
func (x *SentenceIndex) Sync(ctx context.Context) error {
	if _, err := x.CatchUp(ctx); err != nil {
		return err
	}
	return x.Refresh(ctx, true)
}

func (x *SentenceIndex) clock() time.Time {
	if x.Now == nil {
		return time.Now()
	}
	return x.Now()
}
