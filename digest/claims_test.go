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
