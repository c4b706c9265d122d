package postgres

import (
	"context"
	"fmt"
	"time"
)

// SharedLeases are the store's leases as the bot uses them (bot.Leases):
// names, holders and tokens as plain values, so that the bot knows no
// store type. The bot holds its gateway shards and its presence, which
// its share of the request rate is computed from, with them.
type SharedLeases struct{ db *DB }

// SharedLeases returns the store's leases for the bot.
func (db *DB) SharedLeases() SharedLeases { return SharedLeases{db} }

// Acquire grants name to holder for ttl (AcquireLease).
func (s SharedLeases) Acquire(ctx context.Context, name, holder string, ttl time.Duration) (int64, error) {
	l, err := s.db.AcquireLease(ctx, name, holder, ttl)
	return l.Token, err
}

// Renew extends a live grant by ttl (RenewLease).
func (s SharedLeases) Renew(ctx context.Context, name string, token int64, ttl time.Duration) error {
	_, err := s.db.RenewLease(ctx, Lease{Name: name, Token: token}, ttl)
	return err
}

// Release gives a grant up (ReleaseLease).
func (s SharedLeases) Release(ctx context.Context, name string, token int64) error {
	return s.db.ReleaseLease(ctx, Lease{Name: name, Token: token})
}

// CountLive counts the live leases whose names start with prefix, by the
// server's clock.
func (s SharedLeases) CountLive(ctx context.Context, prefix string) (int, error) {
	var n int
	err := s.db.pool.QueryRow(ctx, `SELECT count(*) FROM leases
		WHERE starts_with(name, $1) AND expires > clock_timestamp()`, prefix).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("count leases %s*: %w", prefix, err)
	}
	return n, nil
}

// RankLive counts the live leases whose names start with prefix, by the
// server's clock, and those of them whose names sort before name
// bytewise (COLLATE "C": the same order for every instance whatever the
// database's collation).
func (s SharedLeases) RankLive(ctx context.Context, prefix, name string) (n, rank int, err error) {
	err = s.db.pool.QueryRow(ctx, `SELECT count(*), count(*) FILTER (WHERE name COLLATE "C" < $2 COLLATE "C") FROM leases
		WHERE starts_with(name, $1) AND expires > clock_timestamp()`, prefix, name).Scan(&n, &rank)
	if err != nil {
		return 0, 0, fmt.Errorf("rank leases %s*: %w", prefix, err)
	}
	return n, rank, nil
}
