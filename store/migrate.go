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

	"github.com/conflict-digest/conflict-digest/news"
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
	applied, err := db.appliedMigrations(ctx)
	if err != nil {
		return err
	}
	pending, err := pendingMigrations(ms, applied)
	if err != nil {
		return err
	}
	if len(pending) > 0 && len(applied) > 0 && db.migrateBackup {
		if err := db.backupBeforeMigrating(ctx, pending[0]); err != nil {
			return err
		}
	}
	n := 0
	for _, m := range pending {
		err := db.WriteTx(ctx, func(tx *sql.Tx) error {
			done, err := db.applyMigration(ctx, tx, m)
			if done {
				n++
			}
			return err
		})
		if err != nil {
			return err
		}
	}
	if n > 0 {
		db.logger.Info("database migrated", "migrations", n, "version", ms[len(ms)-1].version)
	}
	return nil
}

// appliedMigrations returns the versions and names recorded in the database.
func (db *DB) appliedMigrations(ctx context.Context) (map[int]string, error) {
	rows, err := db.write.QueryContext(ctx, `SELECT version, name FROM schema_migrations`)
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
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("query schema_migrations: %w", err)
	}
	return applied, nil
}

// pendingMigrations returns the migrations of ms not yet applied. A database
// that holds a migration this binary does not know was made by a newer (or
// another) build: its schema may not be what this binary expects, and
// writing to it could corrupt it, so it is refused.
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
			"the database was migrated by a newer conflict-digest (it has %s, which this binary does not know): run that version or a newer one, or restore a backup made before the upgrade",
			strings.Join(unknown, ", "))
	}
	return pending, nil
}

// backupBeforeMigrating copies the database beside itself, as
// FILE.pre-NNNN-TIME.bak, before the first pending migration changes it, and
// checks the copy: a migration that goes wrong, or a binary rolled back,
// then has a file to return to.
func (db *DB) backupBeforeMigrating(ctx context.Context, first migration) error {
	out := fmt.Sprintf("%s.pre-%04d-%s.bak", db.path, first.version, db.now().UTC().Format("20060102T150405Z"))
	if _, err := backupTo(ctx, db.write, out); err != nil {
		return fmt.Errorf("back up before migrating (set CD_MIGRATE_BACKUP=false to migrate without a copy): %w", err)
	}
	db.logger.Info("database backed up before migrating", "backup", out, "migration", first.name)
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
