package postgres

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5"
)

// SetInstanceCheck sets how often a held instance lock is checked, for
// tests, and returns a function that restores it.
func SetInstanceCheck(d time.Duration) func() {
	old := instanceCheck
	instanceCheck = d
	return func() { instanceCheck = old }
}

// ExecForTest runs one statement in a transaction of its own.
func (db *DB) ExecForTest(ctx context.Context, statement string) error {
	return db.inTx(ctx, func(tx pgx.Tx) error {
		_, err := tx.Exec(ctx, statement)
		return err
	})
}
