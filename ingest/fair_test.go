package ingest

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// slowWorld serves, on loopback, the operator's curated feed (answers at
// once) and guild A's fifty feeds of thirty teasers each, whose pages hang
// until released or until their request is cut (a page "at 30 s" that the
// test holds as long as it likes: no timing is asserted).
type slowWorld struct {
	*world
	srv     *httptest.Server
	release chan struct{}
	hanging sync.Map     // guild source path -> true once one of its pages hangs
	hung    atomic.Int32 // pages hanging now
	started chan news.Source
}

func newSlowWorld(t *testing.T) *slowWorld {
	w := &slowWorld{world: newWorld(t), release: make(chan struct{}), started: make(chan news.Source, 100)}
	w.srv = httptest.NewServer(http.HandlerFunc(w.serve))
	t.Cleanup(func() {
		select {
		case <-w.release:
		default:
			close(w.release)
		}
		w.srv.Close()
	})
	w.p.onStart = func(src news.Source) { w.started <- src }
	return w
}

func (w *slowWorld) serve(rw http.ResponseWriter, r *http.Request) {
	switch {
	case r.URL.Path == "/curated":
		rw.Write([]byte(datedFeed("curated", 3)))
	case strings.HasPrefix(r.URL.Path, "/a/") && strings.Contains(r.URL.Path, "/page/"):
		w.hanging.Store(r.URL.Path[:strings.Index(r.URL.Path, "/page/")], true)
		w.hung.Add(1)
		defer w.hung.Add(-1)
		select {
		case <-w.release:
			rw.Write([]byte("<html><body><p>Released.</p></body></html>"))
		case <-r.Context().Done():
		}
	case strings.HasPrefix(r.URL.Path, "/a/"):
		var b strings.Builder
		b.WriteString(`<rss version="2.0"><channel><title>A</title>`)
		for j := range 30 {
			fmt.Fprintf(&b, `<item><title>Teaser %d</title><guid>%s-%d</guid><link>%s%s/page/%d</link><description>Clashes were reported... Read more</description></item>`,
				j, r.URL.Path, j, w.srv.URL, r.URL.Path, j)
		}
		b.WriteString(`</channel></rss>`)
		rw.Write([]byte(b.String()))
	default:
		http.NotFound(rw, r)
	}
}

// addGuildA adds guild A's fifty slow sources, due at t0.
func (w *slowWorld) addGuildA() {
	for i := range 50 {
		w.add(fmt.Sprintf("%s/a/%d", w.srv.URL, i), "guild-a")
	}
}

// next returns the next source whose poll starts.
func (w *slowWorld) next() news.Source {
	w.t.Helper()
	select {
	case src := <-w.started:
		return src
	case <-time.After(30 * time.Second):
		w.t.Fatal("no poll started")
		return news.Source{}
	}
}

// waitHanging waits until n of guild A's sources have a page hanging.
func (w *slowWorld) waitHanging(n int) {
	w.t.Helper()
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(time.Millisecond) {
		count := 0
		w.hanging.Range(func(any, any) bool { count++; return true })
		if count >= n {
			return
		}
		if time.Now().After(deadline) {
			w.t.Fatalf("%d sources hanging, want %d", count, n)
		}
	}
}

// The measure of issue 11: fifty slow sources of one guild, each with
// thirty teaser pages that hang, do not delay the operator's curated
// source. Guild A holds its share of the polls (2 of 4) with pages hanging;
// the curated source, due later, is polled and stored while every one of
// them still hangs. Before, a round of polls started the due sources in
// order, four at a time, and the next round waited for the slowest: the
// curated source waited for all fifty (about an hour at 30 s a page).
func TestSlowGuildDoesNotDelayTheCuratedSource(t *testing.T) {
	w := newSlowWorld(t)
	w.p.Concurrency = 4
	w.addGuildA()
	curated := w.add(w.srv.URL+"/curated", "", t0.Add(time.Minute))
	s := w.p.newScheduler()
	ctx := context.Background()
	if err := s.dispatch(ctx); err != nil {
		t.Fatal(err)
	}
	for range 2 {
		if src := w.next(); src.GuildID != "guild-a" {
			t.Fatalf("started %s, want guild A's", src.URL)
		}
	}
	w.waitHanging(2)
	w.clk.Set(t0.Add(time.Minute)) // the curated source is due
	if err := s.dispatch(ctx); err != nil {
		t.Fatal(err)
	}
	if src := w.next(); src.ID != curated.ID {
		t.Fatalf("started %s, want the curated source", src.URL)
	}
	<-s.freed // the curated poll ended (guild A's are hanging)
	if n := w.count(curated.ID); n != 3 || w.hung.Load() == 0 {
		t.Fatalf("curated stored %d (want 3) with %d pages of guild A hanging (want some)", n, w.hung.Load())
	}
	if got := w.source(curated.ID); got.Failures != 0 || got.LastSuccess.IsZero() {
		t.Errorf("curated source after its poll: %+v", got)
	}
	close(w.release)
	s.wait()
}

// With a single poll slot, guild A's slow source holds it until the poll's
// deadline cuts it; the slot then goes to the next guild in turn, the
// operator's, not to guild A's next source: the curated source waits one
// deadline at most.
func TestOneSlotGoesToTheNextGuild(t *testing.T) {
	w := newSlowWorld(t)
	w.p.Concurrency = 1
	w.p.Deadline = 200 * time.Millisecond // the real clock cuts the hanging pages
	w.addGuildA()
	curated := w.add(w.srv.URL+"/curated", "", t0.Add(time.Minute))
	s := w.p.newScheduler()
	ctx := context.Background()
	s.dispatch(ctx)
	if src := w.next(); src.GuildID != "guild-a" {
		t.Fatalf("started %s, want guild A's", src.URL)
	}
	w.clk.Set(t0.Add(time.Minute))
	s.dispatch(ctx) // no slot free: nothing starts
	<-s.freed       // guild A's poll ended at its deadline
	s.dispatch(ctx)
	if src := w.next(); src.ID != curated.ID {
		t.Fatalf("started %s after guild A's poll, want the curated source", src.URL)
	}
	s.wait()
	if n := w.count(curated.ID); n != 3 {
		t.Errorf("curated stored %d, want 3", n)
	}
}

// A poll is cut at its deadline, feed and teaser pages together: the items
// are stored with their teasers, and the slow poll backs the source off.
// Before, only each request had a time limit, so thirty hanging pages
// (four at a time) held a poll for minutes, and a slow success counted as
// a success.
func TestPollDeadlineCutsHangingPages(t *testing.T) {
	w := newSlowWorld(t)
	w.p.Deadline = 200 * time.Millisecond
	src := w.add(w.srv.URL+"/a/0", "guild-a")
	done := make(chan error, 1)
	go func() { done <- w.p.PollSource(context.Background(), &src) }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("the poll was not cut at its deadline")
	}
	if n := w.count(src.ID); n != 30 {
		t.Errorf("stored %d teasers, want 30", n)
	}
	if got := w.source(src.ID); got.Failures != 1 || !strings.Contains(got.LastError, "deadline") || got.NextCheck.Sub(t0) != w.p.backoff(1) {
		t.Errorf("after a cut poll: failures %d, error %q, next check in %v; want a back-off", got.Failures, got.LastError, got.NextCheck.Sub(t0))
	}
}

// A poll that succeeds slowly counts toward the back-off; a fast one after
// it resets it. The clock is the poller's: the feed's handler moves it.
func TestSlowPollBacksOff(t *testing.T) {
	w := newWorld(t)
	slow := true
	srv := httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		if slow {
			w.clk.Advance(5 * time.Minute)
		}
		rw.Write([]byte(datedFeed("s", 1)))
	}))
	defer srv.Close()
	w.p.SlowAfter = time.Minute
	src := w.add(srv.URL, "")
	for i, want := range []int{1, 2} {
		if err := w.p.PollSource(context.Background(), &src); err != nil {
			t.Fatal(err)
		}
		got := w.source(src.ID)
		if got.Failures != want || got.NextCheck.Sub(w.clk.Now()) != w.p.backoff(want) || !strings.Contains(got.LastError, "took 5m0s") || got.Disabled() {
			t.Fatalf("slow poll %d: failures %d, next check in %v, error %q", i+1, got.Failures, got.NextCheck.Sub(w.clk.Now()), got.LastError)
		}
	}
	slow = false
	w.p.PollSource(context.Background(), &src)
	if got := w.source(src.ID); got.Failures != 0 || got.LastError != "" {
		t.Errorf("fast poll: failures %d, error %q; want a reset", got.Failures, got.LastError)
	}
}

// A source stores at most MaxItems of a poll (newest first) and MaxPerDay
// in 24 hours. Before, one feed of 60,000 items stored 60,000 articles.
func TestPollLimits(t *testing.T) {
	w := newWorld(t)
	n := 40
	srv := httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		rw.Write([]byte(datedFeed("lim", n)))
	}))
	defer srv.Close()
	w.p.Reader.MaxItems, w.p.MaxPerDay = 10, 25
	src := w.add(srv.URL, "")
	poll := func() {
		t.Helper()
		if err := w.p.PollSource(context.Background(), &src); err != nil {
			t.Fatal(err)
		}
	}
	poll()
	if got := w.count(src.ID); got != 10 {
		t.Fatalf("first poll stored %d, want MaxItems 10", got)
	}
	if _, _, err := w.db.ArticleByExternalID(context.Background(), "lim-39"); err != nil {
		t.Errorf("the newest item was not kept: %v", err)
	}
	for range 3 { // feeds grow; the day's limit holds
		n += 10
		w.clk.Advance(time.Hour)
		poll()
	}
	if got := w.count(src.ID); got != 25 {
		t.Fatalf("after four polls in a day stored %d, want MaxPerDay 25", got)
	}
	n += 10
	w.clk.Advance(24 * time.Hour)
	poll()
	if got := w.count(src.ID); got != 35 {
		t.Errorf("a day later stored %d, want 35", got)
	}
}
