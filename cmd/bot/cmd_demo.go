package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/conflict-digest/conflict-digest/digest"
	"github.com/conflict-digest/conflict-digest/internal/sample"
	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/store"
)

// cmdDemo is the main job on its embedded default: the bundled sample is
// ingested into a fresh database (a temporary file unless --db is given) and
// its digest printed. No token, no network.
func cmdDemo(ctx context.Context, args []string, getenv env, stdout, stderr io.Writer) error {
	fs := newFlagSet("demo", stderr)
	dbPath := fs.String("db", "", "keep the database in this file (default: a temporary one)")
	format := fs.String("format", "markdown", "markdown, discord, embeds or json")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if !validFormat(*format) {
		return usageError{fmt.Sprintf("--format %q: want markdown, discord, embeds or json", *format)}
	}
	cfg, err := loadConfig(getenv, forDemo)
	if err != nil {
		return err
	}
	path := *dbPath
	if path == "" {
		dir, err := os.MkdirTemp("", "conflict-digest-demo-")
		if err != nil {
			return fmt.Errorf("make temporary directory: %w", err)
		}
		defer os.RemoveAll(dir)
		path = filepath.Join(dir, "demo.db")
	}
	log := cfg.logger(stderr)
	db, err := store.Open(ctx, path, store.WithLogger(log), store.WithMigrationBackup(cfg.MigrateBackup))
	if err != nil {
		return err
	}
	defer db.Close()
	c, err := ingestStream(ctx, newPipeline(sqliteBackend(db, path), cfg, log, 0), sample.Articles(), stderr)
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "sample ingested: %s\n", c)
	if err := writeDigest(ctx, digest.NewViews(store.NewStoryService(db)), news.DigestFilter{}, *format, "", time.Now().UTC(), stdout); err != nil {
		return err
	}
	if *format != "json" {
		fmt.Fprintln(stdout, "\n"+sample.Attribution)
	}
	return nil
}
