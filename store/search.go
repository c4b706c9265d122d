package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/store/fold"
)

// SearchHit is one article found by Search; its Rank is SQLite bm25: lower is better.
type SearchHit = news.SearchHit

// Search returns up to limit articles holding every word of query, best
// first: the articles whose title holds more of the words, then by bm25.
// Any input is safe: FTS5 syntax in it is searched as words. A query with
// no words finds nothing.
func (sr *SearchService) Search(ctx context.Context, query string, limit int) ([]SearchHit, error) {
	m := matchAll(query)
	if m == "" || limit <= 0 {
		return nil, nil
	}
	const q = `SELECT a.id, coalesce(a.external_id, ''), a.title, a.source_name, a.url,
		a.published, coalesce(a.story_id, 0), bm25(articles_fts) AS rank
		FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
		WHERE articles_fts MATCH ? ORDER BY fts_title_hits(a.title, ?) DESC, rank LIMIT ?`
	words := strings.Join(fold.Words(query), " ")
	var hits []SearchHit
	err := sr.db.ReadTx(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, q, m, words, limit)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var h SearchHit
			var published int64
			if err := rows.Scan(&h.ArticleID, &h.ExternalID, &h.Title, &h.SourceName, &h.URL,
				&published, &h.StoryID, &h.Rank); err != nil {
				return err
			}
			h.Published = fromUnix(published)
			hits = append(hits, h)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("search articles: %w", err)
	}
	return hits, nil
}
