package main

import (
	"context"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/conflict-digest/conflict-digest/ask"
	"github.com/conflict-digest/conflict-digest/news"
)

// tracer wraps a searcher and keeps the time of every call, to find the
// store's slow lookups (-trace).
type tracer struct {
	ask.SentenceSearcher
	calls []call
}

type call struct {
	what string
	d    time.Duration
	n    int
}

func (t *tracer) keep(what string, start time.Time, n int) {
	t.calls = append(t.calls, call{what, time.Since(start), n})
}

func (t *tracer) TermDocs(ctx context.Context, terms []string) ([]int64, error) {
	defer t.keep("TermDocs "+strings.Join(terms, " "), time.Now(), len(terms))
	return t.SentenceSearcher.TermDocs(ctx, terms)
}

func (t *tracer) SentenceHits(ctx context.Context, terms []string, limit int) ([]news.SentenceRef, error) {
	start := time.Now()
	r, err := t.SentenceSearcher.SentenceHits(ctx, terms, limit)
	t.keep(fmt.Sprintf("SentenceHits %q %d", terms, limit), start, len(r))
	return r, err
}

func (t *tracer) SentenceHitsAny(ctx context.Context, words []string, limit int) ([]news.SentenceRef, error) {
	start := time.Now()
	r, err := t.SentenceSearcher.SentenceHitsAny(ctx, words, limit)
	t.keep(fmt.Sprintf("SentenceHitsAny %q %d", words, limit), start, len(r))
	return r, err
}

func (t *tracer) PhraseArticles(ctx context.Context, words []string, limit int) ([]int64, error) {
	start := time.Now()
	r, err := t.SentenceSearcher.PhraseArticles(ctx, words, limit)
	t.keep(fmt.Sprintf("PhraseArticles %q %d", words, limit), start, len(r))
	return r, err
}

func (t *tracer) ArticleDates(ctx context.Context, ids []int64) (map[int64]time.Time, error) {
	defer t.keep("ArticleDates", time.Now(), len(ids))
	return t.SentenceSearcher.ArticleDates(ctx, ids)
}

func (t *tracer) Articles(ctx context.Context, ids []int64) ([]news.Article, error) {
	defer t.keep("Articles", time.Now(), len(ids))
	return t.SentenceSearcher.Articles(ctx, ids)
}

func (t *tracer) ArticleSentences(ctx context.Context, ids []int64) (map[int64][]string, error) {
	defer t.keep("ArticleSentences", time.Now(), len(ids))
	if r, ok := t.SentenceSearcher.(ask.SentenceReader); ok {
		return r.ArticleSentences(ctx, ids)
	}
	return nil, nil
}

// report prints the slowest calls, slowest first.
func (t *tracer) report(out io.Writer, n int) {
	sort.Slice(t.calls, func(i, j int) bool { return t.calls[i].d > t.calls[j].d })
	fmt.Fprintf(out, "slowest store calls (of %d):\n", len(t.calls))
	for _, c := range t.calls[:min(n, len(t.calls))] {
		fmt.Fprintf(out, "  %7.1f ms  %d results  %s\n", float64(c.d.Microseconds())/1000, c.n, clip(c.what, 140))
	}
}

// ArticleFacts and ArticleStories pass the asker's optional readers on:
// both stores have them.
func (t *tracer) ArticleFacts(ctx context.Context, ids []int64) (map[int64]news.Facts, error) {
	defer t.keep("ArticleFacts", time.Now(), len(ids))
	if r, ok := t.SentenceSearcher.(ask.FactReader); ok {
		return r.ArticleFacts(ctx, ids)
	}
	return nil, nil
}

func (t *tracer) ArticleStories(ctx context.Context, ids []int64) (map[int64]news.Story, error) {
	defer t.keep("ArticleStories", time.Now(), len(ids))
	if r, ok := t.SentenceSearcher.(ask.StoryReader); ok {
		return r.ArticleStories(ctx, ids)
	}
	return nil, nil
}

// ArticleTermDocs and ArticleHitsAny pass the asker's article index on
// (the plain bm25 floor): without them a traced asker has no floor.
func (t *tracer) ArticleTermDocs(ctx context.Context, terms []string) (news.ArticleStats, error) {
	defer t.keep("ArticleTermDocs "+strings.Join(terms, " "), time.Now(), len(terms))
	if r, ok := t.SentenceSearcher.(ask.ArticleSearcher); ok {
		return r.ArticleTermDocs(ctx, terms)
	}
	return news.ArticleStats{Docs: make([]int64, len(terms))}, nil
}

func (t *tracer) ArticleHitsAny(ctx context.Context, words []string, limit int) ([]int64, error) {
	start := time.Now()
	var r []int64
	var err error
	if s, ok := t.SentenceSearcher.(ask.ArticleSearcher); ok {
		r, err = s.ArticleHitsAny(ctx, words, limit)
	}
	t.keep(fmt.Sprintf("ArticleHitsAny %q %d", words, limit), start, len(r))
	return r, err
}
