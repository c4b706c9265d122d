package feed

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

func TestDefaultSources(t *testing.T) {
	srcs := DefaultSources()
	if len(srcs) < 8 {
		t.Fatalf("only %d default sources", len(srcs))
	}
	seen := map[string]bool{}
	for _, s := range srcs {
		if err := CheckURL(s.URL); err != nil || !strings.HasPrefix(s.URL, "https://") {
			t.Errorf("%s: %v", s.URL, err)
		}
		if s.Name == "" || s.Kind != news.KindFeed || seen[s.URL] {
			t.Errorf("bad or repeated source %+v", s)
		}
		seen[s.URL] = true
	}
	for _, want := range []string{"news.un.org", "reliefweb.int", "crisisgroup.org", "bbci.co.uk", "aljazeera.com", "theguardian.com", "france24.com"} {
		found := false
		for u := range seen {
			found = found || strings.Contains(u, want)
		}
		if !found {
			t.Errorf("no default source on %s", want)
		}
	}
}

func TestReadURL(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/feed" {
			w.Write([]byte(rdfFeed))
			return
		}
		w.Write([]byte(articlePage))
	}))
	defer srv.Close()
	p := testReader()
	as, err := p.ReadURL(context.Background(), srv.URL+"/feed")
	if err != nil || len(as) != 1 || as[0].Title != "Truce in Idlib" || !as[0].Fetched.Equal(t0) {
		t.Errorf("feed: %v %+v", err, as)
	}
	as, err = p.ReadURL(context.Background(), srv.URL+"/madaya?utm_source=x")
	if err != nil || len(as) != 1 || as[0].Title != "Convoy reaches Madaya" || as[0].CanonicalURL != srv.URL+"/madaya" {
		t.Errorf("page: %v %+v", err, as)
	}
	if _, err := p.ReadURL(context.Background(), "file:///etc/passwd"); news.ErrorCode(err) != news.EINVALID {
		t.Errorf("file URL: %v", err)
	}
}
