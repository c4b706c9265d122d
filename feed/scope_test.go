package feed

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestOperatorAllowancesStayWithTheOperator: the operator allows loopback
// (CD_FETCH_ALLOW_CIDRS); its own source on loopback is read, a guild's
// source at the same address is refused (issue 11: the allowances applied
// to every guild's sources).
func TestOperatorAllowancesStayWithTheOperator(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(rdfFeed))
	}))
	defer srv.Close()
	p := &Reader{Fetcher: NewFetcher(Config{AllowCIDRs: []netip.Prefix{netip.MustParsePrefix("127.0.0.0/8")}})}
	ctx := context.Background()
	operator := news.Source{ID: 1, URL: srv.URL, Kind: news.KindFeed}
	if res, err := p.Read(ctx, operator); err != nil || len(res.Articles) != 1 {
		t.Fatalf("operator's source: %+v, %v; want the feed read", res, err)
	}
	guild := news.Source{ID: 2, URL: srv.URL, Kind: news.KindFeed, GuildID: "300000000000000001"}
	_, err := p.Read(ctx, guild)
	if news.ErrorCode(err) != news.EBLOCKEDADDR {
		t.Fatalf("guild's source on loopback: %v, want EBLOCKEDADDR", err)
	}
	if msg := news.ErrorMessage(err); msg == "" || containsAny(msg, "127.0.0.1", srv.Listener.Addr().String()) {
		t.Errorf("the guild sees %q: want a reason without the address", msg)
	}
	// The command line reads with the operator's allowances.
	if _, err := p.ReadURL(ForOperator(ctx), srv.URL); err != nil {
		t.Errorf("ReadURL for the operator: %v", err)
	}
	if _, err := p.ReadURL(ctx, srv.URL); news.ErrorCode(err) != news.EBLOCKEDADDR {
		t.Errorf("ReadURL unmarked: %v, want EBLOCKEDADDR", err)
	}
}

func containsAny(s string, subs ...string) bool {
	for _, x := range subs {
		if x != "" && strings.Contains(s, x) {
			return true
		}
	}
	return false
}
