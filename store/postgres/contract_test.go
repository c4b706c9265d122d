package postgres_test

import (
	"context"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/store/postgres"
	"github.com/conflict-digest/conflict-digest/store/postgres/pgtest"
	"github.com/conflict-digest/conflict-digest/store/storetest"
)

// open opens a store in a schema of its own.
func open(t testing.TB, opts ...postgres.Option) *postgres.Services {
	t.Helper()
	db, _, _ := openIn(t, opts...)
	return db
}

// openIn is open that also returns the server's URL and the schema.
func openIn(t testing.TB, opts ...postgres.Option) (db *postgres.Services, url, schema string) {
	t.Helper()
	url, schema = pgtest.Schema(t)
	db, err := postgres.OpenServices(context.Background(), url, append([]postgres.Option{postgres.WithSchema(schema)}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db, url, schema
}

// TestContract runs the stores' contract (package storetest) on PostgreSQL.
func TestContract(t *testing.T) {
	storetest.Run(t, storetest.Harness{
		Open: func(t *testing.T, now func() time.Time) storetest.Store {
			return open(t, postgres.WithNow(now))
		},
		Search: func(ctx context.Context, s storetest.Store, q string, limit int) ([]int64, error) {
			hits, err := s.(*postgres.Services).Search(ctx, q, limit)
			var ids []int64
			for _, h := range hits {
				ids = append(ids, h.ArticleID)
			}
			return ids, err
		},
		Sentences: func(s storetest.Store, guild string) storetest.SentenceSearcher {
			return s.(*postgres.Services).SentenceIndexFor(guild)
		},
		Prune: func(ctx context.Context, s storetest.Store, cutoff time.Time) (int, int, error) {
			r, err := s.(*postgres.Services).Prune(ctx, cutoff, postgres.Pace{})
			return r.Articles, r.Digests, err
		},
		Exec: func(ctx context.Context, s storetest.Store, statement string) error {
			return s.(*postgres.Services).ExecForTest(ctx, statement)
		},
	})
}
