package main

import (
	"context"
	crand "crypto/rand"
	"encoding/hex"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"time"

	"github.com/conflict-digest/conflict-digest/ask"
	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/store"
	"github.com/conflict-digest/conflict-digest/store/postgres"
	"github.com/jackc/pgx/v5"
)

// measureIngest stores the first c.ingest synthetic articles (the ones a
// build stores first), with their sentences, through each store's
// CreateArticles in batches of c.ingestBatch, one call at a time, and
// prints articles per CPU second: SQLite in a new file, PostgreSQL (with
// -database-url) in a new schema of that database, dropped afterwards, on
// one connection, counting its backend's CPU time too.
func measureIngest(ctx context.Context, c config, out io.Writer) error {
	pool, err := sentencePool(c.sources)
	if err != nil {
		return err
	}
	articles := func() [][]*news.NewArticle { // fresh copies: stores set ids
		rng := rand.New(rand.NewPCG(uint64(c.seed), 0))
		var batches [][]*news.NewArticle
		for i := 0; i < c.ingest; i += c.ingestBatch {
			var items []*news.NewArticle
			for k := i; k < min(c.ingest, i+c.ingestBatch); k++ {
				a := synthetic(rng, pool, k)
				items = append(items, &news.NewArticle{Article: a, Sentences: ask.IndexedSentences(a.Title, a.Text)})
			}
			batches = append(batches, items)
		}
		return batches
	}
	fmt.Fprintf(out, "ingest: %d synthetic articles with their sentences, CreateArticles in batches of %d\n", c.ingest, c.ingestBatch)

	dir, err := os.MkdirTemp("", "askingest")
	if err != nil {
		return fmt.Errorf("make temp dir: %w", err)
	}
	defer os.RemoveAll(dir)
	sq, err := store.OpenServices(ctx, filepath.Join(dir, "ingest.db"))
	if err != nil {
		return err
	}
	batches := articles()
	t, cpu := time.Now(), cpuTime()
	for _, items := range batches {
		if err := createAll(ctx, sq, items); err != nil {
			sq.Close()
			return err
		}
	}
	wall, used := time.Since(t), cpuTime()-cpu
	sq.Close()
	fmt.Fprintf(out, "  SQLite:     %.0f articles/s; %.1f CPU s: %.0f articles per CPU second\n",
		float64(c.ingest)/wall.Seconds(), used.Seconds(), float64(c.ingest)/used.Seconds())
	if c.databaseURL == "" {
		return nil
	}

	if err := ensureDatabase(ctx, c.databaseURL); err != nil {
		return err
	}
	conn, err := pgx.Connect(ctx, c.databaseURL)
	if err != nil {
		return fmt.Errorf("connect: %w", err)
	}
	defer conn.Close(ctx)
	b := make([]byte, 6)
	crand.Read(b)
	schema := "askingest_" + hex.EncodeToString(b)
	if _, err := conn.Exec(ctx, `CREATE SCHEMA `+schema); err != nil {
		return fmt.Errorf("create schema: %w", err)
	}
	defer conn.Exec(context.WithoutCancel(ctx), `DROP SCHEMA `+schema+` CASCADE`)
	pg, err := postgres.OpenServices(ctx, c.databaseURL, postgres.WithSchema(schema), postgres.WithMaxConns(1))
	if err != nil {
		return err
	}
	defer pg.Close()
	backend := func() time.Duration { // the store's one connection
		var total time.Duration
		rows, err := conn.Query(ctx, `SELECT pid FROM pg_stat_activity WHERE datname = current_database()
			AND application_name = 'conflict-digest' AND pid <> pg_backend_pid()`)
		if err != nil {
			return 0
		}
		defer rows.Close()
		for rows.Next() {
			var pid int32
			if rows.Scan(&pid) == nil {
				total += procCPU(pid)
			}
		}
		return total
	}
	for _, bulk := range []bool{false, true} {
		if bulk {
			if _, err := conn.Exec(ctx, `TRUNCATE `+schema+`.articles CASCADE; UPDATE `+schema+`.sentence_stats SET sentences = 0`); err != nil {
				return fmt.Errorf("empty schema: %w", err)
			}
		}
		batches = articles()
		t, cpu, server := time.Now(), cpuTime(), backend()
		for _, items := range batches {
			if bulk {
				err = pg.CopyArticles(ctx, items)
			} else {
				err = createAll(ctx, pg, items)
			}
			if err != nil {
				return err
			}
		}
		wall, used, srv := time.Since(t), cpuTime()-cpu, backend()-server
		name := "PostgreSQL:"
		if bulk {
			name = "PostgreSQL, CopyArticles (the bulk path):"
		}
		fmt.Fprintf(out, "  %s %.0f articles/s; %.1f CPU s here, %.1f in the server's backend: %.0f articles per CPU second here, %.0f counting the backend\n",
			name, float64(c.ingest)/wall.Seconds(), used.Seconds(), srv.Seconds(),
			float64(c.ingest)/used.Seconds(), float64(c.ingest)/(used+srv).Seconds())
	}
	return nil
}
