package store_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/conflict-digest/conflict-digest/store"
	"github.com/conflict-digest/conflict-digest/store/storetest"
)

// BenchmarkContractCreateArticles is storetest's ingest benchmark on
// SQLite: the same synthetic articles as on PostgreSQL, for ingest per core
// on both.
func BenchmarkContractCreateArticles(b *testing.B) {
	db, err := store.OpenServices(context.Background(), filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	storetest.BenchCreateArticles(b, db, nil)
}
