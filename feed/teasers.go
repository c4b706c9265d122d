package feed

import (
	"context"
	"fmt"
	"sync"

	"github.com/conflict-digest/conflict-digest/news"
)

// fillTeasers replaces teaser items' text with the main text of their
// pages, at most MaxPages pages and PageConcurrency at once. A page that
// fails leaves its teaser: the item is still news. When ctx ends (the
// poll's deadline) the pages under way are cut and no more are started.
func (r *Reader) fillTeasers(ctx context.Context, articles []news.Article) {
	sem := make(chan struct{}, orDefault(r.PageConcurrency, 4))
	var wg sync.WaitGroup
	left := orDefault(r.MaxPages, 30)
	for i := range articles {
		a := &articles[i]
		if left == 0 || ctx.Err() != nil || !IsTeaser(a) || r.known(ctx, a) {
			continue
		}
		left--
		select {
		case sem <- struct{}{}:
		case <-ctx.Done():
			continue
		}
		wg.Add(1)
		go func() {
			defer func() { <-sem; wg.Done() }()
			if err := r.safeFillTeaser(ctx, a); err != nil {
				r.logger().Debug("teaser page not read", "source_url", a.URL, "error", err)
			}
		}()
	}
	wg.Wait()
}

func (r *Reader) known(ctx context.Context, a *news.Article) bool {
	return r.Known != nil && r.Known(ctx, a)
}

// safeFillTeaser is fillTeaser with a panic turned into an error: it runs
// on a goroutine of its own, beyond the recover of Read, and a hostile
// page must not take the process down. a is left as it was.
func (r *Reader) safeFillTeaser(ctx context.Context, a *news.Article) (err error) {
	before := *a
	defer func() {
		if p := recover(); p != nil {
			*a = before
			err = news.WrapError(news.EINTERNAL, "reading a page failed: the reader panicked", fmt.Errorf("panic: %v", p))
		}
	}()
	return r.fillTeaser(ctx, a)
}

func (r *Reader) fillTeaser(ctx context.Context, a *news.Article) error {
	resp, err := r.Fetcher.Fetch(ctx, a.URL, "", "")
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
