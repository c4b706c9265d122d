package main

import "github.com/conflict-digest/conflict-digest/feed"

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

// newReader builds the reader of command-line inputs: feeds and pages
// over the SSRF-guarded fetcher, and local files.
func newReader(cfg config) *feed.Reader {
	return &feed.Reader{Fetcher: newFetcher(cfg), MaxItems: cfg.PollMaxItems, MaxPages: cfg.PollMaxPages}
}
