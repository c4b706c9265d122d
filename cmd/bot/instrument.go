package main

import (
	"context"
	"net/http"
	"sync"
	"time"

	"github.com/conflict-digest/conflict-digest/bot"
	"github.com/conflict-digest/conflict-digest/digest"
	"github.com/conflict-digest/conflict-digest/metrics"
	"github.com/conflict-digest/conflict-digest/news"
)

// The wiring below counts digests and Discord requests by wrapping the
// interfaces the packages are given, so that digest and bot know nothing of
// metrics.

// countingOutbox counts the digests built (stored in the outbox) and sent
// (their last message accepted). Other methods pass through.
type countingOutbox struct {
	news.OutboxService
	m *metrics.Metrics
}

func (o countingOutbox) CreateOutbox(ctx context.Context, ob *news.Outbox) error {
	err := o.OutboxService.CreateOutbox(ctx, ob)
	if err == nil {
		o.m.Digest(metrics.DigestBuilt)
	}
	return err
}

func (o countingOutbox) MarkSent(ctx context.Context, outboxID int64, part int, messageID string, at time.Time) (bool, error) {
	done, err := o.OutboxService.MarkSent(ctx, outboxID, part, messageID, at)
	if err == nil && done {
		o.m.Digest(metrics.DigestSent)
	}
	return done, err
}

// countPaused wraps the deliverer's Undeliverable decision: a digest whose
// subscription was paused (the channel refuses the bot) is counted.
func countPaused(next func(context.Context, *news.Subscription, error) (bool, error), m *metrics.Metrics) func(context.Context, *news.Subscription, error) (bool, error) {
	return func(ctx context.Context, sub *news.Subscription, err error) (bool, error) {
		paused, perr := next(ctx, sub, err)
		if paused {
			m.Digest(metrics.DigestPaused)
		}
		return paused, perr
	}
}

// countParked wraps the deliverer's Parked notice: each message Discord
// refused for good, and that was set aside, is counted.
func countParked(next func(context.Context, *news.Subscription, []string), m *metrics.Metrics) func(context.Context, *news.Subscription, []string) {
	return func(ctx context.Context, sub *news.Subscription, reasons []string) {
		for range reasons {
			m.Digest(metrics.DigestParked)
		}
		next(ctx, sub, reasons)
	}
}

// ingestCounter counts what each poll stored, per source.
type ingestCounter struct{ m *metrics.Metrics }

func (c ingestCounter) ObserveIngest(src news.Source, stored, duplicate, failed int) {
	c.m.Ingested(metrics.SourceLabel(src), stored, duplicate, failed)
}

// countingRunner counts the scheduled deliveries that failed.
type countingRunner struct {
	next digest.Runner
	m    *metrics.Metrics
}

func (r countingRunner) Deliver(ctx context.Context, id int64) (digest.Outcome, error) {
	out, err := r.next.Deliver(ctx, id)
	if err != nil {
		r.m.Digest(metrics.DigestFailed)
	}
	return out, err
}

// discordClient is the bot's HTTP client, observed by the metrics.
func discordClient(m *metrics.Metrics) *http.Client {
	return &http.Client{Timeout: 15 * time.Second, Transport: bot.ObservedTransport(http.DefaultTransport, m.DiscordRequest)}
}

// sharedHorizon gives the deliveries of one instance the store's stored
// horizon read at most once every fresh: reading it takes the ingest lock
// exclusively (a transaction that waits for every article being written),
// and a slot of many subscriptions read it once per delivery, so every
// delivery of every instance queued on that one lock. A horizon read a
// moment ago is still a horizon (every article stored before it stays
// final and visible); the window it ends is only up to fresh older, and
// the next digest starts there. Callers at once share one read.
type sharedHorizon struct {
	read  func(context.Context) (time.Time, error)
	fresh time.Duration

	mu    sync.Mutex
	at    time.Time // when the kept value's read began
	value time.Time
}

func (h *sharedHorizon) Horizon(ctx context.Context) (time.Time, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if !h.at.IsZero() && time.Since(h.at) < h.fresh {
		return h.value, nil
	}
	start := time.Now()
	v, err := h.read(ctx)
	if err != nil {
		return time.Time{}, err
	}
	h.at, h.value = start, v
	return v, nil
}
