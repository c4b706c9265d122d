package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net/url"
	"os"
	"runtime"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
	"modernc.org/sqlite" // registers the "sqlite" driver
	sqlite3 "modernc.org/sqlite/lib"
)

// DB is an open store: one writer connection and a pool of readers.
type DB struct {
	write  *sql.DB
	read   *sql.DB
	path   string
	stmts  map[string]*sql.Stmt // prepared write statements, see stmt.go
	logger *slog.Logger
	now    func() time.Time

	migrateBackup bool // copy an older database before migrating it

	analyses analysisCache // StoryArticles' decoded analyses
}

// Option configures Open.
type Option func(*options)

type options struct {
	logger        *slog.Logger
	now           func() time.Time
	readConns     int
	migrateBackup bool
}

// WithLogger sets the logger; the default discards.
func WithLogger(l *slog.Logger) Option { return func(o *options) { o.logger = l } }

// WithNow sets the clock used for stored, created and updated times.
func WithNow(now func() time.Time) Option { return func(o *options) { o.now = now } }

// WithMigrationBackup says whether Open copies a database it is about to
// migrate to a newer schema beside it first (default true).
func WithMigrationBackup(on bool) Option { return func(o *options) { o.migrateBackup = on } }

// WithReadConns sets the size of the read pool (default: max(4, GOMAXPROCS)).
func WithReadConns(n int) Option { return func(o *options) { o.readConns = n } }

// Open opens (creating when needed) the database at path and migrates it to
// the newest schema.
func Open(ctx context.Context, path string, opts ...Option) (*DB, error) {
	o := options{
		logger:        slog.New(slog.DiscardHandler),
		now:           time.Now,
		readConns:     max(4, runtime.GOMAXPROCS(0)),
		migrateBackup: true,
	}
	for _, opt := range opts {
		opt(&o)
	}
	if path == "" {
		return nil, news.Errorf(news.EINVALID, "no database path")
	}
	if err := createPrivate(path); err != nil {
		return nil, fmt.Errorf("open db: %w", err)
	}
	db := &DB{path: path, logger: o.logger, now: o.now, migrateBackup: o.migrateBackup}
	var err error
	if db.write, err = sql.Open("sqlite", dsn(path, false)); err != nil {
		return nil, fmt.Errorf("open db: %w", err)
	}
	db.write.SetMaxOpenConns(1)
	db.write.SetMaxIdleConns(1)
	db.write.SetConnMaxLifetime(0)
	db.write.SetConnMaxIdleTime(0)
	if err := db.migrate(ctx); err != nil {
		db.write.Close()
		return nil, fmt.Errorf("open db: %w", err)
	}
	if err := db.prepare(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open db: %w", err)
	}
	if db.read, err = sql.Open("sqlite", dsn(path, true)); err != nil {
		db.write.Close()
		return nil, fmt.Errorf("open db: %w", err)
	}
	db.read.SetMaxOpenConns(o.readConns)
	db.read.SetMaxIdleConns(o.readConns)
	if err := db.read.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open db: %w", err)
	}
	return db, nil
}

// createPrivate creates the database file, when it does not exist, readable
// and writable by its owner only: it holds every subscription and guild
// id. SQLite gives the -wal and -shm files the database file's mode. An
// existing file keeps the mode its owner gave it.
func createPrivate(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, fs.ErrExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("create database file: %w", err)
	}
	return f.Close()
}

// dsn builds the connection string. Readers are query-only and take no
// write lock at BEGIN; the writer begins IMMEDIATE so that it never fails
// half-way through a transaction for lack of the lock.
func dsn(path string, readOnly bool) string {
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "synchronous(NORMAL)")
	if readOnly {
		q.Set("_query_only", "1")
		q.Set("_txlock", "deferred")
	} else {
		q.Add("_pragma", "journal_mode(WAL)")
		q.Set("_txlock", "immediate")
	}
	return fileURI(path, q.Encode())
}

// fileURI is the SQLite URI of the file at path with the query q: the path
// escaped, so that '?' or '#' in a file name cannot add parameters.
func fileURI(path, q string) string {
	return "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q
}

// Close closes both connection pools.
func (db *DB) Close() error {
	var errs []error
	for _, s := range db.stmts {
		errs = append(errs, s.Close())
	}
	if db.read != nil {
		errs = append(errs, db.read.Close())
	}
	if db.write != nil {
		errs = append(errs, db.write.Close())
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("close db: %w", err)
	}
	return nil
}

// Path returns the database file's path.
func (db *DB) Path() string { return db.path }

// Writer returns the single-connection pool that writes. Prefer WriteTx.
func (db *DB) Writer() *sql.DB { return db.write }

// Reader returns the query-only pool. Prefer ReadTx.
func (db *DB) Reader() *sql.DB { return db.read }

// WriteTx runs fn in a write transaction and commits when fn returns nil.
func (db *DB) WriteTx(ctx context.Context, fn func(*sql.Tx) error) error {
	return inTx(ctx, db.write, fn)
}

// ReadTx runs fn in a read transaction: one consistent snapshot.
func (db *DB) ReadTx(ctx context.Context, fn func(*sql.Tx) error) error {
	return inTx(ctx, db.read, fn)
}

func inTx(ctx context.Context, pool *sql.DB, fn func(*sql.Tx) error) error {
	tx, err := pool.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin tx: %w", err)
	}
	defer tx.Rollback()
	if err := fn(tx); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit tx: %w", err)
	}
	return nil
}

// scanner is a row that can be scanned: *sql.Row or *sql.Rows.
type scanner interface{ Scan(...any) error }

// queryAll runs q in a read transaction and scans every row with scan.
// what names the rows in the error.
func queryAll[T any](ctx context.Context, db *DB, what, q string, scan func(scanner, *T) error, args ...any) ([]T, error) {
	var out []T
	err := db.ReadTx(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, q, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var v T
			if err := scan(rows, &v); err != nil {
				return err
			}
			out = append(out, v)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("query %s: %w", what, err)
	}
	return out, nil
}

// IsUniqueViolation reports whether err is a UNIQUE or PRIMARY KEY
// constraint failure.
func IsUniqueViolation(err error) bool {
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return false
	}
	c := se.Code()
	return c == sqlite3.SQLITE_CONSTRAINT_UNIQUE || c == sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY
}

// conflict maps a UNIQUE violation to an ECONFLICT error with msg; any other
// error is wrapped as "verb object: err".
func conflict(err error, msg, op string) error {
	if IsUniqueViolation(err) {
		return news.WrapError(news.ECONFLICT, msg, err)
	}
	return fmt.Errorf("%s: %w", op, err)
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
func nullString(s string) any {
	if s == "" {
		return nil
	}
	return s
}
