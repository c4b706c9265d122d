package postgres

import (
	"context"
	"fmt"

	"github.com/conflict-digest/conflict-digest/news"
)

// HoldInstance takes the store's instance lock, a session-level advisory
// lock held on a connection of its own until release is called (or the
// connection is lost, when the server lets it go). `bot run` holds it for
// its lifetime: until scheduled slots and polls are claimed by lease
// (issue 15, item 3), a second instance on the same database is refused
// with an ECONFLICT error rather than running every schedule twice.
func (db *DB) HoldInstance(ctx context.Context) (release func(), err error) {
	conn, err := db.pool.Acquire(ctx)
	if err != nil {
		return nil, fmt.Errorf("hold instance lock: %w", err)
	}
	const key = `hashtextextended(current_schema() || '/instance', 0)`
	var ok bool
	if err := conn.QueryRow(ctx, `SELECT pg_try_advisory_lock(`+key+`)`).Scan(&ok); err != nil {
		conn.Release()
		return nil, fmt.Errorf("hold instance lock: %w", err)
	}
	if !ok {
		conn.Release()
		return nil, news.Errorf(news.ECONFLICT, "another `bot run` uses the database %s: one instance per database until leases are ported (issue 15, item 3)", db.where)
	}
	return func() {
		conn.Exec(context.Background(), `SELECT pg_advisory_unlock(`+key+`)`)
		conn.Release()
	}, nil
}
