package postgres

import (
	"context"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/conflict-digest/conflict-digest/news"
)

// Bounds of the article statistics, as in SQLite: the mean length is taken
// over the newest ArticleSample articles, and the articles holding a word
// are counted up to ArticleCountCap.
const (
	ArticleSample   = 1000
	ArticleCountCap = 100_000
)

// articleHitsGIN is the number of articles holding the words up to which
// ArticleHitsAny reads them all through the GIN index.
const articleHitsGIN = 50_000

// articleCountEstimate is the number of articles from which the planner's
// estimate (pg_class.reltuples) stands for their count.
const articleCountEstimate = 100_000

// ArticleTermDocs returns the number of stored articles, their mean length
// (title and text, in characters) and, for each term, the number of
// articles whose title or text holds it: plain bm25's weights over whole
// articles (ask.ArticleSearcher). Like TermDocs it counts every guild's
// articles.
func (x *SentenceIndex) ArticleTermDocs(ctx context.Context, terms []string) (news.ArticleStats, error) {
	st := news.ArticleStats{Docs: make([]int64, len(terms))}
	// the planner's count once the table is large (read by VACUUM and
	// ANALYZE; bm25's idf hardly moves with it), else counted: count(*)
	// reads a key per article, tens of milliseconds at 1,000,000
	err := x.db.pool.QueryRow(ctx, `SELECT (SELECT CASE WHEN c.reltuples >= `+fmt.Sprint(articleCountEstimate)+` THEN c.reltuples::bigint
			ELSE (SELECT count(*) FROM articles) END FROM pg_class c WHERE c.oid = 'articles'::regclass),
		coalesce((SELECT avg(length(title) + length(text)) FROM
			(SELECT title, text FROM articles ORDER BY id DESC LIMIT $1) s), 0)::float8`, ArticleSample).
		Scan(&st.Articles, &st.MeanChars)
	if err != nil {
		return st, fmt.Errorf("count articles: %w", err)
	}
	var ask []string
	for _, t := range terms {
		if ws := ftsWords(strings.ToLower(t)); len(ws) > 0 {
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
		st.Docs[i] = df[strings.Join(ftsWords(strings.ToLower(t)), " ")]
	}
	return st, nil
}

// ArticleHitsAny returns up to limit articles the reader may see whose
// title or text holds any of the words, newest first.
func (x *SentenceIndex) ArticleHitsAny(ctx context.Context, words []string, limit int) ([]int64, error) {
	ws := ftsWords(strings.ToLower(strings.Join(words, " ")))
	if len(ws) == 0 || limit <= 0 {
		return nil, nil
	}
	// Words held by few articles (by article_terms) are read through the
	// GIN index, all their articles sorted: "a.id + 0" keeps the planner
	// from walking the primary key back from the newest and testing each
	// article's toasted tsvector, which it chose for words in ~0.1 % of a
	// million articles (3 to 5 s each).
	var most int64
	if err := x.db.pool.QueryRow(ctx, `SELECT coalesce(sum(coalesce(st.docs, 1)), 0) FROM unnest($1::text[]) AS u(t)
		LEFT JOIN article_terms st ON st.term = u.t`, ws).Scan(&most); err != nil {
		return nil, fmt.Errorf("search articles: %w", err)
	}
	order := `a.id`
	if most <= articleHitsGIN {
		order = `a.id + 0`
	}
	p := args{strings.Join(ws, " | ")}
	q := `SELECT a.id FROM articles a WHERE a.tsv @@ to_tsquery('simple', $1) AND ` + visible(x.guild, &p) +
		` ORDER BY ` + order + ` DESC LIMIT ` + p.add(limit)
	out, err := queryAll(ctx, x.db.pool, "article hits", q, func(row pgx.Row, id *int64) error { return row.Scan(id) },
		append([]any{pgx.QueryExecModeExec}, p...)...)
	if err != nil {
		return nil, fmt.Errorf("search articles: %w", err)
	}
	return out, nil
}
