package postgres

import (
	"context"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"

	"github.com/conflict-digest/conflict-digest/news"
	"github.com/jackc/pgx/v5"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// migrationLock names the advisory lock held while migrating, so that
// instances starting at once apply each migration once: the second waits,
// then finds them applied.
const migrationLock = "migrate"

// Advisory locks are per database; their keys include the schema, so that
// stores in two schemas of one database (tests) never wait for each other.
const (
	qLock       = `SELECT pg_advisory_xact_lock(hashtextextended(current_schema() || '/' || $1::text, 0))`
	qLockShared = `SELECT pg_advisory_xact_lock_shared(hashtextextended(current_schema() || '/' || $1::text, 0))`
)

// migration is one embedded schema step.
type migration struct {
	version int
	name    string
	sql     string
}

// migrations returns the embedded migrations in version order.
func migrations(fsys fs.FS) ([]migration, error) {
	names, err := fs.Glob(fsys, "migrations/*.sql")
	if err != nil {
		return nil, fmt.Errorf("list migrations: %w", err)
	}
	var ms []migration
	for _, n := range names {
		base := path.Base(n)
		num, _, ok := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v <= 0 {
			return nil, fmt.Errorf("parse migration name %q: want NNNN_name.sql", base)
		}
		b, err := fs.ReadFile(fsys, n)
		if err != nil {
			return nil, fmt.Errorf("read migration: %w", err)
		}
		ms = append(ms, migration{version: v, name: base, sql: string(b)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	for i := 1; i < len(ms); i++ {
		if ms[i].version == ms[i-1].version {
			return nil, fmt.Errorf("parse migration %q: version %d already used by %q", ms[i].name, ms[i].version, ms[i-1].name)
		}
	}
	return ms, nil
}

// migrate applies the embedded migrations not yet recorded, in one
// transaction that holds a transaction-level advisory lock: a second
// instance migrating at once waits for the first and then applies nothing.
func (db *DB) migrate(ctx context.Context) error {
	ms, err := migrations(migrationFS)
	if err != nil {
		return err
	}
	n := 0
	err = db.inTx(ctx, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, qLock, migrationLock); err != nil {
			return fmt.Errorf("lock migrations: %w", err)
		}
		_, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
			version integer PRIMARY KEY, name text NOT NULL, applied bigint NOT NULL)`)
		if err != nil {
			return fmt.Errorf("create schema_migrations: %w", err)
		}
		applied, err := appliedMigrations(ctx, tx)
		if err != nil {
			return err
		}
		pending, err := pendingMigrations(ms, applied)
		if err != nil {
			return err
		}
		for _, m := range pending {
			if err := db.applyMigration(ctx, tx, m); err != nil {
				return err
			}
			n++
		}
		return nil
	})
	if err != nil {
		return err
	}
	if n > 0 {
		db.logger.Info("database migrated", "migrations", n, "version", ms[len(ms)-1].version)
	}
	return nil
}

func appliedMigrations(ctx context.Context, tx pgx.Tx) (map[int]string, error) {
	rows, err := tx.Query(ctx, `SELECT version, name FROM schema_migrations`)
	if err != nil {
		return nil, fmt.Errorf("query schema_migrations: %w", err)
	}
	defer rows.Close()
	applied := map[int]string{}
	for rows.Next() {
		var v int
		var name string
		if err := rows.Scan(&v, &name); err != nil {
			return nil, fmt.Errorf("query schema_migrations: %w", err)
		}
		applied[v] = name
	}
	return applied, rows.Err()
}

// pendingMigrations returns the migrations of ms not yet applied; a
// database holding one this binary does not know is refused, as in SQLite.
func pendingMigrations(ms []migration, applied map[int]string) ([]migration, error) {
	known := map[int]bool{}
	var pending []migration
	for _, m := range ms {
		known[m.version] = true
		if _, ok := applied[m.version]; !ok {
			pending = append(pending, m)
		}
	}
	var unknown []string
	for v, name := range applied {
		if !known[v] {
			unknown = append(unknown, name)
		}
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		return nil, news.Errorf(news.ECONFLICT,
			"the database was migrated by a newer conflict-digest (it has %s, which this binary does not know): run that version or a newer one",
			strings.Join(unknown, ", "))
	}
	return pending, nil
}

func (db *DB) applyMigration(ctx context.Context, tx pgx.Tx, m migration) error {
	if _, err := tx.Exec(ctx, m.sql); err != nil {
		return fmt.Errorf("apply migration %s: %w", m.name, err)
	}
	_, err := tx.Exec(ctx, `INSERT INTO schema_migrations (version, name, applied) VALUES ($1, $2, $3)`,
		m.version, m.name, unix(db.now()))
	if err != nil {
		return fmt.Errorf("record migration %s: %w", m.name, err)
	}
	db.logger.Debug("migration applied", "migration", m.name)
	return nil
}

// Pending returns the names of the embedded migrations the database lacks
// (all of them for an empty one), and an ECONFLICT error when it holds one
// this binary does not know.
func (db *DB) Pending(ctx context.Context) ([]string, error) {
	ms, err := migrations(migrationFS)
	if err != nil {
		return nil, err
	}
	var exists bool
	if err := db.pool.QueryRow(ctx, `SELECT to_regclass('schema_migrations') IS NOT NULL`).Scan(&exists); err != nil {
		return nil, fmt.Errorf("query schema_migrations: %w", err)
	}
	applied := map[int]string{}
	if exists {
		err := db.inTx(ctx, func(tx pgx.Tx) error {
			var err error
			applied, err = appliedMigrations(ctx, tx)
			return err
		})
		if err != nil {
			return nil, err
		}
	}
	pending, err := pendingMigrations(ms, applied)
	var names []string
	for _, m := range pending {
		names = append(names, m.name)
	}
	return names, err
}

// SchemaVersion returns the highest applied migration version.
func (db *DB) SchemaVersion(ctx context.Context) (int, error) {
	var v *int
	if err := db.pool.QueryRow(ctx, `SELECT max(version) FROM schema_migrations`).Scan(&v); err != nil {
		return 0, fmt.Errorf("query schema version: %w", err)
	}
	if v == nil {
		return 0, nil
	}
	return *v, nil
}
