package postgres

import (
	"context"
	"fmt"
	"strings"
	"sync"

	"github.com/jackc/pgx/v5"

	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/store/fold"
)

// Bounds of the article statistics, as in SQLite: the mean length is taken
// over the newest ArticleSample articles, and the articles holding a word
// are counted up to ArticleCountCap.
const (
	ArticleSample   = 1000
	ArticleCountCap = 100_000
)

// articleCountEstimate is the number of articles from which the planner's
// estimate (pg_class.reltuples) stands for their count.
const articleCountEstimate = 100_000

// meanCache keeps the mean length of the newest ArticleSample articles
// under the ids of the newest and the ArticleSample-th newest (a new or a
// removed article among them changes one or the other): the mean read
// their toasted text, 23 ms of the server's time a question at 100,000
// articles.
type meanCache struct {
	mu   sync.Mutex
	key  [2]int64
	mean float64
	ok   bool
}

// meanChars returns the mean length (title and text, in characters) of
// the newest ArticleSample articles, read again when key changed.
func (db *DB) meanChars(ctx context.Context, key [2]int64) (float64, error) {
	db.mean.mu.Lock()
	defer db.mean.mu.Unlock()
	if db.mean.ok && db.mean.key == key {
		return db.mean.mean, nil
	}
	var mean float64
	err := db.pool.QueryRow(ctx, `SELECT coalesce((SELECT avg(length(title) + length(text)) FROM
		(SELECT title, text FROM articles ORDER BY id DESC LIMIT $1) s), 0)::float8`, ArticleSample).Scan(&mean)
	if err != nil {
		return 0, fmt.Errorf("measure articles: %w", err)
	}
	db.mean.key, db.mean.mean, db.mean.ok = key, mean, true
	return mean, nil
}

// ArticleTermDocs returns the number of stored articles, their mean length
// (title and text, in characters) and, for each term, the number of
// articles whose title or text holds it: plain bm25's weights over whole
// articles (ask.ArticleSearcher). Like TermDocs it counts every guild's
// articles.
func (x *SentenceIndex) ArticleTermDocs(ctx context.Context, terms []string) (news.ArticleStats, error) {
	st := news.ArticleStats{Docs: make([]int64, len(terms))}
	// the planner's count once the table is large (read by VACUUM and
	// ANALYZE; bm25's idf hardly moves with it), else counted: count(*)
	// reads a key per article, tens of milliseconds at 1,000,000; and the
	// newest and the ArticleSample-th newest article, which key the mean
	// length (meanCache)
	var key [2]int64
	err := x.db.pool.QueryRow(ctx, `SELECT (SELECT CASE WHEN c.reltuples >= `+fmt.Sprint(articleCountEstimate)+` THEN c.reltuples::bigint
			ELSE (SELECT count(*) FROM articles) END FROM pg_class c WHERE c.oid = 'articles'::regclass),
		coalesce((SELECT max(id) FROM articles), 0),
		coalesce((SELECT id FROM articles ORDER BY id DESC OFFSET $1 - 1 LIMIT 1), 0)`, ArticleSample).
		Scan(&st.Articles, &key[0], &key[1])
	if err != nil {
		return st, fmt.Errorf("count articles: %w", err)
	}
	if st.MeanChars, err = x.db.meanChars(ctx, key); err != nil {
		return st, err
	}
	var ask []string
	for _, t := range terms {
		if ws := fold.Split(strings.ToLower(t)); len(ws) > 0 {
			ask = append(ask, strings.Join(ws, " "))
		}
	}
	if len(ask) == 0 {
		return st, nil
	}
	// from the snapshot (article_terms) when it has the word, else counted
	// up to ArticleCountCap, a heap row an article
	rows, err := x.db.pool.Query(ctx, `SELECT t, coalesce((SELECT docs FROM article_terms WHERE term = t),
		(SELECT count(*) FROM (SELECT 1 FROM articles WHERE tsv @@ plainto_tsquery('simple', t) LIMIT $2) c))
		FROM unnest($1::text[]) AS t`,
		pgx.QueryExecModeExec, ask, ArticleCountCap)
	if err != nil {
		return st, fmt.Errorf("count articles of terms: %w", err)
	}
	df := make(map[string]int64, len(ask))
	for rows.Next() {
		var t string
		var n int64
		if err := rows.Scan(&t, &n); err != nil {
			rows.Close()
			return st, fmt.Errorf("count articles of terms: %w", err)
		}
		df[t] = n
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return st, fmt.Errorf("count articles of terms: %w", err)
	}
	for i, t := range terms {
		st.Docs[i] = df[strings.Join(fold.Split(strings.ToLower(t)), " ")]
	}
	return st, nil
}

// ArticleHitsAny returns up to limit articles whose title or a sentence
// of whose text holds any of the words, newest first, from the sentence
// postings (the title is sentence 0), of which those the reader may see.
// The articles' GIN index returned its matches in no order: a common word
// walked the primary key back from the newest, reading each article's
// toasted tsvector (~70 ms for "many" at 100,000 articles).
func (x *SentenceIndex) ArticleHitsAny(ctx context.Context, words []string, limit int) ([]int64, error) {
	if limit <= 0 {
		return nil, nil
	}
	s := newPostingSearch(foldTerms(words), false)
	s.byArticle = true
	keys, err := s.run(ctx, x.db.pool, limit)
	if err != nil {
		return nil, fmt.Errorf("search articles: %w", err)
	}
	ids := articlesOf(keys, limit)
	if len(ids) == 0 {
		return nil, nil
	}
	p := args{ids}
	q := `SELECT a.id FROM articles a WHERE a.id = ANY($1) AND ` + visible(x.guild, &p) + ` ORDER BY a.id DESC`
	return queryAll(ctx, x.db.pool, "article hits", q, func(row pgx.Row, id *int64) error { return row.Scan(id) }, p...)
}
