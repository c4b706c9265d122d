package feed

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// fillTeasers replaces teaser items' text with the main text of their
// pages, at most MaxPages pages and PageConcurrency at once. A page that
// fails leaves its teaser: the item is still news.
func (p *Poller) fillTeasers(ctx context.Context, articles []news.Article) {
	sem := make(chan struct{}, orDefault(p.PageConcurrency, 4))
	var wg sync.WaitGroup
	left := orDefault(p.MaxPages, 30)
	for i := range articles {
		a := &articles[i]
		if left == 0 || !IsTeaser(a) || p.known(ctx, a) {
			continue
		}
		left--
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			if err := p.safeFillTeaser(ctx, a); err != nil {
				p.logger().Debug("teaser page not read", "source_url", a.URL, "error", err)
			}
		}()
	}
	wg.Wait()
}

func (p *Poller) known(ctx context.Context, a *news.Article) bool {
	if p.Articles == nil {
		return false
	}
	_, err := p.Articles.FindDuplicate(ctx, a)
	return err == nil
}

// safeFillTeaser is fillTeaser with a panic turned into an error: it runs
// on a goroutine of its own, beyond the recover of PollSource, and a hostile
// page must not take the process down. a is left as it was.
func (p *Poller) safeFillTeaser(ctx context.Context, a *news.Article) (err error) {
	before := *a
	defer func() {
		if r := recover(); r != nil {
			*a = before
			err = news.Errorf(news.EINTERNAL, "panic reading page: %v", r)
		}
	}()
	return p.fillTeaser(ctx, a)
}

func (p *Poller) fillTeaser(ctx context.Context, a *news.Article) error {
	resp, err := p.Fetcher.Fetch(ctx, a.URL, "", "")
	if err != nil {
		return fmt.Errorf("fetch page: %w", err)
	}
	page, err := ExtractArticle(resp.Body, resp.URL)
	if err != nil {
		return fmt.Errorf("extract page: %w", err)
	}
	if len(page.Text) <= len(a.Text) {
		return nil
	}
	a.Text = page.Text
	if a.Title == "" {
		a.Title = page.Title
	}
	if a.Published.IsZero() {
		a.Published = page.Published
	}
	Prepare(a)
	return nil
}

// PollSource polls src, hands its articles to Store and saves its state
// through Sources. When Store fails the source keeps its old ETag and
// Last-Modified, so the articles are fetched again next time. The state is
// saved even when ctx ends during the poll.
func (p *Poller) PollSource(ctx context.Context, src *news.Source) (err error) {
	before := *src
	defer func() {
		if r := recover(); r != nil { // a hostile feed must not stop the loop
			*src = before
			err = news.Errorf(news.EINTERNAL, "panic reading source: %v", r)
			p.recordFailure(src, err, p.now())
		}
		sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
		defer cancel()
		if uerr := p.Sources.UpdateSource(sctx, src); uerr != nil && err == nil {
			err = fmt.Errorf("update source: %w", uerr)
		}
	}()
	articles, err := p.Poll(ctx, src)
	if err != nil || len(articles) == 0 || p.Store == nil {
		return err
	}
	if err := p.Store(ctx, *src, articles); err != nil {
		src.ETag, src.LastModified, src.LastSuccess = before.ETag, before.LastModified, before.LastSuccess
		src.Failures = before.Failures
		p.recordFailure(src, err, p.now())
		return fmt.Errorf("store articles: %w", err)
	}
	return nil
}

func (p *Poller) logPoll(src *news.Source, err error, d time.Duration) {
	l := p.logger().With("source_url", describe(src), "duration_ms", d.Milliseconds())
	switch {
	case err != nil && src.Disabled():
		l.Warn("source disabled", "error", err, "failures", src.Failures)
	case err != nil:
		l.Info("source poll failed", "error", err, "failures", src.Failures, "next_check", src.NextCheck)
	default:
		l.Debug("source polled", "next_check", src.NextCheck)
	}
}

// RunOnce polls every source due now, Concurrency at a time, and waits for
// them. A source's failure is kept on the source; only a failure to list
// sources is returned.
func (p *Poller) RunOnce(ctx context.Context) error {
	due, err := p.Sources.DueSources(ctx, p.now())
	if err != nil {
		return fmt.Errorf("list due sources: %w", err)
	}
	sem := make(chan struct{}, orDefault(p.Concurrency, 4))
	var wg sync.WaitGroup
	for i := range due {
		if due[i].Disabled() {
			continue
		}
		select {
		case sem <- struct{}{}:
		case <-ctx.Done():
			wg.Wait()
			return ctx.Err()
		}
		wg.Add(1)
		go func(src *news.Source) {
			defer func() { <-sem; wg.Done() }()
			start := time.Now()
			err := p.PollSource(ctx, src) // also kept on the source
			p.logPoll(src, err, time.Since(start))
			if p.Observer != nil {
				p.Observer.ObservePoll(*src, err, time.Since(start))
			}
		}(&due[i])
	}
	wg.Wait()
	return nil
}

// Run polls due sources every Tick until ctx is done, then waits for the
// polls under way and returns ctx's error.
func (p *Poller) Run(ctx context.Context) error {
	t := time.NewTicker(orDefault(p.Tick, time.Minute))
	defer t.Stop()
	for {
		if err := p.RunOnce(ctx); err != nil && ctx.Err() == nil {
			p.logger().Error("poll round failed", "error", err)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}

// Loop owns a Poller's Run in the background: Start it, Stop it.
type Loop struct {
	cancel context.CancelFunc
	wg     sync.WaitGroup
}

// Start runs p.Run in a goroutine until Stop or ctx's end.
func Start(ctx context.Context, p *Poller) *Loop {
	ctx, cancel := context.WithCancel(ctx)
	l := &Loop{cancel: cancel}
	l.wg.Add(1)
	go func() {
		defer l.wg.Done()
		_ = p.Run(ctx) // returns ctx's error only
	}()
	return l
}

// Stop cancels the loop and waits for the polls under way to end.
func (l *Loop) Stop() {
	l.cancel()
	l.wg.Wait()
}
