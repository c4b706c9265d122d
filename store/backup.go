package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// BackupInfo describes a verified backup.
type BackupInfo struct {
	Path          string
	Bytes         int64
	SchemaVersion int
	Duration      time.Duration
}

// Backup writes a consistent copy of the open database to path while
// writers go on: VACUUM INTO reads one snapshot on a reader connection
// (in WAL mode readers block no writer), into a temporary file beside
// path. The copy is then verified (Verify) and renamed to path, so path
// never holds a partial or unverified copy. path must not exist.
func (db *DB) Backup(ctx context.Context, path string) (BackupInfo, error) {
	return BackupFile(ctx, db.path, path)
}

// backupTo copies the database src is connected to into path: through a
// read-only connection for an online backup (VACUUM INTO reads, and the
// pools' query-only readers refuse it), through the writer before a
// migration (nothing else runs then).
func backupTo(ctx context.Context, src *sql.DB, path string) (BackupInfo, error) {
	start := time.Now()
	if _, err := os.Lstat(path); err == nil {
		return BackupInfo{}, news.Errorf(news.ECONFLICT, "%s exists already: choose another name, or remove it first", path)
	} else if !errors.Is(err, fs.ErrNotExist) {
		return BackupInfo{}, fmt.Errorf("check backup path: %w", err)
	}
	tmp := filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+".partial")
	os.Remove(tmp) // a copy a killed backup left; VACUUM INTO refuses an existing file
	defer os.Remove(tmp)
	if _, err := src.ExecContext(ctx, `VACUUM INTO ?`, tmp); err != nil {
		return BackupInfo{}, fmt.Errorf("copy database: %w", err)
	}
	if err := os.Chmod(tmp, 0o600); err != nil {
		return BackupInfo{}, fmt.Errorf("copy database: %w", err)
	}
	version, err := Verify(ctx, tmp)
	if err != nil {
		return BackupInfo{}, fmt.Errorf("verify copy: %w", err)
	}
	if err := syncFile(tmp); err != nil {
		return BackupInfo{}, err
	}
	if err := os.Rename(tmp, path); err != nil {
		return BackupInfo{}, fmt.Errorf("rename copy: %w", err)
	}
	info := BackupInfo{Path: path, SchemaVersion: version, Duration: time.Since(start)}
	if st, err := os.Stat(path); err == nil {
		info.Bytes = st.Size()
	}
	return info, nil
}

func syncFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("sync copy: %w", err)
	}
	defer f.Close()
	if err := f.Sync(); err != nil {
		return fmt.Errorf("sync copy: %w", err)
	}
	return nil
}

// Verify checks the database file at path without changing it: SQLite's
// integrity_check, the foreign keys, and FTS5's integrity-check of every
// full-text index (an index out of step with its articles answers
// searches wrongly, which integrity_check does not see). It returns the
// file's schema version.
func Verify(ctx context.Context, path string) (int, error) {
	if _, err := os.Stat(path); err != nil {
		return 0, fmt.Errorf("verify %s: %w", path, err)
	}
	// FTS5's check is an INSERT command, so the connection may write; it
	// only reads.
	conn, err := sql.Open("sqlite", fileURI(path, "mode=rw&_pragma=busy_timeout(10000)&_txlock=deferred"))
	if err != nil {
		return 0, fmt.Errorf("verify %s: %w", path, err)
	}
	defer conn.Close()
	conn.SetMaxOpenConns(1)
	if err := integrityCheck(ctx, conn); err != nil {
		return 0, err
	}
	if err := ftsCheck(ctx, conn); err != nil {
		return 0, err
	}
	var v sql.NullInt64
	if err := conn.QueryRowContext(ctx, `SELECT max(version) FROM schema_migrations`).Scan(&v); err != nil {
		return 0, fmt.Errorf("read schema version: %w", err)
	}
	return int(v.Int64), nil
}

// integrityCheck runs PRAGMA integrity_check and the foreign key check.
func integrityCheck(ctx context.Context, conn *sql.DB) error {
	rows, err := conn.QueryContext(ctx, `PRAGMA integrity_check(20)`)
	if err != nil {
		return fmt.Errorf("integrity check: %w", err)
	}
	var problems []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			rows.Close()
			return fmt.Errorf("integrity check: %w", err)
		}
		if s != "ok" {
			problems = append(problems, s)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("integrity check: %w", err)
	}
	if len(problems) > 0 {
		return news.Errorf(news.EINTERNAL, "integrity check failed: %s", strings.Join(problems, "; "))
	}
	var table string
	err = conn.QueryRowContext(ctx, `SELECT "table" FROM pragma_foreign_key_check LIMIT 1`).Scan(&table)
	if err == nil {
		return news.Errorf(news.EINTERNAL, "foreign key check failed: table %s has rows whose parent is missing", table)
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("foreign key check: %w", err)
	}
	return nil
}

var usingFTS5 = regexp.MustCompile(`(?i)\busing\s+fts5\s*\(`)

// ftsCheck runs FTS5's integrity-check on every FTS5 table.
func ftsCheck(ctx context.Context, conn *sql.DB) error {
	rows, err := conn.QueryContext(ctx, `SELECT name, sql FROM sqlite_master
		WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'`)
	if err != nil {
		return fmt.Errorf("list full-text indexes: %w", err)
	}
	var tables []string
	for rows.Next() {
		var name, def string
		if err := rows.Scan(&name, &def); err != nil {
			rows.Close()
			return fmt.Errorf("list full-text indexes: %w", err)
		}
		if usingFTS5.MatchString(def) { // not fts5vocab, which has no check
			tables = append(tables, name)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("list full-text indexes: %w", err)
	}
	for _, t := range tables {
		// rank 1: an external-content index is also compared with its
		// content table (0 checks only the index's own structure).
		q := fmt.Sprintf(`INSERT INTO "%s" ("%s", rank) VALUES ('integrity-check', 1)`, t, t)
		if _, err := conn.ExecContext(ctx, q); err != nil {
			return news.Errorf(news.EINTERNAL, "full-text index %s failed its integrity check: %v", t, err)
		}
	}
	return nil
}
