package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// Retention deletes in small batches, one short write transaction each,
// sized so that each holds the write lock for about Pace.TargetLock: a
// delivery or an ingest waiting for the writer waits for one batch at most
// (BenchmarkRetention measures it). An article costs a few milliseconds to
// delete, nearly all of it in its full-text and sentence index rows, and
// more on a busy machine; a fixed batch would hold the lock for as long.
// The longest batches are those in which FTS5 merges a whole level of
// index segments ("crisis merge"); see README.md for the figures.

// qPruneArticles picks the oldest articles by publication time, or by stored
// time for those without one. Deleting an article deletes its analysis (a
// foreign key), its full-text and sentence index rows (triggers); its story
// stays, with its headline, summary and figures.
const qPruneArticles = `DELETE FROM articles WHERE id IN (
	SELECT id FROM articles WHERE published > 0 AND published < ?1
	UNION ALL
	SELECT id FROM articles WHERE published = 0 AND stored < ?1
	LIMIT ?2)`

// PruneArticles deletes at most limit articles older than cutoff (by their
// publication time, else their stored time), in one transaction, and
// returns how many it deleted.
func (db *DB) PruneArticles(ctx context.Context, cutoff time.Time, limit int) (int, error) {
	return db.prune(ctx, "articles", qPruneArticles, cutoff, limit)
}

// The prune transaction of articles marks itself so that the trigger that
// deletes a story with its last article leaves the stories it prunes (see
// 0055_retention_keeps_stories.sql).
const (
	qMarkPruning   = `INSERT OR IGNORE INTO store_flags (name) VALUES ('pruning')`
	qUnmarkPruning = `DELETE FROM store_flags WHERE name = 'pruning'`
)

// qPruneOutboxes picks delivered digests older than the cutoff, but never a
// subscription's newest delivered one (the record of its last delivery).
// Their messages go with them (a foreign key).
const qPruneOutboxes = `DELETE FROM outbox_digests WHERE id IN (
	SELECT d.id FROM outbox_digests d
	WHERE d.finished > 0 AND d.created < ?1
	AND d.id < (SELECT max(e.id) FROM outbox_digests e WHERE e.subscription_id = d.subscription_id AND e.finished > 0)
	LIMIT ?2)`

// PruneOutboxes deletes at most limit delivered digests created before
// cutoff, with their messages, in one transaction, and returns how many it
// deleted.
func (db *DB) PruneOutboxes(ctx context.Context, cutoff time.Time, limit int) (int, error) {
	return db.prune(ctx, "delivered digests", qPruneOutboxes, cutoff, limit)
}

func (db *DB) prune(ctx context.Context, what, q string, cutoff time.Time, limit int) (int, error) {
	var n int64
	err := db.WriteTx(ctx, func(tx *sql.Tx) error {
		if q == qPruneArticles {
			if _, err := tx.ExecContext(ctx, qMarkPruning); err != nil {
				return err
			}
		}
		res, err := tx.ExecContext(ctx, q, unix(cutoff), limit)
		if err != nil {
			return err
		}
		if n, err = res.RowsAffected(); err != nil {
			return err
		}
		if q == qPruneArticles {
			_, err = tx.ExecContext(ctx, qUnmarkPruning)
		}
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("prune %s: %w", what, err)
	}
	return int(n), nil
}

// Pace sets how Prune spends the writer. Zero fields take the defaults.
type Pace struct {
	TargetLock time.Duration // how long one batch should hold the write lock; default 50 ms
	Pause      time.Duration // between batches, for the writers waiting; default 20 ms
	// Observe, when set, is told each batch: what it deleted ("articles" or
	// "digests"), how many, and how long its transaction took.
	Observe func(kind string, n int, took time.Duration)
}

// PruneResult counts what Prune deleted.
type PruneResult struct {
	Articles, Digests int
	Batches           int
	LongestBatch      time.Duration
}

// Prune deletes the articles older than cutoff, then the delivered digests
// created before it, batch by batch (see Pace), until none is left or ctx
// ends.
func (db *DB) Prune(ctx context.Context, cutoff time.Time, pace Pace) (PruneResult, error) {
	if pace.TargetLock <= 0 {
		pace.TargetLock = 50 * time.Millisecond
	}
	if pace.Pause <= 0 {
		pace.Pause = 20 * time.Millisecond
	}
	var r PruneResult
	var err error
	if r.Articles, err = drain(ctx, "articles", db.PruneArticles, cutoff, pace, &r); err != nil {
		return r, err
	}
	r.Digests, err = drain(ctx, "digests", db.PruneOutboxes, cutoff, pace, &r)
	return r, err
}

// drain runs one kind of batch until a batch comes back short, sizing each
// batch from the time the last one took.
func drain(ctx context.Context, kind string, batch func(context.Context, time.Time, int) (int, error), cutoff time.Time, pace Pace, r *PruneResult) (int, error) {
	total, size := 0, 32
	for {
		start := time.Now()
		n, err := batch(ctx, cutoff, size)
		took := time.Since(start)
		total += n
		if n > 0 {
			r.Batches++
			r.LongestBatch = max(r.LongestBatch, took)
			if pace.Observe != nil {
				pace.Observe(kind, n, took)
			}
		}
		if err != nil || n < size {
			return total, err
		}
		switch {
		case took < pace.TargetLock/2 && size < 4096:
			size *= 2
		case took > pace.TargetLock && size > 4:
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
