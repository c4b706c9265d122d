package postgres_test

import (
	"context"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/store/postgres"
	"github.com/jackc/pgx/v5"
)

// TestHoldInstance: a second instance on one database is refused until the
// first lets go.
func TestHoldInstance(t *testing.T) {
	ctx := context.Background()
	first, url, schema := openIn(t)
	held, err := first.HoldInstance(ctx)
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
	held.Release()
	held2, err := second.HoldInstance(ctx)
	if err != nil {
		t.Fatalf("after release: %v", err)
	}
	held2.Release()
}

// TestInstanceLost: when the server ends the lock's session, Lost closes,
// and another instance can take the lock.
func TestInstanceLost(t *testing.T) {
	defer postgres.SetInstanceCheck(50 * time.Millisecond)()
	ctx := context.Background()
	db, url, schema := openIn(t)
	held, err := db.HoldInstance(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer held.Release()
	admin, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close(ctx)
	_, err = admin.Exec(ctx, `SELECT pg_terminate_backend(pid) FROM pg_locks
		WHERE locktype = 'advisory' AND granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
		AND ((classid::bigint << 32) | objid::bigint) = hashtextextended($1 || '/instance', 0)`, schema)
	if err != nil {
		t.Fatal(err)
	}
	select {
	case <-held.Lost():
	case <-time.After(5 * time.Second):
		t.Fatal("Lost did not close after the lock's session ended")
	}
	second, err := postgres.Open(ctx, url, postgres.WithSchema(schema))
	if err != nil {
		t.Fatal(err)
	}
	defer second.Close()
	h2, err := second.HoldInstance(ctx)
	if err != nil {
		t.Fatalf("another instance after the loss: %v", err)
	}
	h2.Release()
}
