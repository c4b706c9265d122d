package ingest

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/feed"
	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/store"
	"github.com/conflict-digest/conflict-digest/story"
)

var t0 = time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)

// clock is a settable test clock.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time          { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) Set(t time.Time)         { c.mu.Lock(); defer c.mu.Unlock(); c.t = t }
func (c *clock) Advance(d time.Duration) { c.mu.Lock(); defer c.mu.Unlock(); c.t = c.t.Add(d) }
func noJitter() float64                  { return 0.5 }
func discard() *slog.Logger              { return slog.New(slog.DiscardHandler) }
func storeAt(c *clock) store.Option      { return store.WithNow(c.Now) }
func fetcher() *feed.Fetcher {
	return &feed.Fetcher{Client: feed.NewClient(feed.Config{AllowPrivate: true})}
}
func pipelineOf(db *store.Services) *Pipeline {
	return &Pipeline{Articles: db, Stories: NewStories(story.Config{}, db), Logger: discard()}
}

// world is a real store with a poller over it.
type world struct {
	t   *testing.T
	db  *store.Services
	clk *clock
	p   *Poller
}

func newWorld(t *testing.T) *world {
	t.Helper()
	clk := &clock{t: t0}
	db, err := store.OpenServices(context.Background(), filepath.Join(t.TempDir(), "poll.db"), store.WithLogger(discard()), storeAt(clk))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	p := &Poller{
		Reader:  &feed.Reader{Fetcher: fetcher(), Now: clk.Now},
		Sources: db, Pipeline: pipelineOf(db), Counter: db, Logger: discard(),
		Now: clk.Now, Rand: noJitter, Interval: 10 * time.Minute, MaxBackoff: 2 * time.Hour,
	}
	return &world{t: t, db: db, clk: clk, p: p}
}

// add stores a source due at t0 (or at next when given).
func (w *world) add(url, guild string, next ...time.Time) news.Source {
	w.t.Helper()
	src := news.Source{URL: url, Kind: news.KindFeed, GuildID: guild, NextCheck: t0}
	if len(next) > 0 {
		src.NextCheck = next[0]
	}
	if err := w.db.CreateSource(context.Background(), &src); err != nil {
		w.t.Fatal(err)
	}
	return src
}

func (w *world) source(id int64) news.Source {
	w.t.Helper()
	s, err := w.db.Source(context.Background(), id)
	if err != nil {
		w.t.Fatal(err)
	}
	return *s
}

func (w *world) count(id int64) int {
	w.t.Helper()
	n, err := w.db.CountSourceArticles(context.Background(), id, time.Time{})
	if err != nil {
		w.t.Fatal(err)
	}
	return n
}

// datedFeed is an RSS feed of n full items, item i published i minutes
// after t0, ids prefixed by tag.
func datedFeed(tag string, n int) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Dated</title>`)
	for i := range n {
		fmt.Fprintf(&b, `<item><title>Shelling in Aleppo, report %d</title><guid>%s-%d</guid><pubDate>%s</pubDate>`+
			`<description>Shelling hit eastern Aleppo on Monday, report %d of %s said, and aid agencies counted the damage in the old city.</description></item>`,
			i, tag, i, t0.Add(time.Duration(i)*time.Minute).Format(time.RFC1123Z), i, tag)
	}
	b.WriteString(`</channel></rss>`)
	return b.String()
}

func TestPollBackoffAndDisable(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "boom", http.StatusInternalServerError)
	}))
	defer srv.Close()
	w := newWorld(t)
	w.p.DisableAfter = 5
	src := w.add(srv.URL, "")
	want := []time.Duration{20 * time.Minute, 40 * time.Minute, 80 * time.Minute, 2 * time.Hour, 2 * time.Hour}
	for i, d := range want {
		if err := w.p.PollSource(context.Background(), &src); news.ErrorCode(err) != news.EUNAVAILABLE {
			t.Fatalf("poll %d: %v", i+1, err)
		}
		saved := w.source(src.ID)
		if got := saved.NextCheck.Sub(w.clk.Now()); got != d || saved.Failures != i+1 {
			t.Errorf("after failure %d: next check in %v, failures %d; want %v, %d", i+1, got, saved.Failures, d, i+1)
		}
		if disabled := saved.Disabled(); disabled != (i+1 == 5) {
			t.Errorf("after failure %d: disabled %v (%q)", i+1, disabled, saved.DisabledReason)
		}
		w.clk.Set(saved.NextCheck)
	}
	if !strings.Contains(src.DisabledReason, "5 consecutive failures") || !strings.Contains(src.LastError, "500") {
		t.Errorf("reason %q, last error %q", src.DisabledReason, src.LastError)
	}
}

func TestPollJitter(t *testing.T) {
	p := &Poller{Interval: 10 * time.Minute}
	lo, hi := p.Interval, p.Interval
	for _, r := range []float64{0, 0.25, 0.999} {
		p.Rand = func() float64 { return r }
		d := p.jitter(p.Interval)
		lo, hi = min(lo, d), max(hi, d)
	}
	if lo != 9*time.Minute || hi < 10*time.Minute+59*time.Second || hi > 11*time.Minute {
		t.Errorf("jitter range [%v, %v], want [9m, 11m)", lo, hi)
	}
}

func TestPollRetryAfter(t *testing.T) {
	retry := "7200"
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", retry)
		w.WriteHeader(http.StatusTooManyRequests)
	}))
	defer srv.Close()
	w := newWorld(t)
	w.p.Reader.Fetcher.Now = w.clk.Now
	w.p.MaxBackoff = 24 * time.Hour
	src := w.add(srv.URL, "")
	if err := w.p.PollSource(context.Background(), &src); news.ErrorCode(err) != news.ERATELIMITED {
		t.Fatal(err)
	}
	if got := src.NextCheck.Sub(t0); got != 2*time.Hour {
		t.Errorf("next check in %v, want the 2h of Retry-After over the 20m back-off", got)
	}
	retry = "999999"
	if err := w.p.PollSource(context.Background(), &src); err == nil {
		t.Fatal("want an error")
	}
	if got := src.NextCheck.Sub(t0); got != 24*time.Hour {
		t.Errorf("next check in %v, want Retry-After capped at MaxBackoff 24h", got)
	}
}

func TestPollStoresAndNamesTheSource(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"e1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"e1"`)
		w.Write([]byte(datedFeed("a", 3)))
	}))
	defer srv.Close()
	w := newWorld(t)
	src := w.add(srv.URL, "")
	for range 2 { // the second poll is a 304
		if err := w.p.PollSource(context.Background(), &src); err != nil {
			t.Fatal(err)
		}
	}
	saved := w.source(src.ID)
	if saved.ETag != `"e1"` || saved.Name != "Dated" || saved.Failures != 0 || !saved.LastSuccess.Equal(t0) || saved.NextCheck.Sub(t0) != 10*time.Minute {
		t.Errorf("saved %+v", saved)
	}
	_, _, err := w.db.ArticleByExternalID(context.Background(), "a-2")
	if n := w.count(src.ID); n != 3 || err != nil {
		t.Errorf("stored %d articles (a-2: %v), want 3", n, err)
	}
}

// failingArticles is the store with CreateArticles failing as a whole, or
// panicking, for the sources named.
type failingArticles struct {
	*store.ArticleService
	fail, panics int64
}

func (f failingArticles) CreateArticles(ctx context.Context, items []*news.NewArticle) ([]error, error) {
	for _, n := range items {
		switch n.Article.SourceID {
		case f.fail:
			return nil, errors.New("disk full")
		case f.panics:
			panic("store bug")
		}
	}
	return f.ArticleService.CreateArticles(ctx, items)
}

func TestRunOnceMalformedSourceFailsAlone(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/good", "/panic":
			w.Write([]byte(datedFeed(r.URL.Path[1:], 2)))
		case "/html":
			w.Write([]byte("<!doctype html><html><body>home</body></html>"))
		case "/truncated":
			w.Write([]byte(datedFeed("t", 2)[:200]))
		}
	}))
	defer srv.Close()
	w := newWorld(t)
	html, good, trunc, pan := w.add(srv.URL+"/html", ""), w.add(srv.URL+"/good", ""), w.add(srv.URL+"/truncated", "g1"), w.add(srv.URL+"/panic", "g2")
	later := w.add(srv.URL+"/good?later", "", t0.Add(time.Hour))
	w.p.Pipeline.Articles = failingArticles{ArticleService: w.db.ArticleService, panics: pan.ID}
	if err := w.p.RunOnce(context.Background()); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		src     news.Source
		wantErr string
		stored  int
	}{{html, "web page", 0}, {good, "", 2}, {trunc, "malformed", 0}, {pan, "panic", 0}, {later, "", 0}} {
		s := w.source(c.src.ID)
		if c.wantErr == "" && (s.Failures != 0 || s.LastError != "") || c.wantErr != "" && (s.Failures != 1 || !strings.Contains(s.LastError, c.wantErr)) {
			t.Errorf("%s: failures %d, error %q; want error %q", s.URL, s.Failures, s.LastError, c.wantErr)
		}
		if n := w.count(c.src.ID); n != c.stored {
			t.Errorf("%s: stored %d, want %d", s.URL, n, c.stored)
		}
	}
	if !w.source(later.ID).LastSuccess.IsZero() {
		t.Error("a source not due was polled")
	}
}

func TestStoreFailureKeepsETag(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ETag", `"new"`)
		w.Write([]byte(datedFeed("e", 1)))
	}))
	defer srv.Close()
	w := newWorld(t)
	src := w.add(srv.URL, "")
	src.ETag = `"old"`
	w.p.Pipeline.Articles = failingArticles{ArticleService: w.db.ArticleService, fail: src.ID}
	if err := w.p.PollSource(context.Background(), &src); err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Fatalf("err %v", err)
	}
	saved := w.source(src.ID)
	// The error returned (and logged) names the cause; the one kept on the
	// source, which guild members see, does not leak it.
	if saved.ETag != `"old"` || saved.Failures != 1 || saved.LastError == "" || strings.Contains(saved.LastError, "disk full") {
		t.Errorf("saved %+v, want the old ETag, one failure and a safe last error", saved)
	}
}

func TestLoopStartStop(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(datedFeed("l", 1)))
	}))
	defer srv.Close()
	w := newWorld(t)
	w.add(srv.URL, "")
	w.p.Tick = 5 * time.Millisecond
	polled := make(chan struct{}, 100)
	w.p.onStart = func(news.Source) { polled <- struct{}{} }
	stop := make(chan struct{})
	defer close(stop)
	go func() { // time runs fast: the source is due again at a later tick
		for {
			select {
			case <-stop:
				return
			case <-time.After(time.Millisecond):
				w.clk.Advance(time.Hour)
			}
		}
	}()
	l := Start(context.Background(), w.p)
	for range 2 {
		select {
		case <-polled:
		case <-time.After(10 * time.Second):
			t.Fatal("not polled")
		}
	}
	done := make(chan struct{})
	go func() { l.Stop(); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("Stop did not return")
	}
}

// A poll cut by shutdown is not the source's failure: its state is saved
// as it was.
func TestPollCutByShutdownIsNoFailure(t *testing.T) {
	entered := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		close(entered)
		<-r.Context().Done()
	}))
	defer srv.Close()
	w := newWorld(t)
	src := w.add(srv.URL, "")
	ctx, cancel := context.WithCancel(context.Background())
	go func() { <-entered; cancel() }()
	if err := w.p.PollSource(ctx, &src); err == nil {
		t.Fatal("a cut poll reported success")
	}
	if got := w.source(src.ID); got.Failures != 0 || got.LastError != "" || !got.NextCheck.Equal(t0) {
		t.Errorf("after shutdown: failures %d, error %q, next check %v; want the state as it was", got.Failures, got.LastError, got.NextCheck)
	}
}
