package postgres_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/store/postgres"
)

// copyItems returns n new articles; article k's sentences (and text) hold "common",
// and "every7th" when k%7 == 0, and "rare" when k is in rare.
func copyItems(n int, rare ...int) []*news.NewArticle {
	var items []*news.NewArticle
	for k := range n {
		title := fmt.Sprintf("Report %d", k)
		s := []string{title, "Common words of the day."}
		if k%7 == 0 {
			s = append(s, "An every7th sentence.")
		}
		if slices.Contains(rare, k) {
			s = append(s, "A rare sight.")
		}
		items = append(items, &news.NewArticle{
			Article: &news.Article{ExternalID: fmt.Sprintf("copy-%05d", k), Title: title, Text: strings.Join(s[1:], " "),
				SourceName: "bulk", Published: time.Date(2016, 9, 1, 0, 0, k, 0, time.UTC)},
			Sentences: s,
		})
	}
	return items
}

// TestCopyArticles stores by COPY the rows CreateArticles stores, refuses
// what it cannot store, and fails a batch holding a duplicate whole.
func TestCopyArticles(t *testing.T) {
	ctx := context.Background()
	db := open(t)
	items := copyItems(3, 1)
	if err := db.CopyArticles(ctx, items); err != nil {
		t.Fatal(err)
	}
	for _, n := range items {
		if n.Article.ID == 0 {
			t.Fatalf("article %s has no id", n.Article.ExternalID)
		}
	}
	a, an, err := db.ArticleByExternalID(ctx, "copy-00001")
	if err != nil {
		t.Fatal(err)
	}
	if a.ID != items[1].Article.ID || a.Title != "Report 1" || a.Text != "Common words of the day. A rare sight." || a.SourceName != "bulk" ||
		!a.Published.Equal(items[1].Article.Published) || an != nil {
		t.Errorf("stored %+v (analysis %v), want article 1 as given", a, an)
	}
	x := db.SentenceIndexFor("")
	hits, err := x.SentenceHits(ctx, []string{"rare"}, 10)
	if err != nil {
		t.Fatal(err)
	}
	if want := []news.SentenceRef{{ArticleID: items[1].Article.ID, Position: 2}}; !slices.Equal(hits, want) {
		t.Errorf("hits of rare = %v, want %v", hits, want)
	}
	if n, err := x.SentenceCount(ctx); err != nil || n != 8 { // 3 + 3 + 2
		t.Errorf("sentence count = %d, %v; want 8", n, err)
	}

	// the count follows a deleted article's sentences (FK cascade)
	if err := db.ExecForTest(ctx, fmt.Sprintf(`DELETE FROM articles WHERE id = %d`, items[0].Article.ID)); err != nil {
		t.Fatal(err)
	}
	if n, err := x.SentenceCount(ctx); err != nil || n != 5 {
		t.Errorf("sentence count after a deletion = %d, %v; want 5", n, err)
	}

	// a duplicate fails the batch: nothing of it is stored
	again := copyItems(5)[1:]
	if err := db.CopyArticles(ctx, again); news.ErrorCode(err) != news.ECONFLICT {
		t.Errorf("copying stored articles again: %v, want ECONFLICT", err)
	}
	if n, err := db.ArticleCount(ctx); err != nil || n != 2 {
		t.Errorf("article count = %d, %v; want 2", n, err)
	}
	if n, err := x.SentenceCount(ctx); err != nil || n != 5 {
		t.Errorf("sentence count after a failed batch = %d, %v; want 5", n, err)
	}
	withStory := copyItems(1)
	withStory[0].Story = &news.Story{Headline: "x"}
	if err := db.CopyArticles(ctx, withStory); news.ErrorCode(err) != news.EINVALID {
		t.Errorf("copying an article with a story: %v, want EINVALID", err)
	}
}

// TestSentenceHitsWindows checks that hits, which search windows of the
// newest article ids, return the newest matches first, as many as asked,
// for a common term, a term every seventh article holds and one in two
// articles far apart (the oldest of them found only by the last window),
// and the same for ANDs of words: words found together in every article
// (planned with the words hidden, window by window), in two articles far
// apart (the rest searched at once) and in no sentence together.
func TestSentenceHitsWindows(t *testing.T) {
	ctx := context.Background()
	db := open(t)
	const n = 9000 // past the first window of 2,000 articles and the second
	items := copyItems(n, 3, 8500)
	for i := 0; i < n; i += 1000 {
		if err := db.CopyArticles(ctx, items[i:i+1000]); err != nil {
			t.Fatal(err)
		}
	}
	id := func(k int) int64 { return items[k].Article.ID }
	x := db.SentenceIndexFor("")
	// without the term snapshot every search is made in one query (its
	// words look rare); with it, those of common words window by window
	for _, refresh := range []bool{false, true} {
		if refresh {
			if err := db.RefreshSentenceTerms(ctx, 1); err != nil {
				t.Fatal(err)
			}
		}
		searchWindows(t, x, id, n)
	}
}

func searchWindows(t *testing.T, x *postgres.SentenceIndex, id func(int) int64, n int) {
	t.Helper()
	ctx := context.Background()
	for _, tt := range []struct {
		term  string
		limit int
		want  []int // articles k, newest first
	}{
		{"rare", 10, []int{8500, 3}},
		{"common", 3, []int{8999, 8998, 8997}},
		{"every7th", 700, nil},
		{"common day", 3, []int{8999, 8998, 8997}},
		{"rare sight", 10, []int{8500, 3}},
		{"an every7th sentence", 700, nil},
		{"common sight", 10, []int{}},
	} {
		hits, err := x.SentenceHits(ctx, strings.Fields(tt.term), tt.limit)
		if err != nil {
			t.Fatal(err)
		}
		want := tt.want
		if want == nil {
			for k := n - 1; k >= 0 && len(want) < tt.limit; k-- {
				if k%7 == 0 {
					want = append(want, k)
				}
			}
		}
		var got []int64
		for _, h := range hits {
			got = append(got, h.ArticleID)
		}
		var wantIDs []int64
		for _, k := range want {
			wantIDs = append(wantIDs, id(k))
		}
		if !slices.Equal(got, wantIDs) {
			t.Errorf("%s, limit %d: %d hits %v…, want %d %v…", tt.term, tt.limit, len(got), got[:min(5, len(got))],
				len(wantIDs), wantIDs[:min(5, len(wantIDs))])
		}
	}
	ids, err := x.PhraseArticles(ctx, []string{"rare", "sight"}, 10)
	if err != nil {
		t.Fatal(err)
	}
	if want := []int64{id(8500), id(3)}; !slices.Equal(ids, want) {
		t.Errorf("phrase rare sight: %v, want %v", ids, want)
	}
	if ids, err := x.PhraseArticles(ctx, []string{"sight", "rare"}, 10); err != nil || len(ids) != 0 {
		t.Errorf("phrase sight rare: %v, %v; want none", ids, err)
	}
	// the title is the index's sentence 0: a phrase of it is found
	if ids, err := x.PhraseArticles(ctx, []string{"report", "8500"}, 10); err != nil || !slices.Equal(ids, []int64{id(8500)}) {
		t.Errorf("phrase report 8500: %v, %v; want [%d]", ids, err, id(8500))
	}
}
