package ask

import (
	"context"
	"fmt"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/store/memory"
)

// memIndex is the sentence index of the in-memory store (package
// store/memory, which keeps the stores' contract) over a few articles,
// for tests of the asker without a database. The articles are stored as
// ingest stores them: title at position 0, then IndexedSentences. Only
// the SentenceSearcher methods are passed on, so that a test's index
// reads facts or stories only when it says how.
type memIndex struct {
	x    *memory.Reader
	arts map[int64]news.Article
}

func newMemIndex(arts ...news.Article) *memIndex {
	db := memory.NewServices(memory.New())
	m := &memIndex{x: db.SentenceIndexFor(""), arts: map[int64]news.Article{}}
	for i, a := range arts {
		a.ID = 0
		if a.ExternalID == "" && a.CanonicalURL == "" && a.ContentHash == "" {
			a.ContentHash = fmt.Sprint("article ", i+1) // an identity, as ingest gives every article
		}
		n := &news.NewArticle{Article: &a, Sentences: IndexedSentences(a.Title, a.Text)}
		if err := db.CreateArticle(context.Background(), n); err != nil {
			panic(fmt.Sprintf("store test article %d: %v", i+1, err))
		}
		m.arts[a.ID] = a
	}
	return m
}

func (m *memIndex) SentenceCount(ctx context.Context) (int64, error) { return m.x.SentenceCount(ctx) }

func (m *memIndex) TermDocs(ctx context.Context, terms []string) ([]int64, error) {
	return m.x.TermDocs(ctx, terms)
}

func (m *memIndex) SentenceHits(ctx context.Context, terms []string, limit int) ([]news.SentenceRef, error) {
	return m.x.SentenceHits(ctx, terms, limit)
}

func (m *memIndex) SentenceHitsAny(ctx context.Context, words []string, limit int) ([]news.SentenceRef, error) {
	return m.x.SentenceHitsAny(ctx, words, limit)
}

func (m *memIndex) PhraseArticles(ctx context.Context, words []string, limit int) ([]int64, error) {
	return m.x.PhraseArticles(ctx, words, limit)
}

func (m *memIndex) ArticleDates(ctx context.Context, ids []int64) (map[int64]time.Time, error) {
	return m.x.ArticleDates(ctx, ids)
}

func (m *memIndex) Articles(ctx context.Context, ids []int64) ([]news.Article, error) {
	return m.x.Articles(ctx, ids)
}
