package ingest

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"time"

	"github.com/conflict-digest/conflict-digest/feed"
	"github.com/conflict-digest/conflict-digest/news"
)

// Poller polls sources into the pipeline: it reads each due source with
// feed.Reader under a deadline for the whole poll (feed and teaser pages),
// stores what is new through the Pipeline within the source's daily limit,
// and keeps the source's polling state (ETag, failures, back-off, next
// check). Run schedules the polls fairly between guilds (see Run).
type Poller struct {
	Reader   *feed.Reader
	Sources  news.SourceService
	Pipeline *Pipeline
	// Counter counts a source's articles of the last day for MaxPerDay.
	Counter news.SourceCounter
	Logger  *slog.Logger
	// Observer, when set, is told the outcome of each poll Run makes (metrics).
	Observer news.PollObserver
	// Ingested, when set, is told what each poll stored (metrics).
	Ingested news.IngestObserver
	Now      func() time.Time // default time.Now
	Rand     func() float64   // in [0,1), for jitter; default math/rand/v2

	Interval     time.Duration // between successful polls; default 30 min
	MaxBackoff   time.Duration // cap of the back-off; default 24 h
	Jitter       float64       // fraction of the delay added or taken at random; default 0.1
	DisableAfter int           // consecutive failures before disabling; default 10
	Concurrency  int           // sources polled at once by Run; default 4
	// GuildShare is how many of the Concurrency polls one guild's sources
	// (or the operator's) may hold at once; default Concurrency/2, at least 1.
	GuildShare int
	// Deadline bounds one whole poll of a source, feed and teaser pages;
	// default 2 min. Storing what was read is not cut by it.
	Deadline time.Duration
	// SlowAfter is how long a poll may take before it counts toward the
	// source's back-off like a failure; default Deadline/2.
	SlowAfter time.Duration
	// MaxPerDay is how many new articles one source may store in 24 hours;
	// default 2,000.
	MaxPerDay int
	Tick      time.Duration // how often Run looks for due sources; default 1 min

	onStart func(news.Source) // test hook: a poll starts
}

// DefaultMaxPerDay is the default daily limit of new articles per source.
const DefaultMaxPerDay = 2000

func (p *Poller) now() time.Time {
	if p.Now != nil {
		return p.Now().UTC()
	}
	return time.Now().UTC()
}

func (p *Poller) logger() *slog.Logger {
	if p.Logger != nil {
		return p.Logger
	}
	return slog.New(slog.DiscardHandler)
}

func orDefault[T int | float64 | time.Duration](v, d T) T {
	if v <= 0 {
		return d
	}
	return v
}

func (p *Poller) deadline() time.Duration { return orDefault(p.Deadline, 2*time.Minute) }

// PollSource polls src once, stores what is new and saves src's state
// through Sources, also when ctx ends during the poll. A failure (read or
// store) is recorded on the source and returned; when the store fails the
// source keeps its old ETag, so the articles are read again next time. A
// poll slower than SlowAfter succeeds but backs the source off.
func (p *Poller) PollSource(ctx context.Context, src *news.Source) (err error) {
	defer func() {
		if r := recover(); r != nil { // a bug on a hostile input must not stop the loop
			err = news.Errorf(news.EINTERNAL, "panic polling source: %v", r)
			p.recordFailure(src, err, p.now())
		}
		sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
		defer cancel()
		if uerr := p.Sources.UpdateSource(sctx, src); uerr != nil && err == nil {
			err = fmt.Errorf("update source: %w", uerr)
		}
	}()
	start := p.now()
	res, cut, err := p.read(ctx, src)
	if err != nil && ctx.Err() != nil {
		return err // shutting down: the source did nothing wrong
	}
	if err != nil {
		p.recordFailure(src, err, p.now())
		return err
	}
	if err := p.store(ctx, src, res); err != nil {
		if ctx.Err() == nil {
			p.recordFailure(src, err, p.now())
		}
		return fmt.Errorf("store articles: %w", err)
	}
	now := p.now()
	src.ETag, src.LastModified, src.LastSuccess = res.ETag, res.LastModified, now
	if took := now.Sub(start); cut || took > p.slowAfter() {
		p.recordSlow(src, took, cut, now)
		return nil
	}
	src.Failures, src.LastError = 0, ""
	src.NextCheck = now.Add(p.jitter(orDefault(p.Interval, 30*time.Minute)))
	return nil
}

func (p *Poller) slowAfter() time.Duration { return orDefault(p.SlowAfter, p.deadline()/2) }

// read reads src within the poll's deadline and reports whether the
// deadline cut it (teaser pages left unread). A feed source with no name
// takes the feed's title.
func (p *Poller) read(ctx context.Context, src *news.Source) (*feed.Result, bool, error) {
	rctx, cancel := context.WithTimeout(ctx, p.deadline())
	defer cancel()
	res, err := p.Reader.Read(rctx, *src)
	cut := ctx.Err() == nil && errors.Is(rctx.Err(), context.DeadlineExceeded)
	if err != nil {
		if cut {
			return nil, true, news.WrapError(news.EUNAVAILABLE, fmt.Sprintf("the source took longer than %s to read", p.deadline()), err)
		}
		return nil, false, err
	}
	if src.Name == "" && res.Title != "" {
		src.Name = res.Title
		for i := range res.Articles {
			if res.Articles[i].SourceName == "" {
				res.Articles[i].SourceName = src.Name
			}
		}
	}
	return res, cut, nil
}

// store ingests what was read, within the source's daily limit.
func (p *Poller) store(ctx context.Context, src *news.Source, res *feed.Result) error {
	if len(res.Articles) == 0 {
		return nil
	}
	left, err := p.leftToday(ctx, src)
	if err != nil {
		return err
	}
	c, err := p.Pipeline.IngestAtMost(ctx, res.Articles, left)
	if err != nil {
		return err
	}
	l := p.logger().With("source_url", src.URL)
	if res.Dropped > 0 || c.Skipped > 0 {
		l.Warn("source over its limits: oldest items left out", "over_poll_limit", res.Dropped, "over_daily_limit", c.Skipped)
	}
	l.Info("source ingested", "new", c.New, "duplicate", c.Duplicate, "failed", c.Failed)
	if p.Ingested != nil {
		p.Ingested.ObserveIngest(*src, c.New, c.Duplicate, c.Failed)
	}
	return nil
}

// leftToday is how many new articles src may still store in the 24 hours
// before now (MaxPerDay without a Counter or for an unsaved source).
func (p *Poller) leftToday(ctx context.Context, src *news.Source) (int, error) {
	limit := orDefault(p.MaxPerDay, DefaultMaxPerDay)
	if p.Counter == nil || src.ID == 0 {
		return limit, nil
	}
	n, err := p.Counter.CountSourceArticles(ctx, src.ID, p.now().Add(-24*time.Hour))
	if err != nil {
		return 0, fmt.Errorf("count today's articles: %w", err)
	}
	return max(0, limit-n), nil
}

// recordFailure counts a failure on src and schedules its retry.
func (p *Poller) recordFailure(src *news.Source, err error, now time.Time) {
	src.Failures++
	// Guild members see it in /sources: the safe message, never the
	// chain (SQL or resolver details); the poll log keeps the whole error.
	src.LastError = news.ErrorMessage(err)
	next := now.Add(p.jitter(p.backoff(src.Failures)))
	var he *feed.HTTPError
	if errors.As(err, &he) && he.RetryAfter.After(next) {
		next = he.RetryAfter
		if limit := now.Add(orDefault(p.MaxBackoff, 24*time.Hour)); next.After(limit) {
			next = limit
		}
	}
	src.NextCheck = next
	if n := orDefault(p.DisableAfter, 10); src.Failures >= n {
		src.DisabledReason = fmt.Sprintf("disabled after %d consecutive failures; last: %s", src.Failures, news.ErrorMessage(err))
	}
}

// recordSlow backs off a source whose poll succeeded slowly: it counts like
// a failure for the back-off (the count goes on from the failures before),
// so a source that holds a poll slot for minutes is polled less and less
// often; it never disables the source.
func (p *Poller) recordSlow(src *news.Source, took time.Duration, cut bool, now time.Time) {
	src.Failures++
	if cut {
		src.LastError = fmt.Sprintf("the last poll was cut at its %s deadline: polled less often until it is faster", p.deadline())
	} else {
		src.LastError = fmt.Sprintf("the last poll took %s (more than %s): polled less often until it is faster",
			took.Round(time.Second), p.slowAfter())
	}
	src.NextCheck = now.Add(p.jitter(p.backoff(src.Failures)))
}

// backoff is Interval × 2^failures, capped at MaxBackoff.
func (p *Poller) backoff(failures int) time.Duration {
	d, max := orDefault(p.Interval, 30*time.Minute), orDefault(p.MaxBackoff, 24*time.Hour)
	for i := 0; i < failures && d < max; i++ {
		d *= 2
	}
	return min(d, max)
}

// jitter spreads d by ±Jitter so that sources failing together do not
// retry together.
func (p *Poller) jitter(d time.Duration) time.Duration {
	r := rand.Float64
	if p.Rand != nil {
		r = p.Rand
	}
	j := orDefault(p.Jitter, 0.1)
	return time.Duration(float64(d) * (1 + j*(2*r()-1)))
}

// logPoll logs the outcome of one poll.
func (p *Poller) logPoll(src *news.Source, err error, d time.Duration) {
	l := p.logger().With("source_url", src.URL, "guild_id", src.GuildID, "duration_ms", d.Milliseconds())
	switch {
	case err != nil && src.Disabled():
		l.Warn("source disabled", "error", err, "failures", src.Failures)
	case err != nil:
		l.Info("source poll failed", "error", err, "failures", src.Failures, "next_check", src.NextCheck)
	case src.Failures > 0:
		l.Info("source poll slow", "failures", src.Failures, "next_check", src.NextCheck)
	default:
		l.Debug("source polled", "next_check", src.NextCheck)
	}
}
