package main

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"github.com/conflict-digest/conflict-digest/store"
)

// pruneStore is the part of the store (store.DB) retention uses.
type pruneStore interface {
	Prune(ctx context.Context, cutoff time.Time, pace store.Pace) (store.PruneResult, error)
}

// retentionEvery is how often retention runs; each run deletes what aged
// past the cutoff since the last, in batches of store.Prune's pace.
const retentionEvery = time.Hour

// retainer deletes what is older than the retention: articles with their
// index rows, and delivered digests.
type retainer struct {
	db     pruneStore
	keep   time.Duration
	log    *slog.Logger
	now    func() time.Time
	pruned func(kind string, n int) // metrics; may be nil
}

// cutoff is the oldest time kept.
func (r *retainer) cutoff() time.Time { return r.now().Add(-r.keep) }

// runOnce prunes everything older than the cutoff.
func (r *retainer) runOnce(ctx context.Context) error {
	start, cutoff := time.Now(), r.cutoff()
	res, err := r.db.Prune(ctx, cutoff, store.Pace{Observe: func(kind string, n int, _ time.Duration) {
		if r.pruned != nil {
			r.pruned(kind, n)
		}
	}})
	if res.Articles+res.Digests > 0 {
		r.log.Info("retention pruned", "articles", res.Articles, "digests", res.Digests, "batches", res.Batches,
			"longest_batch_ms", res.LongestBatch.Milliseconds(), "cutoff", cutoff.Format(time.RFC3339),
			"duration_ms", time.Since(start).Milliseconds())
	}
	return err
}

// background runs the retention now and then every retentionEvery until
// stop.
type background struct {
	cancel context.CancelFunc
	wg     sync.WaitGroup
}

func startRetention(ctx context.Context, r *retainer) *background {
	ctx, cancel := context.WithCancel(ctx)
	b := &background{cancel: cancel}
	b.wg.Add(1)
	go func() {
		defer b.wg.Done()
		for {
			if err := r.runOnce(ctx); err != nil && ctx.Err() == nil {
				r.log.Error("retention failed; retrying at the next round", "error", err)
			}
			if !sleepCtx(ctx, retentionEvery) {
				return
			}
		}
	}()
	return b
}

// Stop stops the loop and waits for a batch under way.
func (b *background) Stop() {
	if b == nil {
		return
	}
	b.cancel()
	b.wg.Wait()
}

func sleepCtx(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-ctx.Done():
		return false
	}
}
