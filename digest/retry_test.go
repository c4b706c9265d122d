package digest

import (
	"context"
	"errors"
	"log/slog"
	"sync"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// flakyRunner fails its first n deliveries, as a 429 or 5xx burst that
// outlasts the sender's own retries would.
type flakyRunner struct {
	mu    sync.Mutex
	fails int
	at    []time.Time
	done  chan struct{}
}

func (r *flakyRunner) Deliver(context.Context, int64) (Outcome, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.at = append(r.at, time.Now())
	if len(r.at) <= r.fails {
		return "", news.Errorf(news.ERATELIMITED, "Discord asked the bot to slow down; try again later.")
	}
	close(r.done)
	return Delivered, nil
}

// Finding "a 429 burst leaves a digest pending until the next slot": a
// failed delivery is retried after a growing pause until it goes out.
func TestSchedulerRetriesFailedDelivery(t *testing.T) {
	r := &flakyRunner{fails: 3, done: make(chan struct{})}
	s := NewScheduler(r, slog.New(slog.DiscardHandler), nil)
	s.RetryBase, s.RetryMax = 40*time.Millisecond, 100*time.Millisecond
	if err := s.Start([]news.Subscription{{ID: 1, Schedule: "daily 08:00", TimeZone: "UTC"}}, nil); err != nil {
		t.Fatal(err)
	}
	defer s.Stop(context.Background())
	s.RunNow(1)
	select {
	case <-r.done:
	case <-time.After(5 * time.Second):
		t.Fatal("the failed delivery was not retried until it went out")
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.at) != 4 {
		t.Fatalf("%d attempts, want 4", len(r.at))
	}
	want := []time.Duration{40 * time.Millisecond, 80 * time.Millisecond, 100 * time.Millisecond}
	for i, w := range want {
		if d := r.at[i+1].Sub(r.at[i]); d < w {
			t.Errorf("retry %d after %v, want at least %v", i+1, d, w)
		}
	}
}

// A retry stops when the subscription is removed, and none runs after Stop.
func TestSchedulerRetryStops(t *testing.T) {
	r := &flakyRunner{fails: 100, done: make(chan struct{})}
	s := NewScheduler(r, slog.New(slog.DiscardHandler), nil)
	s.RetryBase, s.RetryMax = 20*time.Millisecond, 20*time.Millisecond
	if err := s.Start([]news.Subscription{{ID: 1, Schedule: "daily 08:00", TimeZone: "UTC"}}, nil); err != nil {
		t.Fatal(err)
	}
	s.RunNow(1)
	time.Sleep(100 * time.Millisecond)
	s.Remove(1)
	time.Sleep(50 * time.Millisecond)
	r.mu.Lock()
	n := len(r.at)
	r.mu.Unlock()
	time.Sleep(100 * time.Millisecond)
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.at) != n {
		t.Errorf("%d attempts after the subscription was removed", len(r.at)-n)
	}
	if err := s.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
}

// Finding "a restart after a quiet slot delivers an extra digest off
// schedule": the quiet slot moves the cursor, so neither the restart's
// catch-up nor a retry delivers anything until the next slot.
func TestQuietSlotThenRestart(t *testing.T) {
	ctx := context.Background()
	w, s, c := newMemWorld(), newFakeSender(), &testClock{t0.Add(8 * time.Hour)}
	w.addSub(news.Subscription{ID: 1, GuildID: "g", ChannelID: "c1", Schedule: "0 8 * * *", TimeZone: "UTC", Created: t0.Add(-48 * time.Hour)})
	d := newDeliverer(w, s, c)
	if out, err := d.Deliver(ctx, 1); err != nil || out != Quiet {
		t.Fatalf("slot: %v %v, want quiet", out, err)
	}
	// News arrives after the slot; the process restarts an hour later.
	w.addStory(testStory(1, news.Violence, t0.Add(8*time.Hour+10*time.Minute), "One."), t0.Add(8*time.Hour+10*time.Minute))
	c.t = t0.Add(9 * time.Hour)
	sub, _ := w.Subscription(ctx, 1)
	sched, _ := ParseSchedule(sub.Schedule, sub.TimeZone)
	if missed(sched, sub, c.t) {
		t.Error("the quiet slot counts as missed after a restart")
	}
	if out, err := d.Deliver(ctx, 1); err != nil || out != NotDue {
		t.Errorf("a scheduled run between slots: %v %v, want not due", out, err)
	}
	if n := len(s.messages("c1")); n != 0 {
		t.Errorf("%d messages off schedule", n)
	}
	c.t = t0.Add(32 * time.Hour) // the next slot
	if out, err := d.Deliver(ctx, 1); err != nil || out != Delivered {
		t.Errorf("next slot: %v %v, want delivered", out, err)
	}
}

// Finding "/digest now within ~90 s of new articles answers Nothing new":
// with the store's horizon the window ends at it, so what was stored two
// seconds ago is new.
func TestDeliverNowSeesFreshArticles(t *testing.T) {
	ctx := context.Background()
	now := t0.Add(8*time.Hour + 30*time.Second)
	w, s, c := newMemWorld(), newFakeSender(), &testClock{now}
	w.addSub(news.Subscription{ID: 1, GuildID: "g", ChannelID: "c1", Schedule: "0 8 * * *", TimeZone: "UTC",
		Created: t0.Add(-48 * time.Hour), Cursor: t0.Add(8 * time.Hour)})
	w.addStory(testStory(1, news.Violence, now.Add(-2*time.Second), "Fresh."), now.Add(-2*time.Second))
	d := newDeliverer(w, s, c)
	d.Horizon = func(context.Context) (time.Time, error) { return now, nil }
	if out, err := d.DeliverNow(ctx, 1); err != nil || out != Delivered {
		t.Fatalf("/digest now: %v %v, want the story stored 2 s ago delivered", out, err)
	}
	sub, _ := w.Subscription(ctx, 1)
	if !sub.Cursor.Equal(now) {
		t.Errorf("cursor = %v, want the horizon %v", sub.Cursor, now)
	}
	d.Horizon = func(context.Context) (time.Time, error) { return time.Time{}, errors.New("database locked") }
	if _, err := d.DeliverNow(ctx, 1); err == nil {
		t.Error("a failed horizon read delivered anyway")
	}
}
