package store_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/digest"
	"github.com/conflict-digest/conflict-digest/digest/digesttest"
	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/store"
)

type crashPanic struct{ step string }

type testClock struct{ t time.Time }

func (c *testClock) now() time.Time { return c.t }

// discord is Discord as the crash test sees it: a sender, what each channel
// holds, and (for the in-memory fake) the passing of the nonce window.
type discord interface {
	digest.Sender
	contents(channelID string) []string
	forgetNonces()
	sends() int
}

// renderer is a discord whose digests go out rendered by its render (the
// bot's embeds). Charts stay off as in the other runs: drawing one per
// digest triples the test's time; TestCrashKillExactlyOnce and the digest
// package's render hook tests cover them.
type renderer interface {
	render(d *digest.Digest) ([]digest.Message, error)
}

type memDiscord struct{ *digesttest.Sender }

func (m memDiscord) contents(ch string) []string {
	var out []string
	for _, msg := range m.Messages(ch) {
		out = append(out, msg.Content)
	}
	return out
}

func (m memDiscord) forgetNonces() { m.ForgetNonces() }
func (m memDiscord) sends() int    { return m.Sends() }

// crashWorld is the bot's state across restarts: the database file and
// Discord; a restart reopens the file.
type crashWorld struct {
	t       *testing.T
	path    string
	clk     *testClock
	db      *store.Services
	discord discord
	rng     *rand.Rand
	left    int
	steps   map[string]int
	// lastRun is how long the last child that finished unkilled took after
	// it was ready: kills are aimed within it, so they land on a fast
	// machine too.
	lastRun time.Duration
}

func (w *crashWorld) open() {
	db, err := store.OpenServices(context.Background(), w.path, store.WithNow(w.clk.now))
	if err != nil {
		w.t.Fatal(err)
	}
	w.db = db
}

func (w *crashWorld) restart() {
	if err := w.db.Close(); err != nil {
		w.t.Fatal(err)
	}
	w.open()
	if w.rng.IntN(2) == 0 {
		w.discord.forgetNonces() // down for longer than Discord's nonce window
	}
}

func (w *crashWorld) hook(step string) {
	if w.left > 0 && w.rng.IntN(4) == 0 {
		w.left--
		w.steps[step]++
		panic(crashPanic{step})
	}
}

// deliver runs one delivery and reports whether it crashed.
func (w *crashWorld) deliver(id int64, crashing bool) (crashed bool) {
	d := &digest.Deliverer{Stories: w.db, Subs: w.db, Outbox: w.db, Sender: w.discord,
		Now: w.clk.now, NoChart: true} // charts travel in TestCrashKillExactlyOnce
	if r, ok := w.discord.(renderer); ok {
		d.Render = r.render
	}
	if crashing {
		d.Crash = w.hook
	}
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(crashPanic); !ok {
				panic(r)
			}
			crashed = true
		}
	}()
	if _, err := d.Deliver(context.Background(), id); err != nil {
		w.t.Fatalf("deliver %d: %v", id, err)
	}
	return false
}

func (w *crashWorld) addStory(id int, cat news.Category) {
	a := &news.Article{ExternalID: fmt.Sprintf("crash-%d", id), Title: fmt.Sprintf("Story %d", id),
		Text: "Fighting went on through the night.", SourceName: fmt.Sprintf("outlet%d", id%5),
		URL: fmt.Sprintf("https://example.org/%d", id), Published: w.clk.t, Fetched: w.clk.t}
	n := &news.NewArticle{Article: a, Analysis: &news.Analysis{Categories: []news.Category{cat}},
		Story: &news.Story{Headline: a.Title, Summary: strings.Repeat("Fighting went on through the night near the town. ", 5),
			Categories: []news.Category{cat}}}
	if err := w.db.CreateArticle(context.Background(), n); err != nil {
		w.t.Fatal(err)
	}
}

// TestCrashExactlyOnceSQLite crashes delivery at 100 random points between
// any two steps, restarts by reopening the SQLite file (half the time after
// Discord's nonce window), and checks that every subscriber got every
// digest message once and every story of its topics exactly once.
func TestCrashExactlyOnceSQLite(t *testing.T) {
	runCrashTest(t, memDiscord{digesttest.New()}, 100)
}

// subscribe stores the subscriptions of crashSubs and returns them.
func (w *crashWorld) subscribe() []news.Subscription {
	subs := crashSubs()
	for i := range subs {
		if err := w.db.CreateSubscription(context.Background(), &subs[i]); err != nil {
			w.t.Fatal(err)
		}
	}
	return subs
}

func runCrashTest(t *testing.T, dc discord, crashes int) {
	clk := &testClock{time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)}
	w := &crashWorld{t: t, path: filepath.Join(t.TempDir(), "crash.db"), clk: clk, discord: dc,
		rng: rand.New(rand.NewPCG(42, 7)), left: crashes, steps: map[string]int{}}
	w.open()
	defer func() { w.db.Close() }()
	subs := w.subscribe()
	cats := map[int]news.Category{}
	for step := 0; w.left > 0 || step < 24; step++ {
		clk.t = clk.t.Add(time.Minute)
		for range w.rng.IntN(12) {
			id := len(cats) + 1
			cats[id] = news.Categories[w.rng.IntN(4)]
			w.addStory(id, cats[id])
		}
		clk.t = clk.t.Add(time.Hour)
		for _, sub := range subs {
			if w.deliver(sub.ID, true) {
				w.restart()
			}
		}
	}
	clk.t = clk.t.Add(time.Hour)
	for _, sub := range subs {
		w.deliver(sub.ID, false)
	}
	checkDelivered(t, w, subs, cats)
	t.Logf("crashes %d at %v; stories %d; sends %d", crashes-w.left, w.steps, len(cats), w.discord.sends())
}

// crashSubs are the crash tests' subscribers: all topics, two topics, one
// topic with the quiet note, and a DM.
// Their limits are above any hour's stories: every story is shown, once.
func crashSubs() []news.Subscription {
	return []news.Subscription{
		{GuildID: "g", ChannelID: "400000000000000001", Schedule: "hourly", MaxStories: 200},
		{GuildID: "g", ChannelID: "400000000000000002", Schedule: "hourly", Topics: []news.Category{news.Ceasefire, news.Talks}, MaxStories: 200},
		{GuildID: "h", ChannelID: "400000000000000003", Schedule: "hourly", Topics: []news.Category{news.Violence}, QuietNote: true, MaxStories: 200},
		{DM: true, UserID: "300000000000000004", Schedule: "hourly", MaxStories: 200},
	}
}

var storyRe = regexp.MustCompile(`\*\*Story (\d+)\*\*`)

func checkDelivered(t *testing.T, w *crashWorld, subs []news.Subscription, cats map[int]news.Category) {
	t.Helper()
	if p, err := w.db.PendingOutboxes(context.Background(), 0); err != nil || len(p) != 0 {
		t.Errorf("pending outboxes: %d (%v), want 0", len(p), err)
	}
	for _, sub := range subs {
		ch := sub.ChannelID
		if sub.DM {
			ch = "dm-" + sub.UserID
		}
		contents := w.discord.contents(ch)
		markers := map[string]int{}
		for _, c := range contents {
			if i := strings.LastIndex(c, "-# digest "); i >= 0 {
				markers[c[i+3:]]++
			} else {
				t.Errorf("%s: a message without a marker: %q", ch, c)
			}
		}
		for m, n := range markers {
			if n != 1 {
				t.Errorf("%s: %q posted %d times", ch, m, n)
			}
		}
		shown := map[int]int{}
		for _, c := range contents {
			for _, g := range storyRe.FindAllStringSubmatch(c, -1) {
				var id int
				fmt.Sscan(g[1], &id)
				shown[id]++
			}
		}
		want := 0
		for id, c := range cats {
			in := len(sub.Topics) == 0 || sub.Topics[0] == c || (len(sub.Topics) > 1 && sub.Topics[1] == c)
			if in {
				want++
			}
			if n := shown[id]; (in && n != 1) || (!in && n != 0) {
				t.Errorf("%s: story %d (%s) shown %d times", ch, id, c, n)
			}
		}
		t.Logf("%s: %d messages, %d stories of %d", ch, len(contents), len(shown), want)
	}
}
