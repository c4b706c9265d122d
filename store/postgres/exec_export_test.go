package postgres

import (
	"context"

	"github.com/jackc/pgx/v5"
)

// ExecForTest runs one statement in a transaction of its own, for the
// contract's statements that no service offers (storetest.Harness.Exec).
func (db *DB) ExecForTest(ctx context.Context, statement string) error {
	return db.inTx(ctx, func(tx pgx.Tx) error {
		_, err := tx.Exec(ctx, statement)
		return err
	})
}
