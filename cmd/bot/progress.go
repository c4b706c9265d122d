package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/schollz/progressbar/v3"
)

// progress shows how long work is going: a bar with rate and ETA on a
// terminal, a log line every few seconds otherwise (CI, a pipe, a file).
type progress struct {
	mu    sync.Mutex
	bar   *progressbar.ProgressBar // nil without a terminal
	w     io.Writer
	label string
	total int64 // bytes; -1 when unknown
	start time.Time
	last  time.Time
	n     int64
	every time.Duration
}

func newProgress(w io.Writer, label string, total int64) *progress {
	p := &progress{w: w, label: label, total: total, start: time.Now(), every: 5 * time.Second}
	p.last = p.start
	if f, ok := w.(*os.File); ok && isatty.IsTerminal(f.Fd()) {
		p.bar = progressbar.NewOptions64(total,
			progressbar.OptionSetWriter(w),
			progressbar.OptionSetDescription(label),
			progressbar.OptionShowBytes(true),
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionShowElapsedTimeOnFinish(),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish(),
		)
	}
	return p
}

// Set records that n bytes are done.
func (p *progress) Set(n int64) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.n = n
	if p.bar != nil {
		_ = p.bar.Set64(n)
		return
	}
	if now := time.Now(); now.Sub(p.last) >= p.every {
		p.last = now
		fmt.Fprintln(p.w, p.line(now))
	}
}

// Done ends the display.
func (p *progress) Done() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.bar != nil {
		_ = p.bar.Finish()
	}
}

// line is the log line shown without a terminal.
func (p *progress) line(now time.Time) string {
	el := now.Sub(p.start).Seconds()
	rate := float64(p.n) / max(el, 1e-9)
	s := fmt.Sprintf("%s: %s", p.label, mb(p.n))
	if p.total > 0 {
		s += fmt.Sprintf(" of %s (%.0f%%)", mb(p.total), 100*float64(p.n)/float64(p.total))
	}
	s += fmt.Sprintf(", %s/s", mb(int64(rate)))
	if p.total > 0 && rate > 0 {
		eta := time.Duration(float64(p.total-p.n) / rate * float64(time.Second)).Round(time.Second)
		s += fmt.Sprintf(", ETA %s", eta)
	}
	return s
}

func mb(n int64) string { return fmt.Sprintf("%.1f MB", float64(n)/(1<<20)) }
