package postgres_test

import (
	"context"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestSharedLeasesCountLive: the bot's view of the leases counts the live
// grants under a prefix, not the expired or released ones, nor others.
func TestSharedLeasesCountLive(t *testing.T) {
	l := open(t).SharedLeases()
	ctx := context.Background()
	for _, name := range []string{"bot/instance/a", "bot/instance/b", "bot/shard/0"} {
		if _, err := l.Acquire(ctx, name, "a", time.Minute); err != nil {
			t.Fatal(err)
		}
	}
	// c is live for a minute while it is counted and ranked (a short lease
	// here expired under load before the last of these queries), then
	// granted to c again for 100ms, and waited past that.
	if _, err := l.Acquire(ctx, "bot/instance/c", "c", time.Minute); err != nil {
		t.Fatal(err)
	}
	if n, err := l.CountLive(ctx, "bot/instance/"); err != nil || n != 3 {
		t.Fatalf("live instances: %d, %v; want 3", n, err)
	}
	for _, tc := range []struct {
		name string
		rank int
	}{{"bot/instance/a", 0}, {"bot/instance/b", 1}, {"bot/instance/c", 2}, {"bot/instance/B", 0}, {"bot/instance/z", 3}} {
		if n, rank, err := l.RankLive(ctx, "bot/instance/", tc.name); err != nil || n != 3 || rank != tc.rank {
			t.Errorf("rank of %s: %d of %d, %v; want %d of 3", tc.name, rank, n, err, tc.rank)
		}
	}
	short, err := l.Acquire(ctx, "bot/instance/c", "c", 100*time.Millisecond) // c's own again: a new token
	if err != nil {
		t.Fatal(err)
	}
	time.Sleep(200 * time.Millisecond) // past the expiry: the server's clock moved at least as far
	if err := l.Renew(ctx, "bot/instance/c", short, time.Minute); news.ErrorCode(err) != news.ECONFLICT {
		t.Errorf("renew after expiry: %v, want ECONFLICT", err)
	}
	token, err := l.Acquire(ctx, "bot/instance/b", "a", time.Minute) // a's own again: a new token
	if err != nil {
		t.Fatal(err)
	}
	if err := l.Release(ctx, "bot/instance/b", token); err != nil {
		t.Fatal(err)
	}
	if n, err := l.CountLive(ctx, "bot/instance/"); err != nil || n != 1 {
		t.Errorf("live instances after one expired and one released: %d, %v; want 1", n, err)
	}
	if n, rank, err := l.RankLive(ctx, "bot/instance/", "bot/instance/c"); err != nil || n != 1 || rank != 1 {
		t.Errorf("rank of the expired c after b was released: %d of %d, %v; want 1 of 1", rank, n, err)
	}
}
