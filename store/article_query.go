package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

const (
	articleColumns = `a.id, coalesce(a.external_id, ''), coalesce(a.source_id, 0), a.source_name,
		a.url, coalesce(a.canonical_url, ''), a.text_hash, a.title, a.text,
		a.location, a.published, a.fetched, a.stored, coalesce(a.story_id, 0), a.guild_id, an.json`
	articleFrom = `articles a LEFT JOIN analyses an ON an.article_id = a.id`
)

// scanArticle reads one row of articleColumns into r and reports whether the
// article had an analysis.
func scanArticle(row scanner, r *news.ArticleWithAnalysis) (bool, error) {
	return scanArticleWith(row, r, func(js string, an *news.Analysis) error {
		return json.Unmarshal([]byte(js), an)
	})
}

// scanArticleWith is scanArticle with the analysis's JSON decoded by decode.
func scanArticleWith(row scanner, r *news.ArticleWithAnalysis, decode func(string, *news.Analysis) error) (bool, error) {
	a := &r.Article
	var published, fetched, stored int64
	var analysis sql.NullString
	err := row.Scan(&a.ID, &a.ExternalID, &a.SourceID, &a.SourceName, &a.URL, &a.CanonicalURL,
		&a.ContentHash, &a.Title, &a.Text, &a.Location, &published, &fetched, &stored,
		&r.StoryID, &a.GuildID, &analysis)
	if err != nil {
		return false, err
	}
	a.Published, a.Fetched, r.Stored = fromUnix(published), fromUnix(fetched), fromUnix(stored)
	if !analysis.Valid {
		return false, nil
	}
	if err := decode(analysis.String, &r.Analysis); err != nil {
		return false, fmt.Errorf("decode analysis of article %d: %w", a.ID, err)
	}
	return true, nil
}

// Articles returns the stored articles in the filter's window (published
// time, or stored time with ByStored) matching its topics, places and
// keywords (each: any), newest first, with their analyses. Limit counts
// articles. It lists every article whatever its guild, retired ones too:
// it rebuilds indexes (the ingest's story index), it is not for readers.
func (ar *ArticleService) Articles(ctx context.Context, f news.DigestFilter) ([]news.ArticleWithAnalysis, error) {
	where, args, ok := articleFilter(f)
	if !ok {
		return nil, nil
	}
	col := timeColumn(f)
	q := `SELECT ` + articleColumns + ` FROM ` + articleFrom + ` WHERE ` + where +
		` ORDER BY a.` + col + ` DESC, a.id DESC`
	if f.Limit > 0 {
		q += fmt.Sprintf(` LIMIT %d`, f.Limit)
	}
	return queryAll(ctx, ar.db, "articles", q, func(row scanner, r *news.ArticleWithAnalysis) error {
		_, err := scanArticle(row, r)
		return err
	}, args...)
}

// timeColumn is the articles column the filter's window applies to.
func timeColumn(f news.DigestFilter) string {
	if f.ByStored {
		return "stored"
	}
	return "published"
}

// articleFilter builds the WHERE clause over articles a (joined to analyses
// an) for f. ok is false when the filter can match nothing: keywords were
// given but none has a searchable word.
func articleFilter(f news.DigestFilter) (where string, args []any, ok bool) {
	conds := windowConds(f, &args)
	if len(f.Topics) > 0 {
		conds = append(conds, `EXISTS (SELECT 1 FROM json_each(an.categories) c
			WHERE c.value IN (SELECT value FROM json_each(?)))`)
		args = append(args, jsonList(f.Topics))
	}
	if len(f.Places) > 0 {
		conds = append(conds, `EXISTS (SELECT 1 FROM json_each(an.json, '$.places') p
			WHERE lower(json_extract(p.value, '$.name')) IN (SELECT lower(value) FROM json_each(?)))`)
		args = append(args, jsonList(f.Places))
	}
	if len(f.Keywords) > 0 {
		c, a, ok := keywordCond("a", f.Keywords)
		if !ok {
			return "", nil, false
		}
		conds = append(conds, c)
		args = append(args, a...)
	}
	return strings.Join(conds, " AND "), args, true
}

// visible is the condition "a reader of guild ? may see article a": the
// operator's articles, and the guild's own that are not retired. Its one
// argument is the reader's guild ("" sees the operator's only).
const visible = `a.guild_id IN ('', ?) AND a.retired = 0`

// windowConds returns the time-window conditions on articles a; always at
// least one, so the result can be joined with AND.
func windowConds(f news.DigestFilter, args *[]any) []string {
	col := "a." + timeColumn(f)
	conds := []string{col + ` >= ?`}
	*args = append(*args, unix(f.Since))
	if !f.Until.IsZero() {
		conds = append(conds, col+` < ?`)
		*args = append(*args, unix(f.Until))
	}
	return conds
}

// RecentAnalysis is what a story index needs of one stored article.
type RecentAnalysis struct {
	ArticleID  int64
	ExternalID string
	Title      string
	SourceName string
	Published  time.Time
	StoryID    int64 // 0 when the article joined no story
	Analysis   news.Analysis
}

// RecentAnalyses returns the analysed articles published at or after since,
// oldest first, for rebuilding an in-memory story index at start.
func (ar *ArticleService) RecentAnalyses(ctx context.Context, since time.Time) ([]RecentAnalysis, error) {
	const q = `SELECT a.id, coalesce(a.external_id, ''), a.title, a.source_name, a.published,
		coalesce(a.story_id, 0), an.json
		FROM articles a JOIN analyses an ON an.article_id = a.id
		WHERE a.published >= ? ORDER BY a.published, a.id`
	var out []RecentAnalysis
	err := ar.db.ReadTx(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, q, unix(since))
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var r RecentAnalysis
			var published int64
			var js string
			if err := rows.Scan(&r.ArticleID, &r.ExternalID, &r.Title, &r.SourceName, &published,
				&r.StoryID, &js); err != nil {
				return err
			}
			r.Published = fromUnix(published)
			if err := json.Unmarshal([]byte(js), &r.Analysis); err != nil {
				return fmt.Errorf("decode analysis of article %d: %w", r.ArticleID, err)
			}
			out = append(out, r)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("query recent analyses: %w", err)
	}
	return out, nil
}
