package store

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/conflict-digest/conflict-digest/news"
)

// writeStatements are prepared once on the writer connection at Open.
// Ingest runs these for every article; parsing them each time cost a fifth
// of the time of storing one.
var writeStatements = []string{
	qFindDuplicate, qInsertArticle, qInsertAnalysis, qInsertStory, qStoryState, qUpdateStory,
	qWidenStory, qClearStoryCategories, qClearStoryPlaces, qIndexStoryCategory, qIndexStoryPlace,
	qSavepoint, qRollbackTo, qRelease, qLiveStory, qSourceGuild, qIndexText,
	qIndexSentenceArticles, qIndexSentences, qCountSentences, qFindGuildDuplicate, qInsertGuildKey,
}

// prepare prepares writeStatements on the writer pool.
func (db *DB) prepare(ctx context.Context) error {
	db.stmts = make(map[string]*sql.Stmt, len(writeStatements))
	for _, q := range writeStatements {
		s, err := db.write.PrepareContext(ctx, q)
		if err != nil {
			return fmt.Errorf("prepare statement: %w", err)
		}
		db.stmts[q] = s
	}
	return nil
}

// txn is a transaction with the store's prepared statements: a query found
// among them runs prepared, any other is prepared on the spot.
type txn struct {
	tx    *sql.Tx
	stmts map[string]*sql.Stmt // read-only after Open; nil for none
	// saved, when not nil, holds the stories saved in this transaction:
	// the items of a batch share one *news.Story, and saving it again
	// for each would write the same row (see saveStory). Only a batch
	// without savepoints sets it: a rolled-back savepoint would unsave.
	saved map[*news.Story]bool
}

// txn wraps tx with db's prepared statements.
func (db *DB) txn(tx *sql.Tx) txn { return txn{tx: tx, stmts: db.stmts} }

func (t txn) exec(ctx context.Context, q string, args ...any) (sql.Result, error) {
	if s, ok := t.stmts[q]; ok {
		return t.tx.StmtContext(ctx, s).ExecContext(ctx, args...)
	}
	return t.tx.ExecContext(ctx, q, args...)
}

func (t txn) queryRow(ctx context.Context, q string, args ...any) *sql.Row {
	if s, ok := t.stmts[q]; ok {
		return t.tx.StmtContext(ctx, s).QueryRowContext(ctx, args...)
	}
	return t.tx.QueryRowContext(ctx, q, args...)
}
