package store_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/store"
	"github.com/conflict-digest/conflict-digest/store/storetest"
)

// TestContract runs the stores' contract (package storetest) on SQLite.
func TestContract(t *testing.T) {
	storetest.Run(t, storetest.Harness{
		Open: func(t *testing.T, now func() time.Time) storetest.Store {
			db, err := store.OpenServices(context.Background(), filepath.Join(t.TempDir(), "contract.db"), store.WithNow(now))
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { db.Close() })
			return db
		},
		Search: func(ctx context.Context, s storetest.Store, q string, limit int) ([]int64, error) {
			hits, err := s.(*store.Services).Search(ctx, q, limit)
			var ids []int64
			for _, h := range hits {
				ids = append(ids, h.ArticleID)
			}
			return ids, err
		},
		Sentences: func(s storetest.Store, guild string) storetest.SentenceSearcher {
			return s.(*store.Services).SentenceIndexFor(guild)
		},
		Prune: func(ctx context.Context, s storetest.Store, cutoff time.Time) (int, int, error) {
			r, err := s.(*store.Services).Prune(ctx, cutoff, store.Pace{})
			return r.Articles, r.Digests, err
		},
		Exec: func(ctx context.Context, s storetest.Store, statement string) error {
			_, err := s.(*store.Services).Writer().ExecContext(ctx, statement)
			return err
		},
	})
}
