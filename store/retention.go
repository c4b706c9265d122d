package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// Retention deletes in small batches, one short write transaction each, so
// that a delivery or an ingest waiting for the writer waits for one batch at
// most (BenchmarkRetention measures the longest).

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
// publication time, else their stored time) and returns how many it deleted.
func (db *DB) PruneArticles(ctx context.Context, cutoff time.Time, limit int) (int, error) {
	return db.prune(ctx, "articles", qPruneArticles, cutoff, limit)
}

// qPruneOutboxes picks delivered digests older than the cutoff, but never a
// subscription's newest delivered one (the record of its last delivery). Their messages go with them (a foreign key).
const qPruneOutboxes = `DELETE FROM outbox_digests WHERE id IN (
	SELECT d.id FROM outbox_digests d
	WHERE d.finished > 0 AND d.created < ?1
	AND d.id < (SELECT max(e.id) FROM outbox_digests e WHERE e.subscription_id = d.subscription_id AND e.finished > 0)
	LIMIT ?2)`

// PruneOutboxes deletes at most limit delivered digests created before
// cutoff, with their messages, and returns how many it deleted.
func (db *DB) PruneOutboxes(ctx context.Context, cutoff time.Time, limit int) (int, error) {
	return db.prune(ctx, "delivered digests", qPruneOutboxes, cutoff, limit)
}

func (db *DB) prune(ctx context.Context, what, q string, cutoff time.Time, limit int) (int, error) {
	var n int64
	err := db.WriteTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, q, unix(cutoff), limit)
		if err != nil {
			return err
		}
		n, err = res.RowsAffected()
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("prune %s: %w", what, err)
	}
	return int(n), nil
}
