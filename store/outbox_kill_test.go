package store_test

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/bot"
	"github.com/conflict-digest/conflict-digest/digest"
	"github.com/conflict-digest/conflict-digest/internal/fakediscord"
	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/store"
)

var kills = flag.Int("kills", 10, "times TestCrashKillExactlyOnce kills the delivering process")

// Environment of the child process of TestCrashKillExactlyOnce.
const (
	envKillDB  = "CD_KILL_DB"
	envKillAPI = "CD_KILL_API"
	envKillNow = "CD_KILL_NOW"
)

// TestMain runs the delivering child when the kill test re-executes the
// test binary, and the tests otherwise.
func TestMain(m *testing.M) {
	if path := os.Getenv(envKillDB); path != "" {
		if err := deliverChild(path, os.Getenv(envKillAPI), os.Getenv(envKillNow)); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// deliverChild is one run of the bot's delivery: open the file, deliver
// every subscription, exit. The parent kills it at a random moment.
func deliverChild(path, api, nowText string) error {
	now, err := time.Parse(time.RFC3339, nowText)
	if err != nil {
		return err
	}
	clock := func() time.Time { return now }
	ctx := context.Background()
	db, err := store.OpenServices(ctx, path, store.WithNow(clock))
	if err != nil {
		return err
	}
	defer db.Close()
	fmt.Println("ready") // the parent's kill timer starts now
	subs, err := db.Subscriptions(ctx, news.SubscriptionFilter{})
	if err != nil {
		return err
	}
	sender := bot.NewSender(bot.SenderConfig{Token: "test-token", APIBase: api})
	d := &digest.Deliverer{Stories: db, Subs: db, Outbox: db, Sender: sender, Now: clock}
	for _, s := range subs {
		if _, err := d.Deliver(ctx, s.ID); err != nil {
			return fmt.Errorf("deliver %d: %w", s.ID, err)
		}
	}
	return nil
}

// TestCrashKillExactlyOnce re-executes the test binary as the delivering
// process and kills it (SIGKILL) at random moments, -kills times, with new
// stories between runs; the fake Discord and the SQLite file survive. Then
// every subscriber must have every message and story exactly once.
func TestCrashKillExactlyOnce(t *testing.T) {
	if testing.Short() {
		t.Skip("re-executes the test binary")
	}
	srv := fakediscord.New(fakediscord.Options{ChannelLimit: 1000, ChannelPeriod: time.Second})
	defer srv.Close()
	clk := &testClock{time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)}
	w := &crashWorld{t: t, path: filepath.Join(t.TempDir(), "kill.db"), clk: clk,
		discord: &fakeDiscord{Sender: bot.NewSender(bot.SenderConfig{Token: srv.Token(), APIBase: srv.URL() + "api/v10/"}), srv: srv},
		rng:     rand.New(rand.NewPCG(3, 4))}
	w.open()
	defer func() { w.db.Close() }()
	subs := w.subscribe()
	cats := map[int]news.Category{}
	killed, runs, midway := 0, 0, 0
	for killed < *kills {
		clk.t = clk.t.Add(time.Minute)
		for range w.rng.IntN(12) {
			id := len(cats) + 1
			cats[id] = news.Categories[w.rng.IntN(4)]
			w.addStory(id, cats[id])
		}
		clk.t = clk.t.Add(time.Hour)
		runs++
		before := w.posted()
		window := 1500 * time.Millisecond
		if w.lastRun > 0 {
			window = min(window, w.lastRun)
		}
		if w.runChild(srv, time.Duration(1+w.rng.Int64N(int64(window)))) {
			killed++
			if w.posted() > before {
				midway++ // killed after posting: a delivery cut short
			}
		}
		if runs > 20**kills {
			t.Fatalf("only %d kills landed in %d runs", killed, runs)
		}
	}
	clk.t = clk.t.Add(time.Hour)
	if w.runChild(srv, 0) {
		t.Fatal("the last run was killed")
	}
	checkDelivered(t, w, subs, cats)
	t.Logf("kills %d in %d runs (%d after the killed run had posted); stories %d", killed, runs, midway, len(cats))
}

// runChild runs the delivering process; after > 0 kills it then unless it
// has finished. It reports whether the kill landed.
func (w *crashWorld) runChild(srv *fakediscord.Server, after time.Duration) bool {
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), envKillDB+"="+w.path, envKillAPI+"="+srv.URL()+"api/v10/",
		envKillNow+"="+w.clk.t.Format(time.RFC3339))
	out := &lockedBuffer{}
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Start(); err != nil {
		w.t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	for after > 0 && !strings.Contains(out.String(), "ready") && len(done) == 0 {
		time.Sleep(time.Millisecond)
	}
	start := time.Now()
	if after > 0 {
		select {
		case err := <-done:
			w.lastRun = time.Since(start)
			w.childFailed(err, out)
			return false
		case <-time.After(after):
			cmd.Process.Kill()
			err := <-done
			var ee *exec.ExitError
			if errors.As(err, &ee) && !ee.Exited() {
				return true // killed by the signal
			}
			w.childFailed(err, out)
			return false
		}
	}
	w.childFailed(<-done, out)
	return false
}

// posted counts the messages in every channel of the fake Discord.
func (w *crashWorld) posted() int {
	n := 0
	for _, s := range crashSubs() {
		ch := s.ChannelID
		if s.DM {
			ch = "dm-" + s.UserID
		}
		n += len(w.discord.contents(ch))
	}
	return n
}

func (w *crashWorld) childFailed(err error, out *lockedBuffer) {
	if err != nil {
		w.t.Fatalf("delivering process failed: %v\n%s", err, out.String())
	}
}

// lockedBuffer collects a child's output from two pipes.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
