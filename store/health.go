package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"time"
)

// CheckWritable proves that the database file can be written now. The
// pools' connections keep the descriptors they opened (and SQLite hands a
// closed connection's descriptor to the next one of the process), so the
// kernel is asked first whether the file may be written: a file made
// read-only, a volume remounted read-only, a file deleted under the
// running process all fail here. Then one row is written through a fresh
// connection that may not create the file. Its busy wait is short: a
// writer holding the lock for longer is itself a problem.
func (db *DB) CheckWritable(ctx context.Context) error {
	if err := canWrite(db.path); err != nil {
		return fmt.Errorf("database file not writable: %w", err)
	}
	conn, err := sql.Open("sqlite", fileURI(db.path, "mode=rw&_pragma=busy_timeout(2000)&_txlock=immediate"))
	if err != nil {
		return fmt.Errorf("open database for writing: %w", err)
	}
	defer conn.Close()
	conn.SetMaxOpenConns(1)
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("database not writable: %w", err)
	}
	defer tx.Rollback()
	_, err = tx.ExecContext(ctx, `INSERT INTO health_probe (id, checked) VALUES (1, ?)
		ON CONFLICT (id) DO UPDATE SET checked = excluded.checked`, unix(db.now()))
	if err != nil {
		return fmt.Errorf("database not writable: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("database not writable: %w", err)
	}
	return nil
}

// Size returns the bytes of the database file and of its write-ahead log.
func (db *DB) Size() (file, wal int64, err error) {
	st, err := os.Stat(db.path)
	if err != nil {
		return 0, 0, fmt.Errorf("stat database: %w", err)
	}
	file = st.Size()
	if st, err := os.Stat(db.path + "-wal"); err == nil {
		wal = st.Size()
	} else if !errors.Is(err, fs.ErrNotExist) {
		return file, 0, fmt.Errorf("stat database log: %w", err)
	}
	return file, wal, nil
}

// OpenStories counts the stories changed at or after since: with since the
// start of the story window, the stories new articles may still join.
func (db *DB) OpenStories(ctx context.Context, since time.Time) (int, error) {
	var n int
	err := db.read.QueryRowContext(ctx, `SELECT count(*) FROM stories WHERE updated >= ?`, unix(since)).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("count open stories: %w", err)
	}
	return n, nil
}

// CheckIntegrity runs SQLite's integrity_check and the foreign key check on
// a reader connection: it reads one snapshot and blocks no writer. (The
// full-text indexes' own check writes, so it runs on backups: Verify.)
func (db *DB) CheckIntegrity(ctx context.Context) error {
	return integrityCheck(ctx, db.read)
}
