package store

import (
	"context"
	"fmt"
	"strings"

	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/store/fold"
)

// Bounds of the article statistics: the mean length is taken over the
// newest ArticleSample articles (a sample enough for a mean, and a bounded
// read), and the articles holding a word are counted up to ArticleCountCap
// (past it a word is common, and its weight near nothing either way).
const (
	ArticleSample   = 1000
	ArticleCountCap = 100_000
)

// ArticleTermDocs returns the number of stored articles, their mean length
// (title and text, in characters) and, for each term, the number of
// articles whose title or text holds it: plain bm25's weights over whole
// articles (ask.ArticleSearcher). Like TermDocs it counts every guild's
// articles.
func (x *SentenceIndex) ArticleTermDocs(ctx context.Context, terms []string) (news.ArticleStats, error) {
	st := news.ArticleStats{Docs: make([]int64, len(terms))}
	err := x.db.read.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM articles),
		coalesce((SELECT avg(length(title) + length(text)) FROM
			(SELECT title, text FROM articles ORDER BY id DESC LIMIT ?)), 0)`, ArticleSample).
		Scan(&st.Articles, &st.MeanChars)
	if err != nil {
		return st, fmt.Errorf("count articles: %w", err)
	}
	for i, t := range terms {
		m := matchAll(t)
		if m == "" {
			continue
		}
		err := x.db.read.QueryRowContext(ctx, `SELECT count(*) FROM (SELECT 1 FROM articles_fts
			WHERE articles_fts MATCH ? LIMIT ?)`, m, ArticleCountCap).Scan(&st.Docs[i])
		if err != nil {
			return st, fmt.Errorf("count articles of a term: %w", err)
		}
	}
	return st, nil
}

// ArticleHitsAny returns up to limit articles whose title or text holds
// any of the words, newest first (every guild's: ReaderIndex keeps a
// reader's own).
func (x *SentenceIndex) ArticleHitsAny(ctx context.Context, words []string, limit int) ([]int64, error) {
	m := matchAny(fold.Split(strings.Join(words, " ")))
	if m == "" || limit <= 0 {
		return nil, nil
	}
	return x.ids(ctx, `SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT ?`, m, limit)
}

// ArticleHitsAny is SentenceIndex.ArticleHitsAny among the articles the
// reader may see.
func (x *ReaderIndex) ArticleHitsAny(ctx context.Context, words []string, limit int) ([]int64, error) {
	ids, err := x.SentenceIndex.ArticleHitsAny(ctx, words, limit)
	if err != nil {
		return nil, err
	}
	seen, err := x.visibleIDs(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := ids[:0]
	for _, id := range ids {
		if _, ok := seen[id]; ok {
			out = append(out, id)
		}
	}
	return out, nil
}
