package postgres_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/store/fold"
	"github.com/conflict-digest/conflict-digest/store/postgres"
)

// postingItems returns n articles of batch b whose sentences hold words
// by their number: "alpha" in every sentence 1, "beta" when k%3 == 0,
// "gamma" when k%5 == 0, "délta" (folded "delta") when k%11 == 0.
func postingItems(b, n int) []*news.NewArticle {
	var items []*news.NewArticle
	for i := range n {
		k := b*n + i
		title := fmt.Sprintf("Posting %d", k)
		s := []string{title, "Alpha sees the day."}
		if k%3 == 0 {
			s = append(s, "Beta and alpha again.")
		}
		if k%5 == 0 {
			s = append(s, "Gamma, beta: the end.")
		}
		if k%11 == 0 {
			s = append(s, "A délta of gamma.")
		}
		items = append(items, &news.NewArticle{
			Article: &news.Article{ExternalID: fmt.Sprintf("post-%05d", k), Title: title, Text: strings.Join(s[1:], " "),
				SourceName: "bulk", Published: time.Date(2016, 9, 1, 0, 0, k, 0, time.UTC)},
			Sentences: s,
		})
	}
	return items
}

// wantHits returns the sentences of items holding all (or any) of words,
// newest first, up to limit, leaving out the articles in gone.
func wantHits(items []*news.NewArticle, words []string, all bool, limit int, gone map[int64]bool) []news.SentenceRef {
	var out []news.SentenceRef
	for _, n := range items {
		if gone[n.Article.ID] {
			continue
		}
		for pos, s := range n.Sentences {
			ws := fold.Words(s)
			hit := 0
			for _, w := range words {
				if slices.Contains(ws, w) {
					hit++
				}
			}
			if all && hit == len(words) || !all && hit > 0 {
				out = append(out, news.SentenceRef{ArticleID: n.Article.ID, Position: pos})
			}
		}
	}
	slices.SortFunc(out, func(a, b news.SentenceRef) int {
		if a.ArticleID != b.ArticleID {
			return int(b.ArticleID - a.ArticleID)
		}
		return b.Position - a.Position
	})
	return out[:min(len(out), limit)]
}

// TestPostingsSearch finds, from postings written by many batches at once
// (their blocks overlap), what reading every sentence finds, newest first,
// for ANDs and ORs deep and shallow, without removed articles.
func TestPostingsSearch(t *testing.T) {
	ctx := context.Background()
	db := open(t)
	var (
		mu    sync.Mutex
		items []*news.NewArticle
		wg    sync.WaitGroup
		errs  = make(chan error, 60)
	)
	for b := range 60 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			batch := postingItems(b, 7)
			var err error
			if b%2 == 0 {
				err = db.CopyArticles(ctx, batch)
			} else {
				_, err = db.CreateArticles(ctx, batch)
			}
			errs <- err
			mu.Lock()
			items = append(items, batch...)
			mu.Unlock()
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	x := db.SentenceIndexFor("")
	check := func(gone map[int64]bool) {
		t.Helper()
		for _, c := range []struct {
			words []string
			all   bool
			limit int
		}{
			{[]string{"alpha"}, true, 25}, {[]string{"alpha"}, true, 1000},
			{[]string{"delta"}, true, 1000}, {[]string{"Délta"}, true, 3},
			{[]string{"beta", "gamma"}, true, 1000}, {[]string{"alpha", "delta"}, true, 1000},
			{[]string{"gamma", "delta", "beta"}, true, 1000}, {[]string{"gamma", "nothing"}, true, 10},
			// a common word with rarer ones, deep and shallow: the common one's
			// blocks are read down to the rarer ones' floors and through them
			{[]string{"alpha", "gamma", "delta"}, true, 1000}, {[]string{"alpha", "gamma", "delta"}, true, 4},
			{[]string{"delta", "alpha", "beta"}, true, 1000},
			{[]string{"beta", "delta"}, false, 40}, {[]string{"beta", "delta"}, false, 1000},
			{[]string{"nothing", "delta"}, false, 1000},
		} {
			var got []news.SentenceRef
			var err error
			if c.all {
				got, err = x.SentenceHits(ctx, c.words, c.limit)
			} else {
				got, err = x.SentenceHitsAny(ctx, c.words, c.limit)
			}
			if err != nil {
				t.Fatal(err)
			}
			want := wantHits(items, fold.Words(strings.Join(c.words, " ")), c.all, c.limit, gone)
			if !slices.Equal(got, want) {
				t.Errorf("%v all=%v limit %d: %d hits %v, want %d %v", c.words, c.all, c.limit, len(got), clipRefs(got), len(want), clipRefs(want))
			}
		}
	}
	for _, rare := range []int64{-1, 2000} { // postings of every word; the rarest's text when 16 times rarer
		undo := postgres.SetRareMaxForTest(rare)
		check(nil)
		undo()
	}
	dfs, err := x.TermDocs(ctx, []string{"delta", "Délta", "nothing", "alpha-beta"})
	if err != nil {
		t.Fatal(err)
	}
	delta, ab := int64(len(wantHits(items, []string{"delta"}, true, 1e6, nil))), int64(len(wantHits(items, []string{"alpha", "beta"}, true, 1e6, nil)))
	if want := []int64{delta, delta, 0, ab}; !slices.Equal(dfs, want) {
		t.Errorf("TermDocs = %v, want %v", dfs, want)
	}
	gone := map[int64]bool{}
	for _, n := range items {
		if n.Article.ID%4 == 1 {
			gone[n.Article.ID] = true
			if err := db.ExecForTest(ctx, fmt.Sprintf("DELETE FROM articles WHERE id = %d", n.Article.ID)); err != nil {
				t.Fatal(err)
			}
		}
	}
	for _, rare := range []int64{-1, 2000} {
		undo := postgres.SetRareMaxForTest(rare)
		check(gone)
		undo()
	}
}

func clipRefs(rs []news.SentenceRef) []news.SentenceRef { return rs[:min(len(rs), 6)] }

// TestPostMissing posts the sentences of articles indexed before the
// postings existed (migration 0011 leaves them posted = false).
func TestPostMissing(t *testing.T) {
	ctx := context.Background()
	db := open(t)
	items := postingItems(0, 12)
	if err := db.CopyArticles(ctx, items); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{`DELETE FROM sentence_postings`, `UPDATE sentence_articles SET posted = false`} {
		if err := db.ExecForTest(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	x := db.SentenceIndexFor("")
	if hits, err := x.SentenceHits(ctx, []string{"gamma"}, 100); err != nil || len(hits) != 0 {
		t.Fatalf("before posting: %v, %v", hits, err)
	}
	split := func(title, text string) []string { t.Fatal("no article is unindexed"); return nil }
	if _, err := db.IndexMissingSentences(ctx, split, 5); err != nil {
		t.Fatal(err)
	}
	hits, err := x.SentenceHits(ctx, []string{"gamma"}, 100)
	if want := wantHits(items, []string{"gamma"}, true, 100, nil); err != nil || !slices.Equal(hits, want) {
		t.Errorf("after posting: %v (%v), want %v", hits, err, want)
	}
}
