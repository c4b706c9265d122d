package postgres_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/digest"
	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/store/postgres"
)

// TestFencedOutboxWrites: the outbox's writes check the fence the context
// carries in their own transaction. A holder paused past its lease's
// expiry, while another took the subscription over, can neither store a
// digest, nor mark a message sent, nor move the cursor; the new holder can.
func TestFencedOutboxWrites(t *testing.T) {
	db := open(t)
	ctx := context.Background()
	sub := &news.Subscription{GuildID: "1", ChannelID: "2", Schedule: "@daily", TimeZone: "UTC", Created: time.Now()}
	must(t, db.CreateSubscription(ctx, sub))
	a, err := db.AcquireLease(ctx, "digest/1", "a", 300*time.Millisecond)
	must(t, err)
	actx := news.WithFence(ctx, news.Fence{Name: a.Name, Token: a.Token})
	until := time.Now().Truncate(time.Second)
	o := &news.Outbox{SubscriptionID: sub.ID, ChannelID: "2", Until: until, Created: time.Now(),
		Messages: []news.OutboxMessage{{Part: 1, Content: "one", Marker: "m1", Nonce: "n1"}, {Part: 2, Content: "two", Marker: "m2", Nonce: "n2"}}}
	must(t, db.CreateOutbox(actx, o))
	if _, err := db.MarkSent(actx, o.ID, 1, "101", time.Now()); err != nil {
		t.Fatalf("a marks part 1 while its lease is live: %v", err)
	}
	time.Sleep(400 * time.Millisecond) // a is paused past its expiry
	b, err := db.AcquireLease(ctx, "digest/1", "b", time.Minute)
	must(t, err)
	bctx := news.WithFence(ctx, news.Fence{Name: b.Name, Token: b.Token})
	if _, err := db.MarkSent(actx, o.ID, 2, "102", time.Now()); news.ErrorCode(err) != news.ECONFLICT {
		t.Fatalf("a marks part 2 under a stale lease: %v, want ECONFLICT", err)
	}
	if err := db.AdvanceCursor(actx, sub.ID, until.Add(time.Hour)); news.ErrorCode(err) != news.ECONFLICT {
		t.Fatalf("a moves the cursor under a stale lease: %v, want ECONFLICT", err)
	}
	if err := db.CreateOutbox(actx, &news.Outbox{SubscriptionID: sub.ID, Until: until.Add(time.Hour), Created: time.Now()}); news.ErrorCode(err) != news.ECONFLICT {
		t.Fatalf("a stores a digest under a stale lease: %v, want ECONFLICT", err)
	}
	pending, err := db.PendingOutboxes(ctx, sub.ID)
	must(t, err)
	if len(pending) != 1 || !pending[0].Messages[1].Pending() {
		t.Fatalf("after a's stale writes: %d pending digests, want the one with part 2 unsent", len(pending))
	}
	done, err := db.MarkSent(bctx, o.ID, 2, "102", time.Now())
	if err != nil || !done {
		t.Fatalf("b marks part 2: done %v, %v; want the digest finished", done, err)
	}
	got, err := db.Subscription(ctx, sub.ID)
	must(t, err)
	if !got.Cursor.Equal(until) {
		t.Fatalf("cursor %v, want %v (b's finished digest, not a's stale move)", got.Cursor, until)
	}
}

// TestClaimEndsWhenLost: a claim's context ends, with the reason, once its
// lease is lost (here released behind its back, as when it expired and was
// granted again), within one renewal; the subscription is then another's.
func TestClaimEndsWhenLost(t *testing.T) {
	db := open(t)
	ctx := context.Background()
	a := db.Deliveries("a", time.Second, 50*time.Millisecond, 1)
	b := db.Deliveries("b", time.Second, 50*time.Millisecond, 1)
	actx, release, ok, err := a.Claim(ctx, 7)
	if err != nil || !ok {
		t.Fatalf("a's claim: %v, %v", ok, err)
	}
	defer release()
	if _, _, ok, err := b.Claim(ctx, 7); ok || err != nil {
		t.Fatalf("b's claim while a holds it: %v, %v; want refused", ok, err)
	}
	f, _ := news.FenceFrom(actx)
	time.Sleep(200 * time.Millisecond) // renewed a few times: still a's
	if actx.Err() != nil {
		t.Fatalf("a's claim ended while renewed: %v", context.Cause(actx))
	}
	must(t, db.ReleaseLease(ctx, postgres.Lease{Name: f.Name, Token: f.Token}))
	select {
	case <-actx.Done():
	case <-time.After(time.Second):
		t.Fatal("a's claim did not end after its lease was lost")
	}
	if news.ErrorCode(context.Cause(actx)) != news.ECONFLICT {
		t.Fatalf("a's claim ended with %v, want the lost lease", context.Cause(actx))
	}
	_, brelease, ok, err := b.Claim(ctx, 7)
	if err != nil || !ok {
		t.Fatalf("b's claim after a lost it: %v, %v", ok, err)
	}
	brelease()
}

// TestClaimWaitsForSlot: an instance holds at most its concurrency of
// claims; the next waits for one to be released. Closed, it claims nothing.
func TestClaimWaitsForSlot(t *testing.T) {
	db := open(t)
	d := db.Deliveries("a", time.Minute, 10*time.Second, 1)
	_, release, ok, err := d.Claim(context.Background(), 1)
	if err != nil || !ok {
		t.Fatalf("first claim: %v, %v", ok, err)
	}
	wctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	if _, _, _, err := d.Claim(wctx, 2); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("second claim with the one slot held: %v, want it to wait", err)
	}
	release()
	_, release, ok, err = d.Claim(context.Background(), 2)
	if err != nil || !ok {
		t.Fatalf("second claim after the release: %v, %v", ok, err)
	}
	release()
	d.Close() // stopping: what is not begun is left to the others
	if _, _, ok, err := d.Claim(context.Background(), 3); ok || err != nil {
		t.Fatalf("a claim after Close: %v, %v; want refused", ok, err)
	}
	if _, _, ok, err := db.Deliveries("b", time.Minute, 10*time.Second, 1).Claim(context.Background(), 3); !ok || err != nil {
		t.Fatalf("another instance's claim of what a closed one refused: %v, %v", ok, err)
	}
}

// countingSender records what it posts, per channel; enforce_nonce as
// Discord: a nonce seen before returns the first message.
type countingSender struct {
	mu     sync.Mutex
	sends  map[string]int      // channel → requests made
	posts  map[string][]string // channel → markers posted
	nonces map[string]string
}

func (s *countingSender) Send(_ context.Context, ch string, m digest.Message, nonce string) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.sends[ch]++
	if id, ok := s.nonces[nonce]; ok {
		return id, nil
	}
	s.posts[ch] = append(s.posts[ch], m.Marker)
	id := fmt.Sprint(len(s.nonces) + 1)
	s.nonces[nonce] = id
	return id, nil
}

func (s *countingSender) RecentHasMarker(_ context.Context, ch, marker string) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, m := range s.posts[ch] {
		if m == marker {
			return true, nil
		}
	}
	return false, nil
}

// TestInstancesWithSkewedClocks: two instances whose clocks differ by ten
// seconds deliver the due slot of 40 subscriptions at once; every
// subscription gets one digest, delivered by one of them, the other told
// it was held or was not due any more: leases expire by the database's
// clock, and the cursor, moved in the transaction that finishes the
// digest, says the slot is done.
func TestInstancesWithSkewedClocks(t *testing.T) {
	base := time.Date(2026, 3, 2, 10, 20, 0, 0, time.UTC)
	clock := base.Add(-2 * time.Hour) // the store's, when the subscriptions are made
	db := open(t, postgres.WithNow(func() time.Time { return clock }))
	ctx := context.Background()
	const subs = 40
	for i := range subs {
		must(t, db.CreateSubscription(ctx, &news.Subscription{GuildID: "1", ChannelID: fmt.Sprint(1000 + i),
			Schedule: "0 * * * *", TimeZone: "UTC", QuietNote: true, Created: base.Add(-2 * time.Hour), Updated: base}))
	}
	clock = base
	sender := &countingSender{sends: map[string]int{}, posts: map[string][]string{}, nonces: map[string]string{}}
	instance := func(name string, skew time.Duration) *digest.Deliverer {
		return &digest.Deliverer{Stories: digest.NewViews(db), Subs: db, Outbox: db, Sender: sender, NoChart: true,
			Now: func() time.Time { return base.Add(skew) }, Claims: db.Deliveries(name, 5*time.Second, time.Second, 4)}
	}
	a, b := instance("a", 5*time.Second), instance("b", -5*time.Second)
	outcomes := map[digest.Outcome]int{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for id := int64(1); id <= subs; id++ {
		for _, d := range []*digest.Deliverer{a, b} {
			wg.Go(func() {
				out, err := d.Deliver(ctx, id)
				if err != nil {
					t.Errorf("subscription %d: %v", id, err)
				}
				mu.Lock()
				outcomes[out]++
				mu.Unlock()
			})
		}
	}
	wg.Wait()
	for i := range subs {
		ch := fmt.Sprint(1000 + i)
		if n, sent := len(sender.posts[ch]), sender.sends[ch]; n != 1 || sent != 1 {
			t.Errorf("subscription %d: %d digests in %d requests, want 1 in 1", i+1, n, sent)
		}
	}
	if outcomes[digest.Delivered] != subs || outcomes[digest.Elsewhere]+outcomes[digest.NotDue] != subs {
		t.Fatalf("outcomes %v: want %d delivered, the other %d held elsewhere or done", outcomes, subs, subs)
	}
	pending, err := db.PendingOutboxes(ctx, 0)
	must(t, err)
	if len(pending) != 0 {
		t.Fatalf("%d digests unfinished", len(pending))
	}
}

// TestPolls: each instance is handed due sources up to its limit, never
// one another holds; the ones it holds are offered to it again until their
// poll ends (UpdateSource), which gives the lease up.
func TestPolls(t *testing.T) {
	db := open(t)
	ctx := context.Background()
	now := time.Now()
	for i := range 5 {
		must(t, db.CreateSource(ctx, &news.Source{URL: fmt.Sprintf("https://feed.example/%d", i), Kind: news.KindFeed}))
	}
	a, b := db.Polls("a", time.Minute, 2), db.Polls("b", time.Minute, 2)
	ids := func(p *postgres.Polls) []int64 {
		t.Helper()
		srcs, err := p.DueSources(ctx, now)
		must(t, err)
		var out []int64
		for _, s := range srcs {
			out = append(out, s.ID)
		}
		return out
	}
	ga, gb := ids(a), ids(b)
	if len(ga) != 2 || len(gb) != 2 {
		t.Fatalf("a holds %v, b %v: want two each", ga, gb)
	}
	for _, id := range ga {
		if slices.Contains(gb, id) {
			t.Fatalf("source %d handed to both a %v and b %v", id, ga, gb)
		}
	}
	if again := ids(a); !slices.Equal(again, ga) {
		t.Fatalf("a's due sources again %v, want the two it holds %v", again, ga)
	}
	src, err := db.Source(ctx, ga[0])
	must(t, err)
	src.NextCheck = now.Add(time.Hour) // polled
	must(t, a.UpdateSource(ctx, src))
	next := ids(a)
	if len(next) != 2 || !slices.Contains(next, ga[1]) || slices.Contains(next, ga[0]) || slices.Contains(next, gb[0]) || slices.Contains(next, gb[1]) {
		t.Fatalf("a after polling %d: %v, want %d and the fifth source", ga[0], next, ga[1])
	}
}

// TestFencedRoundWrites: the writes of an alert round and a thread round
// check the round's lease (alert/round, thread/round) like the digest
// outbox's: a holder paused past its expiry, while another instance took
// the round, can neither store posts and move cursors, nor mark a post
// sent, parked or archived; the new holder can.
func TestFencedRoundWrites(t *testing.T) {
	db := open(t)
	ctx := context.Background()
	rule := &news.AlertRule{GuildID: "1", ChannelID: "2", Toll: 10}
	must(t, db.CreateAlertRule(ctx, rule, 0))
	fl := &news.ThreadFollow{GuildID: "1", ChannelID: "3", QuietAfter: time.Hour}
	must(t, db.CreateThreadFollow(ctx, fl))
	stale := func(name string) context.Context {
		l, err := db.AcquireLease(ctx, name, "a", 300*time.Millisecond)
		must(t, err)
		return news.WithFence(ctx, news.Fence{Name: l.Name, Token: l.Token})
	}
	actx, tctx := stale("alert/round"), stale("thread/round")
	now := time.Now().Truncate(time.Second)
	ap := []news.AlertPost{{RuleID: rule.ID, ChannelID: "2", Content: "one", Marker: "am1", Nonce: "an1", Created: now}}
	must(t, db.CreateAlertPosts(actx, ap, []int64{rule.ID}, now))
	tp := []news.ThreadPost{{FollowID: fl.ID, StoryID: 7, Kind: news.ThreadOpen, Name: "s", Content: "open", Marker: "tm1",
		Nonce: "tn1", Created: now}}
	must(t, db.CreateThreadPosts(tctx, tp, []int64{fl.ID}, now))
	time.Sleep(400 * time.Millisecond) // a is paused past its expiries
	b := map[string]context.Context{}
	for _, name := range []string{"alert/round", "thread/round"} {
		l, err := db.AcquireLease(ctx, name, "b", time.Minute)
		must(t, err)
		b[name] = news.WithFence(ctx, news.Fence{Name: l.Name, Token: l.Token})
	}
	later := now.Add(time.Hour)
	stales := map[string]error{
		"store alert posts": db.CreateAlertPosts(actx, []news.AlertPost{{RuleID: rule.ID, ChannelID: "2", Content: "two",
			Marker: "am2", Nonce: "an2", Created: later}}, []int64{rule.ID}, later),
		"move alert cursors":   db.CreateAlertPosts(actx, nil, []int64{rule.ID}, later),
		"mark alert sent":      db.MarkAlertSent(actx, ap[0].ID, "101", now),
		"park alert post":      db.ParkAlertPost(actx, ap[0].ID, "gone"),
		"store thread posts":   db.CreateThreadPosts(tctx, nil, []int64{fl.ID}, later),
		"mark thread starter":  db.MarkThreadStarter(tctx, tp[0].ID, "201"),
		"mark thread sent":     db.MarkThreadPostSent(tctx, tp[0].ID, "301", "201"),
		"park thread post":     db.ParkThreadPost(tctx, tp[0].ID, "gone"),
		"mark thread archived": db.MarkThreadArchived(tctx, fl.ID, 7),
	}
	for what, err := range stales {
		if news.ErrorCode(err) != news.ECONFLICT {
			t.Errorf("a's %s under a stale lease: %v, want ECONFLICT", what, err)
		}
	}
	alerts, err := db.PendingAlertPosts(ctx)
	must(t, err)
	threads, err := db.PendingThreadPosts(ctx)
	must(t, err)
	if len(alerts) != 1 || len(threads) != 1 || threads[0].MessageID != "" {
		t.Fatalf("after a's stale writes: %d alert and %d thread posts pending (%+v), want each one untouched", len(alerts), len(threads), threads)
	}
	rules, err := db.AlertRules(ctx, "1", "")
	must(t, err)
	if len(rules) != 1 || !rules[0].Cursor.Equal(now) {
		t.Fatalf("alert cursor %v, want %v (a's stale move refused)", rules[0].Cursor, now)
	}
	must(t, db.MarkAlertSent(b["alert/round"], ap[0].ID, "101", now))
	must(t, db.MarkThreadPostSent(b["thread/round"], tp[0].ID, "301", "201"))
	alerts, err = db.PendingAlertPosts(ctx)
	must(t, err)
	threads, err = db.PendingThreadPosts(ctx)
	must(t, err)
	if len(alerts)+len(threads) != 0 {
		t.Fatalf("after b's writes: %d alert and %d thread posts pending, want none", len(alerts), len(threads))
	}
}
