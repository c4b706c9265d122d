package postgres_test

import (
	"context"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/store/postgres"
)

// TestHoldInstance: a second instance on one database is refused until the
// first lets go.
func TestHoldInstance(t *testing.T) {
	ctx := context.Background()
	first, url, schema := openIn(t)
	release, err := first.HoldInstance(ctx)
	if err != nil {
		t.Fatal(err)
	}
	second, err := postgres.Open(ctx, url, postgres.WithSchema(schema))
	if err != nil {
		t.Fatal(err)
	}
	defer second.Close()
	if _, err := second.HoldInstance(ctx); news.ErrorCode(err) != news.ECONFLICT {
		t.Fatalf("second instance: %v, want ECONFLICT", err)
	}
	release()
	release2, err := second.HoldInstance(ctx)
	if err != nil {
		t.Fatalf("after release: %v", err)
	}
	release2()
}
