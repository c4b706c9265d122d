package main

import "github.com/conflict-digest/conflict-digest/feed"

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

// newReader builds the reader of command-line inputs: feeds and pages
// over the SSRF-guarded fetcher with the operator's allowances (the
// command line is the operator's), and local files.
func newReader(cfg config) *feed.Reader {
	return &feed.Reader{Fetcher: newFetcher(cfg), Guard: operatorGuard(cfg), MaxItems: cfg.PollMaxItems, MaxPages: cfg.PollMaxPages}
}
