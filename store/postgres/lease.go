package postgres

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
	"github.com/jackc/pgx/v5"
)

// Lease is one instance's claim on a named piece of work until Expires
// (the server's clock). Token fences it: it grows with every grant, so a
// holder whose lease passed and was granted again holds a stale token.
type Lease struct {
	Name    string
	Holder  string
	Token   int64
	Expires time.Time
}

// AcquireLease grants name to holder for ttl when it is free, expired, or
// holder's already (then with a new token). Another holder's live lease is
// an ECONFLICT error naming it. Concurrent callers get one grant: the row
// is written under the primary key's lock.
func (db *DB) AcquireLease(ctx context.Context, name, holder string, ttl time.Duration) (Lease, error) {
	if name == "" || holder == "" || ttl <= 0 {
		return Lease{}, news.Errorf(news.EINVALID, "a lease needs a name, a holder and a duration")
	}
	l := Lease{Name: name, Holder: holder}
	err := db.pool.QueryRow(ctx, `INSERT INTO leases (name, holder, token, expires)
		VALUES ($1, $2, nextval('lease_tokens'), clock_timestamp() + $3 * interval '1 millisecond')
		ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, token = excluded.token, expires = excluded.expires
		WHERE leases.expires <= clock_timestamp() OR leases.holder = excluded.holder
		RETURNING token, expires`, name, holder, ttl.Milliseconds()).Scan(&l.Token, &l.Expires)
	if errors.Is(err, pgx.ErrNoRows) {
		return Lease{}, db.heldBy(ctx, name)
	}
	if err != nil {
		return Lease{}, fmt.Errorf("acquire lease %s: %w", name, err)
	}
	l.Expires = l.Expires.UTC()
	return l, nil
}

// heldBy is the ECONFLICT error for a lease another holder has.
func (db *DB) heldBy(ctx context.Context, name string) error {
	var holder string
	var expires time.Time
	err := db.pool.QueryRow(ctx, `SELECT holder, expires FROM leases WHERE name = $1`, name).Scan(&holder, &expires)
	if err != nil {
		return news.Errorf(news.ECONFLICT, "lease %s is held", name)
	}
	return news.Errorf(news.ECONFLICT, "lease %s is held by %s until %s", name, holder, expires.UTC().Format(time.RFC3339))
}

// RenewLease extends a live lease by ttl from now, keeping its token. A
// lease that expired (even if no one took it since) or was granted again
// is lost: ECONFLICT, and the holder must stop the work it covered.
func (db *DB) RenewLease(ctx context.Context, l Lease, ttl time.Duration) (Lease, error) {
	err := db.pool.QueryRow(ctx, `UPDATE leases SET expires = clock_timestamp() + $3 * interval '1 millisecond'
		WHERE name = $1 AND token = $2 AND expires > clock_timestamp() RETURNING expires`,
		l.Name, l.Token, ttl.Milliseconds()).Scan(&l.Expires)
	if errors.Is(err, pgx.ErrNoRows) {
		return Lease{}, news.Errorf(news.ECONFLICT, "lease %s (token %d) is lost", l.Name, l.Token)
	}
	if err != nil {
		return Lease{}, fmt.Errorf("renew lease %s: %w", l.Name, err)
	}
	l.Expires = l.Expires.UTC()
	return l, nil
}

// ReleaseLease gives a lease up; a lease already lost is left alone.
func (db *DB) ReleaseLease(ctx context.Context, l Lease) error {
	if _, err := db.pool.Exec(ctx, `DELETE FROM leases WHERE name = $1 AND token = $2`, l.Name, l.Token); err != nil {
		return fmt.Errorf("release lease %s: %w", l.Name, err)
	}
	return nil
}

// Fenced runs fn in a transaction that first checks, holding the lease's
// row locked to the commit, that l is still live: a holder paused past its
// expiry (SIGSTOP, a long GC) writes nothing after another took the work.
// A lost lease is ECONFLICT and fn does not run.
func (db *DB) Fenced(ctx context.Context, l Lease, fn func(pgx.Tx) error) error {
	ctx = news.WithFence(ctx, news.Fence{Name: l.Name, Token: l.Token})
	return db.inTx(ctx, func(tx pgx.Tx) error {
		if err := checkFence(ctx, tx); err != nil {
			return err
		}
		return fn(tx)
	})
}

// checkFence checks, in tx, the fence ctx carries (news.WithFence), if
// any: the lease must be live under its token, by the server's clock, and
// its row stays share-locked to the commit, so it cannot be granted again
// before the write it guards is committed. A lost lease is ECONFLICT.
func checkFence(ctx context.Context, tx pgx.Tx) error {
	f, ok := news.FenceFrom(ctx)
	if !ok {
		return nil
	}
	var live bool
	err := tx.QueryRow(ctx, `SELECT expires > clock_timestamp() FROM leases
		WHERE name = $1 AND token = $2 FOR SHARE`, f.Name, f.Token).Scan(&live)
	if errors.Is(err, pgx.ErrNoRows) || (err == nil && !live) {
		return news.Errorf(news.ECONFLICT, "lease %s (token %d) is lost", f.Name, f.Token)
	}
	if err != nil {
		return fmt.Errorf("check lease %s: %w", f.Name, err)
	}
	return nil
}

// fencedExec runs one statement, in a transaction that checks the fence
// ctx carries first (checkFence) when it carries one; what names the
// statement in its error.
func (db *DB) fencedExec(ctx context.Context, what, q string, args ...any) error {
	if _, ok := news.FenceFrom(ctx); !ok {
		if _, err := db.pool.Exec(ctx, q, args...); err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
		return nil
	}
	return db.inTx(ctx, func(tx pgx.Tx) error {
		if err := checkFence(ctx, tx); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, q, args...); err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
		return nil
	})
}

// ClaimDueSources leases up to limit due, enabled sources to holder for
// ttl, most overdue first, skipping the sources another instance is
// claiming at the same moment (SKIP LOCKED) and those under a live lease
// (its own included: a source being polled is not claimed again): each
// source is polled by one instance at a time.
func (db *DB) ClaimDueSources(ctx context.Context, holder string, now time.Time, limit int, ttl time.Duration) ([]news.Source, []Lease, error) {
	var srcs []news.Source
	var leases []Lease
	err := db.inTx(ctx, func(tx pgx.Tx) error {
		var err error
		srcs, err = queryAll(ctx, tx, "due sources", `SELECT `+sourceColumns+` FROM sources s
			WHERE disabled_reason = '' AND next_check <= $1 AND NOT EXISTS (SELECT 1 FROM leases l
				WHERE l.name = 'source/' || s.id AND l.expires > clock_timestamp())
			ORDER BY next_check, id LIMIT $2 FOR UPDATE SKIP LOCKED`, scanSource, unix(now), limit)
		if err != nil {
			return err
		}
		granted := srcs[:0]
		for _, s := range srcs {
			l := Lease{Name: fmt.Sprintf("source/%d", s.ID), Holder: holder}
			err := tx.QueryRow(ctx, `INSERT INTO leases (name, holder, token, expires)
				VALUES ($1, $2, nextval('lease_tokens'), clock_timestamp() + $3 * interval '1 millisecond')
				ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, token = excluded.token, expires = excluded.expires
				WHERE leases.expires <= clock_timestamp() OR leases.holder = excluded.holder
				RETURNING token, expires`, l.Name, holder, ttl.Milliseconds()).Scan(&l.Token, &l.Expires)
			if errors.Is(err, pgx.ErrNoRows) {
				continue // taken by AcquireLease meanwhile
			}
			if err != nil {
				return fmt.Errorf("lease source %d: %w", s.ID, err)
			}
			l.Expires = l.Expires.UTC()
			granted = append(granted, s)
			leases = append(leases, l)
		}
		srcs = granted
		return nil
	})
	if err != nil {
		return nil, nil, fmt.Errorf("claim due sources: %w", err)
	}
	return srcs, leases, nil
}
