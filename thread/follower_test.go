package thread_test

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/bot"
	"github.com/conflict-digest/conflict-digest/digest"
	"github.com/conflict-digest/conflict-digest/feed"
	"github.com/conflict-digest/conflict-digest/ingest"
	"github.com/conflict-digest/conflict-digest/internal/fakediscord"
	"github.com/conflict-digest/conflict-digest/internal/sample"
	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/store"
	"github.com/conflict-digest/conflict-digest/story"
	"github.com/conflict-digest/conflict-digest/thread"
)

const guild = "300000000000000001"

// clock is the test's time, shared by the store and the follower.
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

// world is a store, a pipeline, a clock and a fake Discord over HTTP with
// a forum channel and a text channel.
type world struct {
	db    *store.Services
	clock *clock
	pipe  *ingest.Pipeline
	srv   *fakediscord.Server
	snd   *bot.Sender
}

const (
	forumID = "500000000000000001"
	textID  = "500000000000000002"
)

func newWorld(t *testing.T, opts ...func(*fakediscord.Options)) *world {
	t.Helper()
	c := &clock{t: time.Date(2026, 12, 1, 8, 0, 0, 0, time.UTC)}
	db, err := store.OpenServices(context.Background(), filepath.Join(t.TempDir(), "t.db"), store.WithNow(c.now))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	o := fakediscord.Options{ChannelLimit: 1000, ChannelPeriod: time.Second}
	for _, set := range opts {
		set(&o)
	}
	srv := fakediscord.New(o)
	t.Cleanup(srv.Close)
	srv.SetChannel(fakediscord.GuildChannel{ID: forumID, GuildID: guild, Name: "stories", Type: fakediscord.ChannelForum})
	srv.SetChannel(fakediscord.GuildChannel{ID: textID, GuildID: guild, Name: "news"})
	snd := bot.NewSender(bot.SenderConfig{Token: srv.Token(), APIBase: srv.URL() + "api/v10/"})
	pipe := &ingest.Pipeline{Articles: db, Stories: ingest.NewStories(story.Config{}, db), Workers: 1}
	return &world{db: db, clock: c, pipe: pipe, srv: srv, snd: snd}
}

func (w *world) follower() *thread.Follower {
	// No request lands late here but where a test says: no settling.
	return &thread.Follower{Stories: digest.NewViews(w.db), Articles: w.db, Store: w.db, Sender: w.snd, Now: w.clock.now,
		Settle: time.Millisecond}
}

func (w *world) follow(t *testing.T, channelID string, forum bool) {
	t.Helper()
	f := news.ThreadFollow{GuildID: guild, ChannelID: channelID, Forum: forum, QuietAfter: 72 * time.Hour}
	if err := w.db.CreateThreadFollow(context.Background(), &f); err != nil {
		t.Fatal(err)
	}
}

// ingest stores one article an hour after the last and moves past the
// second it was stored in.
func (w *world) ingest(t *testing.T, a news.Article) {
	t.Helper()
	w.clock.add(time.Hour)
	if _, err := w.pipe.Ingest(context.Background(), []news.Article{a}); err != nil {
		t.Fatal(err)
	}
	w.clock.add(time.Second)
}

// oneStory returns the articles of the sample's story with the most
// articles, oldest first, as a whole ingest groups them, and a later
// report of its first.
func oneStory(t *testing.T) []news.Article {
	t.Helper()
	var arts []news.Article
	if err := feed.ReadJSONL(sample.Articles(), func(a news.Article) error { arts = append(arts, a); return nil }); err != nil {
		t.Fatal(err)
	}
	slices.SortStableFunc(arts, func(a, b news.Article) int { return a.Published.Compare(b.Published) })
	db, err := store.OpenServices(context.Background(), filepath.Join(t.TempDir(), "scratch.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	pipe := &ingest.Pipeline{Articles: db, Stories: ingest.NewStories(story.Config{}, db), Workers: 1}
	if _, err := pipe.Ingest(context.Background(), arts); err != nil {
		t.Fatal(err)
	}
	stored, err := db.Articles(context.Background(), news.DigestFilter{})
	if err != nil {
		t.Fatal(err)
	}
	byStory := map[int64][]string{}
	for _, a := range stored {
		if a.StoryID != 0 {
			byStory[a.StoryID] = append(byStory[a.StoryID], a.Article.ExternalID)
		}
	}
	var best []string
	for _, ids := range byStory {
		if len(ids) > len(best) {
			best = ids
		}
	}
	var out []news.Article
	for _, a := range arts {
		if slices.Contains(best, a.ExternalID) {
			out = append(out, a)
		}
	}
	if len(out) < 2 {
		t.Fatalf("the sample's largest story has %d articles", len(out))
	}
	// A third report: the first again, from another outlet a day later.
	again := out[0]
	again.ExternalID, again.URL, again.CanonicalURL, again.ContentHash = again.ExternalID+"-again", "", "", ""
	again.SourceName, again.Published = "Another Outlet", again.Published.Add(24*time.Hour)
	again.Text += " (Reported again.)"
	return append(out, again)
}

func round(t *testing.T, f *thread.Follower) int {
	t.Helper()
	n, err := f.Round(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func contents(msgs []fakediscord.Message) []string {
	var out []string
	for _, m := range msgs {
		out = append(out, m["content"].(string))
	}
	return out
}

// TestOneStoryOneThread: in a forum and in a text channel, a story's
// first report opens one thread, each later report adds one message to
// it, and a round with nothing new posts nothing.
func TestOneStoryOneThread(t *testing.T) {
	arts := oneStory(t)
	for _, forum := range []bool{true, false} {
		t.Run(fmt.Sprintf("forum=%v", forum), func(t *testing.T) {
			w := newWorld(t)
			ch := map[bool]string{true: forumID, false: textID}[forum]
			w.follow(t, ch, forum)
			f := w.follower()
			for i, a := range arts {
				w.ingest(t, a)
				if n := round(t, f); n != 1 {
					t.Fatalf("report %d: %d posts, want 1", i+1, n)
				}
			}
			threads := w.srv.Threads(ch)
			if len(threads) != 1 {
				t.Fatalf("%d threads, want 1: %+v", len(threads), threads)
			}
			th := threads[0]
			if th.Name == "" || len([]rune(th.Name)) > thread.MaxName || th.Archived {
				t.Errorf("thread %+v", th)
			}
			msgs := contents(w.srv.Messages(th.ID))
			want := len(arts) // the starter and one per later report
			if !forum {
				want-- // a text channel's starter message is in the channel
				if parent := contents(w.srv.Messages(ch)); len(parent) != 1 {
					t.Errorf("channel messages %q, want the one starter", parent)
				}
			}
			t.Logf("thread %q: %q", th.Name, msgs)
			if len(msgs) != want {
				t.Fatalf("%d messages in the thread, want %d: %q", len(msgs), want, msgs)
			}
			starter := msgs[0]
			if !forum {
				starter = contents(w.srv.Messages(ch))[0]
			}
			if !strings.Contains(starter, fmt.Sprintf("Sources (%d):", len(arts))) || !strings.HasSuffix(starter, "-# "+markerOf(t, w)) {
				t.Errorf("starter after %d reports: %q", len(arts), starter)
			}
			for i, a := range arts[1:] {
				m := msgs[len(msgs)-len(arts)+1+i]
				if !strings.HasPrefix(m, "**1 new report**") || !strings.Contains(m, digest.EscapeMarkdown(strings.Join(strings.Fields(a.Title), " "))[:20]) {
					t.Errorf("follow-up %d %q does not report %q", i+1, m, a.Title)
				}
			}
			w.clock.add(time.Hour)
			if n := round(t, f); n != 0 {
				t.Errorf("a round with nothing new sent %d", n)
			}
			for _, err := range w.srv.CheckResponses() {
				t.Error(err)
			}
		})
	}
}

// crashRound runs a round that panics at the first step named step, as a
// process killed there would stop, and reports whether it did.
func crashRound(w *world, step string) (crashed bool) {
	f := w.follower()
	f.Crash = func(s string) {
		if s == step {
			panic("crash at " + s)
		}
	}
	defer func() { crashed = recover() != nil }()
	f.Round(context.Background())
	return false
}

// TestCrashLeavesNoDuplicate: a process that dies between any two steps
// of a post (stored but not sent, the starter posted but no thread
// started, posted but not recorded) leaves, after the next round, exactly
// what an uninterrupted run makes: one thread per story, one message per
// report.
func TestCrashLeavesNoDuplicate(t *testing.T) {
	arts := oneStory(t)
	for _, forum := range []bool{true, false} {
		for _, step := range []string{"after_create", "before_send", "before_starter", "before_thread", "after_send"} {
			if forum && (step == "before_thread" || step == "before_starter") {
				continue // a forum post is one request
			}
			for _, at := range []int{0, 1} { // the open post, a later report's
				if (step == "before_thread" || step == "before_starter") && at > 0 {
					continue // only the open post starts a thread
				}
				t.Run(fmt.Sprintf("forum=%v/%s/report%d", forum, step, at), func(t *testing.T) {
					w := newWorld(t)
					ch := map[bool]string{true: forumID, false: textID}[forum]
					w.follow(t, ch, forum)
					f := w.follower()
					for i, a := range arts {
						w.ingest(t, a)
						if i == at && !crashRound(w, step) {
							t.Fatalf("the round of report %d did not reach %s", i+1, step)
						}
						round(t, f)
					}
					threads := w.srv.Threads(ch)
					if len(threads) != 1 {
						t.Fatalf("%d threads, want 1: %+v", len(threads), threads)
					}
					msgs := contents(w.srv.Messages(threads[0].ID))
					want := len(arts)
					if !forum {
						want--
						if parent := w.srv.Messages(ch); len(parent) != 1 {
							t.Errorf("%d starter messages in the channel, want 1", len(parent))
						}
					}
					if len(msgs) != want {
						t.Fatalf("%d messages in the thread, want %d: %q", len(msgs), want, msgs)
					}
					pending, err := w.db.PendingThreadPosts(context.Background())
					if err != nil || len(pending) != 0 {
						t.Errorf("pending posts %v (%v), want none", pending, err)
					}
				})
			}
		}
	}
}

// TestForumPostLandingLate: a forum post whose request was still in
// flight when its process died lands after the next process has started.
// Discord matches no nonce on a forum post, so the next process must find
// it before it makes the post again: one thread for the story, the one
// recorded.
func TestForumPostLandingLate(t *testing.T) {
	arts := oneStory(t)
	w := newWorld(t)
	w.follow(t, forumID, true)
	const lag = 400 * time.Millisecond
	w.srv.AddFault(fakediscord.Fault{Method: "POST", Route: "/channels/{channel_id}/threads", Latency: lag, Lands: true, Times: 1})
	w.ingest(t, arts[0])
	ctx, kill := context.WithCancel(context.Background())
	defer kill()
	dying := w.follower()
	dying.Crash = func(step string) {
		if step == "before_send" { // the process dies with its request in flight
			time.AfterFunc(lag/4, kill)
		}
	}
	if n, err := dying.Round(ctx); n != 0 || err == nil {
		t.Fatalf("the killed round sent %d posts (%v), want none and an error", n, err)
	}
	next := w.follower()
	next.Settle = 2 * lag
	round(t, next)
	time.Sleep(lag) // every request made has landed
	threads := w.srv.Threads(forumID)
	if len(threads) != 1 {
		t.Fatalf("%d threads, want 1: %+v", len(threads), threads)
	}
	var stored string
	if err := w.db.Reader().QueryRow(`SELECT thread_id FROM story_threads`).Scan(&stored); err != nil || stored != threads[0].ID {
		t.Errorf("stored thread %q (%v), want %s", stored, err, threads[0].ID)
	}
	pending, err := w.db.PendingThreadPosts(context.Background())
	if err != nil || len(pending) != 0 {
		t.Errorf("pending posts %v (%v), want none", pending, err)
	}
}

// TestQuietThreadArchived: a thread stays open while its story is
// reported within its follow's quiet time, is archived once the story has
// gone quiet that long, and a later report is added to it again.
func TestQuietThreadArchived(t *testing.T) {
	arts := oneStory(t)
	w := newWorld(t)
	w.follow(t, forumID, true)
	f := w.follower()
	w.ingest(t, arts[0])
	round(t, f)
	w.clock.add(71 * time.Hour)
	round(t, f)
	if th := w.srv.Threads(forumID); len(th) != 1 || th[0].Archived {
		t.Fatalf("after 71 quiet hours: %+v, want one open thread", th)
	}
	w.clock.add(time.Hour)
	round(t, f)
	th := w.srv.Threads(forumID)
	if len(th) != 1 || !th[0].Archived {
		t.Fatalf("after 72 quiet hours: %+v, want one archived thread", th)
	}
	if n := len(w.srv.RequestsTo("PATCH", "/channels/{channel_id}")); n != 1 {
		t.Errorf("%d archive requests, want 1", n)
	}
	w.clock.add(time.Hour)
	round(t, f)
	if n := len(w.srv.RequestsTo("PATCH", "/channels/{channel_id}")); n != 1 {
		t.Errorf("an archived thread was archived again: %d requests", n)
	}
	w.ingest(t, arts[1])
	if n := round(t, f); n != 1 {
		t.Fatalf("a report after the archive sent %d posts, want 1", n)
	}
	th = w.srv.Threads(forumID)
	if len(th) != 1 || th[0].Archived || len(w.srv.Messages(th[0].ID)) != 2 {
		t.Fatalf("after a new report: %+v with %d messages, want the same thread open with 2", th, len(w.srv.Messages(th[0].ID)))
	}
	for _, err := range w.srv.CheckResponses() {
		t.Error(err)
	}
}

// TestStarterRecordedBeforeThread: a text channel's starter message is
// recorded before its thread is started, so a restart after a busy
// channel buried it under 100 messages, past the nonce's window, still
// starts the thread from it instead of posting it again.
func TestStarterRecordedBeforeThread(t *testing.T) {
	arts := oneStory(t)
	w := newWorld(t, func(o *fakediscord.Options) { o.NonceWindow = time.Millisecond })
	w.follow(t, textID, false)
	w.ingest(t, arts[0])
	if !crashRound(w, "before_thread") {
		t.Fatal("the round did not reach before_thread")
	}
	for i := range 100 {
		if _, err := w.snd.PostMarked(context.Background(), textID, fmt.Sprint("chatter ", i), ""); err != nil {
			t.Fatal(err)
		}
	}
	round(t, w.follower())
	threads := w.srv.Threads(textID)
	starters := 0
	for _, m := range w.srv.Messages(textID) {
		if strings.Contains(m["content"].(string), "-# thread ") {
			starters++
		}
	}
	if len(threads) != 1 || starters != 1 {
		t.Fatalf("%d threads and %d starter messages, want 1 and 1", len(threads), starters)
	}
}

// markerOf is the marker of the open post of the follow's only thread.
func markerOf(t *testing.T, w *world) string {
	t.Helper()
	var marker string
	if err := w.db.Reader().QueryRow(`SELECT marker FROM story_threads`).Scan(&marker); err != nil || marker == "" {
		t.Fatalf("story thread marker %q: %v", marker, err)
	}
	return marker
}

// TestPerRoundBound: a burst of stories (the whole sample, in two
// arrivals) is spread over rounds of at most PerRound posts, the rest
// waiting in the outbox, and ends as one unbounded round leaves it: the
// same threads with the same messages, each once.
func TestPerRoundBound(t *testing.T) {
	var arts []news.Article
	if err := feed.ReadJSONL(sample.Articles(), func(a news.Article) error { arts = append(arts, a); return nil }); err != nil {
		t.Fatal(err)
	}
	slices.SortStableFunc(arts, func(a, b news.Article) int { return a.Published.Compare(b.Published) })
	half := len(arts) / 2
	run := func(perRound int) (map[string]int, []int) {
		w := newWorld(t)
		w.follow(t, forumID, true)
		f := w.follower()
		f.PerRound = perRound
		var rounds []int
		for _, batch := range [][]news.Article{arts[:half], arts[half:]} {
			w.clock.add(time.Hour)
			if _, err := w.pipe.Ingest(context.Background(), batch); err != nil {
				t.Fatal(err)
			}
			w.clock.add(time.Second)
			for n := -1; n != 0; {
				n = round(t, f)
				if n > f.PerRound && f.PerRound > 0 {
					t.Fatalf("a round sent %d posts, bound %d", n, f.PerRound)
				}
				rounds = append(rounds, n)
				w.clock.add(time.Minute)
			}
		}
		out := map[string]int{}
		for _, th := range w.srv.Threads(forumID) {
			if out[th.Name] != 0 {
				t.Errorf("thread %q twice", th.Name)
			}
			out[th.Name] = len(w.srv.Messages(th.ID))
		}
		for _, err := range w.srv.CheckResponses() {
			t.Error(err)
		}
		return out, rounds
	}
	want, free := run(1000)
	got, bounded := run(2)
	t.Logf("posts a round: unbounded %v, bounded %v; %d threads", free, bounded, len(got))
	if len(want) < 3 || len(bounded) <= len(free) {
		t.Fatalf("%d threads and %d bounded rounds: the test needs a burst", len(want), len(bounded))
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("threads and their messages, bounded %v, want %v", got, want)
	}
}

// TestActiveThreadLimit: a guild at Discord's limit of active threads
// (here 3) refuses new ones (160006); the posts wait, none parked, and
// are made as quiet threads are archived, each story's thread once (a
// text channel's starter message is not posted again).
func TestActiveThreadLimit(t *testing.T) {
	var arts []news.Article
	if err := feed.ReadJSONL(sample.Articles(), func(a news.Article) error { arts = append(arts, a); return nil }); err != nil {
		t.Fatal(err)
	}
	for _, forum := range []bool{true, false} {
		t.Run(fmt.Sprintf("forum=%v", forum), func(t *testing.T) {
			w := newWorld(t, func(o *fakediscord.Options) { o.MaxActiveThreads = 3 })
			ch := map[bool]string{true: forumID, false: textID}[forum]
			w.follow(t, ch, forum)
			if _, err := w.pipe.Ingest(context.Background(), arts); err != nil {
				t.Fatal(err)
			}
			w.clock.add(time.Second)
			f := w.follower()
			refused := 0
			for range 20 {
				_, err := f.Round(context.Background())
				if news.ErrorCode(err) == news.ELIMIT {
					refused++
				} else if err != nil {
					t.Fatal(err)
				}
				if pending, _ := w.db.PendingThreadPosts(context.Background()); len(pending) == 0 {
					break
				}
				w.clock.add(73 * time.Hour) // the threads go quiet: the round's end archives them
			}
			var parked, open int
			if err := w.db.Reader().QueryRow(`SELECT count(*) FILTER (WHERE parked != ''), count(*) FILTER (WHERE sent = 0)
				FROM thread_posts`).Scan(&parked, &open); err != nil {
				t.Fatal(err)
			}
			var stories, made int
			if err := w.db.Reader().QueryRow(`SELECT count(*), count(*) FILTER (WHERE thread_id != '') FROM story_threads`).Scan(&stories, &made); err != nil {
				t.Fatal(err)
			}
			threads := w.srv.Threads(ch)
			t.Logf("%d stories, %d threads, %d rounds refused", stories, len(threads), refused)
			if refused == 0 || parked != 0 || open != 0 || made != stories || len(threads) != stories {
				t.Errorf("%d rounds refused, %d parked, %d unsent; %d of %d story threads made, %d in the channel",
					refused, parked, open, made, stories, len(threads))
			}
			if !forum && len(w.srv.Messages(ch)) != stories {
				t.Errorf("%d starter messages, want %d", len(w.srv.Messages(ch)), stories)
			}
			for _, err := range w.srv.CheckResponses() {
				t.Error(err)
			}
		})
	}
}
