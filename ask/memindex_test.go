package ask

import (
	"context"
	"sort"
	"strings"
	"time"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// memIndex is an in-memory SentenceSearcher over a few articles, for tests
// of the asker without a database. It indexes as the store does: title at
// position 0, then IndexedSentences.
type memIndex struct {
	arts  map[int64]news.Article
	sents map[news.SentenceRef][]string // index words of each sentence
}

func newMemIndex(arts ...news.Article) *memIndex {
	m := &memIndex{arts: map[int64]news.Article{}, sents: map[news.SentenceRef][]string{}}
	for i, a := range arts {
		a.ID = int64(i + 1)
		m.arts[a.ID] = a
		for pos, s := range IndexedSentences(a.Title, a.Text) {
			m.sents[news.SentenceRef{ArticleID: a.ID, Position: pos}] = lang.Fields(strings.ToLower(s))
		}
	}
	return m
}

func (m *memIndex) SentenceCount(context.Context) (int64, error) { return int64(len(m.sents)), nil }

func (m *memIndex) TermDocs(_ context.Context, terms []string) ([]int64, error) {
	out := make([]int64, len(terms))
	for i, t := range terms {
		for _, ws := range m.sents {
			if contains(ws, t) {
				out[i]++
			}
		}
	}
	return out, nil
}

func (m *memIndex) SentenceHits(_ context.Context, terms []string, limit int) ([]news.SentenceRef, error) {
	var out []news.SentenceRef
	for ref, ws := range m.sents {
		all := len(terms) > 0
		for _, t := range terms {
			all = all && contains(ws, t)
		}
		if all {
			out = append(out, ref)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].ArticleID != out[j].ArticleID {
			return out[i].ArticleID > out[j].ArticleID
		}
		return out[i].Position > out[j].Position
	})
	return out[:min(len(out), limit)], nil
}

func (m *memIndex) SentenceHitsAny(ctx context.Context, words []string, limit int) ([]news.SentenceRef, error) {
	seen := map[news.SentenceRef]bool{}
	var out []news.SentenceRef
	for _, w := range words {
		hits, _ := m.SentenceHits(ctx, []string{w}, len(m.sents))
		for _, h := range hits {
			if !seen[h] {
				seen[h] = true
				out = append(out, h)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].ArticleID != out[j].ArticleID {
			return out[i].ArticleID > out[j].ArticleID
		}
		return out[i].Position > out[j].Position
	})
	return out[:min(len(out), limit)], nil
}

func (m *memIndex) PhraseArticles(_ context.Context, words []string, limit int) ([]int64, error) {
	var out []int64
	phrase := " " + strings.Join(words, " ") + " "
	for id, a := range m.arts {
		if strings.Contains(" "+strings.Join(lang.Fields(strings.ToLower(a.Title+" "+a.Text)), " ")+" ", phrase) {
			out = append(out, id)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i] > out[j] })
	return out[:min(len(out), limit)], nil
}

func (m *memIndex) ArticleDates(_ context.Context, ids []int64) (map[int64]time.Time, error) {
	out := map[int64]time.Time{}
	for _, id := range ids {
		if a, ok := m.arts[id]; ok {
			out[id] = a.Published
		}
	}
	return out, nil
}

func (m *memIndex) Articles(_ context.Context, ids []int64) ([]news.Article, error) {
	var out []news.Article
	for _, id := range ids {
		if a, ok := m.arts[id]; ok {
			out = append(out, a)
		}
	}
	return out, nil
}
