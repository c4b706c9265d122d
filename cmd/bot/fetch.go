package main

import (
	"context"

	"github.com/conflict-digest/conflict-digest/feed"
	"github.com/conflict-digest/conflict-digest/news"
)

// newFetcher builds the SSRF-guarded fetcher from the configuration: the
// operator's allowances go to its Operator client only, never to the one
// that reads guilds' sources.
func newFetcher(cfg config) *feed.Fetcher {
	return feed.NewFetcher(feed.Config{
		UserAgent:      cfg.UserAgent,
		RequestTimeout: cfg.FetchTimeout,
		MaxBodyBytes:   cfg.FetchMaxBytes,
		AllowPrivate:   cfg.FetchAllowPrivate,
		AllowCIDRs:     cfg.FetchAllowCIDRs,
	})
}

// operatorGuard is the SSRF policy of the operator's own URLs (the command
// line, CD_SOURCES): the guard with the operator's allowances.
func operatorGuard(cfg config) feed.Guard {
	return feed.Guard{AllowPrivate: cfg.FetchAllowPrivate, AllowCIDRs: cfg.FetchAllowCIDRs}
}

// fetchURL reads a URL given on the command line: a feed, or one article
// page when it serves HTML. The URL passes the SSRF guard's checks, with
// the operator's allowances (for IP literals as for names).
func fetchURL(ctx context.Context, cfg config, rawURL string) ([]news.Article, error) {
	if err := operatorGuard(cfg).CheckURL(rawURL); err != nil {
		return nil, err
	}
	p := &feed.Poller{Fetcher: newFetcher(cfg)}
	return p.ReadURL(feed.ForOperator(ctx), rawURL)
}
