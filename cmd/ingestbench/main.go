// Command ingestbench measures whole-process ingest: it synthesises a JSON
// Lines file of articles from text the project may use (the dev-labelled
// articles of ../shared/eval and the ReliefWeb corpus's development ids,
// never the reserved articles or the sealed reports), runs the real `bot ingest --db FILE --jsonl FILE` on it as a
// child process, and reports articles per CPU-second of that process (user
// plus system time, from the kernel's accounting), wall time and peak RSS.
//
//	go run ./cmd/ingestbench -n 10000
//	go run ./cmd/ingestbench -n 10000 -bot /tmp/bot-before   # another build
//	go run ./cmd/ingestbench -n 10000 -cpuprofile /tmp/ingest.pprof
//
// It is a measurement, not a test: it never runs in the test suite.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

func main() {
	if err := run(context.Background(), os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "ingestbench:", err)
		os.Exit(1)
	}
}

type config struct {
	shared     string
	rwIDs      string
	n          int
	jsonl      string
	bot        string
	cpuprofile string
	keep       bool
}

func run(ctx context.Context, args []string, out io.Writer) error {
	fs := flag.NewFlagSet("ingestbench", flag.ContinueOnError)
	var c config
	fs.StringVar(&c.shared, "shared", defaultShared(), "the shared folder (eval/ and corpus/)")
	fs.StringVar(&c.rwIDs, "rw-ids", "analyze/testdata/labels/rw-dev-ids.txt", "the ReliefWeb development ids (the only reports read)")
	fs.IntVar(&c.n, "n", 10_000, "articles to synthesise")
	fs.StringVar(&c.jsonl, "jsonl", "", "JSON Lines file to ingest; made from -shared when it does not exist")
	fs.StringVar(&c.bot, "bot", "", "bot binary to measure; default: go build ./cmd/bot")
	fs.StringVar(&c.cpuprofile, "cpuprofile", "", "pass --cpuprofile FILE to bot ingest (pprof of the real process)")
	fs.BoolVar(&c.keep, "keep", false, "keep the temporary database and file")
	if err := fs.Parse(args); err != nil {
		return err
	}
	dir, err := os.MkdirTemp("", "ingestbench-")
	if err != nil {
		return fmt.Errorf("make temp dir: %w", err)
	}
	if !c.keep {
		defer os.RemoveAll(dir)
	}
	if err := prepare(ctx, &c, dir, out); err != nil {
		return err
	}
	return measure(ctx, c, filepath.Join(dir, "ingest.db"), out)
}

// prepare makes the input file and the binary when they are not given.
func prepare(ctx context.Context, c *config, dir string, out io.Writer) error {
	if c.jsonl == "" {
		c.jsonl = filepath.Join(dir, "articles.jsonl")
	}
	if _, err := os.Stat(c.jsonl); os.IsNotExist(err) {
		n, err := synthesise(c.shared, c.rwIDs, c.jsonl, c.n)
		if err != nil {
			return err
		}
		fmt.Fprintf(out, "synthesised %d articles into %s\n", n, c.jsonl)
	}
	if c.bot == "" {
		c.bot = filepath.Join(dir, "bot")
		cmd := exec.CommandContext(ctx, "go", "build", "-o", c.bot, "./cmd/bot")
		cmd.Stderr = os.Stderr
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("build bot: %w", err)
		}
	}
	return nil
}

// measure runs bot ingest once and reports its CPU time.
func measure(ctx context.Context, c config, db string, out io.Writer) error {
	args := []string{"ingest", "--db", db, "--jsonl", c.jsonl}
	if c.cpuprofile != "" {
		args = append(args, "--cpuprofile", c.cpuprofile)
	}
	cmd := exec.CommandContext(ctx, c.bot, args...)
	var stdout strings.Builder
	cmd.Stdout = &stdout
	cmd.Stderr = io.Discard
	cmd.Env = append(os.Environ(), "CD_LOG_LEVEL=warn")
	start := time.Now()
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("run %s: %w (stdout: %s)", strings.Join(cmd.Args, " "), err, stdout.String())
	}
	wall := time.Since(start)
	cpu, rss := usage(cmd.ProcessState)
	newCount, err := countNew(stdout.String())
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "bot ingest: %s", stdout.String())
	fmt.Fprintf(out, "articles stored: %d\nwall: %.2f s\ncpu (user+sys): %.2f s\npeak rss: %d MB\n",
		newCount, wall.Seconds(), cpu.Seconds(), rss>>20)
	fmt.Fprintf(out, "articles per CPU-second: %.0f\n", float64(newCount)/cpu.Seconds())
	return nil
}

// countNew reads "new N" from the ingest's report line.
func countNew(s string) (int, error) {
	var n int
	if _, err := fmt.Sscanf(s, "new %d", &n); err != nil {
		return 0, fmt.Errorf("read ingest report %q: %w", s, err)
	}
	return n, nil
}

// defaultShared is ../shared beside the checkout, or one level further up
// for a worktree under a folder of worktrees.
func defaultShared() string {
	for _, d := range []string{"../shared", "../../shared"} {
		if _, err := os.Stat(filepath.Join(d, "eval")); err == nil {
			return d
		}
	}
	return "../shared"
}
