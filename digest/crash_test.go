package digest

import (
	"context"
	"flag"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

var crashSeed = flag.Uint64("crashseed", 1, "seed of the crash test's random crash points")

// crasher panics at random hook calls until it has crashed n times.
type crasher struct {
	rng     *rand.Rand
	left    int
	crashes map[string]int
}

func (c *crasher) hook(step string) {
	if c.left > 0 && c.rng.IntN(4) == 0 {
		c.left--
		c.crashes[step]++
		panic(crash{step})
	}
}

// runCrashing delivers and reports whether it crashed; other panics and
// errors fail the test.
func runCrashing(t *testing.T, d *Deliverer, id int64) (crashed bool) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(crash); !ok {
				panic(r)
			}
			crashed = true
		}
	}()
	if _, err := d.Deliver(context.Background(), id); err != nil {
		t.Fatalf("deliver %d: %v", id, err)
	}
	return false
}

// TestCrashExactlyOnce crashes delivery at 100 random points between any
// two steps, restarts (a new Deliverer on the same store and Discord; half
// the time after Discord's nonce window has passed), and checks that every
// subscriber got every digest and every story exactly once.
func TestCrashExactlyOnce(t *testing.T) {
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(*crashSeed, 7))
	w, s, clk := newMemWorld(), newFakeSender(), &testClock{t0}
	// Limits above any hour's stories: every story is shown, once.
	subs := []news.Subscription{
		{ID: 1, GuildID: "g", ChannelID: "c1", Schedule: "hourly", Created: t0, MaxStories: 100},
		{ID: 2, GuildID: "g", ChannelID: "c2", Schedule: "hourly", Created: t0, Topics: []news.Category{news.Ceasefire, news.Talks}, MaxStories: 100},
		{ID: 3, GuildID: "h", ChannelID: "c3", Schedule: "hourly", Created: t0, Topics: []news.Category{news.Violence}, QuietNote: true, MaxStories: 100},
		{ID: 4, DM: true, UserID: "u4", Schedule: "hourly", Created: t0, MaxStories: 100},
	}
	for _, sub := range subs {
		w.addSub(sub)
	}
	cr := &crasher{rng: rng, left: 100, crashes: map[string]int{}}
	long := strings.Repeat("Fighting went on through the night near the town. ", 5)
	var all []news.Story
	restarts := 0
	for step := 0; cr.left > 0 || step < 48; step++ {
		for range rng.IntN(12) {
			id := int64(len(all) + 1)
			st := testStory(id, news.Categories[rng.IntN(4)], clk.t, long)
			w.addStory(st, clk.t)
			all = append(all, st)
		}
		clk.t = clk.t.Add(time.Hour)
		for _, sub := range subs {
			d := newDeliverer(w, s, clk)
			d.Crash = cr.hook
			if runCrashing(t, d, sub.ID) {
				restarts++
				if rng.IntN(2) == 0 {
					s.forgetNonces()
				}
			}
		}
	}
	clk.t = clk.t.Add(time.Hour)
	for _, sub := range subs { // the last run after the crashes: catch-up
		if _, err := newDeliverer(w, s, clk).Deliver(ctx, sub.ID); err != nil {
			t.Fatal(err)
		}
	}
	checkExactlyOnce(t, w, s, subs, all)
	t.Logf("crashes %d at %v; restarts %d; stories %d; sends %d", 100-cr.left, cr.crashes, restarts, len(all), s.sends)
}

func checkExactlyOnce(t *testing.T, w *memWorld, s *fakeSender, subs []news.Subscription, all []news.Story) {
	t.Helper()
	if p, _ := w.PendingOutboxes(context.Background(), 0); len(p) != 0 {
		t.Errorf("%d outboxes still pending", len(p))
	}
	for _, sub := range subs {
		ch := sub.ChannelID
		if sub.DM {
			ch = "dm-" + sub.UserID
		}
		for marker, n := range s.markers(ch) {
			if n != 1 {
				t.Errorf("%s: message %q posted %d times", ch, marker, n)
			}
		}
		shown := shownStories(s, ch)
		want := 0
		for _, st := range all {
			if len(sub.Topics) > 0 && !anyTopic(st, sub.Topics) {
				if shown[fmt.Sprint(st.ID)] != 0 {
					t.Errorf("%s: story %d outside the topics shown", ch, st.ID)
				}
				continue
			}
			want++
			if n := shown[fmt.Sprint(st.ID)]; n != 1 {
				t.Errorf("%s: story %d shown %d times, want 1", ch, st.ID, n)
			}
		}
		if len(shown) != want {
			t.Errorf("%s: %d stories shown, want %d", ch, len(shown), want)
		}
		t.Logf("%s: %d messages, %d digests, %d stories", ch, len(s.messages(ch)), countDigests(s.markers(ch)), len(shown))
	}
}

func countDigests(markers map[string]int) int {
	seen := map[string]bool{}
	for m := range markers {
		seen[strings.Fields(m)[1]] = true
	}
	return len(seen)
}
