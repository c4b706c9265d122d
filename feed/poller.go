package feed

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net/url"
	"strings"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// Poller reads sources: it fetches and parses one source at a time with
// Poll, and with Run polls every due source of a news.SourceService,
// handing the articles to Store and saving the source's polling state.
type Poller struct {
	Fetcher *Fetcher
	Sources news.SourceService // for Run: due sources are listed and saved here
	// Store receives each polled source's articles (Prepared); an error from
	// it counts as the source's failure.
	Store func(ctx context.Context, src news.Source, articles []news.Article) error
	// Articles, when set, spares fetching the pages of teasers already stored.
	Articles news.ArticleService
	Logger   *slog.Logger
	// Observer, when set, is told the outcome of each poll Run makes (metrics).
	Observer news.PollObserver
	Now      func() time.Time // default time.Now
	Rand     func() float64   // in [0,1), for jitter; default math/rand/v2

	Interval        time.Duration // between successful polls; default 30 min
	MaxBackoff      time.Duration // cap of the back-off; default 24 h
	Jitter          float64       // fraction of the delay added or taken at random; default 0.1
	DisableAfter    int           // consecutive failures before disabling; default 10
	Concurrency     int           // sources polled at once by Run; default 4
	PageConcurrency int           // teaser pages fetched at once per source; default 4
	MaxPages        int           // teaser pages fetched per poll; default 30
	Tick            time.Duration // how often Run looks for due sources; default 1 min
}

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

// Poll reads src once and updates its polling state in place (the caller
// saves it): on success the ETag, Last-Modified, LastSuccess and the next
// check one Interval away; on failure Failures, LastError, an exponential
// back-off (Retry-After honoured) and, after DisableAfter failures in a row,
// DisabledReason. A 304 is a success with no articles. A feed source with
// no Name takes the feed's title. The returned error is the failure that
// was recorded.
func (p *Poller) Poll(ctx context.Context, src *news.Source) ([]news.Article, error) {
	articles, resp, err := p.read(ctx, src)
	now := p.now()
	if err != nil && news.ErrorCode(err) != news.ENOTMODIFIED {
		p.recordFailure(src, err, now)
		return nil, err
	}
	if resp != nil {
		src.ETag, src.LastModified = resp.ETag, resp.LastModified
	}
	src.Failures, src.LastError, src.LastSuccess = 0, "", now
	src.NextCheck = now.Add(p.jitter(orDefault(p.Interval, 30*time.Minute)))
	for i := range articles {
		articles[i].SourceID = src.ID
		articles[i].Fetched = now
		if articles[i].SourceName == "" {
			articles[i].SourceName = src.Name
		}
	}
	return articles, nil
}

// read fetches and parses src by its kind.
func (p *Poller) read(ctx context.Context, src *news.Source) ([]news.Article, *Response, error) {
	switch src.Kind {
	case news.KindFile:
		as, err := ReadPath(ctx, filePath(src.URL))
		return as, nil, err
	case news.KindPage:
		resp, err := p.Fetcher.Fetch(ctx, src.URL, src.ETag, src.LastModified)
		if err != nil {
			return nil, nil, err
		}
		a, err := ExtractArticle(resp.Body, resp.URL)
		if err != nil {
			return nil, nil, err
		}
		return []news.Article{*a}, resp, nil
	case news.KindFeed, "":
		return p.readFeed(ctx, src)
	}
	return nil, nil, news.Errorf(news.EUNSUPPORTED, "unknown source kind %q", src.Kind)
}

func (p *Poller) readFeed(ctx context.Context, src *news.Source) ([]news.Article, *Response, error) {
	resp, err := p.Fetcher.Fetch(ctx, src.URL, src.ETag, src.LastModified)
	if err != nil {
		return nil, nil, err
	}
	f, articles, err := Parse(resp.Body, resp.URL)
	if err != nil {
		return nil, nil, err
	}
	if src.Name == "" {
		src.Name = f.Title
	}
	p.fillTeasers(ctx, articles)
	return articles, resp, nil
}

// filePath accepts a path or a file:// URL.
func filePath(s string) string {
	if u, err := url.Parse(s); err == nil && u.Scheme == "file" {
		return u.Path
	}
	return s
}

// recordFailure counts a failure on src and schedules its retry.
func (p *Poller) recordFailure(src *news.Source, err error, now time.Time) {
	src.Failures++
	// Guild members see it in /sources: the safe message, never the
	// chain (SQL or resolver details); the poll log keeps the whole error.
	src.LastError = news.ErrorMessage(err)
	next := now.Add(p.jitter(p.backoff(src.Failures)))
	var he *HTTPError
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

// describe shortens a source for logs.
func describe(src *news.Source) string {
	return strings.TrimSpace(src.URL)
}
