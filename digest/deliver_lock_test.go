package digest

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// gatedSender holds the first Send until released, so that a second
// delivery of the same subscription runs while the first is on the wire.
type gatedSender struct {
	*fakeSender
	once    sync.Once
	entered chan struct{}
	release chan struct{}
}

func (g *gatedSender) Send(ctx context.Context, ch string, msg Message, nonce string) (string, error) {
	first := false
	g.once.Do(func() { first = true })
	if first {
		close(g.entered)
		<-g.release
	}
	return g.fakeSender.Send(ctx, ch, msg, nonce)
}

// Two deliveries of one subscription at once (a scheduled run and
// /digest now, or a catch-up and a run after a schedule change) must not
// both work on the same outbox: the second waits for the first.
func TestDeliverSameSubscriptionConcurrently(t *testing.T) {
	ctx := context.Background()
	w, c := newMemWorld(), &testClock{t0.Add(time.Hour)}
	s := &gatedSender{fakeSender: newFakeSender(), entered: make(chan struct{}), release: make(chan struct{})}
	w.addSub(news.Subscription{ID: 1, GuildID: "g", ChannelID: "c1", Schedule: "hourly", Created: t0})
	w.addStory(testStory(1, news.Violence, t0.Add(time.Minute), "One."), t0.Add(time.Minute))
	d := &Deliverer{Stories: w, Subs: w, Outbox: w, Sender: s, Now: c.now, NoChart: true}
	type res struct {
		out Outcome
		err error
	}
	first, second := make(chan res, 1), make(chan res, 1)
	go func() { o, err := d.Deliver(ctx, 1); first <- res{o, err} }()
	<-s.entered
	go func() { o, err := d.Deliver(ctx, 1); second <- res{o, err} }()
	time.Sleep(100 * time.Millisecond) // let the second run as far as it can
	close(s.release)
	r1, r2 := <-first, <-second
	if r1.err != nil || r1.out != Delivered {
		t.Errorf("first delivery: %v %v, want delivered", r1.out, r1.err)
	}
	if r2.err != nil || r2.out != NotDue { // the first moved the cursor to this minute
		t.Errorf("second delivery: %v %v, want not_due", r2.out, r2.err)
	}
	if n := len(s.messages("c1")); n != 1 {
		t.Errorf("messages = %d, want 1", n)
	}
}
