package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"strings"

	"github.com/conflict-digest/conflict-digest/feed"
	"github.com/conflict-digest/conflict-digest/ingest"
	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/store"
	"github.com/conflict-digest/conflict-digest/story"
)

// ingestBatch is how many articles are stored in one transaction.
const ingestBatch = 256

func cmdIngest(ctx context.Context, args []string, getenv env, stdout, stderr io.Writer) error {
	fs := newFlagSet("ingest", stderr)
	dbPath := fs.String("db", "", "SQLite database file (created when missing)")
	jsonl := fs.String("jsonl", "", "JSON Lines file of articles (SCHEMA.md); - for stdin")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *dbPath == "" {
		return usageError{"ingest needs --db FILE"}
	}
	if (*jsonl == "") == (fs.NArg() == 0) {
		return usageError{"ingest takes either --jsonl FILE or one or more PATH_OR_URL"}
	}
	// A missing input is a typo: it fails before the database is touched
	// and before any tally, so nothing is half done.
	if err := checkInputs(*jsonl, fs.Args()); err != nil {
		return err
	}
	cfg, log, db, err := openStore(ctx, *dbPath, getenv, stderr, forIngest, true)
	if err != nil {
		return err
	}
	defer db.Close()
	p := newPipeline(db, cfg, log)
	var c ingest.Counts
	if *jsonl != "" {
		c, err = ingestJSONL(ctx, p, *jsonl, stderr)
	} else {
		c, err = ingestPaths(ctx, p, cfg, fs.Args(), log)
	}
	if err == nil && c.New > 0 {
		err = (&askIndexer{db: db}).catchUp(ctx)
	}
	fmt.Fprintln(stdout, c.String())
	if c.New == 0 && c.Duplicate > 0 && c.Failed == 0 && err == nil {
		fmt.Fprintln(stdout, "nothing new: every article was stored already")
	}
	if err == nil && c.Failed > 0 && c.New == 0 && c.Duplicate == 0 {
		// Nothing could be read at all: scripts should see it.
		return errors.New("no input could be read (see the errors above)")
	}
	return err
}

// openStore reads the configuration of the scopes sc and opens the
// database of a command that takes --db. A command that only reads
// (create false) refuses a file that does not exist: a mistyped --db would
// otherwise make an empty database and answer "No new developments".
func openStore(ctx context.Context, path string, getenv env, stderr io.Writer, sc scope, create bool, opts ...store.Option) (config, *slog.Logger, *store.DB, error) {
	cfg, err := loadConfig(getenv, sc)
	if err != nil {
		return cfg, nil, nil, err
	}
	if !create {
		if err := databaseExists(path); err != nil {
			return cfg, nil, nil, err
		}
	}
	log := cfg.logger(stderr)
	opts = append([]store.Option{store.WithLogger(log), store.WithMigrationBackup(cfg.MigrateBackup)}, opts...)
	db, err := store.Open(ctx, path, opts...)
	if err != nil && news.ErrorCode(err) == "" {
		err = fmt.Errorf("%w (is %s a conflict-digest database?)", err, path)
	}
	if err != nil {
		return cfg, nil, nil, err
	}
	return cfg, log, db, nil
}

// databaseExists says what to do when path names no database file.
func databaseExists(path string) error {
	st, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("no database at %s: check --db, or make one with `bot ingest --db %s FILE...`", path, path)
	case err != nil:
		return fmt.Errorf("open database: %w", err)
	case st.IsDir():
		return fmt.Errorf("%s is a directory: give --db the database file", path)
	}
	return nil
}

// checkInputs fails when the --jsonl file, or a local path among args
// (not a URL), cannot be read, naming every one.
func checkInputs(jsonl string, args []string) error {
	if jsonl != "" && jsonl != "-" {
		if _, err := os.Stat(jsonl); err != nil {
			return fmt.Errorf("cannot read --jsonl %s: %w: check the path", jsonl, pathErr(err))
		}
	}
	var bad []string
	for _, a := range args {
		if strings.Contains(a, "://") {
			continue // URLs are fetched, each failing alone
		}
		if _, err := os.Stat(a); err != nil {
			bad = append(bad, fmt.Sprintf("%s (%v)", a, pathErr(err)))
		}
	}
	if len(bad) > 0 {
		return fmt.Errorf("cannot read %s: check the paths; nothing was ingested", strings.Join(bad, ", "))
	}
	return nil
}

// pathErr is the reason of a file error without the operation and path,
// which the caller names already.
func pathErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// newPipeline wires the ingest pipeline to the store.
func newPipeline(db *store.DB, cfg config, log *slog.Logger) *ingest.Pipeline {
	return &ingest.Pipeline{
		Articles: db,
		Stories:  ingest.NewStories(story.Config{Window: cfg.StoryWindow}, cfg.StoryWindow),
		Logger:   log,
	}
}

// ingestJSONL streams a JSON Lines file through the pipeline in batches.
// Bad lines are reported and counted as failed; they stop nothing.
func ingestJSONL(ctx context.Context, p *ingest.Pipeline, path string, stderr io.Writer) (ingest.Counts, error) {
	var r io.Reader
	var size int64 = -1
	if path == "-" {
		r = os.Stdin
	} else {
		f, err := os.Open(path)
		if err != nil {
			return ingest.Counts{}, fmt.Errorf("read --jsonl %s: %w", path, pathErr(err))
		}
		defer f.Close()
		if st, err := f.Stat(); err == nil {
			size = st.Size()
		}
		r = f
	}
	prog := newProgress(stderr, "ingest", size)
	defer prog.Done()
	cr := &countingReader{r: r, onRead: prog.Set}
	return ingestStream(ctx, p, cr, stderr)
}

// ingestStream reads JSON Lines from r and stores them in batches.
func ingestStream(ctx context.Context, p *ingest.Pipeline, r io.Reader, stderr io.Writer) (ingest.Counts, error) {
	var total ingest.Counts
	batch := make([]news.Article, 0, ingestBatch)
	flush := func() error {
		c, err := p.Ingest(ctx, batch)
		total.Add(c)
		batch = batch[:0]
		return err
	}
	err := feed.ReadJSONL(r, func(a news.Article) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		batch = append(batch, a)
		if len(batch) == ingestBatch {
			return flush()
		}
		return nil
	})
	var lines feed.LineErrors
	if errors.As(err, &lines) {
		// Bad records were skipped while the rest went on; report them, but
		// they fail alone.
		fmt.Fprintln(stderr, "ingest:", lines.Error())
		total.Add(ingest.Counts{Failed: len(lines), Reasons: map[string]int{"bad line": len(lines)}})
		err = nil
	}
	if err != nil {
		return total, err
	}
	return total, flush()
}

// ingestPaths reads local paths and URLs, each failing alone. A path read
// in part (bad lines of a JSON Lines file, bad files of a directory) stores
// what was read, and counts each bad record or file as a failure.
func ingestPaths(ctx context.Context, p *ingest.Pipeline, cfg config, args []string, log *slog.Logger) (ingest.Counts, error) {
	var total ingest.Counts
	for _, arg := range args {
		var arts []news.Article
		var err error
		if strings.HasPrefix(arg, "http://") || strings.HasPrefix(arg, "https://") {
			arts, err = fetchURL(ctx, cfg, arg)
		} else if scheme, _, ok := strings.Cut(arg, "://"); ok && !strings.ContainsAny(scheme, `/\.`) {
			err = news.Errorf(news.EUNSUPPORTED, "%s: only http and https URLs are read", scheme)
		} else {
			arts, err = feed.ReadPath(ctx, arg)
		}
		if err != nil {
			if ctx.Err() != nil {
				return total, ctx.Err()
			}
			log.Error("read input failed", "source_url", arg, "error", err)
			n := readFailures(err)
			total.Add(ingest.Counts{Failed: n, Reasons: map[string]int{"unreadable input": n}})
		}
		for i := 0; i < len(arts); i += ingestBatch {
			c, err := p.Ingest(ctx, arts[i:min(i+ingestBatch, len(arts))])
			total.Add(c)
			if err != nil {
				return total, err
			}
		}
	}
	return total, nil
}

// readFailures counts the records or files a read error stands for: the
// bad lines of a LineErrors, each file of a directory's joined errors, else
// one.
func readFailures(err error) int {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		n := 0
		for _, e := range j.Unwrap() {
			n += readFailures(e)
		}
		return n
	}
	var lines feed.LineErrors
	if errors.As(err, &lines) {
		return len(lines)
	}
	return 1
}

// countingReader reports how many bytes were read, for the progress bar.
type countingReader struct {
	r      io.Reader
	n      int64
	onRead func(int64)
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	c.onRead(c.n)
	return n, err
}
