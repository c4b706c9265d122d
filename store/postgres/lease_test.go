package postgres_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
	"github.com/jackc/pgx/v5"
)

// TestLeaseOneHolder: instances racing for one slot get one grant; the
// others are told who holds it.
func TestLeaseOneHolder(t *testing.T) {
	db := open(t)
	ctx := context.Background()
	const n = 8
	var wg sync.WaitGroup
	errs := make([]error, n)
	for i := range n {
		wg.Go(func() {
			_, errs[i] = db.AcquireLease(ctx, "slot/1/2016-09-19T07:00", fmt.Sprint("instance-", i), time.Minute)
		})
	}
	wg.Wait()
	granted := 0
	for i, err := range errs {
		switch news.ErrorCode(err) {
		case "":
			granted++
		case news.ECONFLICT:
		default:
			t.Fatalf("instance %d: %v", i, err)
		}
	}
	if granted != 1 {
		t.Fatalf("%d grants, want 1", granted)
	}
}

// TestLeaseExpiryAndFencing: a lease that expires while its holder is
// paused is granted to another with a larger token, and the paused holder
// can neither renew nor write under its stale token.
func TestLeaseExpiryAndFencing(t *testing.T) {
	db := open(t)
	ctx := context.Background()
	a, err := db.AcquireLease(ctx, "shard/0", "a", 300*time.Millisecond)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.AcquireLease(ctx, "shard/0", "b", time.Minute); news.ErrorCode(err) != news.ECONFLICT {
		t.Fatalf("b while a holds it: %v, want ECONFLICT", err)
	}
	a, err = db.RenewLease(ctx, a, 300*time.Millisecond)
	if err != nil {
		t.Fatalf("renew while live: %v", err)
	}
	time.Sleep(400 * time.Millisecond) // a is paused past its expiry
	b, err := db.AcquireLease(ctx, "shard/0", "b", time.Minute)
	if err != nil {
		t.Fatalf("b after a expired: %v", err)
	}
	if b.Token <= a.Token {
		t.Fatalf("tokens a %d, b %d: want b's larger", a.Token, b.Token)
	}
	if _, err := db.RenewLease(ctx, a, time.Minute); news.ErrorCode(err) != news.ECONFLICT {
		t.Fatalf("a renews a lost lease: %v", err)
	}
	ran := false
	err = db.Fenced(ctx, a, func(pgx.Tx) error { ran = true; return nil })
	if news.ErrorCode(err) != news.ECONFLICT || ran {
		t.Fatalf("a writes under a stale token: ran %v, %v", ran, err)
	}
	if err := db.Fenced(ctx, b, func(pgx.Tx) error { ran = true; return nil }); err != nil || !ran {
		t.Fatalf("b's fenced write: ran %v, %v", ran, err)
	}
	must(t, db.ReleaseLease(ctx, a)) // a stale release leaves b's lease alone
	if _, err := db.RenewLease(ctx, b, time.Minute); err != nil {
		t.Fatalf("b's lease after a's stale release: %v", err)
	}
	must(t, db.ReleaseLease(ctx, b))
	if _, err := db.AcquireLease(ctx, "shard/0", "c", time.Minute); err != nil {
		t.Fatalf("c after b released: %v", err)
	}
}

// TestClaimDueSources: instances claiming due sources at once poll each
// source once between them; a claimed source is not claimed again until its
// lease expires.
func TestClaimDueSources(t *testing.T) {
	db := open(t)
	ctx := context.Background()
	now := time.Now()
	for i := range 20 {
		must(t, db.CreateSource(ctx, &news.Source{URL: fmt.Sprintf("https://feed.example/%d", i), Kind: news.KindFeed}))
	}
	var mu sync.Mutex
	claimed := map[int64]string{}
	var wg sync.WaitGroup
	for i := range 3 {
		wg.Go(func() {
			holder := fmt.Sprint("instance-", i)
			for {
				srcs, _, err := db.ClaimDueSources(ctx, holder, now, 3, time.Minute)
				if err != nil {
					t.Error(err)
					return
				}
				if len(srcs) == 0 {
					return
				}
				mu.Lock()
				for _, s := range srcs {
					if prev, dup := claimed[s.ID]; dup {
						t.Errorf("source %d claimed by %s and %s", s.ID, prev, holder)
					}
					claimed[s.ID] = holder
				}
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	if len(claimed) != 20 {
		t.Fatalf("%d sources claimed, want 20", len(claimed))
	}
	srcs, _, err := db.ClaimDueSources(ctx, "late", now, 100, time.Minute)
	if err != nil || len(srcs) != 0 {
		t.Fatalf("late claim: %d sources, %v; want none while leased", len(srcs), err)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
