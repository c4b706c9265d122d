// Package postgres is the PostgreSQL store: the same services as the SQLite
// store (package store), over one PostgreSQL database that several bot
// instances may share. It is chosen by CD_DATABASE_URL=postgres://...; the
// SQLite store stays the default.
//
// As in SQLite, the DB owns the pool, the migrations, the leases, health
// and retention, and the services, one per noun (see services.go), each
// built on one DB, implement the news interfaces.
//
// Times are stored as unix seconds, as in SQLite. Every method is one
// transaction; unique violations map to ECONFLICT as in SQLite.
package postgres

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"strings"
	"sync/atomic"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
)

// DB is an open PostgreSQL store: a connection pool.
type DB struct {
	pool   *pgxpool.Pool
	logger *slog.Logger
	now    func() time.Time
	where  string // host:port/database, for messages (never the password)
	mean   meanCache
	// paired: every indexed article's pairs are posted (pairsReady)
	paired atomic.Bool
}

// Option configures Open.
type Option func(*options)

type options struct {
	logger    *slog.Logger
	now       func() time.Time
	schema    string
	conns     int32
	noMigrate bool
}

// WithLogger sets the logger; the default discards.
func WithLogger(l *slog.Logger) Option { return func(o *options) { o.logger = l } }

// WithNow sets the clock used for stored, created and updated times.
func WithNow(now func() time.Time) Option { return func(o *options) { o.now = now } }

// WithSchema puts the store's tables in schema (which must exist) instead
// of the connection's default search path: tests give each store its own.
func WithSchema(schema string) Option { return func(o *options) { o.schema = schema } }

// WithoutMigrating opens the database as it is, for a check that must not
// change it (bot doctor): SchemaVersion and Pending say where it stands.
func WithoutMigrating() Option { return func(o *options) { o.noMigrate = true } }

// WithMaxConns sets the size of the pool (default: pgxpool's).
func WithMaxConns(n int32) Option { return func(o *options) { o.conns = n } }

// Open connects to the database at url (postgres://...), checks that it
// answers and migrates it to the newest schema. An unreachable server or a
// refused login is an EUNAVAILABLE error that names the host and database
// and never the password.
func Open(ctx context.Context, url string, opts ...Option) (*DB, error) {
	o := options{logger: slog.New(slog.DiscardHandler), now: time.Now}
	for _, opt := range opts {
		opt(&o)
	}
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		// pgx redacts the password in its message; ours names no part of url.
		return nil, news.Errorf(news.EINVALID, "open postgres: CD_DATABASE_URL is not a valid PostgreSQL URL (postgres://user:password@host:port/database)")
	}
	if o.schema != "" {
		cfg.ConnConfig.RuntimeParams["search_path"] = o.schema
	}
	if cfg.ConnConfig.RuntimeParams["application_name"] == "" {
		// names the store's sessions in pg_stat_activity
		cfg.ConnConfig.RuntimeParams["application_name"] = "conflict-digest"
	}
	if o.conns > 0 {
		cfg.MaxConns = o.conns
	}
	db := &DB{logger: o.logger, now: o.now, where: describe(cfg.ConnConfig)}
	if db.pool, err = pgxpool.NewWithConfig(ctx, cfg); err != nil {
		return nil, db.connectError(err, cfg.ConnConfig.Password)
	}
	if err := db.pool.Ping(ctx); err != nil {
		db.pool.Close()
		return nil, db.connectError(err, cfg.ConnConfig.Password)
	}
	if o.noMigrate {
		return db, nil
	}
	if err := db.migrate(ctx); err != nil {
		db.pool.Close()
		return nil, fmt.Errorf("open postgres %s: %w", db.where, err)
	}
	return db, nil
}

// describe names a connection for messages: user, host, port, database.
func describe(c *pgx.ConnConfig) string {
	return fmt.Sprintf("%s@%s:%d/%s", c.User, c.Host, c.Port, c.Database)
}

// connectError explains a failed connection without the password: the
// server's own message for a refused login, the network's for the rest.
func (db *DB) connectError(err error, password string) error {
	msg := err.Error()
	var pe *pgconn.PgError
	var ne *net.OpError
	switch {
	case errors.As(err, &ne):
		msg = "cannot reach the server: " + ne.Err.Error()
	case errors.As(err, &pe):
		msg = pe.Message
		if pe.Code == "28P01" || pe.Code == "28000" {
			msg += " (check the user and password in CD_DATABASE_URL)"
		}
	}
	if password != "" {
		msg = strings.ReplaceAll(msg, password, "****")
	}
	return news.Errorf(news.EUNAVAILABLE, "connect to postgres %s: %s", db.where, msg)
}

// Close closes the pool.
func (db *DB) Close() error {
	db.pool.Close()
	return nil
}

// Where names the database (user@host:port/database) for logs.
func (db *DB) Where() string { return db.where }

// inTx runs fn in a transaction and commits when fn returns nil.
func (db *DB) inTx(ctx context.Context, fn func(pgx.Tx) error) error {
	tx, err := db.pool.Begin(ctx)
	if err != nil {
		return fmt.Errorf("begin tx: %w", err)
	}
	defer tx.Rollback(ctx)
	if err := fn(tx); err != nil {
		return err
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("commit tx: %w", err)
	}
	return nil
}

// queryAll runs q and scans every row with scan; what names the rows in
// the error.
func queryAll[T any](ctx context.Context, q querier, what, sql string, scan func(pgx.Row, *T) error, args ...any) ([]T, error) {
	rows, err := q.Query(ctx, sql, args...)
	if err != nil {
		return nil, fmt.Errorf("query %s: %w", what, err)
	}
	defer rows.Close()
	var out []T
	for rows.Next() {
		var v T
		if err := scan(rows, &v); err != nil {
			return nil, fmt.Errorf("query %s: %w", what, err)
		}
		out = append(out, v)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("query %s: %w", what, err)
	}
	return out, nil
}

// querier is a pool or a transaction.
type querier interface {
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
	Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error)
}

// isUniqueViolation reports whether err is a unique or primary key violation.
func isUniqueViolation(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && pe.Code == "23505"
}

// conflict maps a unique violation to an ECONFLICT error with msg; any
// other error is wrapped as "op: err".
func conflict(err error, msg, op string) error {
	if isUniqueViolation(err) {
		return news.WrapError(news.ECONFLICT, msg, err)
	}
	return fmt.Errorf("%s: %w", op, err)
}

// mustAffect returns an ENOTFOUND error with msg when tag changed no row.
func mustAffect(tag pgconn.CommandTag, msg string) error {
	if tag.RowsAffected() == 0 {
		return news.Errorf(news.ENOTFOUND, "%s", msg)
	}
	return nil
}

// unix converts t to stored seconds; the zero time is 0.
func unix(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.Unix()
}

// fromUnix converts stored seconds back; 0 is the zero time.
func fromUnix(s int64) time.Time {
	if s == 0 {
		return time.Time{}
	}
	return time.Unix(s, 0).UTC()
}

// nullString stores "" as NULL, for UNIQUE columns where absence is allowed
// many times.
func nullString(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// isForeignKeyViolation reports whether err is a foreign key violation.
func isForeignKeyViolation(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && pe.Code == "23503"
}
