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

// SetRareMaxForTest sets how rare the rarest word of an AND must be for
// its candidates to be checked on their text, and returns what undoes it.
func SetRareMaxForTest(n int64) func() {
	old := rareMax
	rareMax = n
	return func() { rareMax = old }
}

// SetPairGainForTest sets how many times rarer than its words a phrase's
// pairs must be for PhraseArticles to read them (0: whenever posted), and
// returns what undoes it.
func SetPairGainForTest(n int64) func() {
	old := pairGain
	pairGain = n
	return func() { pairGain = old }
}
