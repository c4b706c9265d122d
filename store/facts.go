package store

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/conflict-digest/conflict-digest/news"
)

// maxFactArticles bounds one ArticleFacts call: the question answerer asks
// for its few best candidates.
const maxFactArticles = 50

// ArticleFacts returns the analysed facts of the stored articles among ids
// (at most the first 50); articles without an analysis are left out. The
// question answerer reads count answers from them (ask.FactReader).
func (x *SentenceIndex) ArticleFacts(ctx context.Context, ids []int64) (map[int64]news.Facts, error) {
	out := make(map[int64]news.Facts, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	ids = ids[:min(len(ids), maxFactArticles)]
	rows, err := x.db.read.QueryContext(ctx, `SELECT article_id, json_extract(json, '$.facts') FROM analyses
		WHERE article_id IN (`+sentenceMarks(len(ids))+`)`, sentenceArgs(ids)...)
	if err != nil {
		return nil, fmt.Errorf("read article facts: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var js []byte
		if err := rows.Scan(&id, &js); err != nil {
			return nil, fmt.Errorf("read article facts: %w", err)
		}
		var f news.Facts
		if len(js) > 0 {
			if err := json.Unmarshal(js, &f); err != nil {
				return nil, fmt.Errorf("decode facts of article %d: %w", id, err)
			}
		}
		out[id] = f
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read article facts: %w", err)
	}
	return out, nil
}
