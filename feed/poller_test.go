package feed

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// memSources is an in-memory news.SourceService.
type memSources struct {
	mu sync.Mutex
	m  map[int64]news.Source
}

func newMemSources(srcs ...news.Source) *memSources {
	s := &memSources{m: map[int64]news.Source{}}
	for i, src := range srcs {
		src.ID = int64(i + 1)
		s.m[src.ID] = src
	}
	return s
}

func (s *memSources) CreateSource(_ context.Context, src *news.Source) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	src.ID = int64(len(s.m) + 1)
	s.m[src.ID] = *src
	return nil
}

func (s *memSources) UpdateSource(_ context.Context, src *news.Source) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.m[src.ID]; !ok {
		return news.Errorf(news.ENOTFOUND, "no source %d", src.ID)
	}
	s.m[src.ID] = *src
	return nil
}

func (s *memSources) DeleteSource(_ context.Context, id int64) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.m, id)
	return nil
}

func (s *memSources) Source(_ context.Context, id int64) (*news.Source, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	src, ok := s.m[id]
	if !ok {
		return nil, news.Errorf(news.ENOTFOUND, "no source %d", id)
	}
	return &src, nil
}

func (s *memSources) Sources(_ context.Context, guildID string) ([]news.Source, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []news.Source
	for _, src := range s.m {
		if src.GuildID == guildID {
			out = append(out, src)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

func (s *memSources) DueSources(ctx context.Context, now time.Time) ([]news.Source, error) {
	all, _ := s.Sources(ctx, "")
	var out []news.Source
	for _, src := range all {
		if !src.Disabled() && !src.NextCheck.After(now) {
			out = append(out, src)
		}
	}
	return out, nil
}

var _ news.SourceService = (*memSources)(nil)

// clock is a settable test clock.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time  { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) Set(t time.Time) { c.mu.Lock(); defer c.mu.Unlock(); c.t = t }
func noJitter() float64          { return 0.5 }
func testPoller(c *clock) *Poller {
	return &Poller{Fetcher: testFetcher(Config{}), Now: c.Now, Rand: noJitter, Interval: 10 * time.Minute, MaxBackoff: 2 * time.Hour}
}

var t0 = time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)

func TestPollBackoffAndDisable(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "boom", http.StatusInternalServerError)
	}))
	defer srv.Close()
	c := &clock{t: t0}
	p := testPoller(c)
	p.DisableAfter = 5
	src := news.Source{URL: srv.URL, Kind: news.KindFeed}
	want := []time.Duration{20 * time.Minute, 40 * time.Minute, 80 * time.Minute, 2 * time.Hour, 2 * time.Hour}
	for i, w := range want {
		if _, err := p.Poll(context.Background(), &src); news.ErrorCode(err) != news.EUNAVAILABLE {
			t.Fatalf("poll %d: %v", i+1, err)
		}
		if got := src.NextCheck.Sub(c.Now()); got != w || src.Failures != i+1 {
			t.Errorf("after failure %d: next check in %v, failures %d; want %v, %d", i+1, got, src.Failures, w, i+1)
		}
		if disabled := src.Disabled(); disabled != (i+1 == 5) {
			t.Errorf("after failure %d: disabled %v (%q)", i+1, disabled, src.DisabledReason)
		}
		c.Set(src.NextCheck)
	}
	if !strings.Contains(src.DisabledReason, "5 consecutive failures") || !strings.Contains(src.LastError, "500") {
		t.Errorf("reason %q, last error %q", src.DisabledReason, src.LastError)
	}
}

func TestPollJitter(t *testing.T) {
	c := &clock{t: t0}
	p := testPoller(c)
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
	c := &clock{t: t0}
	p := testPoller(c)
	p.Fetcher.Now = c.Now
	p.MaxBackoff = 24 * time.Hour
	src := news.Source{URL: srv.URL}
	if _, err := p.Poll(context.Background(), &src); news.ErrorCode(err) != news.ERATELIMITED {
		t.Fatal(err)
	}
	if got := src.NextCheck.Sub(t0); got != 2*time.Hour {
		t.Errorf("next check in %v, want the 2h of Retry-After over the 20m back-off", got)
	}
	retry = "999999"
	if _, err := p.Poll(context.Background(), &src); err == nil {
		t.Fatal("want an error")
	}
	if got := src.NextCheck.Sub(t0); got != 24*time.Hour {
		t.Errorf("next check in %v, want Retry-After capped at MaxBackoff 24h", got)
	}
}

func TestPollNotModifiedAndSuccess(t *testing.T) {
	var fail atomic.Bool
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if fail.Load() {
			w.WriteHeader(http.StatusBadGateway)
			return
		}
		if r.Header.Get("If-None-Match") == `"e1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"e1"`)
		w.Write([]byte(rdfFeed))
	}))
	defer srv.Close()
	c := &clock{t: t0}
	p := testPoller(c)
	src := news.Source{ID: 7, URL: srv.URL, Name: "DW"}
	as, err := p.Poll(context.Background(), &src)
	if err != nil || len(as) != 1 || src.ETag != `"e1"` || !src.LastSuccess.Equal(t0) || src.NextCheck.Sub(t0) != 10*time.Minute {
		t.Fatalf("first poll: %v %d articles, source %+v", err, len(as), src)
	}
	if as[0].SourceID != 7 || as[0].SourceName != "DW" || !as[0].Fetched.Equal(t0) {
		t.Errorf("article source fields: %+v", as[0])
	}
	fail.Store(true)
	p.Poll(context.Background(), &src)
	fail.Store(false)
	as, err = p.Poll(context.Background(), &src)
	if err != nil || len(as) != 0 || src.Failures != 0 || src.LastError != "" || src.ETag != `"e1"` {
		t.Errorf("304 poll: %v %d articles, source %+v", err, len(as), src)
	}
}

func TestPollFetchesTeaserPages(t *testing.T) {
	var inFlight, maxInFlight atomic.Int32
	var srvURL string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.URL.Path == "/feed":
			fmt.Fprint(w, teaserFeed(srvURL, 6))
		case r.URL.Path == "/story/5":
			http.NotFound(w, r)
		default:
			n := inFlight.Add(1)
			defer inFlight.Add(-1)
			for m := maxInFlight.Load(); n > m && !maxInFlight.CompareAndSwap(m, n); m = maxInFlight.Load() {
			}
			time.Sleep(20 * time.Millisecond)
			w.Write([]byte(articlePage))
		}
	}))
	defer srv.Close()
	srvURL = srv.URL
	p := testPoller(&clock{t: t0})
	p.PageConcurrency = 2
	src := news.Source{URL: srv.URL + "/feed"}
	as, err := p.Poll(context.Background(), &src)
	if err != nil || len(as) != 6 {
		t.Fatalf("%v, %d articles", err, len(as))
	}
	for i, a := range as {
		full := strings.Contains(a.Text, "forty trucks") && strings.Contains(a.Text, "evacuated first")
		if full != (i != 4) {
			t.Errorf("item %d: full text %v: %.60q", i, full, a.Text)
		}
		if a.ExternalID != fmt.Sprintf("story-%d", i+1) || a.Title != fmt.Sprintf("Teaser %d", i+1) {
			t.Errorf("item %d identity changed: %q %q", i, a.ExternalID, a.Title)
		}
	}
	if m := maxInFlight.Load(); m > 2 || m < 1 {
		t.Errorf("%d pages fetched at once, want at most 2", m)
	}
}

func teaserFeed(base string, n int) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>`)
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, `<item><title>Teaser %d</title><guid>story-%d</guid><link>%s/story/%d</link><description>An aid convoy reached Madaya... Read more</description></item>`, i, i, base, i)
	}
	b.WriteString(`</channel></rss>`)
	return b.String()
}

func TestRunOnceMalformedSourceFailsAlone(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/good":
			w.Write([]byte(atomFeed))
		case "/html":
			w.Write([]byte("<!doctype html><html><body>home</body></html>"))
		case "/truncated":
			w.Write([]byte(atomFeed[:len(atomFeed)/2]))
		case "/panic":
			w.Write([]byte(rdfFeed))
		}
	}))
	defer srv.Close()
	sources := newMemSources(
		news.Source{URL: srv.URL + "/html"},
		news.Source{URL: srv.URL + "/good"},
		news.Source{URL: srv.URL + "/truncated"},
		news.Source{URL: srv.URL + "/panic"},
		news.Source{URL: srv.URL + "/good", NextCheck: t0.Add(time.Hour)}, // not due
		news.Source{URL: filepath.Join("testdata", "rss-parser_uolNoticias.rss"), Kind: news.KindFile},
	)
	var mu sync.Mutex
	stored := map[int64]int{}
	p := testPoller(&clock{t: t0})
	p.Sources = sources
	p.Store = func(_ context.Context, src news.Source, as []news.Article) error {
		if strings.HasSuffix(src.URL, "/panic") {
			panic("store bug")
		}
		mu.Lock()
		defer mu.Unlock()
		stored[src.ID] += len(as)
		return nil
	}
	if err := p.RunOnce(context.Background()); err != nil {
		t.Fatal(err)
	}
	if stored[2] != 2 || stored[6] != 15 || len(stored) != 2 {
		t.Errorf("stored %v, want 2 from source 2 and 15 from source 6", stored)
	}
	for id, wantErr := range map[int64]string{1: "web page", 2: "", 3: "malformed", 4: "panic", 5: "", 6: ""} {
		src, _ := sources.Source(context.Background(), id)
		if wantErr == "" && (src.Failures != 0 || src.LastError != "") {
			t.Errorf("source %d: failures %d, error %q", id, src.Failures, src.LastError)
		}
		if wantErr != "" && (src.Failures != 1 || !strings.Contains(src.LastError, wantErr)) {
			t.Errorf("source %d: failures %d, error %q, want one containing %q", id, src.Failures, src.LastError, wantErr)
		}
	}
	if src, _ := sources.Source(context.Background(), 5); !src.LastSuccess.IsZero() {
		t.Error("a source not due was polled")
	}
}

func TestStoreFailureKeepsETag(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"new"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"new"`)
		w.Write([]byte(rdfFeed))
	}))
	defer srv.Close()
	sources := newMemSources(news.Source{URL: srv.URL, ETag: `"old"`})
	p := testPoller(&clock{t: t0})
	p.Sources = sources
	p.Store = func(context.Context, news.Source, []news.Article) error { return errors.New("disk full") }
	src, _ := sources.Source(context.Background(), 1)
	if err := p.PollSource(context.Background(), src); err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Fatalf("err %v", err)
	}
	saved, _ := sources.Source(context.Background(), 1)
	// The error returned (and logged) names the cause; the one kept on the
	// source, which guild members see, does not leak it.
	if saved.ETag != `"old"` || saved.Failures != 1 || saved.LastError == "" || strings.Contains(saved.LastError, "disk full") {
		t.Errorf("saved %+v, want the old ETag, one failure and a safe last error", saved)
	}
}

func TestLoopStartStop(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(rdfFeed))
	}))
	defer srv.Close()
	c := &clock{t: t0}
	p := testPoller(c)
	p.Sources = newMemSources(news.Source{URL: srv.URL})
	p.Tick = 5 * time.Millisecond
	polled := make(chan struct{}, 100)
	p.Store = func(context.Context, news.Source, []news.Article) error {
		c.Set(c.Now().Add(time.Hour)) // due again at the next tick
		polled <- struct{}{}
		return nil
	}
	l := Start(context.Background(), p)
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
