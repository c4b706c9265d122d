package main

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/conflict-digest/conflict-digest/ask"
	"github.com/conflict-digest/conflict-digest/store"
)

// measure asks every question rounds times (after one warm-up pass) and
// reports the latency percentiles and the resident memory; serverCPU, when
// set, is the CPU time of the database server's backends (PostgreSQL);
// digests, when set, gets each warm-up answer's SHA-256 (two builds'
// answers compared without reading them); slowest answers are listed with
// their wall, asker and server times (-slowest).
func measure(ctx context.Context, s ask.SentenceSearcher, serverCPU func() time.Duration, qs []string, rounds, slowest int, digests, out io.Writer) error {
	a := ask.New(s, ask.Options{Budget: 30 * time.Second})
	now := time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC)
	for i, q := range qs {
		ans, err := a.Ask(ctx, q, now) // warm the page cache; errors are refusals here
		if digests != nil {
			b, _ := json.Marshal(ans)
			fmt.Fprintf(digests, "%d %x %v\n", i, sha256.Sum256(b), err != nil)
		}
	}
	var ms, cpu, server []float64
	var timed []timing
	worst, worstQ := 0.0, ""
	for range rounds {
		for _, q := range qs {
			var s0 time.Duration
			if serverCPU != nil {
				s0 = serverCPU()
			}
			t, c := time.Now(), cpuTime()
			a.Ask(ctx, q, now)
			d := since(t)
			tm := timing{q: q, wall: d, cpu: float64((cpuTime() - c).Microseconds()) / 1000}
			ms = append(ms, d)
			cpu = append(cpu, tm.cpu)
			if serverCPU != nil {
				tm.server = float64((serverCPU() - s0).Microseconds()) / 1000
				server = append(server, tm.server)
			}
			timed = append(timed, tm)
			if d > worst {
				worst, worstQ = d, q
			}
		}
	}
	fmt.Fprintf(out, "answers %d (%d questions x %d rounds), one core:\n", len(ms), len(qs), rounds)
	fmt.Fprintf(out, "  wall time: %s\n", percentiles(ms))
	fmt.Fprintf(out, "  CPU time:  %s (the process's user+system time: what a loaded machine does not inflate)\n", percentiles(cpu))
	if serverCPU != nil {
		fmt.Fprintf(out, "  server:    %s (the CPU time of the database's backends, in 10 ms ticks)\n", percentiles(server))
	}
	fmt.Fprintf(out, "slowest: %q\n", clip(worstQ, 80))
	reportSlowest(out, timed, slowest)
	fmt.Fprintf(out, "resident memory: %s\n", rss())
	return nil
}

// timing is one timed answer.
type timing struct {
	q                 string
	wall, cpu, server float64 // ms
}

// reportSlowest prints the n slowest answers, slowest first: the wall time
// and what of it was the asker's CPU and the server's.
func reportSlowest(out io.Writer, ts []timing, n int) {
	if n <= 0 {
		return
	}
	slices.SortStableFunc(ts, func(a, b timing) int { return cmp.Compare(b.wall, a.wall) })
	fmt.Fprintf(out, "slowest answers (wall, asker CPU, server CPU):\n")
	for _, t := range ts[:min(n, len(ts))] {
		fmt.Fprintf(out, "  %6.1f %6.1f %6.1f ms  %s\n", t.wall, t.cpu, t.server, clip(t.q, 90))
	}
}

func percentiles(xs []float64) string {
	slices.Sort(xs)
	p := func(q float64) float64 { return xs[min(len(xs)-1, int(q*float64(len(xs))))] }
	return fmt.Sprintf("p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms", p(0.50), p(0.90), p(0.99), xs[len(xs)-1])
}

// cpuTime is the CPU time the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportSize prints the text size and the size of each index.
func reportSize(ctx context.Context, db *store.Services, out io.Writer) error {
	var text int64
	err := db.Reader().QueryRowContext(ctx, `SELECT coalesce(sum(length(title) + length(text)), 0) FROM articles`).Scan(&text)
	if err != nil {
		return fmt.Errorf("measure text: %w", err)
	}
	sizes := map[string]int64{}
	rows, err := db.Reader().QueryContext(ctx, `SELECT name, sum(pgsize) FROM dbstat GROUP BY name`)
	if err != nil {
		return fmt.Errorf("measure indexes: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var name string
		var n int64
		if err := rows.Scan(&name, &n); err != nil {
			return fmt.Errorf("measure indexes: %w", err)
		}
		sizes[name] = n
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("measure indexes: %w", err)
	}
	sum := func(prefix string) int64 {
		var s int64
		for k, v := range sizes {
			if strings.HasPrefix(k, prefix) {
				s += v
			}
		}
		return s
	}
	st, _ := os.Stat(db.Path())
	sent, art := sum("sentence"), sum("articles_fts")
	fmt.Fprintf(out, "text %.1f MB; sentence index %.1f MB (%.2f x text); article index %.1f MB (%.2f x text); both %.2f x text; file %.1f MB\n",
		mb(text), mb(sent), float64(sent)/float64(text), mb(art), float64(art)/float64(text),
		float64(sent+art)/float64(text), mb(st.Size()))
	return nil
}

func mb(n int64) float64 { return float64(n) / (1 << 20) }

// rss reads the resident set size (now and peak) from /proc.
func rss() string {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "unknown"
	}
	var now, peak string
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, "VmRSS:"); ok {
			now = strings.TrimSpace(v)
		}
		if v, ok := strings.CutPrefix(l, "VmHWM:"); ok {
			peak = strings.TrimSpace(v)
		}
	}
	return fmt.Sprintf("%s (peak %s)", now, peak)
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}
