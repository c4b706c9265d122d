package main

import (
	"context"

	"github.com/conflict-digest/conflict-digest/feed"
	"github.com/conflict-digest/conflict-digest/news"
)

// newFetcher builds the SSRF-guarded fetcher from the configuration.
func newFetcher(cfg config) *feed.Fetcher {
	return &feed.Fetcher{Client: feed.NewClient(feed.Config{
		UserAgent:      cfg.UserAgent,
		RequestTimeout: cfg.FetchTimeout,
		MaxBodyBytes:   cfg.FetchMaxBytes,
		AllowPrivate:   cfg.FetchAllowPrivate,
		AllowCIDRs:     cfg.FetchAllowCIDRs,
	})}
}

// fetchURL reads a URL given on the command line: a feed, or one article
// page when it serves HTML. User URLs pass the SSRF guard's checks.
func fetchURL(ctx context.Context, cfg config, rawURL string) ([]news.Article, error) {
	if err := feed.CheckURL(rawURL); err != nil {
		return nil, err
	}
	r := &feed.Reader{Fetcher: newFetcher(cfg), MaxItems: cfg.PollMaxItems, MaxPages: cfg.PollMaxPages}
	return r.ReadURL(ctx, rawURL)
}
