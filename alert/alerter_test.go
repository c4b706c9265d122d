package alert_test

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/alert"
	"github.com/conflict-digest/conflict-digest/digest"
	"github.com/conflict-digest/conflict-digest/feed"
	"github.com/conflict-digest/conflict-digest/ingest"
	"github.com/conflict-digest/conflict-digest/internal/sample"
	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/store"
	"github.com/conflict-digest/conflict-digest/story"
)

// clock is the test's time, shared by the store (stored times) and the
// alerter (windows, the hour's limit).
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// channelSender is a fake Discord channel set: posts with their nonces, as
// enforce_nonce would, and the markers a restart looks for.
type channelSender struct {
	mu    sync.Mutex
	posts map[string][]alert.Message // by channel
	nonce map[string]bool
}

func newSender() *channelSender {
	return &channelSender{posts: map[string][]alert.Message{}, nonce: map[string]bool{}}
}

func (s *channelSender) SendAlert(_ context.Context, ch string, m alert.Message, nonce string) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.nonce[nonce] {
		s.nonce[nonce] = true
		s.posts[ch] = append(s.posts[ch], m)
	}
	return fmt.Sprintf("m%d", len(s.posts[ch])), nil
}

func (s *channelSender) RecentHasMarker(_ context.Context, ch, marker string) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.ContainsFunc(s.posts[ch], func(m alert.Message) bool { return strings.Contains(m.Content, marker) }), nil
}

func (s *channelSender) channel(ch string) []alert.Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.posts[ch])
}

type world struct {
	db    *store.Services
	clock *clock
	pipe  *ingest.Pipeline
	arts  []news.Article // the sample, oldest first
}

func newWorld(t *testing.T) *world {
	t.Helper()
	c := &clock{t: time.Date(2026, 12, 1, 8, 0, 0, 0, time.UTC)}
	db, err := store.OpenServices(context.Background(), filepath.Join(t.TempDir(), "a.db"), store.WithNow(c.now))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	var arts []news.Article
	if err := feed.ReadJSONL(sample.Articles(), func(a news.Article) error { arts = append(arts, a); return nil }); err != nil {
		t.Fatal(err)
	}
	slices.SortStableFunc(arts, func(a, b news.Article) int { return a.Published.Compare(b.Published) })
	pipe := &ingest.Pipeline{Articles: db, Stories: ingest.NewStories(story.Config{}, db), Workers: 1}
	return &world{db: db, clock: c, pipe: pipe, arts: arts}
}

func (w *world) alerter(s alert.Sender, perHour int) *alert.Alerter {
	return &alert.Alerter{Decider: &alert.Decider{Stories: digest.NewViews(w.db), Articles: w.db}, Store: w.db,
		Sender: s, PerHour: perHour, Now: w.clock.now}
}

// replay ingests the sample one article at a time, a round after each,
// as if it arrived live an hour apart.
func (w *world) replay(t *testing.T, round func()) {
	t.Helper()
	for _, a := range w.arts {
		w.clock.add(time.Hour)
		if _, err := w.pipe.Ingest(context.Background(), []news.Article{a}); err != nil {
			t.Fatal(err)
		}
		w.clock.add(time.Second)
		round()
	}
}

func (w *world) rule(t *testing.T, r news.AlertRule) *news.AlertRule {
	t.Helper()
	if err := w.db.CreateAlertRule(context.Background(), &r, 0); err != nil {
		t.Fatal(err)
	}
	return &r
}

// TestAlertsFireOnceAsTheSampleArrives: the sample (a truce agreed,
// in effect, collapsing) fires each change of each story once, pinging
// the rule's role, and a round with nothing new sends nothing.
func TestAlertsFireOnceAsTheSampleArrives(t *testing.T) {
	w := newWorld(t)
	w.rule(t, news.AlertRule{GuildID: "g1", ChannelID: "c1", RoleID: "77", Toll: 10})
	w.rule(t, news.AlertRule{GuildID: "g1", ChannelID: "c2", Topics: []news.Category{news.Talks}, Places: []string{"Homs"}})
	snd := newSender()
	al := w.alerter(snd, 100)
	ctx := context.Background()
	w.replay(t, func() {
		if _, err := al.Round(ctx); err != nil {
			t.Fatal(err)
		}
	})
	posts := snd.channel("c1")
	for _, p := range posts {
		t.Logf("%s\n", p.Content)
	}
	if len(posts) == 0 {
		t.Fatal("the sample fired no alert")
	}
	seen := map[string]bool{}
	for _, p := range posts {
		if p.RoleID != "77" || !strings.HasPrefix(p.Content, "<@&77> **") {
			t.Errorf("post without its role: %+v", p)
		}
		marker := p.Content[strings.LastIndex(p.Content, "-# ")+3:]
		if seen[marker] {
			t.Errorf("alert %s posted twice", marker)
		}
		seen[marker] = true
	}
	if got := snd.channel("c2"); len(got) != 0 {
		t.Errorf("a rule for talks in Homs fired %d alerts: %+v", len(got), got)
	}
	w.clock.add(time.Hour)
	if n, err := al.Round(ctx); n != 0 || err != nil {
		t.Errorf("a round with nothing new sent %d (%v)", n, err)
	}
}

// markers are the markers of a channel's posts, in order.
func markers(posts []alert.Message) []string {
	var out []string
	for _, p := range posts {
		out = append(out, p.Content[strings.LastIndex(p.Content, "-# ")+3:])
	}
	return out
}

// TestAlertsWithinTheHourlyLimit: once a channel's hour is used up, new
// alerts wait (the rules' cursors stay) and none is lost; the next hour's
// round posts all but one slot's worth and folds the rest into one post.
func TestAlertsWithinTheHourlyLimit(t *testing.T) {
	ctx := context.Background()
	// Everything the sample fires, without a limit.
	all := newWorld(t)
	all.rule(t, news.AlertRule{GuildID: "g1", ChannelID: "c1", Toll: 10})
	all.clock.add(time.Hour)
	if _, err := all.pipe.Ingest(ctx, all.arts); err != nil {
		t.Fatal(err)
	}
	all.clock.add(time.Second)
	if _, err := all.alerter(newSender(), 1000).Round(ctx); err != nil {
		t.Fatal(err)
	}
	total := countFired(t, all.db)
	if total < 5 {
		t.Fatalf("the sample fires %d alerts, too few for this test", total)
	}

	w := newWorld(t)
	w.rule(t, news.AlertRule{GuildID: "g1", ChannelID: "c1", Toll: 10})
	snd := newSender()
	al := w.alerter(snd, 2)
	w.clock.add(time.Hour)
	for _, a := range w.arts { // the whole sample within one hour
		if _, err := w.pipe.Ingest(ctx, []news.Article{a}); err != nil {
			t.Fatal(err)
		}
		w.clock.add(time.Second)
		if _, err := al.Round(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if got := snd.channel("c1"); len(got) != 2 {
		t.Fatalf("first hour: %d posts (%q), want the limit, 2", len(got), markers(got))
	}
	w.clock.add(time.Hour)
	if _, err := al.Round(ctx); err != nil {
		t.Fatal(err)
	}
	posts := snd.channel("c1")
	fold := fmt.Sprintf("**and %d more**", total-3)
	if len(posts) != 4 || !strings.Contains(posts[3].Content, fold) {
		t.Fatalf("next hour: %d posts (%q), want one alert and one folding %d more", len(posts), markers(posts), total-3)
	}
	t.Logf("fold: %s", posts[3].Content)
	if got := countFired(t, w.db); got != total {
		t.Errorf("fired %d alerts under the limit, %d without", got, total)
	}
}

// countFired counts the alerts stored as fired.
func countFired(t *testing.T, db *store.Services) int {
	t.Helper()
	var n int
	if err := db.Reader().QueryRow(`SELECT count(*) FROM alert_fired`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

type crashed struct{ step string }

// TestAlertsExactlyOnceAcrossCrashes: rounds crashed at every step, over
// and over, then run to the end, post each alert exactly once.
func TestAlertsExactlyOnceAcrossCrashes(t *testing.T) {
	ctx := context.Background()
	want := func() []string {
		w := newWorld(t)
		w.rule(t, news.AlertRule{GuildID: "g1", ChannelID: "c1", Toll: 10})
		snd := newSender()
		al := w.alerter(snd, 1000)
		w.replay(t, func() { al.Round(ctx) })
		return markers(snd.channel("c1"))
	}()
	w := newWorld(t)
	w.rule(t, news.AlertRule{GuildID: "g1", ChannelID: "c1", Toll: 10})
	snd := newSender()
	calls, crashes := 0, 0
	round := func(crashEvery int) (ok bool) {
		defer func() {
			if r := recover(); r != nil {
				if _, is := r.(crashed); !is {
					panic(r)
				}
				crashes++
				ok = false
			}
		}()
		al := w.alerter(snd, 1000) // a new process each time
		al.Crash = func(step string) {
			calls++
			if crashEvery > 0 && calls%crashEvery == 0 {
				panic(crashed{step})
			}
		}
		_, err := al.Round(ctx)
		return err == nil
	}
	w.replay(t, func() {
		for i := 0; i < 3; i++ {
			round(2 + i) // crash at some step of most rounds
		}
		for !round(0) {
		}
	})
	got := markers(snd.channel("c1"))
	if crashes == 0 {
		t.Fatal("no round crashed")
	}
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("after %d crashes posted %q, want %q", crashes, got, want)
	}
	if pending, _ := w.db.PendingAlertPosts(ctx); len(pending) != 0 {
		t.Errorf("%d posts left unsent", len(pending))
	}
	t.Logf("%d crashes, %d alerts posted once each", crashes, len(got))
}

// TestOverlappingRulesPostOnce: two rules of one channel whose filters
// overlap post each alert once, the post answering for both.
func TestOverlappingRulesPostOnce(t *testing.T) {
	ctx := context.Background()
	run := func(rules ...news.AlertRule) (*world, []alert.Message) {
		w := newWorld(t)
		for _, r := range rules {
			w.rule(t, r)
		}
		snd := newSender()
		al := w.alerter(snd, 1000)
		w.replay(t, func() {
			if _, err := al.Round(ctx); err != nil {
				t.Fatal(err)
			}
		})
		return w, snd.channel("c1")
	}
	all := news.AlertRule{GuildID: "g1", ChannelID: "c1", Toll: 10}
	truces := news.AlertRule{GuildID: "g1", ChannelID: "c1", Topics: []news.Category{news.Ceasefire}}
	_, alone := run(all)
	_, onlyTruces := run(truces)
	w, both := run(all, truces)
	if len(both) != len(alone) || len(onlyTruces) == 0 {
		t.Fatalf("two overlapping rules posted %d, the wider one alone %d (the narrower alone %d)", len(both), len(alone), len(onlyTruces))
	}
	if got, want := countFired(t, w.db), len(alone)+len(onlyTruces); got != want {
		t.Errorf("fired %d keys, want %d: each rule's alerts fired once", got, want)
	}
}
