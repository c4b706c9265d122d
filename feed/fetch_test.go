package feed

import (
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// testFetcher returns a fetcher allowed to reach loopback test servers.
func testFetcher(cfg Config) *Fetcher {
	cfg.AllowPrivate = true
	return &Fetcher{Client: NewClient(cfg)}
}

func TestFetchConditionalGET(t *testing.T) {
	const etag = `"v1"`
	var gotUA atomic.Value
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		gotUA.Store(r.Header.Get("User-Agent"))
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Last-Modified", "Wed, 31 Jan 2018 20:15:15 GMT")
		w.Write([]byte(rdfFeed))
	}))
	defer srv.Close()
	f := testFetcher(Config{})
	resp, err := f.Fetch(context.Background(), srv.URL, "", "")
	if err != nil {
		t.Fatal(err)
	}
	if resp.ETag != etag || resp.LastModified != "Wed, 31 Jan 2018 20:15:15 GMT" || string(resp.Body) != rdfFeed {
		t.Errorf("response %+v", resp)
	}
	if ua, _ := gotUA.Load().(string); !strings.HasPrefix(ua, "conflict-digest/") || !strings.Contains(ua, "(+https://") {
		t.Errorf("User-Agent %q", ua)
	}
	_, err = f.Fetch(context.Background(), srv.URL, etag, resp.LastModified)
	if news.ErrorCode(err) != news.ENOTMODIFIED {
		t.Errorf("second fetch: %v, want ENOTMODIFIED", err)
	}
}

func TestFetchStatusErrors(t *testing.T) {
	now := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		status     int
		retryAfter string
		code       string
		wantRetry  time.Time
	}{
		{http.StatusTooManyRequests, "120", news.ERATELIMITED, now.Add(2 * time.Minute)},
		{http.StatusServiceUnavailable, "Thu, 01 Jan 2026 13:00:00 GMT", news.EUNAVAILABLE, now.Add(time.Hour)},
		{http.StatusTooManyRequests, "soon", news.ERATELIMITED, time.Time{}},
		{http.StatusInternalServerError, "60", news.EUNAVAILABLE, time.Time{}},
		{http.StatusNotFound, "", news.ENOTFOUND, time.Time{}},
		{http.StatusForbidden, "", news.EFORBIDDEN, time.Time{}},
	}
	for _, tt := range tests {
		t.Run(http.StatusText(tt.status)+" "+tt.retryAfter, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if tt.retryAfter != "" {
					w.Header().Set("Retry-After", tt.retryAfter)
				}
				w.WriteHeader(tt.status)
			}))
			defer srv.Close()
			f := testFetcher(Config{})
			f.Now = func() time.Time { return now }
			_, err := f.Fetch(context.Background(), srv.URL, "", "")
			var he *HTTPError
			if news.ErrorCode(err) != tt.code || !errors.As(err, &he) || he.Status != tt.status {
				t.Fatalf("err %v, want code %q status %d", err, tt.code, tt.status)
			}
			if !he.RetryAfter.Equal(tt.wantRetry) {
				t.Errorf("RetryAfter %v, want %v", he.RetryAfter, tt.wantRetry)
			}
		})
	}
}

func TestFetchSizeCap(t *testing.T) {
	const size = 20 << 20
	chunk := []byte(strings.Repeat("<item>x</item>\n", 1024))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/declared" {
			w.Header().Set("Content-Length", "20971520")
		}
		w.Write([]byte(`<?xml version="1.0"?><rss><channel>`))
		for n := 0; n < size; n += len(chunk) {
			if _, err := w.Write(chunk); err != nil {
				return // the client hung up at the cap
			}
		}
	}))
	defer srv.Close()
	f := testFetcher(Config{MaxBodyBytes: 1 << 20})
	for _, path := range []string{"/streamed", "/declared"} {
		resp, err := f.Fetch(context.Background(), srv.URL+path, "", "")
		if news.ErrorCode(err) != news.ETOOLARGE || resp != nil {
			t.Errorf("%s: %v, want ETOOLARGE and no response", path, err)
		}
	}
}

func TestFetchDecodesCharset(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/xml; charset=ISO-8859-1")
		w.Write([]byte("<?xml version=\"1.0\"?><rss><channel><title>Tr\xeave</title></channel></rss>"))
	}))
	defer srv.Close()
	resp, err := testFetcher(Config{}).Fetch(context.Background(), srv.URL, "", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(resp.Body), "<title>Trêve</title>") {
		t.Errorf("body %q", resp.Body)
	}
}

func TestFetchTimeouts(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/slow-body" {
			w.Write([]byte("<rss>"))
			w.(http.Flusher).Flush()
		}
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	defer close(release)
	f := testFetcher(Config{HeaderTimeout: 100 * time.Millisecond, RequestTimeout: 300 * time.Millisecond})
	for _, path := range []string{"/slow-header", "/slow-body"} {
		start := time.Now()
		_, err := f.Fetch(context.Background(), srv.URL+path, "", "")
		if news.ErrorCode(err) != news.EUNAVAILABLE || time.Since(start) > 5*time.Second {
			t.Errorf("%s: %v after %v, want EUNAVAILABLE soon", path, err, time.Since(start))
		}
	}
}

func TestSSRFGuard(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(rdfFeed))
	}))
	defer srv.Close()
	tests := []struct {
		name string
		cfg  Config
		code string
	}{
		{"default refuses loopback", Config{}, news.EBLOCKEDADDR},
		{"AllowPrivate", Config{AllowPrivate: true}, ""},
		{"allow-list", Config{AllowCIDRs: []netip.Prefix{netip.MustParsePrefix("127.0.0.0/8")}}, ""},
		{"other allow-list", Config{AllowCIDRs: []netip.Prefix{netip.MustParsePrefix("10.0.0.0/8")}}, news.EBLOCKEDADDR},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := &Fetcher{Client: NewClient(tt.cfg)}
			_, err := f.Fetch(context.Background(), srv.URL, "", "")
			if got := news.ErrorCode(err); got != tt.code {
				t.Fatalf("code %q (%v), want %q", got, err, tt.code)
			}
			if err != nil && !strings.Contains(news.ErrorMessage(err), "loopback") {
				t.Errorf("message %q does not say why", news.ErrorMessage(err))
			}
		})
	}
	// A name resolving to loopback is caught at dial time too.
	f := &Fetcher{Client: NewClient(Config{})}
	_, port, _ := net.SplitHostPort(srv.Listener.Addr().String())
	if _, err := f.Fetch(context.Background(), "http://localhost:"+port+"/", "", ""); news.ErrorCode(err) != news.EBLOCKEDADDR {
		t.Errorf("localhost: %v, want EBLOCKEDADDR", err)
	}
}

// listenOn starts a test server on a given loopback address.
func listenOn(t *testing.T, addr string, h http.Handler) *httptest.Server {
	t.Helper()
	l, err := net.Listen("tcp", addr)
	if err != nil {
		t.Skipf("cannot listen on %s: %v", addr, err)
	}
	srv := httptest.NewUnstartedServer(h)
	srv.Listener.Close()
	srv.Listener = l
	srv.Start()
	t.Cleanup(srv.Close)
	return srv
}

func TestRedirects(t *testing.T) {
	inner := listenOn(t, "127.0.0.1:0", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("secret"))
	}))
	var hops atomic.Int32
	outer := listenOn(t, "127.0.0.2:0", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/to-loopback":
			http.Redirect(w, r, inner.URL+"/", http.StatusFound)
		case "/loop":
			hops.Add(1)
			http.Redirect(w, r, "/loop", http.StatusFound)
		case "/to-ftp":
			http.Redirect(w, r, "ftp://example.org/", http.StatusFound)
		case "/hop":
			http.Redirect(w, r, "/final", http.StatusMovedPermanently)
		default:
			io.WriteString(w, rdfFeed)
		}
	}))
	f := &Fetcher{Client: NewClient(Config{MaxRedirects: 3, AllowCIDRs: []netip.Prefix{netip.MustParsePrefix("127.0.0.2/32")}})}
	ctx := context.Background()
	if resp, err := f.Fetch(ctx, outer.URL+"/hop", "", ""); err != nil || resp.URL != outer.URL+"/final" {
		t.Errorf("redirect: %v %+v", err, resp)
	}
	if _, err := f.Fetch(ctx, outer.URL+"/to-loopback", "", ""); news.ErrorCode(err) != news.EBLOCKEDADDR {
		t.Errorf("redirect to 127.0.0.1: %v, want EBLOCKEDADDR", err)
	}
	if _, err := f.Fetch(ctx, outer.URL+"/loop", "", ""); err == nil || hops.Load() != 4 {
		t.Errorf("redirect loop: %v after %d hops, want an error after 4", err, hops.Load())
	}
	if _, err := f.Fetch(ctx, outer.URL+"/to-ftp", "", ""); news.ErrorCode(err) != news.EUNSUPPORTED {
		t.Errorf("redirect to ftp: %v", err)
	}
}
