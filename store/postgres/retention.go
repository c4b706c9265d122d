package postgres

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
)

// Pace sets how Prune spends the database. Zero fields take the defaults.
type Pace struct {
	TargetBatch time.Duration // how long one batch's transaction should take; default 50 ms
	Pause       time.Duration // between batches; default 20 ms
	// Observe, when set, is told each batch: what it deleted ("articles"
	// or "digests"), how many, and how long its transaction took.
	Observe func(kind string, n int, took time.Duration)
}

// PruneResult counts what Prune deleted.
type PruneResult struct {
	Articles, Digests int
	Batches           int
	LongestBatch      time.Duration
}

// Prune deletes the articles older than cutoff (by publication time, else
// stored time) with their analyses and index rows, keeping their stories,
// then the delivered digests created before it but each subscription's
// newest, batch by batch, until none is left or ctx ends; as the SQLite
// store's Prune.
func (db *DB) Prune(ctx context.Context, cutoff time.Time, pace Pace) (PruneResult, error) {
	if pace.TargetBatch <= 0 {
		pace.TargetBatch = 50 * time.Millisecond
	}
	if pace.Pause <= 0 {
		pace.Pause = 20 * time.Millisecond
	}
	var r PruneResult
	var err error
	if r.Articles, err = db.drain(ctx, "articles", qPruneArticles, cutoff, pace, &r); err != nil {
		return r, err
	}
	r.Digests, err = db.drain(ctx, "digests", qPruneOutboxes, cutoff, pace, &r)
	return r, err
}

const (
	qPruneArticles = `DELETE FROM articles WHERE id IN (
		(SELECT id FROM articles WHERE published > 0 AND published < $1 LIMIT $2)
		UNION ALL
		(SELECT id FROM articles WHERE published = 0 AND stored < $1 LIMIT $2)
		LIMIT $2)`
	qPruneOutboxes = `DELETE FROM outbox_digests WHERE id IN (
		SELECT d.id FROM outbox_digests d
		WHERE d.finished > 0 AND d.created < $1
		AND d.id < (SELECT max(e.id) FROM outbox_digests e WHERE e.subscription_id = d.subscription_id AND e.finished > 0)
		LIMIT $2)`
)

// pruneBatch deletes at most limit rows with q in one transaction; an
// articles batch marks itself so that their stories stay.
func (db *DB) pruneBatch(ctx context.Context, q string, cutoff time.Time, limit int) (int, error) {
	var n int64
	err := db.inTx(ctx, func(tx pgx.Tx) error {
		if q == qPruneArticles {
			if _, err := tx.Exec(ctx, `SELECT set_config('conflict_digest.pruning', 'on', true)`); err != nil {
				return err
			}
		}
		tag, err := tx.Exec(ctx, q, unix(cutoff), limit)
		n = tag.RowsAffected()
		return err
	})
	return int(n), err
}

// drain runs one kind of batch until a batch comes back short, sizing each
// from the time the last one took.
func (db *DB) drain(ctx context.Context, kind, q string, cutoff time.Time, pace Pace, r *PruneResult) (int, error) {
	total, size := 0, 32
	for {
		start := time.Now()
		n, err := db.pruneBatch(ctx, q, cutoff, size)
		took := time.Since(start)
		total += n
		if err != nil {
			return total, fmt.Errorf("prune %s: %w", kind, err)
		}
		if n > 0 {
			r.Batches++
			r.LongestBatch = max(r.LongestBatch, took)
			if pace.Observe != nil {
				pace.Observe(kind, n, took)
			}
		}
		if n < size {
			return total, nil
		}
		switch {
		case took < pace.TargetBatch/2 && size < 4096:
			size *= 2
		case took > pace.TargetBatch && size > 4:
			size /= 2
		}
		t := time.NewTimer(pace.Pause)
		select {
		case <-ctx.Done():
			t.Stop()
			return total, ctx.Err()
		case <-t.C:
		}
	}
}
