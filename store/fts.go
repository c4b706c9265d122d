package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"
	"unicode"
)

// FTS5 has a query language of its own (quotes, NEAR, *, ^, column filters,
// AND/OR/NOT). User input never reaches it as syntax: it is cut into the
// words the unicode61 tokenizer would see, and each word is written as a
// quoted string, which FTS5 reads as a plain term.

// ftsWords splits s into tokenizer words: runs of letters, digits and marks.
func ftsWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r))
	})
}

// matchPhrase returns s as one FTS5 phrase of quoted words ("a" + "b"
// means: a followed by b), or "" when s has no words.
func matchPhrase(s string) string {
	words := ftsWords(s)
	for i, w := range words {
		words[i] = `"` + w + `"`
	}
	return strings.Join(words, " + ")
}

// matchAny returns an FTS5 query matching any of the phrases, or "" when
// none has a word.
func matchAny(phrases []string) string {
	var parts []string
	for _, p := range phrases {
		if m := matchPhrase(p); m != "" {
			parts = append(parts, m)
		}
	}
	return strings.Join(parts, " OR ")
}

// matchAll returns an FTS5 query matching rows that hold every word of s,
// or "" when s has no words.
func matchAll(s string) string {
	words := ftsWords(s)
	for i, w := range words {
		words[i] = `"` + w + `"`
	}
	return strings.Join(words, " AND ")
}

// SearchHit is one article found by Search.
type SearchHit struct {
	ArticleID  int64
	ExternalID string
	Title      string
	SourceName string
	URL        string
	Published  time.Time
	StoryID    int64
	Rank       float64 // bm25: lower is better
}

// Search returns up to limit articles holding every word of query, best
// first by bm25 with the title weighted five times the text. Any input is
// safe: FTS5 syntax in it is searched as words. A query with no words finds
// nothing.
func (db *DB) Search(ctx context.Context, query string, limit int) ([]SearchHit, error) {
	m := matchAll(query)
	if m == "" || limit <= 0 {
		return nil, nil
	}
	const q = `SELECT a.id, coalesce(a.external_id, ''), a.title, a.source_name, a.url,
		a.published, coalesce(a.story_id, 0), bm25(articles_fts, 5.0, 1.0) AS rank
		FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
		WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?`
	var hits []SearchHit
	err := db.ReadTx(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, q, m, limit)
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
