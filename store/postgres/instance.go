package postgres

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
	"github.com/jackc/pgx/v5/pgxpool"
)

// instanceCheck is how often a held instance lock's connection is checked.
var instanceCheck = 5 * time.Second

// Instance is the store's instance lock, held by `bot run` (HoldInstance).
type Instance struct {
	conn   *pgxpool.Conn
	lost   chan struct{}
	cancel context.CancelFunc
	wg     sync.WaitGroup
}

// Lost is closed when the lock's connection is lost: the server let the
// lock go, another instance may take it, and the holder must stop.
func (in *Instance) Lost() <-chan struct{} { return in.lost }

// Release gives the lock up and stops watching it; call it before Close,
// which waits for the lock's connection.
func (in *Instance) Release() {
	in.cancel()
	in.wg.Wait()
	in.conn.Exec(context.Background(), `SELECT pg_advisory_unlock(`+instanceKey+`)`)
	in.conn.Release()
}

const instanceKey = `hashtextextended(current_schema() || '/instance', 0)`

// HoldInstance takes the store's instance lock, a session-level advisory
// lock held on a connection of its own. `bot run` holds it for its
// lifetime: until scheduled slots and polls are claimed by lease (see
// lease.go), a second instance on the same database is refused with an
// ECONFLICT error rather than running every schedule twice. The
// connection is checked every few seconds; when it is lost, Lost closes.
func (db *DB) HoldInstance(ctx context.Context) (*Instance, error) {
	conn, err := db.pool.Acquire(ctx)
	if err != nil {
		return nil, fmt.Errorf("hold instance lock: %w", err)
	}
	var ok bool
	if err := conn.QueryRow(ctx, `SELECT pg_try_advisory_lock(`+instanceKey+`)`).Scan(&ok); err != nil {
		conn.Release()
		return nil, fmt.Errorf("hold instance lock: %w", err)
	}
	if !ok {
		conn.Release()
		return nil, news.Errorf(news.ECONFLICT, "another `bot run` uses the database %s: one instance per database until leases are wired in (issue 15, item 3)", db.where)
	}
	wctx, cancel := context.WithCancel(context.Background())
	in := &Instance{conn: conn, lost: make(chan struct{}), cancel: cancel}
	in.wg.Add(1)
	go in.watch(wctx)
	return in, nil
}

// watch pings the lock's connection until ctx ends or a ping fails.
func (in *Instance) watch(ctx context.Context) {
	defer in.wg.Done()
	t := time.NewTicker(instanceCheck)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		pctx, cancel := context.WithTimeout(ctx, instanceCheck)
		err := in.conn.Ping(pctx)
		cancel()
		if err != nil && ctx.Err() == nil {
			close(in.lost)
			return
		}
	}
}
