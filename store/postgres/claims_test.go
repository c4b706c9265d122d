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
	makeSubs(t, db, 7)
	a := db.Deliveries("a", time.Second, 50*time.Millisecond, 1)
	b := db.Deliveries("b", time.Second, 50*time.Millisecond, 1)
	ac, ok, err := a.Claim(ctx, 7)
	if err != nil || !ok {
		t.Fatalf("a's claim: %v, %v", ok, err)
	}
	defer ac.Release()
	actx := ac.Ctx
	if _, ok, err := b.Claim(ctx, 7); ok || err != nil {
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
	bc, ok, err := b.Claim(ctx, 7)
	if err != nil || !ok {
		t.Fatalf("b's claim after a lost it: %v, %v", ok, err)
	}
	bc.Release()
}

// TestClaimWaitsForSlot: an instance holds at most its concurrency of
// claims; the next waits for one to be released. Closed, it claims nothing.
func TestClaimWaitsForSlot(t *testing.T) {
	db := open(t)
	makeSubs(t, db, 3)
	d := db.Deliveries("a", time.Minute, 10*time.Second, 1)
	c, ok, err := d.Claim(context.Background(), 1)
	if err != nil || !ok {
		t.Fatalf("first claim: %v, %v", ok, err)
	}
	wctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	if _, _, err := d.Claim(wctx, 2); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("second claim with the one slot held: %v, want it to wait", err)
	}
	c.Release()
	c, ok, err = d.Claim(context.Background(), 2)
	if err != nil || !ok {
		t.Fatalf("second claim after the release: %v, %v", ok, err)
	}
	c.Release()
	d.Close() // stopping: what is not begun is left to the others
	if _, ok, err := d.Claim(context.Background(), 3); ok || err != nil {
		t.Fatalf("a claim after Close: %v, %v; want refused", ok, err)
	}
	if _, ok, err := db.Deliveries("b", time.Minute, 10*time.Second, 1).Claim(context.Background(), 3); !ok || err != nil {
		t.Fatalf("another instance's claim of what a closed one refused: %v, %v", ok, err)
	}
}

// makeSubs stores n subscriptions, ids 1 to n: a delivery is claimed
// only for one that exists.
func makeSubs(t *testing.T, db *postgres.Services, n int) {
	t.Helper()
	for i := range n {
		sub := &news.Subscription{GuildID: "1", ChannelID: fmt.Sprint(100 + i), Schedule: "@daily", TimeZone: "UTC", Created: time.Now()}
		must(t, db.CreateSubscription(context.Background(), sub))
		if sub.ID != int64(i+1) {
			t.Fatalf("subscription %d has id %d", i+1, sub.ID)
		}
	}
}

// TestClaimGone: a claim of a subscription that no longer exists holds
// nothing and says so (the deliverer's Gone).
func TestClaimGone(t *testing.T) {
	db := open(t)
	c, ok, err := db.Deliveries("a", time.Minute, 10*time.Second, 1).Claim(context.Background(), 42)
	if err != nil || !ok || !c.Read || c.Subscription != nil {
		t.Fatalf("claim of a missing subscription: ok %v, read %v, subscription %v, %v; want read and none", ok, c.Read, c.Subscription, err)
	}
	c.Release()
}

// TestClaimBatch: claims waiting together are granted together, each
// with its subscription and whether it has an unfinished digest; another
// instance's claims of the same subscriptions are refused until they are
// released.
func TestClaimBatch(t *testing.T) {
	db := open(t)
	ctx := context.Background()
	makeSubs(t, db, 20)
	o := &news.Outbox{SubscriptionID: 3, ChannelID: "102", Until: time.Now().Truncate(time.Second), Created: time.Now(),
		Messages: []news.OutboxMessage{{Part: 1, Content: "one", Marker: "m1", Nonce: "n1"}}}
	must(t, db.CreateOutbox(ctx, o))
	a := db.Deliveries("a", time.Minute, 10*time.Second, 20)
	b := db.Deliveries("b", time.Minute, 10*time.Second, 20)
	claims := make([]news.Claim, 21)
	var wg sync.WaitGroup
	for id := 1; id <= 20; id++ {
		wg.Go(func() {
			c, ok, err := a.Claim(ctx, int64(id))
			if err != nil || !ok {
				t.Errorf("a's claim of %d: %v, %v", id, ok, err)
				return
			}
			claims[id] = c
		})
	}
	wg.Wait()
	for id := 1; id <= 20; id++ {
		c := claims[id]
		if c.Subscription == nil || c.Subscription.ID != int64(id) || c.Unfinished != (id == 3) {
			t.Fatalf("claim %d: subscription %v, unfinished %v; want it read, unfinished only for 3", id, c.Subscription, c.Unfinished)
		}
		if _, ok, err := b.Claim(ctx, int64(id)); ok || err != nil {
			t.Fatalf("b's claim of %d while a holds it: %v, %v; want refused", id, ok, err)
		}
	}
	for id := 1; id <= 20; id++ {
		claims[id].Release()
	}
	deadline := time.Now().Add(5 * time.Second)
	for id := 1; id <= 20; id++ {
		for {
			c, ok, err := b.Claim(ctx, int64(id))
			must(t, err)
			if ok {
				c.Release()
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("b's claim of %d still refused after a released it", id)
			}
			time.Sleep(20 * time.Millisecond)
		}
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

// TestSubscriptionSchedules: the schedules' sync reads what a schedule
// needs of each subscription, as the store has it.
func TestSubscriptionSchedules(t *testing.T) {
	db := open(t)
	ctx := context.Background()
	created := time.Now().Truncate(time.Second).UTC()
	a := &news.Subscription{GuildID: "1", ChannelID: "2", Schedule: "0 7 * * *", TimeZone: "Europe/Berlin", Created: created,
		Topics: []news.Category{news.Talks}, PausedReason: "gone"}
	b := &news.Subscription{GuildID: "1", ChannelID: "3", Schedule: "@daily", TimeZone: "UTC", Created: created}
	must(t, db.CreateSubscription(ctx, a))
	must(t, db.CreateSubscription(ctx, b))
	must(t, db.AdvanceCursor(ctx, b.ID, created.Add(time.Hour)))
	got, err := db.SubscriptionSchedules(ctx)
	must(t, err)
	want := []news.Subscription{
		// Created as the store set it (its own clock: a second may have
		// turned since created was taken).
		{ID: a.ID, Schedule: a.Schedule, TimeZone: a.TimeZone, PausedReason: "gone", Created: a.Created},
		{ID: b.ID, Schedule: b.Schedule, TimeZone: "UTC", Cursor: created.Add(time.Hour), Created: b.Created},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d schedules, want %d", len(got), len(want))
	}
	for i := range want {
		g, w := got[i], want[i]
		if g.ID != w.ID || g.Schedule != w.Schedule || g.TimeZone != w.TimeZone || g.PausedReason != w.PausedReason ||
			!g.Cursor.Equal(w.Cursor) || !g.Created.Equal(w.Created) {
			t.Errorf("schedule %d: got %+v, want %+v", i, g, w)
		}
	}
}
