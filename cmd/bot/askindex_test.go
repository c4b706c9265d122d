package main

import (
	"context"
	"testing"
	"time"
)

// countingIndex is a sentenceIndexStore that reports a scripted number of
// newly indexed articles per call and counts refreshes.
type countingIndex struct {
	indexed   []int
	refreshes int
}

func (c *countingIndex) IndexMissingSentences(context.Context, func(title, text string) []string, int) (int, error) {
	if len(c.indexed) == 0 {
		return 0, nil
	}
	n := c.indexed[0]
	c.indexed = c.indexed[1:]
	return n, nil
}

func (c *countingIndex) RefreshSentenceTerms(context.Context, int) error {
	c.refreshes++
	return nil
}

func TestAskIndexerRefreshPendingAfterInterval(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 11, 29, 1, 0, 0, 0, time.UTC)
	db := &countingIndex{indexed: []int{5, 3}}
	x := &askIndexer{db: db, refreshEvery: 15 * time.Minute, now: func() time.Time { return now }}
	steps := []struct {
		advance time.Duration
		want    int
	}{
		{0, 1},                // 5 new articles: first refresh
		{5 * time.Minute, 1},  // 3 new articles, inside the interval: skipped, pending
		{5 * time.Minute, 1},  // nothing new, still inside the interval
		{10 * time.Minute, 2}, // nothing new, interval over: the pending refresh runs
		{20 * time.Minute, 2}, // nothing new and nothing pending: no refresh
	}
	for i, s := range steps {
		now = now.Add(s.advance)
		if err := x.catchUp(ctx); err != nil {
			t.Fatalf("step %d: catchUp: %v", i, err)
		}
		if db.refreshes != s.want {
			t.Fatalf("step %d: %d refreshes, want %d", i, db.refreshes, s.want)
		}
	}
}
