package store

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

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
	seen := map[int]string{}
	for _, n := range names {
		base := path.Base(n)
		num, _, ok := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v <= 0 {
			return nil, fmt.Errorf("parse migration name %q: want NNNN_name.sql", base)
		}
		if prev, dup := seen[v]; dup {
			return nil, fmt.Errorf("parse migration %q: version %d already used by %q", base, v, prev)
		}
		seen[v] = base
		b, err := fs.ReadFile(fsys, n)
		if err != nil {
			return nil, fmt.Errorf("read migration: %w", err)
		}
		ms = append(ms, migration{version: v, name: base, sql: string(b)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	return ms, nil
}

// migrate applies every embedded migration not yet recorded, each in its own
// transaction together with its record in schema_migrations.
func (db *DB) migrate(ctx context.Context) error {
	return db.migrateFS(ctx, migrationFS)
}

func (db *DB) migrateFS(ctx context.Context, fsys fs.FS) error {
	const create = `CREATE TABLE IF NOT EXISTS schema_migrations (
		version INTEGER PRIMARY KEY,
		name    TEXT NOT NULL,
		applied INTEGER NOT NULL
	)`
	if _, err := db.write.ExecContext(ctx, create); err != nil {
		return fmt.Errorf("create schema_migrations: %w", err)
	}
	ms, err := migrations(fsys)
	if err != nil {
		return err
	}
	applied := 0
	for _, m := range ms {
		err := db.WriteTx(ctx, func(tx *sql.Tx) error {
			done, err := db.applyMigration(ctx, tx, m)
			if done {
				applied++
			}
			return err
		})
		if err != nil {
			return err
		}
	}
	if applied > 0 {
		db.logger.Info("database migrated", "migrations", applied, "version", ms[len(ms)-1].version)
	}
	return nil
}

// applyMigration runs m unless it is recorded, and reports whether it ran. The check is inside the
// (IMMEDIATE) transaction, so two processes opening one file at once apply
// each migration once.
func (db *DB) applyMigration(ctx context.Context, tx *sql.Tx, m migration) (applied bool, err error) {
	var n int
	err = tx.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations WHERE version = ?`, m.version).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("check migration %s: %w", m.name, err)
	}
	if n > 0 {
		return false, nil
	}
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return false, fmt.Errorf("apply migration %s: %w", m.name, err)
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, name, applied) VALUES (?, ?, ?)`,
		m.version, m.name, unix(db.now()))
	if err != nil {
		return false, fmt.Errorf("record migration %s: %w", m.name, err)
	}
	db.logger.Debug("migration applied", "migration", m.name)
	return true, nil
}

// SchemaVersion returns the highest applied migration version.
func (db *DB) SchemaVersion(ctx context.Context) (int, error) {
	var v sql.NullInt64
	if err := db.read.QueryRowContext(ctx, `SELECT max(version) FROM schema_migrations`).Scan(&v); err != nil {
		return 0, fmt.Errorf("query schema version: %w", err)
	}
	return int(v.Int64), nil
}
