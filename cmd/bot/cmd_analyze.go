package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"runtime"
	"sync"

	"github.com/conflict-digest/conflict-digest/analyze"
	"github.com/conflict-digest/conflict-digest/feed"
	"github.com/conflict-digest/conflict-digest/news"
)

// analysisLine is one output line of `bot analyze --jsonl`: SCHEMA.md's
// analysis line (id, categories, ceasefire_status, humanitarian_types, facts,
// summary) extended with places, actors, evidence, scores and fingerprint.
type analysisLine struct {
	ID string `json:"id"`
	news.Analysis
}

func cmdAnalyze(ctx context.Context, args []string, getenv env, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("analyze", stderr)
	jsonl := fs.Bool("jsonl", false, "read articles as JSON Lines on stdin (required)")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "analyses run in parallel")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if !*jsonl {
		return usageError{"analyze reads JSON Lines on stdin: give --jsonl"}
	}
	w := bufio.NewWriterSize(stdout, 64<<10)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	err := orderedMap(ctx, *workers, func(yield func(news.Article) error) error {
		return feed.ReadJSONL(stdin, yield) // articles come cleaned (feed.Prepare)
	}, func(a news.Article) analysisLine {
		return analysisLine{ID: a.ExternalID, Analysis: analyze.Analyze(&a)}
	}, func(l analysisLine) error { return enc.Encode(l) })
	var lines feed.LineErrors
	if errors.As(err, &lines) {
		// Bad records were skipped, the rest analysed: say so, but succeed.
		fmt.Fprintln(stderr, "analyze:", lines.Error())
		err = nil
	}
	if err != nil {
		return err
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("write analyses: %w", err)
	}
	return nil
}

// orderedMap runs fn over the items that produce yields on n goroutines and
// hands the results to emit in input order.
func orderedMap[T, R any](ctx context.Context, n int, produce func(yield func(T) error) error, fn func(T) R, emit func(R) error) error {
	if n < 1 {
		n = 1
	}
	type job struct {
		in  T
		out chan R
	}
	jobs := make(chan job, 4*n)
	order := make(chan chan R, 4*n)
	var wg sync.WaitGroup
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.out <- fn(j.in)
			}
		}()
	}
	prodErr := make(chan error, 1)
	go func() {
		defer close(order)
		defer close(jobs)
		prodErr <- produce(func(t T) error {
			out := make(chan R, 1)
			select {
			case order <- out:
			case <-ctx.Done():
				return ctx.Err()
			}
			jobs <- job{t, out}
			return nil
		})
	}()
	var emitErr error
	for out := range order {
		r := <-out
		if emitErr == nil {
			emitErr = emit(r)
		}
	}
	wg.Wait()
	if err := <-prodErr; err != nil {
		return err
	}
	return emitErr
}

func newFlagSet(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	return fs
}

func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return errHelpShown
		}
		return usageError{err.Error()}
	}
	return nil
}
