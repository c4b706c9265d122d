package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/conflict-digest/conflict-digest/store"
)

// backupPrefix and backupSuffix name the backups `bot backup` writes into a
// directory, so that --keep knows which files are its own.
const (
	backupPrefix = "conflict-digest-"
	backupSuffix = ".db"
)

// cmdBackup writes an online, consistent, verified copy of a database: the
// bot may keep running and writing meanwhile.
func cmdBackup(ctx context.Context, args []string, getenv env, stdout, stderr io.Writer) error {
	fs := newFlagSet("backup", stderr)
	dbPath := fs.String("db", "", "the database to back up (it may be in use by a running bot)")
	out := fs.String("out", "", "the backup file to write (must not exist), or a directory to write "+backupPrefix+"TIME"+backupSuffix+" into (ending in / it is made when missing)")
	keep := fs.Int("keep", 0, "with --out DIR: keep this many newest backups there and delete the older ones (0: keep all)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *dbPath == "" || *out == "" {
		return usageError{"backup needs --db FILE and --out FILE (or --out DIR)"}
	}
	if _, err := loadConfig(getenv, forRead); err != nil {
		return err
	}
	if err := databaseExists(*dbPath); err != nil {
		return err
	}
	if strings.HasSuffix(*out, "/") {
		if err := os.MkdirAll(*out, 0o700); err != nil {
			return fmt.Errorf("make backup directory: %w", err)
		}
	}
	dir, target := "", *out
	if st, err := os.Stat(*out); err == nil && st.IsDir() {
		dir = *out
		target = filepath.Join(dir, backupPrefix+time.Now().UTC().Format("20060102T150405.000Z")+backupSuffix)
	} else if *keep > 0 {
		return usageError{"--keep needs --out to be an existing directory"}
	}
	info, err := store.BackupFile(ctx, *dbPath, target)
	if err != nil {
		return fmt.Errorf("%w\nnothing was written to %s", err, target)
	}
	fmt.Fprintf(stdout, "backup written: %s (%.1f MB, schema %d) in %s\nverified: integrity_check, foreign keys and full-text indexes ok\n",
		info.Path, float64(info.Bytes)/(1<<20), info.SchemaVersion, info.Duration.Round(time.Millisecond))
	if dir != "" && *keep > 0 {
		removed, err := pruneBackups(dir, *keep)
		for _, r := range removed {
			fmt.Fprintln(stdout, "removed older backup:", r)
		}
		if err != nil {
			return fmt.Errorf("remove older backups: %w", err)
		}
	}
	return nil
}

// pruneBackups deletes all but the keep newest backups of dir (by their
// names, which sort by time) and returns the deleted paths.
func pruneBackups(dir string, keep int) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range entries {
		n := e.Name()
		if e.Type().IsRegular() && strings.HasPrefix(n, backupPrefix) && strings.HasSuffix(n, backupSuffix) {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	var removed []string
	for len(names) > keep {
		p := filepath.Join(dir, names[0])
		if err := os.Remove(p); err != nil {
			return removed, err
		}
		removed = append(removed, p)
		names = names[1:]
	}
	return removed, nil
}
