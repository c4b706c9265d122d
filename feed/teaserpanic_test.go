package feed

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// panicOnPath panics in the client when a request asks for path, as a bug
// in a page parser or transport would on a hostile page.
type panicOnPath struct {
	next http.RoundTripper
	path string
}

func (p panicOnPath) RoundTrip(r *http.Request) (*http.Response, error) {
	if r.URL.Path == p.path {
		panic("hostile page")
	}
	return p.next.RoundTrip(r)
}

// A panic while a teaser's page is read, which happens on a goroutine of its
// own, must not take the process down: the page counts as failed and its
// teaser stays, like any other page that could not be read.
func TestTeaserPagePanicFailsAlone(t *testing.T) {
	var srvURL string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/feed" {
			fmt.Fprint(w, teaserFeed(srvURL, 2))
			return
		}
		w.Write([]byte(articlePage))
	}))
	defer srv.Close()
	srvURL = srv.URL
	r := testReader()
	r.Fetcher.Client.Transport = panicOnPath{next: r.Fetcher.Client.Transport, path: "/story/1"}
	res, err := r.Read(context.Background(), news.Source{URL: srv.URL + "/feed"})
	if err != nil || len(res.Articles) != 2 {
		t.Fatalf("%v, %+v; want 2 articles", err, res)
	}
	as := res.Articles
	if strings.Contains(as[0].Text, "forty trucks") || !strings.Contains(as[1].Text, "forty trucks") {
		t.Errorf("got texts %.40q and %.40q; want the teaser kept for the panicking page only", as[0].Text, as[1].Text)
	}
}
