package memory

import (
	"context"
	"math"
	"slices"

	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/store/fold"
)

// SearchHit is one article found by Search; its Rank is the negated BM25 score: lower is better, as SQLite's bm25().
type SearchHit = news.SearchHit

// BM25's usual parameters.
const (
	bm25K1 = 1.2
	bm25B  = 0.75
)

// Search returns up to limit articles holding every word of query, best
// first: the articles whose title holds more of the words, then by BM25
// over title and text. Any input is safe: syntax in it only separates
// words; a query with no words finds nothing. Retired articles are not
// searched. It reads every article's words on each call (see the package
// doc).
func (sr *SearchService) Search(ctx context.Context, query string, limit int) ([]SearchHit, error) {
	want := fold.Words(query)
	if len(want) == 0 || limit <= 0 {
		return nil, nil
	}
	sr.db.mu.Lock()
	defer sr.db.mu.Unlock()
	type doc struct {
		r      *article
		tf     map[string]int
		length int
		title  int
	}
	var docs []doc
	df := map[string]int{}
	total, n := 0, 0
	for _, r := range sr.db.articles {
		if r.retired {
			continue
		}
		title := fold.Words(r.a.Title)
		words := slices.Concat(title, fold.Words(r.a.Text))
		n++
		total += len(words)
		tf := map[string]int{}
		for _, w := range words {
			if contains(want, w) {
				tf[w]++
			}
		}
		for w := range tf {
			df[w]++
		}
		if len(tf) < len(dedup(want)) {
			continue
		}
		d := doc{r: r, tf: tf, length: len(words)}
		for _, w := range dedup(want) {
			if contains(title, w) {
				d.title++
			}
		}
		docs = append(docs, d)
	}
	avg := float64(total) / float64(max(n, 1))
	hits := make([]SearchHit, 0, len(docs))
	titles := map[int64]int{}
	for _, d := range docs {
		score := 0.0
		for _, w := range dedup(want) {
			idf := math.Log(1 + (float64(n)-float64(df[w])+0.5)/(float64(df[w])+0.5))
			f := float64(d.tf[w])
			score += idf * f * (bm25K1 + 1) / (f + bm25K1*(1-bm25B+bm25B*float64(d.length)/avg))
		}
		a := d.r.a
		hits = append(hits, SearchHit{ArticleID: a.ID, ExternalID: a.ExternalID, Title: a.Title, SourceName: a.SourceName,
			URL: a.URL, Published: a.Published, StoryID: d.r.storyID, Rank: -score})
		titles[a.ID] = d.title
	}
	slices.SortFunc(hits, func(a, b SearchHit) int {
		if titles[a.ArticleID] != titles[b.ArticleID] {
			return titles[b.ArticleID] - titles[a.ArticleID]
		}
		if a.Rank != b.Rank {
			if a.Rank < b.Rank {
				return -1
			}
			return 1
		}
		return cmpID(a.ArticleID, b.ArticleID)
	})
	return hits[:min(limit, len(hits))], nil
}

// dedup returns words without repeats, in order.
func dedup(words []string) []string {
	var out []string
	for _, w := range words {
		if !contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}
