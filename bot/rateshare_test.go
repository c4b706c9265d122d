package bot

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
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

// SetShareRank splits the token's 50 whole among the live instances by
// their rank, and shares counted on different sets, each holding every
// instance that sends, never add up to more than 50.
func TestSenderSetShareRank(t *testing.T) {
	share := func(own, n, rank int) int {
		s := NewSender(SenderConfig{Token: "t", APIBase: "http://127.0.0.1/", GlobalRate: own})
		s.SetShareRank(n, rank)
		return s.global.n
	}
	for _, tc := range []struct{ own, n, rank, want int }{
		{50, 3, 0, 17}, {50, 3, 1, 17}, {50, 3, 2, 16}, {50, 1, 0, 50}, {50, 7, 0, 8}, {50, 7, 1, 7},
		{12, 3, 0, 12}, {50, 100, 99, 1}, {50, 0, 0, 50}, {50, 3, 9, 16}, {50, 3, -1, 17},
	} {
		if got := share(tc.own, tc.n, tc.rank); got != tc.want {
			t.Errorf("own rate %d, rank %d of %d: %d a second, want %d", tc.own, tc.rank, tc.n, got, tc.want)
		}
	}
	for n := 1; n <= 60; n++ {
		sum := 0
		for r := range n {
			sum += share(50, n, r)
		}
		if n <= 50 && sum != 50 {
			t.Errorf("%d instances share %d a second, want 50", n, sum)
		}
	}
	// Every sender set T (first t of the instances) against every set each
	// counted: T plus extra instances that died, anywhere in the order.
	for tn := 1; tn <= 12; tn++ {
		for extra := 0; extra <= 6; extra++ {
			for at := 0; at <= tn; at++ { // the dead sort before the at-th sender
				sum := 0
				for r := range tn {
					rank := r
					if r >= at {
						rank += extra
					}
					sum += share(50, tn+extra, rank)
				}
				if sum > 50 {
					t.Errorf("%d senders that counted %d dead among them at %d: %d a second", tn, extra, at, sum)
				}
			}
		}
	}
}

// A joiner sends nothing until the instances already live have surely
// counted it; the first instance, alone, sends at once; none sends on a
// count older than shareFresh; an instance whose
// presence lapsed (a pause past it) sends nothing until it holds it again,
// and then waits like a joiner, as the others took its share back.
func TestRateShareHoldsJoiner(t *testing.T) {
	leases := pgLeases(t)
	ctx := context.Background()
	newShare := func(name string, ttl time.Duration) *rateShare {
		s := NewSender(SenderConfig{Token: "t", APIBase: "http://127.0.0.1/"})
		return newRateShare(leaseKeeper{leases: leases, holder: name, ttl: ttl, now: time.Now,
			log: slog.New(slog.DiscardHandler)}, s)
	}
	first, joiner := newShare("first", 10*time.Second), newShare("joiner", 600*time.Millisecond)
	if d := first.hold(time.Now()); d <= 0 {
		t.Errorf("before its first round an instance may send (hold %v): it is not present yet", d)
	}
	if n := first.round(ctx); n != 1 {
		t.Fatalf("first instance counts %d live, want 1", n)
	}
	if d := first.hold(time.Now()); d > 0 {
		t.Errorf("the first instance, alone, holds its requests %v, want none", d)
	}
	if n := joiner.round(ctx); n != 2 {
		t.Fatalf("joiner counts %d live, want 2", n)
	}
	if got, want := joiner.sender.global.n, tokenRate/2; got != want {
		t.Errorf("joiner's rate %d a second, want %d", got, want)
	}
	if d := joiner.hold(time.Now()); d < joinWait()-time.Second || d > joinWait() {
		t.Errorf("joiner holds its requests %v, want about %v (a round of the others and the window)", d, joinWait())
	}
	if n := first.round(ctx); n != 2 {
		t.Fatalf("first instance counts %d live after the join, want 2", n)
	}
	if d := first.hold(time.Now()); d > 0 {
		t.Errorf("the first instance holds its requests %v after counting the joiner, want none", d)
	}
	if d := first.hold(time.Now().Add(shareFresh + 100*time.Millisecond)); d <= 0 {
		t.Errorf("an instance whose last count is older than %v may send (hold %v): it may not know of a joiner", shareFresh, d)
	}
	time.Sleep(700 * time.Millisecond) // the joiner's presence lapses unrenewed
	if d := joiner.hold(time.Now()); d <= 0 {
		t.Errorf("an instance past its presence may send (hold %v)", d)
	}
	joiner.round(ctx)
	if d := joiner.hold(time.Now()); d < joinWait()-time.Second {
		t.Errorf("an instance back from a pause holds its requests %v, want about %v", d, joinWait())
	}
	first.release(ctx)
	joiner.release(ctx)
}

// The requests made through the sender's Transport (discordgo's: the
// gateway's URL, the commands) keep the sender's rate; an interaction's
// callback does not wait for it.
func TestTransportKeepsSenderRate(t *testing.T) {
	fake := fakediscord.New(fakediscord.Options{})
	defer fake.Close()
	s := NewSender(SenderConfig{Token: fake.Token(), APIBase: apiBase(fake.URL()), GlobalRate: 5})
	client := &http.Client{Transport: s.Transport(nil)}
	start := time.Now()
	var wg sync.WaitGroup
	for range 10 {
		wg.Go(func() {
			req, _ := http.NewRequest("GET", apiBase(fake.URL())+"users/@me", nil)
			req.Header.Set("Authorization", "Bot "+fake.Token())
			if resp, err := client.Do(req); err == nil {
				resp.Body.Close()
			}
		})
	}
	wg.Wait()
	reqs := fake.RequestsTo("GET", "/users/@me")
	if len(reqs) != 10 {
		t.Fatalf("%d requests reached the fake, want 10", len(reqs))
	}
	if n := busiestSecond(reqs); n > 5 {
		t.Errorf("%d requests in one second through the transport, want at most the sender's 5", n)
	}
	if took := time.Since(start); took < time.Second {
		t.Errorf("10 requests at 5 a second took %v, want over a second", took)
	}
	for path, outside := range map[string]bool{
		"/api/v10/interactions/1/tok/callback":       true,
		"/api/v10/webhooks/1/tok/messages/@original": true,
		"/api/v10/channels/1/messages":               false,
		"/api/v10/applications/1/commands":           false,
		"/api/v10/gateway/bot":                       false,
	} {
		if got := outsideGlobalLimit(path); got != outside {
			t.Errorf("outsideGlobalLimit(%q) = %v, want %v", path, got, outside)
		}
	}
}

// An instance that stops gives its presence up only once its last request
// has left the sender's window, and sends nothing meanwhile: the others
// raise their shares as soon as they count it gone, and its requests of
// the last second and theirs at the raised share would pass the token's
// rate together.
func TestRateShareLeavesAfterItsWindow(t *testing.T) {
	leases := pgLeases(t)
	fake := fakediscord.New(fakediscord.Options{})
	defer fake.Close()
	ctx := context.Background()
	newShare := func(name string) *rateShare {
		return newRateShare(leaseKeeper{leases: leases, holder: name, ttl: 10 * time.Second, now: time.Now,
			log: slog.New(slog.DiscardHandler)}, newTestSender(fake, nil))
	}
	leaver, stayer := newShare("leaver"), newShare("stayer")
	leaver.round(ctx)
	stayer.round(ctx)
	leaver.round(ctx)
	leaver.from.Store(0) // the joiner's wait is another test's
	if _, err := leaver.sender.Post(ctx, "800000000000000001", &Message{Content: "last"}, "n-last"); err != nil {
		t.Fatal(err)
	}
	sent := time.Now()
	leaver.leave(ctx)
	released := time.Since(sent)
	if period := leaver.sender.global.period; released < period {
		t.Errorf("presence given up %v after the last request, want at least the window, %v", released, period)
	}
	if n := stayer.round(ctx); n != 1 {
		t.Errorf("the stayer counts %d live instances after the leave, want 1", n)
	}
	short, cancel := context.WithTimeout(ctx, 200*time.Millisecond)
	defer cancel()
	if _, err := leaver.sender.Post(short, "800000000000000002", &Message{Content: "late"}, "n-late"); err == nil {
		t.Errorf("a post after the leave was sent; want it held until its context ended")
	}
	if n := len(fake.RequestsTo("POST", "/channels/{channel_id}/messages")); n != 1 {
		t.Errorf("%d posts reached Discord, want 1 (none after the leave)", n)
	}
	stayer.release(ctx)
}
