package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/conflict-digest/conflict-digest/bot"
	"github.com/conflict-digest/conflict-digest/metrics"
	"github.com/conflict-digest/conflict-digest/news"
)

// readiness answers /readyz: the database can be written, the gateway is
// connected (or interactions come over HTTP, or there is no Discord at
// all), and a poll succeeded recently. Results are kept for a second, so
// that a probe storm costs one check a second.
type readiness struct {
	db       interface{ CheckWritable(context.Context) error }
	polls    *pollWatch
	discord  bool // a token is set: the bot serves Discord
	httpMode bool // interactions come over HTTP: the gateway is not needed for them
	gateway  atomic.Pointer[func() bot.GatewayStatus]
	stopping atomic.Bool

	mu     sync.Mutex
	at     time.Time
	report string
	ok     bool
}

// check runs the checks (or returns the last ones of the past second).
func (r *readiness) check(ctx context.Context, now time.Time) (string, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if now.Sub(r.at) < time.Second && !r.at.IsZero() {
		return r.report, r.ok
	}
	var lines []string
	ok := true
	add := func(name string, good bool, detail string) {
		state := "ok"
		if !good {
			state, ok = "FAIL", false
		}
		lines = append(lines, fmt.Sprintf("%-4s %s: %s", state, name, detail))
	}
	if r.stopping.Load() {
		add("process", false, "shutting down")
	}
	cctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	err := r.db.CheckWritable(cctx)
	cancel()
	if err != nil {
		add("database", false, err.Error())
	} else {
		add("database", true, "writable")
	}
	good, detail := r.gatewayOK()
	add("gateway", good, detail)
	good, detail = r.polls.check(now)
	add("polls", good, detail)
	r.at, r.report, r.ok = now, strings.Join(lines, "\n")+"\n", ok
	return r.report, ok
}

func (r *readiness) gatewayOK() (bool, string) {
	switch {
	case !r.discord:
		return true, "no DISCORD_TOKEN: ingest only"
	case r.httpMode:
		return true, "interactions over HTTP"
	}
	g := r.gateway.Load()
	if g == nil {
		return false, "starting"
	}
	st := (*g)()
	switch {
	case st.Connected:
		return true, fmt.Sprintf("connected, last heartbeat acknowledged %s ago", st.SinceAck.Round(time.Second))
	case st.Standby:
		return true, "standby: the other instances hold every gateway shard"
	}
	return false, "not connected"
}

// pollWatch follows the poller's outcomes for readiness, and hands them to
// the metrics.
type pollWatch struct {
	next    news.PollObserver
	maxAge  time.Duration // a success older than this is not recent
	started time.Time

	mu          sync.Mutex
	lastSuccess time.Time
	lastFailure time.Time
	lastError   string
}

// ObservePoll implements news.PollObserver.
func (p *pollWatch) ObservePoll(src news.Source, err error, d time.Duration) {
	now := time.Now()
	p.mu.Lock()
	if err == nil {
		p.lastSuccess = now
	} else {
		p.lastFailure, p.lastError = now, news.ErrorMessage(err)
	}
	p.mu.Unlock()
	if p.next != nil {
		p.next.ObservePoll(src, err, d)
	}
}

// check: ready after a recent success; before any poll ends, for maxAge
// from the start (the first round is under way); with polls failing and
// none recent, not ready.
func (p *pollWatch) check(now time.Time) (bool, string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	switch {
	case !p.lastSuccess.IsZero() && now.Sub(p.lastSuccess) <= p.maxAge:
		return true, fmt.Sprintf("last success %s ago", now.Sub(p.lastSuccess).Round(time.Second))
	case p.lastSuccess.IsZero() && p.lastFailure.IsZero():
		return true, "no source polled yet"
	case p.lastSuccess.IsZero() && now.Sub(p.started) <= p.maxAge:
		return true, "no poll has succeeded yet; last error: " + p.lastError
	case p.lastSuccess.IsZero():
		return false, fmt.Sprintf("no poll succeeded since the start %s ago; last error: %s", now.Sub(p.started).Round(time.Second), p.lastError)
	}
	return false, fmt.Sprintf("no poll succeeded for %s (more than %s); last error: %s",
		now.Sub(p.lastSuccess).Round(time.Second), p.maxAge, p.lastError)
}

// watchHandler serves /healthz (the process answers), /readyz and /metrics.
func watchHandler(r *readiness, m *metrics.Metrics) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprintln(w, "ok")
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, req *http.Request) {
		report, ok := r.check(req.Context(), time.Now())
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		if !ok {
			w.WriteHeader(http.StatusServiceUnavailable)
		}
		fmt.Fprint(w, report)
	})
	mux.Handle("GET /metrics", m.Handler())
	return mux
}

// serveWatch listens on addr and serves h until stop is called. It logs the
// address it listens on (addr may ask for any port: ":0").
func serveWatch(addr string, h http.Handler, log *slog.Logger) (stop func(context.Context), err error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("listen on CD_HTTP_ADDR %s: %w (is another process using the port?)", addr, err)
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 5 * time.Second, ReadTimeout: 10 * time.Second,
		WriteTimeout: 30 * time.Second, IdleTimeout: time.Minute, MaxHeaderBytes: 16 << 10,
		ErrorLog: slog.NewLogLogger(log.Handler(), slog.LevelWarn)}
	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			log.Error("monitoring server failed", "error", err)
		}
	}()
	log.Info("monitoring listening", "addr", ln.Addr().String(), "paths", "/healthz /readyz /metrics")
	return func(ctx context.Context) {
		srv.Shutdown(ctx)
		<-done
	}, nil
}
