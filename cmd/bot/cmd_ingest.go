package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"runtime/debug"
	"runtime/pprof"
	"strings"
	"time"

	"github.com/conflict-digest/conflict-digest/feed"
	"github.com/conflict-digest/conflict-digest/ingest"
	"github.com/conflict-digest/conflict-digest/story"
)

// ingestGCPercent is the garbage collector's target during `bot ingest`.
const ingestGCPercent = 800

// ingestMemoryLimit makes the collector run sooner than ingestGCPercent
// would once the heap nears it: the story text and analysis caches hold
// tens of live MB, which at 9× made a peak of 700–800 MB; with the limit
// the peak of a 10,000-article ingest is about 420 MB (340 without the
// caches) for nearly all of the caches' CPU (cmd/ingestbench, median of
// three interleaved runs: 568 articles per CPU-second, 586 unlimited).
// GOMEMLIMIT overrides it.
const ingestMemoryLimit = 400 << 20

func cmdIngest(ctx context.Context, args []string, getenv env, stdout, stderr io.Writer) error {
	fs := newFlagSet("ingest", stderr)
	dbPath := fs.String("db", "", "SQLite database file (created when missing); default: CD_DATABASE_URL (PostgreSQL)")
	jsonl := fs.String("jsonl", "", "JSON Lines file of articles (SCHEMA.md); - for stdin")
	cpuprofile := fs.String("cpuprofile", "", "write a CPU profile (pprof) of the ingest to this file")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if getenv("GOGC") == "" {
		// A bulk ingest allocates fast and briefly: collecting at 9× the
		// live heap instead of 2× spent a quarter less CPU on the whole run
		// (cmd/ingestbench) for a peak of about 130 MB, which does not grow
		// with the input (batches are streamed). GOGC overrides it.
		debug.SetGCPercent(ingestGCPercent)
		if getenv("GOMEMLIMIT") == "" {
			debug.SetMemoryLimit(ingestMemoryLimit)
		}
	}
	if *cpuprofile != "" {
		stop, err := startCPUProfile(*cpuprofile)
		if err != nil {
			return err
		}
		defer stop()
	}
	if (*jsonl == "") == (fs.NArg() == 0) {
		return usageError{"ingest takes either --jsonl FILE or one or more PATH_OR_URL"}
	}
	// A missing input is a typo: it fails before the database is touched
	// and before any tally, so nothing is half done.
	if err := checkInputs(*jsonl, fs.Args()); err != nil {
		return err
	}
	cfg, log, db, err := openCommandStore(ctx, *dbPath, getenv, stderr, forIngest, true)
	if err != nil {
		return err
	}
	defer db.Close()
	p := newPipeline(db, cfg, log, 0)
	var c ingest.Counts
	if *jsonl != "" {
		c, err = ingestJSONL(ctx, p, *jsonl, stderr)
	} else {
		c, err = p.IngestInputs(ctx, newReader(cfg), fs.Args())
	}
	if err == nil {
		// Also when nothing was new: a run killed before this point left
		// the term snapshot to be refreshed, and a store filled otherwise
		// left articles to index.
		err = p.Sync(ctx)
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

// startCPUProfile profiles the process into path until the returned
// function is called: the whole-process ingest measure (cmd/ingestbench)
// profiles the real command, not a benchmark of its parts.
func startCPUProfile(path string) (func(), error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("create cpu profile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("start cpu profile: %w", err)
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
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

// newPipeline wires the ingest pipeline to the store; the question
// planner's term snapshot is refreshed at most every termsEvery (0: only
// when the command calls Sync).
func newPipeline(db *backend, cfg config, log *slog.Logger, termsEvery time.Duration) *ingest.Pipeline {
	return &ingest.Pipeline{
		Articles:  db.articles,
		Stories:   ingest.NewStories(story.Config{}, db.stories),
		Sentences: &ingest.SentenceIndex{Store: db.sentences, RefreshEvery: termsEvery},
		Logger:    log,
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

// ingestStream stores JSON Lines from r; bad records are reported on
// stderr, and fail alone.
func ingestStream(ctx context.Context, p *ingest.Pipeline, r io.Reader, stderr io.Writer) (ingest.Counts, error) {
	return p.IngestJSONL(ctx, r, func(lines feed.LineErrors) { fmt.Fprintln(stderr, "ingest:", lines.Error()) })
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
