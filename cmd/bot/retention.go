package main

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"github.com/conflict-digest/conflict-digest/ingest"
	"github.com/conflict-digest/conflict-digest/news"
)

// pruneStore is the part of *store.DB retention uses.
type pruneStore interface {
	PruneArticles(ctx context.Context, cutoff time.Time, limit int) (int, error)
	PruneOutboxes(ctx context.Context, cutoff time.Time, limit int) (int, error)
}

// The retention's pace: each batch is one short write transaction
// (BenchmarkRetention in store measures the longest), with a pause after
// it in which a waiting delivery or ingest takes the writer.
const (
	retentionBatch = 200
	retentionPause = 20 * time.Millisecond
	retentionEvery = time.Hour
)

// retainer deletes what is older than the retention: articles with their
// index rows, and delivered digests.
type retainer struct {
	db     pruneStore
	keep   time.Duration
	log    *slog.Logger
	now    func() time.Time
	pruned func(kind string, n int) // metrics; may be nil
	batch  int
	pause  time.Duration
}

// cutoff is the oldest time kept.
func (r *retainer) cutoff() time.Time { return r.now().Add(-r.keep) }

// runOnce prunes everything older than the cutoff, batch by batch.
func (r *retainer) runOnce(ctx context.Context) error {
	start, cutoff := time.Now(), r.cutoff()
	articles, err := r.drain(ctx, "articles", cutoff, r.db.PruneArticles)
	if err != nil {
		return err
	}
	digests, err := r.drain(ctx, "digests", cutoff, r.db.PruneOutboxes)
	if err != nil {
		return err
	}
	if articles+digests > 0 {
		r.log.Info("retention pruned", "articles", articles, "digests", digests,
			"cutoff", cutoff.Format(time.RFC3339), "duration_ms", time.Since(start).Milliseconds())
	}
	return nil
}

func (r *retainer) drain(ctx context.Context, kind string, cutoff time.Time, prune func(context.Context, time.Time, int) (int, error)) (int, error) {
	total := 0
	for {
		n, err := prune(ctx, cutoff, r.batch)
		total += n
		if r.pruned != nil && n > 0 {
			r.pruned(kind, n)
		}
		if err != nil || n < r.batch {
			return total, err
		}
		if !sleepCtx(ctx, r.pause) {
			return total, ctx.Err()
		}
	}
}

// keepRecent drops the articles retention would delete at once (published
// before the cutoff), counting them as failed: a feed that still lists an
// old item must not bring back what was pruned, as new.
func (r *retainer) keepRecent(arts []news.Article) ([]news.Article, ingest.Counts) {
	var c ingest.Counts
	if r == nil {
		return arts, c
	}
	cutoff := r.cutoff()
	kept := arts[:0]
	for _, a := range arts {
		if !a.Published.IsZero() && a.Published.Before(cutoff) {
			c.Failed++
			continue
		}
		kept = append(kept, a)
	}
	if c.Failed > 0 {
		c.Reasons = map[string]int{"older than CD_RETENTION": c.Failed}
	}
	return kept, c
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
