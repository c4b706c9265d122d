// Command askbench measures question answering at scale. It builds (or
// grows) a store of synthetic articles made by recombining the sentences of
// the real corpora in ../shared (unique ids, published dates spread over
// five years), then times the answers to a fixed, varied question set on one
// core and reports p50 and p99, the size of the indexes against the text,
// and resident memory.
//
//	go run ./cmd/askbench -db /tmp/ask100k.db -n 100000
//
// With -eval it measures answers instead of time: it stores the articles
// of -articles in a new database, asks the labelled questions of each -eval
// file, and prints the answer and first-citation accuracy beside plain
// bm25's (bm25.go) on the same articles:
//
//	go run ./cmd/askbench -eval ../shared/eval/dev-questions.jsonl,ask/testdata/offtopic-questions.jsonl \
//	    -articles ../shared/eval/articles.jsonl,../shared/corpus/reliefweb-2017.jsonl@analyze/testdata/labels/rw-dev-ids.txt
//
// Each file is scored whole and in two halves by a fixed hash of the
// question's id (crc32 % 2: "fit" and "report"): rules are tuned on the fit
// half, and -v and -debug show only its questions (all of a file named in
// -tune, written for tuning); a last line sums every file.
//
// A question file's lines are ../shared/eval/SCHEMA.md's questions; a line
// may instead list the acceptable articles ("article_ids") or say that
// nothing answers it ("none": true, or answer and article both "none";
// right when the answerer declines).
//
// With -database-url it does the same on PostgreSQL: the database named in
// the URL is created when missing and filled with the same synthetic
// articles (by COPY, the GIN indexes built after the rows; -bulk=false
// stores them through CreateArticles), and -eval stores its articles there
// through the ingest pipeline:
//
//	go run ./cmd/askbench -database-url 'postgres://postgres@127.0.0.1:5432/askbench1m?sslmode=disable' -n 1000000
//
// With -ingest N it measures ingest instead: the first N synthetic
// articles through each store's CreateArticles, in articles per CPU second
// (PostgreSQL's counting its backend's CPU time too).
//
// It is a measurement, not a test: it never runs in the test suite.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strings"
	"time"

	"github.com/conflict-digest/conflict-digest/ask"
	"github.com/jackc/pgx/v5"
)

func main() {
	if err := run(context.Background(), os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "askbench:", err)
		os.Exit(1)
	}
}

type config struct {
	db         string
	n          int
	sources    []string
	questions  string
	rounds     int
	seed       int64
	batch      int
	cpuprofile string
	digests    string
	eval       string
	articles   string
	verbose    bool
	debug      bool
	deviations bool
	// floorCauses counts, in each half, why first citations are not
	// plain bm25's first (causes.go)
	floorCauses bool
	// spanCauses counts, in each half, why answers taken from the right
	// report are wrong (spancauses.go)
	spanCauses bool
	tune       []string

	databaseURL string // PostgreSQL instead of SQLite
	bulk        bool   // load an empty PostgreSQL database by COPY
	ingest      int    // measure ingest per core on this many articles
	ingestBatch int
	trace       int // print the slowest store calls
	slowest     int // print the slowest answers
	loadConns   int
}

func run(ctx context.Context, args []string, out io.Writer) error {
	fs := flag.NewFlagSet("askbench", flag.ContinueOnError)
	var c config
	var sources string
	fs.StringVar(&c.db, "db", "", "database file to build or reuse (required; with -eval, optional: the articles are stored in it when it does not exist)")
	fs.IntVar(&c.n, "n", 100_000, "articles the store should hold")
	fs.StringVar(&sources, "corpus", "../shared/eval/articles.jsonl,../shared/corpus/reliefweb-2017.jsonl",
		"comma-separated JSON Lines files whose sentences are recombined")
	fs.StringVar(&c.questions, "questions", "../shared/eval/dev-questions.jsonl", "JSON Lines questions (field q)")
	fs.IntVar(&c.rounds, "rounds", 2, "times each question is asked")
	fs.Int64Var(&c.seed, "seed", 1, "random seed of the synthetic articles")
	fs.IntVar(&c.batch, "batch", 2000, "articles per transaction while building")
	fs.StringVar(&c.cpuprofile, "cpuprofile", "", "write a CPU profile of the answers to this file")
	fs.StringVar(&c.digests, "answer-digests", "", "write each question's answer (the warm-up pass) as a SHA-256 digest a line to this file")
	fs.StringVar(&c.eval, "eval", "", "comma-separated labelled question files: measure answers, not time")
	fs.StringVar(&c.articles, "articles", "../shared/eval/articles.jsonl",
		"with -eval: comma-separated JSON Lines articles to store, each FILE or FILE@IDS (keep the ids listed)")
	fs.BoolVar(&c.verbose, "v", false, "with -eval: print the questions of the fit half answered wrong")
	fs.BoolVar(&c.debug, "debug", false, "with -eval: log every question's candidates (the fit half's) to stderr")
	fs.BoolVar(&c.deviations, "deviations", false, "with -eval: print, for the fit half's questions, the share of the question's weight plain bm25's first holds (cover) and, where the first citation is not plain bm25's, the ratio of their plain bm25 scores (deviation)")
	fs.BoolVar(&c.floorCauses, "floorcauses", false, "with -eval: count, in each half (totals only), the questions whose first citation is not plain bm25's first by why: "+
		"declined, a story's state, bm25's first not read or unable to answer (a name missing), a near tie at bm25's top, another report's answer")
	fs.BoolVar(&c.spanCauses, "spancauses", false, "with -eval: count, in each half (totals only), the wrong answers whose first citation is right by why: "+
		"the reader's answer in the answer's sentence (another span chosen, or none holding it), in another sentence's span (near the chosen or not), "+
		"only a part of it a span (cut short), or no span of it")
	var tune string
	fs.StringVar(&tune, "tune", "", "with -eval: comma-separated question files written for tuning: -v and -debug show all their questions")
	fs.StringVar(&c.databaseURL, "database-url", "",
		"PostgreSQL URL (postgres://...) of the store to build or reuse instead of -db's SQLite file; its database is created when missing")
	fs.BoolVar(&c.bulk, "bulk", true, "with -database-url: load an empty database by COPY, building the GIN indexes after the rows")
	fs.IntVar(&c.ingest, "ingest", 0, "measure ingest per CPU second instead: store this many of the synthetic articles through each store's "+
		"CreateArticles (a new SQLite file; with -database-url also a new schema there, dropped afterwards)")
	fs.IntVar(&c.loadConns, "load-conns", 2, "with -database-url: connections that store batches at once while building")
	fs.IntVar(&c.trace, "trace", 0, "print this many of the slowest store calls of the timed answers")
	fs.IntVar(&c.slowest, "slowest", 0, "print this many of the slowest timed answers with their wall, asker CPU and server CPU times")
	fs.IntVar(&c.ingestBatch, "ingest-batch", 100, "with -ingest: articles per CreateArticles call")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if tune != "" {
		c.tune = strings.Split(tune, ",")
	}
	if c.eval != "" {
		path := c.db
		if path == "" {
			dir, err := os.MkdirTemp("", "askeval")
			if err != nil {
				return fmt.Errorf("make temp dir: %w", err)
			}
			defer os.RemoveAll(dir)
			path = filepath.Join(dir, "eval.db")
		}
		return evaluate(ctx, strings.Split(c.articles, ","), strings.Split(c.eval, ","), path, time.Now().UTC(), c, out)
	}
	c.sources = strings.Split(sources, ",")
	if c.ingest > 0 {
		return measureIngest(ctx, c, out)
	}
	if c.db == "" && c.databaseURL == "" {
		return fmt.Errorf("parse flags: -db or -database-url is required")
	}
	qs, err := readQuestions(c.questions)
	if err != nil {
		return err
	}
	var searcher ask.SentenceSearcher
	var serverCPU func() time.Duration
	if c.databaseURL != "" {
		db, err := buildPG(ctx, c, out)
		if err != nil {
			return err
		}
		defer db.Close()
		conn, err := pgx.Connect(ctx, c.databaseURL)
		if err != nil {
			return fmt.Errorf("connect: %w", err)
		}
		defer conn.Close(ctx)
		if err := reportSizePG(ctx, conn, out); err != nil {
			return err
		}
		searcher = db.SentenceIndexFor("")
		serverCPU = func() time.Duration { return backendCPU(ctx, conn) }
	} else {
		db, err := build(ctx, c, out)
		if err != nil {
			return err
		}
		defer db.Close()
		if err := reportSize(ctx, db, out); err != nil {
			return err
		}
		searcher = db.SentenceIndex()
	}
	prev := runtime.GOMAXPROCS(1) // one core, as the issue measures
	defer runtime.GOMAXPROCS(prev)
	if c.cpuprofile != "" {
		f, err := os.Create(c.cpuprofile)
		if err != nil {
			return fmt.Errorf("create profile: %w", err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return fmt.Errorf("start profile: %w", err)
		}
		defer pprof.StopCPUProfile()
	}
	if c.trace > 0 {
		t := &tracer{SentenceSearcher: searcher}
		defer t.report(out, c.trace)
		searcher = t
	}
	var digests io.Writer
	if c.digests != "" {
		f, err := os.Create(c.digests)
		if err != nil {
			return fmt.Errorf("create digests: %w", err)
		}
		defer f.Close()
		digests = f
	}
	return measure(ctx, searcher, serverCPU, qs, c.rounds, c.slowest, digests, out)
}

// readQuestions returns the fixed question set: the file's questions and a
// few of other kinds and of hostile shapes.
func readQuestions(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open questions: %w", err)
	}
	defer f.Close()
	var qs []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var v struct{ Q string }
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			return nil, fmt.Errorf("read questions: %w", err)
		}
		qs = append(qs, v.Q)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read questions: %w", err)
	}
	return append(qs, extraQuestions...), nil
}

// extraQuestions are common-word, state, quote and hostile questions: the
// expensive shapes.
var extraQuestions = []string{
	"How many were killed in Syria?",
	"How many people were killed in Aleppo last week?",
	"Is the ceasefire holding?",
	"What is the latest on Idlib?",
	"What did Lavrov say about the talks?",
	"What did the UN say about aid to Aleppo in 2016?",
	"Who was killed?",
	"Where did the air strikes hit?",
	"killed killed killed Syria Syria government forces people civilians",
	`"aleppo" NEAR(convoy killed) title:syria * OR AND`,
	strings.Repeat("Syria war news ", 30),
	"¿Cuántas personas murieron en Alepo?",
}

func since(t time.Time) float64 { return float64(time.Since(t).Microseconds()) / 1000 }
