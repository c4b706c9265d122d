package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/conflict-digest/conflict-digest/ask"
	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/store/postgres"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// openPG opens the PostgreSQL store at url, creating its database first
// when the server lacks it (askbench keeps its corpora in databases of
// their own, apart from the tests' database).
func openPG(ctx context.Context, url string, opts ...postgres.Option) (*postgres.Services, error) {
	if err := ensureDatabase(ctx, url); err != nil {
		return nil, err
	}
	return postgres.OpenServices(ctx, url, opts...)
}

// ensureDatabase creates url's database when it does not exist, through the
// server's maintenance database "postgres".
func ensureDatabase(ctx context.Context, url string) error {
	cfg, err := pgx.ParseConfig(url)
	if err != nil {
		return fmt.Errorf("parse -database-url: %w", err)
	}
	name := cfg.Database
	cfg.Database = "postgres"
	conn, err := pgx.ConnectConfig(ctx, cfg)
	if err != nil {
		return fmt.Errorf("connect to create database %s: %w", name, err)
	}
	defer conn.Close(ctx)
	var exists bool
	if err := conn.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)`, name).Scan(&exists); err != nil {
		return fmt.Errorf("look up database %s: %w", name, err)
	}
	if exists {
		return nil
	}
	_, err = conn.Exec(ctx, `CREATE DATABASE `+pgx.Identifier{name}.Sanitize())
	var pe *pgconn.PgError
	if err != nil && !(errors.As(err, &pe) && pe.Code == "42P04") { // created meanwhile
		return fmt.Errorf("create database %s: %w", name, err)
	}
	return nil
}

// bulkDeferred are the GIN indexes and foreign keys a bulk load into an
// empty database drops first and makes again, from their own definitions,
// once the rows are in: building a GIN index over a million articles at
// once is many times faster than growing it row by row.
type bulkDeferred struct {
	indexes     []string // CREATE INDEX statements
	constraints [][2]string
}

// deferIndexes drops the full-text indexes and the sentence tables'
// foreign keys, and returns what makes them again.
func deferIndexes(ctx context.Context, conn *pgx.Conn) (*bulkDeferred, error) {
	var d bulkDeferred
	rows, err := conn.Query(ctx, `SELECT indexname, indexdef FROM pg_indexes
		WHERE schemaname = current_schema() AND indexname IN ('articles_tsv', 'sentences_tsv') ORDER BY 1`)
	if err != nil {
		return nil, fmt.Errorf("read index definitions: %w", err)
	}
	var names []string
	for rows.Next() {
		var name, def string
		if err := rows.Scan(&name, &def); err != nil {
			rows.Close()
			return nil, fmt.Errorf("read index definitions: %w", err)
		}
		names, d.indexes = append(names, name), append(d.indexes, def)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read index definitions: %w", err)
	}
	rows, err = conn.Query(ctx, `SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid)
		FROM pg_constraint c WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace
		AND c.conrelid::regclass::text IN ('sentences', 'sentence_articles') ORDER BY 1, 2`)
	if err != nil {
		return nil, fmt.Errorf("read constraints: %w", err)
	}
	var drops []string
	for rows.Next() {
		var table, name, def string
		if err := rows.Scan(&table, &name, &def); err != nil {
			rows.Close()
			return nil, fmt.Errorf("read constraints: %w", err)
		}
		id := pgx.Identifier{name}.Sanitize()
		drops = append(drops, `ALTER TABLE `+table+` DROP CONSTRAINT `+id)
		d.constraints = append(d.constraints, [2]string{table, `ALTER TABLE ` + table + ` ADD CONSTRAINT ` + id + ` ` + def})
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read constraints: %w", err)
	}
	for _, n := range names {
		drops = append(drops, `DROP INDEX `+pgx.Identifier{n}.Sanitize())
	}
	for _, q := range drops {
		if _, err := conn.Exec(ctx, q); err != nil {
			return nil, fmt.Errorf("defer index: %w", err)
		}
	}
	return &d, nil
}

// restore makes the deferred indexes again, each on its own connection at
// once (a GIN index is built by one process), then the constraints.
func (d *bulkDeferred) restore(ctx context.Context, url string, out io.Writer) error {
	run := func(q string) error {
		conn, err := pgx.Connect(ctx, url)
		if err != nil {
			return fmt.Errorf("connect: %w", err)
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, `SET maintenance_work_mem = '1GB'`); err != nil {
			return fmt.Errorf("set maintenance_work_mem: %w", err)
		}
		t := time.Now()
		if _, err := conn.Exec(ctx, q); err != nil {
			return fmt.Errorf("restore index: %w", err)
		}
		fmt.Fprintf(out, "  %s: %.0f s\n", clip(q, 90), time.Since(t).Seconds())
		return nil
	}
	errs := make(chan error, len(d.indexes))
	for _, q := range d.indexes {
		go func() { errs <- run(q) }()
	}
	var err error
	for range d.indexes {
		if e := <-errs; e != nil && err == nil {
			err = e
		}
	}
	if err != nil {
		return err
	}
	for _, q := range constraintSQL(d.constraints) {
		if err := run(q); err != nil {
			return err
		}
	}
	return nil
}

func constraintSQL(cs [][2]string) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c[1])
	}
	return out
}

// buildPG fills the PostgreSQL store at c.databaseURL with the same
// synthetic articles build stores in SQLite until it holds c.n. With
// c.bulk (the default) an empty database is loaded by COPY
// (postgres.DB.CopyArticles) with the GIN indexes built afterwards; else,
// or when growing a database that holds articles already, every batch goes
// through CreateArticles, the write path of ingest.
func buildPG(ctx context.Context, c config, out io.Writer) (*postgres.Services, error) {
	db, err := openPG(ctx, c.databaseURL)
	if err != nil {
		return nil, err
	}
	have, err := db.ArticleCount(ctx)
	if err != nil {
		db.Close()
		return nil, err
	}
	if int(have) >= c.n {
		if err := pairMissing(ctx, db, c.batch, out); err != nil {
			db.Close()
			return nil, err
		}
		return db, nil
	}
	pool, err := sentencePool(c.sources)
	if err != nil {
		db.Close()
		return nil, err
	}
	conn, err := pgx.Connect(ctx, c.databaseURL)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("connect: %w", err)
	}
	defer conn.Close(ctx)
	bulk := c.bulk && have == 0
	var deferred *bulkDeferred
	if bulk {
		if deferred, err = deferIndexes(ctx, conn); err != nil {
			db.Close()
			return nil, err
		}
	}
	fmt.Fprintf(out, "building %d articles from %d sentences (bulk %v)\n", c.n-int(have), len(pool), bulk)
	rng := rand.New(rand.NewPCG(uint64(c.seed), uint64(have)))
	start, cpu0 := time.Now(), cpuTime()
	server0 := backendCPU(ctx, conn)
	batches := make(chan []*news.NewArticle, 2)
	go func() { // synthesises the next batch while the last one is copied
		defer close(batches)
		for i := int(have); i < c.n; i += c.batch {
			items := make([]*news.NewArticle, 0, c.batch)
			for k := i; k < min(c.n, i+c.batch); k++ {
				a := synthetic(rng, pool, k)
				items = append(items, &news.NewArticle{Article: a, Sentences: ask.IndexedSentences(a.Title, a.Text)})
			}
			batches <- items
		}
	}()
	var (
		mu   sync.Mutex
		done = int(have)
		errs = make(chan error, c.loadConns)
	)
	load, cancel := context.WithCancel(ctx)
	defer cancel()
	for range c.loadConns { // each batch is one transaction on its own connection
		go func() {
			var err error
			defer func() { errs <- err }()
			for items := range batches {
				if err == nil && bulk {
					err = db.CopyArticles(load, items)
				} else if err == nil {
					err = createAll(load, db, items)
				}
				if err != nil {
					cancel()
					continue // drain, so that the producer ends
				}
				mu.Lock()
				done += len(items)
				if ((done-int(have))/c.batch)%25 == 0 || done == c.n {
					fmt.Fprintf(out, "  %d articles, %.0f s\n", done, time.Since(start).Seconds())
				}
				mu.Unlock()
			}
		}()
	}
	for range c.loadConns {
		if e := <-errs; e != nil && err == nil {
			err = e
		}
	}
	if err != nil {
		db.Close()
		return nil, err
	}
	loaded := time.Since(start)
	rowsCPU, rowsServer := cpuTime()-cpu0, backendCPU(ctx, conn)-server0
	fmt.Fprintf(out, "rows in %.0f s: %.0f articles/s; CPU: this process %.0f s, the server's backends %.0f s: %.0f articles per CPU second\n",
		loaded.Seconds(), float64(c.n-int(have))/loaded.Seconds(), rowsCPU.Seconds(), rowsServer.Seconds(),
		float64(c.n-int(have))/(rowsCPU+rowsServer).Seconds())
	// VACUUM before the GIN indexes exist (it then reads fewer), so that
	// readers find the hint bits and visibility map set; the term snapshot
	// reads only the rows, so it is taken while the indexes are built.
	t := time.Now()
	if _, err := conn.Exec(ctx, `VACUUM (ANALYZE)`); err != nil {
		db.Close()
		return nil, fmt.Errorf("vacuum: %w", err)
	}
	fmt.Fprintf(out, "  vacuum analyze: %.0f s\n", time.Since(t).Seconds())
	terms := make(chan error, 1)
	go func() {
		t := time.Now()
		err := db.RefreshSentenceTerms(ctx, 1000)
		fmt.Fprintf(out, "  term snapshot: %.0f s\n", time.Since(t).Seconds())
		terms <- err
	}()
	if deferred != nil {
		err = deferred.restore(ctx, c.databaseURL, out)
	}
	if e := <-terms; err == nil {
		err = e
	}
	if err != nil {
		db.Close()
		return nil, err
	}
	fmt.Fprintf(out, "built in %.0f s\n", time.Since(start).Seconds())
	return db, nil
}

// pairMissing posts the pairs of a database built before migration 0014
// (PairMissing), batch articles a transaction, and says how long it took.
func pairMissing(ctx context.Context, db *postgres.Services, batch int, out io.Writer) error {
	start, total := time.Now(), 0
	for {
		n, err := db.PairMissing(ctx, batch)
		if err != nil {
			return err
		}
		if n == 0 {
			break
		}
		if total/batch%50 == 0 {
			fmt.Fprintf(out, "  pairs of %d articles posted, %.0f s\n", total+n, time.Since(start).Seconds())
		}
		total += n
	}
	if total > 0 {
		fmt.Fprintf(out, "pairs of %d articles posted in %.0f s\n", total, time.Since(start).Seconds())
	}
	return nil
}

// createAll stores the items through CreateArticles and fails on the
// first item refused.
func createAll(ctx context.Context, db interface {
	CreateArticles(context.Context, []*news.NewArticle) ([]error, error)
}, items []*news.NewArticle) error {
	errs, err := db.CreateArticles(ctx, items)
	if err != nil {
		return err
	}
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return nil
}

// backendCPU is the CPU time (user + system) of the server's backends
// serving this database, read from /proc: the server runs on this machine.
// Backends that ended since are not counted: callers compare it over
// connections that stay open.
func backendCPU(ctx context.Context, conn *pgx.Conn) time.Duration {
	rows, err := conn.Query(ctx, `SELECT pid FROM pg_stat_activity WHERE datname = current_database()`)
	if err != nil {
		return 0
	}
	defer rows.Close()
	var total time.Duration
	for rows.Next() {
		var pid int32
		if rows.Scan(&pid) == nil {
			total += procCPU(pid)
		}
	}
	return total
}

// procCPU returns the user and system time of process pid from
// /proc/PID/stat (in clock ticks of 10 ms), 0 when unreadable.
func procCPU(pid int32) time.Duration {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(int(pid)) + "/stat")
	if err != nil {
		return 0
	}
	s := string(b)
	f := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
	if len(f) < 13 {
		return 0
	}
	utime, _ := strconv.ParseInt(f[11], 10, 64)
	stime, _ := strconv.ParseInt(f[12], 10, 64)
	return time.Duration(utime+stime) * 10 * time.Millisecond
}

// reportSizePG prints the text size and the size of each full-text index.
func reportSizePG(ctx context.Context, conn *pgx.Conn, out io.Writer) error {
	var text, artIdx, sentIdx, sentTable, artTable, dbSize int64
	err := conn.QueryRow(ctx, `SELECT (SELECT coalesce(sum(length(title) + length(text)), 0) FROM articles),
		pg_relation_size('articles_tsv'), pg_total_relation_size('sentence_postings'),
		pg_total_relation_size('sentences'), pg_total_relation_size('articles'), pg_database_size(current_database())`).
		Scan(&text, &artIdx, &sentIdx, &sentTable, &artTable, &dbSize)
	if err != nil {
		return fmt.Errorf("measure indexes: %w", err)
	}
	fmt.Fprintf(out, "text %.1f MB; sentences table with its indexes %.1f MB; postings %.1f MB (%.2f x text); articles with theirs %.1f MB (GIN %.1f MB, %.2f x text); database %.1f MB\n",
		mb(text), mb(sentTable), mb(sentIdx), float64(sentIdx)/float64(text), mb(artTable), mb(artIdx),
		float64(artIdx)/float64(text), mb(dbSize))
	return nil
}
