package digest

import (
	"context"
	"fmt"
	"log/slog"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/conflict-digest/conflict-digest/news"
)

var t0 = time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)

// testClock is a settable clock.
type testClock struct{ t time.Time }

func (c *testClock) now() time.Time { return c.t }

func newDeliverer(w *memWorld, s *fakeSender, c *testClock) *Deliverer {
	return &Deliverer{Stories: w, Subs: w, Outbox: w, Sender: s, Now: c.now, NoChart: true} // charts: TestDeliverSplitsLongDigests
}

func testStory(id int64, cat news.Category, at time.Time, summary string) news.Story {
	return news.Story{ID: id, Headline: fmt.Sprintf("Story %d", id), Summary: summary,
		Categories: []news.Category{cat}, FirstSeen: at, LastSeen: at, Updated: at,
		Sources: []news.StorySource{{ExternalID: fmt.Sprintf("a%d", id), SourceName: "src" + fmt.Sprint(id%3),
			URL: fmt.Sprintf("https://example.org/%d", id), Published: at}}}
}

var storyRe = regexp.MustCompile(`\*\*Story (\d+)\*\*`)

// shownStories counts how often each story headline appears in a channel.
func shownStories(s *fakeSender, ch string) map[string]int {
	out := map[string]int{}
	for _, m := range s.messages(ch) {
		for _, g := range storyRe.FindAllStringSubmatch(m.content, -1) {
			out[g[1]]++
		}
	}
	return out
}

func TestDeliverWindowsAndCursor(t *testing.T) {
	ctx := context.Background()
	w, s, c := newMemWorld(), newFakeSender(), &testClock{t0}
	w.addSub(news.Subscription{ID: 1, GuildID: "g", ChannelID: "c1", Schedule: "hourly", Created: t0})
	d := newDeliverer(w, s, c)
	w.addStory(testStory(1, news.Violence, t0.Add(time.Minute), "One."), t0.Add(time.Minute))
	c.t = t0.Add(time.Hour)
	if out, err := d.Deliver(ctx, 1); err != nil || out != Delivered {
		t.Fatalf("first: %v %v, want delivered", out, err)
	}
	sub, _ := w.Subscription(ctx, 1)
	if want := c.t.Add(-time.Minute); !sub.Cursor.Equal(want) {
		t.Errorf("cursor = %v, want %v", sub.Cursor, want)
	}
	// Stored inside the lag of the first run: the second digest has it.
	w.addStory(testStory(2, news.Talks, t0.Add(time.Hour-10*time.Second), "Two."), t0.Add(time.Hour-10*time.Second))
	c.t = t0.Add(2 * time.Hour)
	if out, err := d.Deliver(ctx, 1); err != nil || out != Delivered {
		t.Fatalf("second: %v %v, want delivered", out, err)
	}
	c.t = t0.Add(3 * time.Hour)
	if out, err := d.Deliver(ctx, 1); err != nil || out != Quiet {
		t.Fatalf("nothing new: %v %v, want quiet", out, err)
	}
	// A quiet window is done: its slot is not missed after a restart.
	sub, _ = w.Subscription(ctx, 1)
	if want := c.t.Add(-time.Minute); !sub.Cursor.Equal(want) {
		t.Errorf("cursor after a quiet slot = %v, want %v", sub.Cursor, want)
	}
	if out, err := d.Deliver(ctx, 1); err != nil || out != NotDue {
		t.Errorf("again in the same slot: %v %v, want not due", out, err)
	}
	if got := shownStories(s, "c1"); len(got) != 2 || got["1"] != 1 || got["2"] != 1 {
		t.Errorf("shown = %v, want stories 1 and 2 once each", got)
	}
	if n := len(s.messages("c1")); n != 2 {
		t.Errorf("messages = %d, want 2", n)
	}
}

func TestDeliverQuietNote(t *testing.T) {
	w, s, c := newMemWorld(), newFakeSender(), &testClock{t0.Add(time.Hour)}
	w.addSub(news.Subscription{ID: 1, GuildID: "g", ChannelID: "c1", Schedule: "hourly", Created: t0, QuietNote: true})
	out, err := newDeliverer(w, s, c).Deliver(context.Background(), 1)
	if err != nil || out != Delivered {
		t.Fatalf("got %v %v, want delivered", out, err)
	}
	msgs := s.messages("c1")
	if len(msgs) != 1 || !strings.HasPrefix(msgs[0].content, "No new developments (31 Oct – 1 Nov 2026).") {
		t.Errorf("messages = %+v, want one quiet note", msgs)
	}
}

func TestDeliverSplitsLongDigests(t *testing.T) {
	w, s, c := newMemWorld(), newFakeSender(), &testClock{t0.Add(time.Hour)}
	w.addSub(news.Subscription{ID: 1, GuildID: "g", ChannelID: "c1", Schedule: "hourly", Created: t0, MaxStories: 50})
	long := strings.Repeat("A long sentence about what happened in the town today. ", 6)
	for i := int64(1); i <= 30; i++ {
		w.addStory(testStory(i, news.Categories[i%4], t0.Add(-time.Duration(i)*time.Hour), long), t0.Add(time.Minute))
	}
	d := newDeliverer(w, s, c)
	d.NoChart = false
	if _, err := d.Deliver(context.Background(), 1); err != nil {
		t.Fatal(err)
	}
	msgs := s.messages("c1")
	if len(msgs) < 3 {
		t.Fatalf("messages = %d, want the digest split over several", len(msgs))
	}
	for i, m := range msgs {
		if n := utf8.RuneCountInString(m.content); n > MaxMessage {
			t.Errorf("message %d has %d characters, over %d", i+1, n, MaxMessage)
		}
		if want := fmt.Sprintf("· %d/%d", i+1, len(msgs)); !strings.HasSuffix(m.content, want) {
			t.Errorf("message %d ends %q, want marker ending %q", i+1, m.content[len(m.content)-30:], want)
		}
		if (m.files == 1) != (i == 0) {
			t.Errorf("message %d has %d files; the chart goes with the first", i+1, m.files)
		}
	}
	shown := shownStories(s, "c1")
	for i := 1; i <= 30; i++ {
		if shown[fmt.Sprint(i)] != 1 {
			t.Errorf("story %d shown %d times, want 1", i, shown[fmt.Sprint(i)])
		}
	}
	if !strings.Contains(msgs[len(msgs)-1].content, "30 stories from 30 reports by 3 sources") {
		t.Errorf("last message lacks the footer: %s", msgs[len(msgs)-1].content)
	}
}

func TestDeliverPausesOnLostChannel(t *testing.T) {
	ctx := context.Background()
	w, s, c := newMemWorld(), newFakeSender(), &testClock{t0.Add(time.Hour)}
	w.addSub(news.Subscription{ID: 1, GuildID: "g", ChannelID: "gone", Schedule: "hourly", Created: t0})
	w.addSub(news.Subscription{ID: 2, DM: true, UserID: "u1", Schedule: "hourly", Created: t0})
	w.addSub(news.Subscription{ID: 3, DM: true, UserID: "u2", Schedule: "hourly", Created: t0})
	w.addStory(testStory(1, news.Violence, t0.Add(time.Minute), "One."), t0.Add(time.Minute))
	s.fail["gone"] = news.Errorf(news.ENOTFOUND, "Unknown Channel")
	s.fail["dm:u2"] = news.Errorf(news.EFORBIDDEN, "Cannot send messages to this user")
	d := newDeliverer(w, s, c)
	for _, tt := range []struct {
		id     int64
		paused string
	}{{1, "no longer exists"}, {3, "refused a direct message"}} {
		if _, err := d.Deliver(ctx, tt.id); err == nil {
			t.Errorf("subscription %d: no error", tt.id)
		}
		sub, _ := w.Subscription(ctx, tt.id)
		if !strings.Contains(sub.PausedReason, tt.paused) || !sub.Cursor.IsZero() {
			t.Errorf("subscription %d: paused %q cursor %v, want reason with %q and no cursor", tt.id, sub.PausedReason, sub.Cursor, tt.paused)
		}
		if out, err := d.Deliver(ctx, tt.id); out != Paused || err != nil {
			t.Errorf("subscription %d after pause: %v %v, want paused", tt.id, out, err)
		}
	}
	// Moved to a channel that exists and resumed: the waiting digest arrives there.
	sub, _ := w.Subscription(ctx, 1)
	sub.ChannelID, sub.PausedReason = "c-new", ""
	w.UpdateSubscription(ctx, sub)
	if out, err := d.Deliver(ctx, 1); err != nil || out != Resumed {
		t.Fatalf("resumed: %v %v, want resumed", out, err)
	}
	if got := shownStories(s, "c-new"); got["1"] != 1 {
		t.Errorf("moved channel shows %v, want story 1 once", got)
	}
	if out, err := d.Deliver(ctx, 2); err != nil || out != Delivered {
		t.Fatalf("dm: %v %v", out, err)
	}
	sub, _ = w.Subscription(ctx, 2)
	if sub.ChannelID != "dm-u1" || len(s.messages("dm-u1")) != 1 {
		t.Errorf("dm channel %q with %d messages, want dm-u1 remembered with 1", sub.ChannelID, len(s.messages("dm-u1")))
	}
}

// crash is the panic value of an injected crash.
type crash struct{ step string }

// TestDeliverResumesAfterAckLost crashes between Discord accepting a message
// and the outbox recording it, after Discord's nonce window: the marker
// check must keep the restart from posting it again.
func TestDeliverResumesAfterAckLost(t *testing.T) {
	ctx := context.Background()
	w, s, c := newMemWorld(), newFakeSender(), &testClock{t0.Add(time.Hour)}
	w.addSub(news.Subscription{ID: 1, GuildID: "g", ChannelID: "c1", Schedule: "hourly", Created: t0})
	w.addStory(testStory(1, news.Violence, t0.Add(time.Minute), "One."), t0.Add(time.Minute))
	d := newDeliverer(w, s, c)
	d.Crash = func(step string) {
		if step == "after_send" {
			panic(crash{step})
		}
	}
	func() {
		defer func() {
			if r := recover(); r == nil {
				t.Fatal("no crash")
			}
		}()
		d.Deliver(ctx, 1)
	}()
	s.forgetNonces()
	c.t = c.t.Add(24 * time.Hour)
	if out, err := newDeliverer(w, s, c).Deliver(ctx, 1); err != nil || out != Resumed {
		t.Fatalf("restart: %v %v, want resumed", out, err)
	}
	if n := len(s.messages("c1")); n != 1 {
		t.Errorf("messages = %d, want 1", n)
	}
	if p, _ := w.PendingOutboxes(ctx, 0); len(p) != 0 {
		t.Errorf("pending outboxes = %d, want 0", len(p))
	}
}

func TestDeliverUndeliverableHook(t *testing.T) {
	ctx := context.Background()
	w, s, c := newMemWorld(), newFakeSender(), &testClock{t0.Add(time.Hour)}
	w.addSub(news.Subscription{ID: 1, GuildID: "g", ChannelID: "gone", Schedule: "hourly", Created: t0})
	w.addStory(testStory(1, news.Violence, t0.Add(time.Minute), "One."), t0.Add(time.Minute))
	s.fail["gone"] = news.Errorf(news.EFORBIDDEN, "Missing Access")
	d := newDeliverer(w, s, c)
	var got error
	d.Undeliverable = func(ctx context.Context, sub *news.Subscription, err error) (bool, error) {
		got = err
		sub.PausedReason = "hooked"
		return true, w.UpdateSubscription(ctx, sub)
	}
	if _, err := d.Deliver(ctx, 1); news.ErrorCode(err) != news.EFORBIDDEN {
		t.Fatalf("err = %v, want EFORBIDDEN", err)
	}
	sub, _ := w.Subscription(ctx, 1)
	if news.ErrorCode(got) != news.EFORBIDDEN || sub.PausedReason != "hooked" {
		t.Errorf("hook saw %v; paused %q", got, sub.PausedReason)
	}
}

// TestCatchUpAfterDowntime: the bot was down for 30 hourly slots; on start
// one digest covers the whole gap, and nothing is lost.
func TestCatchUpAfterDowntime(t *testing.T) {
	ctx := context.Background()
	w, s, c := newMemWorld(), newFakeSender(), &testClock{t0.Add(30 * time.Hour)}
	sub := news.Subscription{ID: 1, GuildID: "g", ChannelID: "c1", Schedule: "hourly", Created: t0, Cursor: t0, MaxStories: 50}
	w.addSub(sub)
	for i := int64(1); i <= 30; i++ {
		at := t0.Add(time.Duration(i)*time.Hour - 5*time.Minute)
		w.addStory(testStory(i, news.Violence, at, "Shelling."), at)
	}
	sched := NewScheduler(runnerFunc(func(ctx context.Context, id int64) (Outcome, error) {
		return newDeliverer(w, s, c).Deliver(ctx, id)
	}), slog.New(slog.DiscardHandler), c.now)
	if err := sched.Start([]news.Subscription{sub}, nil); err != nil {
		t.Fatal(err)
	}
	if err := sched.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	msgs := s.messages("c1")
	shown := shownStories(s, "c1")
	if len(s.markers("c1")) != len(msgs) || countDigests(s.markers("c1")) != 1 || len(shown) != 30 {
		t.Errorf("%d messages in %d digests showing %d stories; want one digest with all 30",
			len(msgs), countDigests(s.markers("c1")), len(shown))
	}
	if got, _ := w.Subscription(ctx, 1); !got.Cursor.Equal(c.t.Add(-time.Minute)) {
		t.Errorf("cursor = %v, want %v", got.Cursor, c.t.Add(-time.Minute))
	}
}

type runnerFunc func(ctx context.Context, id int64) (Outcome, error)

func (f runnerFunc) Deliver(ctx context.Context, id int64) (Outcome, error) { return f(ctx, id) }

// TestDeliverKeepsToTheLimit: a subscription's digest shows its most
// significant stories, ten by default, in one or two messages, and counts
// the rest in one line instead of posting them as follow-ups.
func TestDeliverKeepsToTheLimit(t *testing.T) {
	w, s, c := newMemWorld(), newFakeSender(), &testClock{t0.Add(time.Hour)}
	w.addSub(news.Subscription{ID: 1, GuildID: "g", ChannelID: "c1", Schedule: "hourly", Created: t0})
	for i := int64(1); i <= 300; i++ {
		st := testStory(i, news.Categories[i%4], t0.Add(-time.Duration(i)*time.Minute), "Something happened.")
		if i == 250 { // many sources: among the ten, though old
			for j := range 6 {
				st.Sources = append(st.Sources, news.StorySource{SourceName: fmt.Sprint("outlet", j), Published: st.LastSeen})
			}
		}
		w.addStory(st, t0.Add(time.Minute))
	}
	if _, err := newDeliverer(w, s, c).Deliver(context.Background(), 1); err != nil {
		t.Fatal(err)
	}
	msgs := s.messages("c1")
	if len(msgs) > 2 {
		t.Fatalf("messages = %d, want one or two", len(msgs))
	}
	shown := shownStories(s, "c1")
	if len(shown) != news.DefaultMaxStories || shown["250"] != 1 {
		t.Errorf("shown %d stories (250: %d), want %d including the one of many sources", len(shown), shown["250"], news.DefaultMaxStories)
	}
	all := msgs[0].content + msgs[len(msgs)-1].content
	if !strings.Contains(all, "290 more stories matched and are not shown here") {
		t.Errorf("the rest are not counted in one line:\n%s", all)
	}
}
