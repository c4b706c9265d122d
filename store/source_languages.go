package store

import (
	"context"
	"fmt"
	"slices"

	"github.com/conflict-digest/conflict-digest/news"
)

// UnreadLanguages counts each source's stored articles whose analysis did
// not read them for their language (relevance reason "language"), by the
// language the analysis found. It reads the analyses' JSON: it serves a
// command (/sources health) for a guild's few sources, not a hot path.
func (sc *SourceService) UnreadLanguages(ctx context.Context, sourceIDs []int64) (map[int64][]news.LanguageCount, error) {
	out := map[int64][]news.LanguageCount{}
	for start := 0; start < len(sourceIDs); start += maxParams {
		chunk := sourceIDs[start:min(start+maxParams, len(sourceIDs))]
		args := make([]any, len(chunk))
		for i, id := range chunk {
			args[i] = id
		}
		rows, err := sc.db.read.QueryContext(ctx, `SELECT a.source_id, coalesce(json_extract(an.json, '$.language'), ''), count(*)
			FROM articles a JOIN analyses an ON an.article_id = a.id
			WHERE a.source_id IN (`+sentenceMarks(len(chunk))+`)
			AND json_extract(an.json, '$.relevance.reason') = ?
			GROUP BY 1, 2`, append(args, news.NotReadLanguage)...)
		if err != nil {
			return nil, fmt.Errorf("count unread languages: %w", err)
		}
		for rows.Next() {
			var id int64
			var c news.LanguageCount
			if err := rows.Scan(&id, &c.Language, &c.Items); err != nil {
				rows.Close()
				return nil, fmt.Errorf("count unread languages: %w", err)
			}
			out[id] = append(out[id], c)
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return nil, fmt.Errorf("count unread languages: %w", err)
		}
	}
	for _, cs := range out {
		slices.SortFunc(cs, func(a, b news.LanguageCount) int { return b.Items - a.Items })
	}
	return out, nil
}
