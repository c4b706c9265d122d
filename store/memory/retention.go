package memory

import (
	"context"
	"time"
)

// PruneResult says what Prune deleted.
type PruneResult struct {
	Articles int // articles, with their analyses and index entries
	Digests  int // finished digests
}

// Prune deletes the articles published before cutoff (stored before it,
// when their published time is unknown) with their index entries, keeping
// their stories, and the finished digests created before cutoff but each
// subscription's newest finished one. Unfinished digests are never pruned.
func (db *DB) Prune(ctx context.Context, cutoff time.Time) (PruneResult, error) {
	var r PruneResult
	db.mu.Lock()
	defer db.mu.Unlock()
	c := unix(cutoff)
	for id, a := range db.articles {
		p := unix(a.a.Published)
		if p > 0 && p < c || p == 0 && unix(a.stored) < c {
			db.dropKeys(a)
			delete(db.articles, id)
			r.Articles++
		}
	}
	newest := map[int64]int64{}
	for _, o := range db.outboxes {
		if o.finished && o.ID > newest[o.SubscriptionID] {
			newest[o.SubscriptionID] = o.ID
		}
	}
	for id, o := range db.outboxes {
		if o.finished && unix(o.Created) < c && id < newest[o.SubscriptionID] {
			delete(db.outboxes, id)
			r.Digests++
		}
	}
	return r, ctx.Err()
}
