package bot

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/internal/fakediscord"
)

// blast has each sender post per messages, each to a channel of its own
// (one instance delivers a subscription), all at once, and returns the
// fake's records of the posts and how long it took.
func blast(t *testing.T, fake *fakediscord.Server, senders []*Sender, per int) ([]fakediscord.Request, time.Duration) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	start := time.Now()
	var wg sync.WaitGroup
	for i, s := range senders {
		for j := range per {
			wg.Go(func() {
				ch := fmt.Sprintf("8%02d0000000000%05d", i, j)
				s.Post(ctx, ch, &Message{Content: "digest"}, fmt.Sprintf("n-%d-%d", i, j))
			})
		}
	}
	wg.Wait()
	return fake.RequestsTo("POST", "/channels/{channel_id}/messages"), time.Since(start)
}

// busiestSecond is the most requests the fake received in any one second.
func busiestSecond(reqs []fakediscord.Request) int {
	most := 0
	for i, r := range reqs {
		n := 0
		for _, q := range reqs[i:] {
			if q.At.Sub(r.At) < time.Second {
				n++
			}
		}
		most = max(most, n)
	}
	return most
}

func count429(reqs []fakediscord.Request) int {
	n := 0
	for _, r := range reqs {
		if r.Status == 429 {
			n++
		}
	}
	return n
}

// Three instances share one token's 50 requests per second through their
// presence leases on PostgreSQL (a share of 50/3 each): 3 × 80 posts
// against the fake at Discord's global limit arrive at most 50 in any
// second, with no 429. Without the share, the same posts draw 429s.
func TestRateSharedAcrossInstances(t *testing.T) {
	leases := pgLeases(t)
	const instances, per = 3, 80
	t.Run("shared", func(t *testing.T) {
		fake := fakediscord.New(fakediscord.Options{})
		defer fake.Close()
		ctx := context.Background()
		senders := make([]*Sender, instances)
		shares := make([]*rateShare, instances)
		for i := range instances {
			senders[i] = newTestSender(fake, nil)
			shares[i] = &rateShare{sender: senders[i], leaseKeeper: leaseKeeper{leases: leases,
				holder: fmt.Sprint("instance-", i), ttl: 10 * time.Second, now: time.Now, log: slog.New(slog.DiscardHandler)}}
		}
		for _, r := range append(shares, shares...) { // a second round once all are present
			r.round(ctx)
		}
		for i, r := range shares {
			if got := r.round(ctx); got != instances {
				t.Fatalf("instance %d counts %d live instances, want %d", i, got, instances)
			}
		}
		reqs, took := blast(t, fake, senders, per)
		ok := len(reqs) - count429(reqs)
		t.Logf("%d posts by %d instances in %v: busiest second %d, %d × 429",
			ok, instances, took.Round(time.Millisecond), busiestSecond(reqs), count429(reqs))
		if ok != instances*per {
			t.Errorf("%d posts accepted, want %d", ok, instances*per)
		}
		if n := count429(reqs); n > 0 {
			t.Errorf("%d × 429, want none", n)
		}
		if n := busiestSecond(reqs); n > 50 {
			t.Errorf("%d requests in one second, want at most 50", n)
		}
		for _, r := range shares {
			r.release(ctx)
		}
	})
	t.Run("unshared", func(t *testing.T) {
		fake := fakediscord.New(fakediscord.Options{})
		defer fake.Close()
		senders := make([]*Sender, instances)
		for i := range instances {
			senders[i] = newTestSender(fake, nil)
		}
		reqs, took := blast(t, fake, senders, per)
		t.Logf("unshared: %d requests in %v, busiest second %d, %d × 429",
			len(reqs), took.Round(time.Millisecond), busiestSecond(reqs), count429(reqs))
		if count429(reqs) == 0 {
			t.Errorf("no 429 with three senders at 50/s each: the fake's global limit did not hold")
		}
	})
}

// SetShare divides the token's 50 requests a second among the instances,
// never over the sender's own rate, never under one.
func TestSenderSetShare(t *testing.T) {
	for _, tc := range []struct{ own, instances, want int }{
		{50, 1, 50}, {50, 3, 16}, {12, 3, 12}, {12, 5, 10}, {50, 100, 1}, {50, 0, 50},
	} {
		s := NewSender(SenderConfig{Token: "t", APIBase: "http://127.0.0.1/", GlobalRate: tc.own})
		s.SetShare(tc.instances)
		if got := s.global.n; got != tc.want {
			t.Errorf("own rate %d, %d instances: %d a second, want %d", tc.own, tc.instances, got, tc.want)
		}
	}
}
