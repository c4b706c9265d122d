package digest

import (
	"context"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// fakeClaims hands out claims as a store of leases would: held says
// whether another instance holds the subscription; live is the claim's
// liveness (news.Fence.Live) once given.
type fakeClaims struct {
	held     bool
	live     bool
	released int
}

func (c *fakeClaims) Claim(ctx context.Context, id int64) (news.Claim, bool, error) {
	if c.held {
		return news.Claim{}, false, nil
	}
	ctx = news.WithFence(ctx, news.Fence{Name: "digest/1", Token: 1, Live: func() bool { return c.live }})
	return news.Claim{Ctx: ctx, Release: func() { c.released++ }}, true, nil
}

// TestDeliverClaims: a subscription another instance holds is left to it
// (Elsewhere, nothing sent); one whose claim is lost before the send sends
// nothing and leaves its digest waiting in the outbox; a claimed one is
// delivered and its claim given up.
func TestDeliverClaims(t *testing.T) {
	ctx := context.Background()
	w, s, c := newMemWorld(), newFakeSender(), &testClock{t0.Add(time.Hour)}
	w.addSub(news.Subscription{ID: 1, GuildID: "g", ChannelID: "c1", Schedule: "hourly", Created: t0, QuietNote: true})
	claims := &fakeClaims{held: true}
	d := newDeliverer(w, s, c)
	d.Claims = claims
	if out, err := d.Deliver(ctx, 1); err != nil || out != Elsewhere {
		t.Fatalf("held elsewhere: %v %v, want elsewhere", out, err)
	}
	claims.held = false
	_, err := d.Deliver(ctx, 1)
	if news.ErrorCode(err) != news.EUNAVAILABLE || len(s.messages("c1")) != 0 {
		t.Fatalf("lost claim: %v, %d messages; want EUNAVAILABLE and none sent", err, len(s.messages("c1")))
	}
	if pending, _ := w.PendingOutboxes(ctx, 1); len(pending) != 1 {
		t.Fatalf("%d digests waiting after the lost claim, want 1", len(pending))
	}
	claims.live = true
	if out, err := d.Deliver(ctx, 1); err != nil || out != Resumed {
		t.Fatalf("claimed: %v %v, want the waiting digest resumed", out, err)
	}
	if n := len(s.messages("c1")); n != 1 || claims.released != 2 {
		t.Fatalf("%d messages, %d claims released; want 1 and 2", n, claims.released)
	}
}

// readClaims grants every claim with the subscription it was given, as a
// store that reads the claimed subscriptions with their grant.
type readClaims struct {
	sub        *news.Subscription // nil: removed
	unfinished bool
}

func (c readClaims) Claim(ctx context.Context, id int64) (news.Claim, bool, error) {
	return news.Claim{Ctx: ctx, Release: func() {}, Read: true, Subscription: c.sub, Unfinished: c.unfinished}, true, nil
}

// TestDeliverReadClaims: a claim that read the subscription is what the
// delivery goes by: one it read as removed is Gone whatever the store
// says; one it read with no unfinished digest looks for none, and the
// store refuses the new digest while one waits (ECONFLICT, nothing sent:
// a claim's read can be stale, never the cause of a second digest); one
// read with its unfinished digest sends it.
func TestDeliverReadClaims(t *testing.T) {
	ctx := context.Background()
	w, s, c := newMemWorld(), newFakeSender(), &testClock{t0.Add(time.Hour)}
	sub := news.Subscription{ID: 1, GuildID: "g", ChannelID: "c1", Schedule: "hourly", Created: t0, QuietNote: true}
	w.addSub(sub)
	d := newDeliverer(w, s, c)
	d.Claims = readClaims{}
	if out, err := d.Deliver(ctx, 1); err != nil || out != Gone {
		t.Fatalf("read as removed: %v %v, want gone", out, err)
	}
	o := &news.Outbox{SubscriptionID: 1, ChannelID: "c1", Until: t0.Add(30 * time.Minute), Created: t0,
		Messages: []news.OutboxMessage{{Part: 1, Content: "waiting", Marker: "m1", Nonce: "n1"}}}
	if err := w.CreateOutbox(ctx, o); err != nil {
		t.Fatal(err)
	}
	stored, err := w.Subscription(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	d.Claims = readClaims{sub: stored}
	if _, err := d.Deliver(ctx, 1); news.ErrorCode(err) != news.ECONFLICT || len(s.messages("c1")) != 0 {
		t.Fatalf("read with no unfinished digest: %v, %d messages sent; want ECONFLICT and none", err, len(s.messages("c1")))
	}
	d.Claims = readClaims{sub: stored, unfinished: true}
	if out, err := d.Deliver(ctx, 1); err != nil || out == Elsewhere || len(s.messages("c1")) == 0 {
		t.Fatalf("read with its unfinished digest: %v %v, %d messages; want the waiting one sent", out, err, len(s.messages("c1")))
	}
}
