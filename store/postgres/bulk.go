package postgres

import (
	"context"
	"fmt"

	"github.com/conflict-digest/conflict-digest/news"
	"github.com/jackc/pgx/v5"
)

// CopyArticles stores many new operator articles, with their sentences
// (NewArticle.Sentences, when set), by COPY in one transaction: the bulk
// path for loading a large corpus (cmd/askbench's million articles). The
// rows are those CreateArticles writes for the same items; the indexes are
// maintained as the rows arrive (a loader that drops the GIN indexes first
// and builds them again afterwards gets the same indexes, faster).
//
// Unlike CreateArticles it checks nothing item by item: an item with a
// source, story or analysis is refused (EINVALID) before anything is
// written, and a duplicate of a stored article fails the whole batch
// (ECONFLICT). It sets each article's ID.
func (db *DB) CopyArticles(ctx context.Context, items []*news.NewArticle) error {
	for i, n := range items {
		switch {
		case n == nil || n.Article == nil:
			return news.Errorf(news.EINVALID, "copy articles: item %d has no article", i+1)
		case n.Story != nil || n.Analysis != nil || n.Article.SourceID != 0:
			return news.Errorf(news.EINVALID, "copy articles: item %d has a source, story or analysis (use CreateArticles)", i+1)
		case n.Article.ExternalID == "" && n.Article.CanonicalURL == "" && n.Article.ContentHash == "":
			return news.Errorf(news.EINVALID, "copy articles: item %d has no external id, canonical URL or content hash", i+1)
		}
	}
	if len(items) == 0 {
		return nil
	}
	return db.inTx(ctx, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, qLockShared, ingestLock); err != nil {
			return fmt.Errorf("lock ingest: %w", err)
		}
		now := unix(db.now().UTC()) // under the lock: see StoredHorizon
		ids, err := queryAll(ctx, tx, "article ids", `SELECT nextval(pg_get_serial_sequence('articles', 'id'))
			FROM generate_series(1, $1) ORDER BY 1`, func(row pgx.Row, id *int64) error { return row.Scan(id) }, len(items))
		if err != nil {
			return err
		}
		arts := make([][]any, len(items))
		var sents, heads [][]any
		var docs []postDoc
		for i, n := range items {
			a := n.Article
			arts[i] = []any{ids[i], nullString(a.ExternalID), nullString(a.CanonicalURL), nullString(identityHash(a)),
				a.ContentHash, a.Title, a.Text, a.SourceName, a.URL, a.Location, unix(a.Published), unix(a.Fetched), now, ""}
			if n.Sentences == nil {
				continue
			}
			ss := n.Sentences[:min(len(n.Sentences), SentencesPerArticle)]
			heads = append(heads, []any{ids[i], int32(len(ss))})
			docs = append(docs, postDoc{id: ids[i], sentences: ss})
			for p, t := range ss {
				sents = append(sents, []any{ids[i], int32(p), t})
			}
		}
		_, err = tx.CopyFrom(ctx, pgx.Identifier{"articles"}, []string{"id", "external_id", "canonical_url",
			"content_hash", "text_hash", "title", "text", "source_name", "url", "location", "published", "fetched",
			"stored", "guild_id"}, pgx.CopyFromRows(arts))
		if err != nil {
			return conflict(err, "an article of the batch is already stored", "copy articles")
		}
		if _, err := tx.CopyFrom(ctx, pgx.Identifier{"sentences"}, []string{"article_id", "pos", "text"},
			pgx.CopyFromRows(sents)); err != nil {
			return fmt.Errorf("copy sentences: %w", err)
		}
		if _, err := tx.CopyFrom(ctx, pgx.Identifier{"sentence_articles"}, []string{"article_id", "sentences"},
			pgx.CopyFromRows(heads)); err != nil {
			return fmt.Errorf("copy sentence articles: %w", err)
		}
		if err := copyPostings(ctx, tx, docs); err != nil {
			return err
		}
		for i, n := range items {
			n.Article.ID = ids[i]
		}
		return nil
	})
}
