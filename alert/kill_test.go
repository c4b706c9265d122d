package alert_test

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/alert"
	"github.com/conflict-digest/conflict-digest/bot"
	"github.com/conflict-digest/conflict-digest/digest"
	"github.com/conflict-digest/conflict-digest/ingest"
	"github.com/conflict-digest/conflict-digest/internal/fakediscord"
	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/store"
	"github.com/conflict-digest/conflict-digest/story"
	"github.com/conflict-digest/conflict-digest/thread"
)

var alertKills = flag.Int("alertkills", 10, "times TestAlertKillExactlyOnce kills the alerting and thread process")

// Environment of the child process of TestAlertKillExactlyOnce.
const (
	envAlertDB  = "CD_ALERT_KILL_DB"
	envAlertAPI = "CD_ALERT_KILL_API"
)

// TestMain runs the alerting child when the kill test re-executes the test
// binary, and the tests otherwise.
func TestMain(m *testing.M) {
	if path := os.Getenv(envAlertDB); path != "" {
		if err := alertChild(path, os.Getenv(envAlertAPI)); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// alertChild is one run of the bot's alerting and living threads: open
// the file, run one alert round and one thread round at the same time, as
// bot run's two loops do (each sends what a previous run left first),
// exit.
func alertChild(path, api string) error {
	ctx := context.Background()
	db, err := store.OpenServices(ctx, path)
	if err != nil {
		return err
	}
	defer db.Close()
	fmt.Println("ready") // the parent's kill timer starts now
	sender := bot.NewSender(bot.SenderConfig{Token: "test-token", APIBase: api})
	al := &alert.Alerter{Decider: &alert.Decider{Stories: digest.NewViews(db), Articles: db}, Store: db,
		Sender: sender, PerHour: 1000, Horizon: db.StoredHorizon}
	fl := &thread.Follower{Stories: digest.NewViews(db), Articles: db, Store: db, Sender: sender,
		PerRound: killPerRound, Horizon: db.StoredHorizon}
	var errs [2]error
	var wg sync.WaitGroup
	for i, round := range []func(context.Context) (int, error){al.Round, fl.Round} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, errs[i] = round(ctx)
		}()
	}
	wg.Wait()
	return errors.Join(errs[:]...)
}

// killPerRound bounds a child's thread posts, so that a burst (a new
// follow's first threads) spans runs and kills.
const killPerRound = 15

// forumLag is how long the fake takes to make a forum post.
const forumLag = 250 * time.Millisecond

// threadGuild is the guild of the followed channels (the fake lists its
// active threads when a restart looks for a forum post).
const threadGuild = "300000000000000001"

// TestAlertKillExactlyOnce re-executes the test binary as the alerting
// and thread process and kills it (SIGKILL) at random moments, at least
// -alertkills times, while reports arrive a few at a time: each epoch
// adds four channels' rules, a followed channel (a forum, then a text
// channel, in turn) and the sample again (new ids, the same stories: new
// threads in the new follow, updates in the older ones), and after each
// arrival the process is killed until one run finishes. The fake Discord
// (over HTTP) and the SQLite file survive. Then every alert stored is in
// its channel exactly once, every thread post in its thread exactly once
// (one thread per story, no message twice, none lost), and nothing else
// is.
func TestAlertKillExactlyOnce(t *testing.T) {
	if testing.Short() {
		t.Skip("re-executes the test binary")
	}
	srv := fakediscord.New(fakediscord.Options{ChannelLimit: 1000, ChannelPeriod: time.Second})
	defer srv.Close()
	// A forum post lands a while after it is sent, even when its process
	// was killed meanwhile: the next run must not make it again (it has no
	// nonce), however soon it starts.
	srv.AddFault(fakediscord.Fault{Method: "POST", Route: "/channels/{channel_id}/threads", Latency: forumLag, Lands: true})
	path := filepath.Join(t.TempDir(), "kill.db")
	w := newWorld(t)
	w.db.Close()
	db, err := store.OpenServices(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	w.db, w.pipe = db, &ingest.Pipeline{Articles: db, Stories: ingest.NewStories(story.Config{}, db), Workers: 1}
	rng := rand.New(rand.NewPCG(5, 6))
	api := srv.URL() + "api/v10/"
	var channels, followed []string
	killed, runs, midway := 0, 0, 0
	last := 150 * time.Millisecond // how long the last whole run took
	for epoch := 0; killed < *alertKills; epoch++ {
		for range 4 {
			ch := fmt.Sprintf("7%017d", len(channels))
			channels = append(channels, ch)
			w.rule(t, news.AlertRule{GuildID: "g1", ChannelID: ch, Toll: 10, RoleID: map[bool]string{true: "555"}[len(channels)%2 == 0]})
		}
		followed = append(followed, follow(t, db, srv, len(followed)))
		arts := renamed(w.arts, epoch)
		for next := 0; next < len(arts); {
			n := min(len(arts)-next, 1+rng.IntN(3))
			if _, err := w.pipe.Ingest(context.Background(), arts[next:next+n]); err != nil {
				t.Fatal(err)
			}
			next += n
			time.Sleep(1100 * time.Millisecond) // the round's window ends on the second
			for {
				runs++
				before := alertMessages(srv, channels) + threadMessages(srv, followed)
				kill, took := runAlertChild(t, path, api, time.Duration(1+rng.Int64N(int64(last))))
				if !kill {
					last = max(took, time.Millisecond)
					break
				}
				killed++
				// A run slower than the last whole one (a loaded machine,
				// -race) must finish some time: each kill widens the range
				// the next kill is drawn from.
				last += last / 2
				if alertMessages(srv, channels)+threadMessages(srv, followed) > before {
					midway++ // killed after posting: a round cut short
				}
			}
		}
	}
	for pending := 1; pending > 0; { // the round's bound may leave posts for the next
		if kill, _ := runAlertChild(t, path, api, 0); kill {
			t.Fatal("the last run was killed")
		}
		ps, err := db.PendingThreadPosts(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		pending = len(ps)
	}
	checkAlertsOnce(t, db, srv, channels)
	checkThreadsOnce(t, db, srv, followed)
	t.Logf("kills %d in %d runs (%d after the killed run had posted)", killed, runs, midway)
}

// renamed returns copies of the sample with ids of epoch e: new reports
// of the same events.
func renamed(arts []news.Article, e int) []news.Article {
	out := make([]news.Article, len(arts))
	for i, a := range arts {
		a.ExternalID = fmt.Sprintf("%s-e%d", a.ExternalID, e)
		a.URL, a.CanonicalURL, a.ContentHash = "", "", ""
		a.Text += fmt.Sprintf(" (Epoch %d.)", e)
		out[i] = a
	}
	return out
}

// alertMessages counts the messages of the channels.
func alertMessages(srv *fakediscord.Server, channels []string) int {
	n := 0
	for _, ch := range channels {
		n += len(srv.Messages(ch))
	}
	return n
}

// checkAlertsOnce checks that every stored post is in its channel exactly
// once, every message of a channel is a stored post, and nothing waits.
func checkAlertsOnce(t *testing.T, db *store.Services, srv *fakediscord.Server, channels []string) {
	t.Helper()
	stored := map[string]string{} // marker → channel
	rows, err := db.Reader().Query(`SELECT channel_id, marker, sent, parked FROM alert_posts`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var ch, marker, parked string
		var sent int64
		if err := rows.Scan(&ch, &marker, &sent, &parked); err != nil {
			t.Fatal(err)
		}
		if sent == 0 || parked != "" {
			t.Errorf("post %s in %s: sent %d, parked %q", marker, ch, sent, parked)
		}
		stored[marker] = ch
	}
	total := 0
	for _, ch := range channels {
		seen := map[string]int{}
		for _, m := range srv.Messages(ch) {
			content, _ := m["content"].(string)
			marker := content[strings.LastIndex(content, "-# ")+3:]
			seen[marker]++
			if stored[marker] != ch {
				t.Errorf("channel %s has a message that is no stored post: %.80q", ch, content)
			}
			if roles := fakediscord.MentionRoles(m); len(roles) > 1 || len(roles) == 1 && roles[0] != "555" {
				t.Errorf("channel %s: message pinged %v", ch, roles)
			}
		}
		for marker, n := range seen {
			if n != 1 {
				t.Errorf("channel %s has %s %d times", ch, marker, n)
			}
		}
		total += len(seen)
	}
	if total != len(stored) || total == 0 {
		t.Errorf("%d posts in the channels, %d stored", total, len(stored))
	}
	t.Logf("%d alert posts in %d channels, each once", total, len(channels))
}

// runAlertChild runs the alerting process; after > 0 kills it then unless
// it has finished. It reports whether the kill landed, and how long a run
// that was not killed took from ready to exit.
func runAlertChild(t *testing.T, path, api string, after time.Duration) (bool, time.Duration) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), envAlertDB+"="+path, envAlertAPI+"="+api)
	out := &syncBuffer{}
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	for after > 0 && !strings.Contains(out.String(), "ready") && len(done) == 0 {
		time.Sleep(100 * time.Microsecond)
	}
	start := time.Now()
	if after > 0 {
		select {
		case err := <-done:
			failed(t, err, out)
			return false, time.Since(start)
		case <-time.After(after):
			cmd.Process.Kill()
			err := <-done
			var ee *exec.ExitError
			if errors.As(err, &ee) && !ee.Exited() {
				return true, 0
			}
			failed(t, err, out)
			return false, time.Since(start)
		}
	}
	failed(t, <-done, out)
	return false, time.Since(start)
}

func failed(t *testing.T, err error, out *syncBuffer) {
	t.Helper()
	if err != nil {
		t.Fatalf("alerting process failed: %v\n%s", err, out.String())
	}
}

type syncBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

// follow makes the i-th followed channel in the fake and the store: a
// forum when i is even, a text channel when odd.
func follow(t *testing.T, db news.ThreadService, srv *fakediscord.Server, i int) string {
	t.Helper()
	ch := fmt.Sprintf("6%017d", i)
	forum := i%2 == 0
	typ := map[bool]int{true: fakediscord.ChannelForum}[forum]
	srv.SetChannel(fakediscord.GuildChannel{ID: ch, GuildID: threadGuild, Name: fmt.Sprintf("stories-%d", i), Type: typ})
	f := news.ThreadFollow{GuildID: threadGuild, ChannelID: ch, Forum: forum, QuietAfter: 72 * time.Hour}
	if err := db.CreateThreadFollow(context.Background(), &f); err != nil {
		t.Fatal(err)
	}
	return ch
}

// threadMessages counts the messages of the followed channels and their
// threads.
func threadMessages(srv *fakediscord.Server, followed []string) int {
	n := 0
	for _, ch := range followed {
		n += len(srv.Messages(ch))
		for _, th := range srv.Threads(ch) {
			n += len(srv.Messages(th.ID))
		}
	}
	return n
}

// checkThreadsOnce checks each followed channel against the thread
// outbox: every post sent, none parked; one thread per story thread
// stored, and no other; every message of the channel and its threads a
// stored post of the follow, each post exactly once; and no article of a
// followed story left unreported (deciding the follow again from its
// start finds nothing).
func checkThreadsOnce(t *testing.T, db *store.Services, srv *fakediscord.Server, followed []string) {
	t.Helper()
	ctx := context.Background()
	follows, err := db.ThreadFollows(ctx, threadGuild)
	if err != nil || len(follows) != len(followed) {
		t.Fatalf("%d follows (%v), want %d", len(follows), err, len(followed))
	}
	horizon, err := db.StoredHorizon(ctx)
	if err != nil {
		t.Fatal(err)
	}
	f := &thread.Follower{Stories: digest.NewViews(db), Articles: db, Store: db}
	total, threads, updates := 0, 0, 0
	for i := range follows {
		fl := &follows[i]
		posts := map[string]string{} // marker → kind
		rows, err := db.Reader().Query(`SELECT marker, kind, sent, parked FROM thread_posts WHERE follow_id = ?`, fl.ID)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var marker, kind, parked string
			var sent int64
			if err := rows.Scan(&marker, &kind, &sent, &parked); err != nil {
				t.Fatal(err)
			}
			if sent == 0 || parked != "" {
				t.Errorf("thread post %s of %s: sent %d, parked %q", marker, fl.ChannelID, sent, parked)
			}
			posts[marker] = kind
			if kind == news.ThreadUpdate {
				updates++
			}
		}
		rows.Close()
		var stored []string
		rows, err = db.Reader().Query(`SELECT thread_id FROM story_threads WHERE follow_id = ? ORDER BY thread_id`, fl.ID)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var id string
			rows.Scan(&id)
			stored = append(stored, id)
		}
		rows.Close()
		var made []string
		msgs := srv.Messages(fl.ChannelID)
		for _, th := range srv.Threads(fl.ChannelID) {
			made = append(made, th.ID)
			msgs = append(msgs, srv.Messages(th.ID)...)
		}
		slices.Sort(made)
		if !slices.Equal(made, stored) {
			t.Errorf("channel %s: threads %v, stored %v", fl.ChannelID, made, stored)
		}
		seen := map[string]int{}
		for _, m := range msgs {
			content, _ := m["content"].(string)
			marker := content[strings.LastIndex(content, "-# ")+3:]
			seen[marker]++
			if _, ok := posts[marker]; !ok {
				t.Errorf("channel %s has a message that is no stored post: %.80q", fl.ChannelID, content)
			}
		}
		for marker := range posts {
			if seen[marker] != 1 {
				t.Errorf("channel %s has post %s %d times", fl.ChannelID, marker, seen[marker])
			}
		}
		left, err := f.Decide(ctx, fl, fl.Created, horizon)
		if err != nil || len(left) != 0 {
			t.Errorf("channel %s: %d posts still to decide (%v), want none lost", fl.ChannelID, len(left), err)
		}
		total += len(posts)
		threads += len(made)
	}
	if total == 0 || updates == 0 {
		t.Errorf("%d thread posts, %d updates: the test made no threads to check", total, updates)
	}
	t.Logf("%d thread posts (%d threads, %d updates) in %d followed channels, each once", total, threads, updates, len(follows))
}
