package feed

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

var t0 = time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)

func testReader() *Reader {
	return &Reader{Fetcher: testFetcher(Config{}), Now: func() time.Time { return t0 }}
}

func TestReadNotModifiedAndSuccess(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"e1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"e1"`)
		w.Write([]byte(rdfFeed))
	}))
	defer srv.Close()
	r := testReader()
	src := news.Source{ID: 7, URL: srv.URL, Name: "DW"}
	res, err := r.Read(context.Background(), src)
	if err != nil || len(res.Articles) != 1 || res.ETag != `"e1"` || res.NotModified {
		t.Fatalf("first read: %v, %+v", err, res)
	}
	if a := res.Articles[0]; a.SourceID != 7 || a.SourceName != "DW" || !a.Fetched.Equal(t0) {
		t.Errorf("article source fields: %+v", a)
	}
	src.ETag = res.ETag
	res, err = r.Read(context.Background(), src)
	if err != nil || !res.NotModified || len(res.Articles) != 0 || res.ETag != `"e1"` {
		t.Errorf("304 read: %v, %+v", err, res)
	}
}

func TestReadFetchesTeaserPages(t *testing.T) {
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
	r := testReader()
	r.PageConcurrency = 2
	res, err := r.Read(context.Background(), news.Source{URL: srv.URL + "/feed"})
	if err != nil || len(res.Articles) != 6 {
		t.Fatalf("%v, %+v", err, res)
	}
	for i, a := range res.Articles {
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

// A feed of a thousand teasers keeps its newest MaxItems and fetches pages
// for those only: before, every item was kept (a 60,000-item feed stored
// 60,000 articles in one poll) and pages were fetched in document order.
func TestReadKeepsNewestItems(t *testing.T) {
	var pages atomic.Int32
	var srvURL string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/feed" {
			pages.Add(1)
			w.Write([]byte(articlePage))
			return
		}
		var b strings.Builder
		b.WriteString(`<rss version="2.0"><channel><title>T</title>`)
		for i := range 1000 { // oldest first, as a few feeds list them
			fmt.Fprintf(&b, `<item><title>Item %d</title><guid>g-%d</guid><link>%s/story/%d</link><pubDate>%s</pubDate><description>An aid convoy reached Madaya... Read more</description></item>`,
				i, i, srvURL, i, t0.Add(time.Duration(i)*time.Minute).Format(time.RFC1123Z))
		}
		b.WriteString(`</channel></rss>`)
		w.Write([]byte(b.String()))
	}))
	defer srv.Close()
	srvURL = srv.URL
	r := testReader()
	r.MaxItems, r.MaxPages = 50, 5
	res, err := r.Read(context.Background(), news.Source{URL: srv.URL + "/feed"})
	if err != nil || len(res.Articles) != 50 || res.Dropped != 950 {
		t.Fatalf("%v; got %d items, %d dropped; want 50 and 950", err, len(res.Articles), res.Dropped)
	}
	if first, last := res.Articles[0].ExternalID, res.Articles[49].ExternalID; first != "g-999" || last != "g-950" {
		t.Errorf("kept %s to %s, want the newest, g-999 to g-950", first, last)
	}
	if n := pages.Load(); n != 5 {
		t.Errorf("%d pages fetched, want 5", n)
	}
}

// When the poll's context ends while teaser pages hang, Read returns the
// feed's items with their teasers instead of waiting for the pages.
func TestReadStopsPagesAtDeadline(t *testing.T) {
	var srvURL string
	var once sync.Once
	hung := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/feed" {
			fmt.Fprint(w, teaserFeed(srvURL, 30))
			return
		}
		once.Do(func() { close(hung) })
		<-r.Context().Done() // a page that never answers
	}))
	defer srv.Close()
	srvURL = srv.URL
	ctx, cancel := context.WithCancel(context.Background())
	go func() { <-hung; cancel() }()
	done := make(chan struct{})
	var res *Result
	var err error
	go func() { defer close(done); res, err = testReader().Read(ctx, news.Source{URL: srv.URL + "/feed"}) }()
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		t.Fatal("Read did not return when its context ended")
	}
	if err != nil || len(res.Articles) != 30 {
		t.Fatalf("%v; want the 30 teasers", err)
	}
	for _, a := range res.Articles {
		if a.Text != "An aid convoy reached Madaya..." {
			t.Fatalf("item %s has text %.60q, want its teaser", a.ExternalID, a.Text)
		}
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
