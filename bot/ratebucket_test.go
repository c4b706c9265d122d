package bot

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/internal/fakediscord"
	"github.com/conflict-digest/conflict-digest/store/postgres/pgtest"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

var rateCompare = flag.Bool("ratecompare", false, "compare the rate share with a token bucket in PostgreSQL (TestRateShareAgainstBucket)")

// pgBucket is the alternative to the rate share that was measured and not
// chosen: one token bucket in PostgreSQL that every instance takes each
// request's token from (refilled at rate a second, at most burst). It
// lives in this test only, as the comparison's other side.
type pgBucket struct {
	pool        *pgxpool.Pool
	rate, burst float64
	calls       atomic.Int64
	local       [8]sync.Mutex // one taker at a time per instance
}

func newPGBucket(t *testing.T, rate, burst float64) *pgBucket {
	t.Helper()
	url, schema := pgtest.Schema(t)
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		t.Fatal(err)
	}
	cfg.ConnConfig.RuntimeParams["search_path"] = schema
	pool, err := pgxpool.NewWithConfig(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(pool.Close)
	_, err = pool.Exec(context.Background(), `CREATE TABLE rate_bucket (tokens float8 NOT NULL, at timestamptz NOT NULL);
		INSERT INTO rate_bucket VALUES (1, clock_timestamp())`)
	if err != nil {
		t.Fatal(err)
	}
	return &pgBucket{pool: pool, rate: rate, burst: burst}
}

// take waits for a token for instance i: one statement takes it when
// there is one (the row lock serialises the instances); otherwise the time
// until the next is read and slept. An instance's requests take their
// tokens one at a time, so that each instance polls the row once at most.
func (b *pgBucket) take(ctx context.Context, i int) error {
	b.local[i].Lock()
	defer b.local[i].Unlock()
	const level = `least($2, tokens + extract(epoch FROM clock_timestamp() - at) * $1)`
	for {
		b.calls.Add(1)
		var left float64
		err := b.pool.QueryRow(ctx, `UPDATE rate_bucket SET tokens = `+level+` - 1, at = clock_timestamp()
			WHERE `+level+` >= 1 RETURNING tokens`, b.rate, b.burst).Scan(&left)
		if err == nil {
			return nil
		}
		if !errors.Is(err, pgx.ErrNoRows) {
			return err
		}
		b.calls.Add(1)
		var wait float64
		if err := b.pool.QueryRow(ctx, `SELECT (1 - `+level+`) / $1 FROM rate_bucket`, b.rate, b.burst).Scan(&wait); err != nil {
			return err
		}
		if !sleep(ctx, time.Duration(max(wait, 0.001)*float64(time.Second))) {
			return ctx.Err()
		}
	}
}

// timed has each of the busy senders post per messages to channels of its
// own, each post first waiting for before (nil: none), and returns the
// fake's records and the time it took.
func timed(t *testing.T, fake *fakediscord.Server, busy []*Sender, per int, before func(ctx context.Context, i int) error) ([]fakediscord.Request, time.Duration) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	start := time.Now()
	var wg sync.WaitGroup
	for i, s := range busy {
		for j := range per {
			wg.Go(func() {
				if before != nil {
					if err := before(ctx, i); err != nil {
						t.Errorf("take a token: %v", err)
						return
					}
				}
				s.Post(ctx, fmt.Sprintf("9%02d0000000000%05d", i, j), &Message{Content: "digest"}, fmt.Sprintf("n-%d-%d", i, j))
			})
		}
	}
	wg.Wait()
	return fake.RequestsTo("POST", "/channels/{channel_id}/messages"), time.Since(start)
}

// presentSenders are n senders whose rate shares come from presence
// leases on PostgreSQL, all present.
func presentSenders(t *testing.T, fake *fakediscord.Server, n int) []*Sender {
	t.Helper()
	leases := pgLeases(t)
	senders := make([]*Sender, n)
	shares := make([]*rateShare, n)
	for i := range n {
		senders[i] = newTestSender(fake, nil)
		shares[i] = &rateShare{sender: senders[i], leaseKeeper: leaseKeeper{leases: leases,
			holder: fmt.Sprint("instance-", i), ttl: 10 * time.Second, now: time.Now, log: slog.New(slog.DiscardHandler)}}
	}
	for _, r := range append(shares, shares...) {
		r.round(context.Background())
	}
	return senders
}

// TestRateShareAgainstBucket measures the two ways for instances to share
// the token's rate (go test -run TestRateShareAgainstBucket -v ./bot
// -args -ratecompare): three instances all busy, then one busy and two
// idle. Each sender's own limit stays on; with the bucket it is the whole
// 50, the bucket alone sharing.
func TestRateShareAgainstBucket(t *testing.T) {
	if !*rateCompare {
		t.Skip("a measurement: -args -ratecompare")
	}
	const n, per = 3, 80
	report := func(what string, reqs []fakediscord.Request, took time.Duration, posts int) {
		t.Logf("%s: %d posts in %v, busiest second %d, %d × 429", what, posts,
			took.Round(time.Millisecond), busiestSecond(reqs), count429(reqs))
		if count429(reqs) > 0 || busiestSecond(reqs) > 50 {
			t.Errorf("%s: over Discord's limit", what)
		}
	}
	for _, busy := range []int{3, 1} {
		fake := fakediscord.New(fakediscord.Options{})
		senders := presentSenders(t, fake, n)
		reqs, took := timed(t, fake, senders[:busy], per, nil)
		report(fmt.Sprintf("share, %d of %d busy", busy, n), reqs, took, busy*per)
		fake.Close()

		fake = fakediscord.New(fakediscord.Options{})
		bucket := newPGBucket(t, 47, 1)
		senders = []*Sender{newTestSender(fake, nil), newTestSender(fake, nil), newTestSender(fake, nil)}
		reqs, took = timed(t, fake, senders[:busy], per, bucket.take)
		report(fmt.Sprintf("bucket, %d of %d busy", busy, n), reqs, took, busy*per)
		t.Logf("bucket: %.2f database calls a request", float64(bucket.calls.Load())/float64(busy*per))
		fake.Close()
	}
}
