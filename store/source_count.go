package store

import (
	"context"
	"fmt"
	"time"
)

// CountSourceArticles returns how many articles of the source were stored at
// or after since (see 0020_articles_source_stored.sql).
func (sc *SourceService) CountSourceArticles(ctx context.Context, sourceID int64, since time.Time) (int, error) {
	var n int
	err := sc.db.read.QueryRowContext(ctx, `SELECT count(*) FROM articles WHERE source_id = ? AND stored >= ?`,
		sourceID, unix(since)).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("count source articles: %w", err)
	}
	return n, nil
}
