// Package metrics is the Prometheus adapter of conflict-digest: the
// counters, histograms and gauges an operator watches (ingest per source,
// analysis time, polls, digests, Discord requests and 429s, the gateway,
// the database), registered on a registry of their own and served in
// Prometheus' text format. The packages never import it: they report
// through the news observers or are wrapped by cmd/bot (transport,
// decorators), which calls the methods here.
package metrics

import (
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/conflict-digest/conflict-digest/news"
)

// Compile-time checks that Metrics takes the packages' observations.
var (
	_ news.AnalysisObserver = (*Metrics)(nil)
	_ news.PollObserver     = (*Metrics)(nil)
)

// Build names the running binary in cd_build_info.
type Build struct {
	Version, Revision, GoVersion string
}

// Metrics holds every collector. Its methods are safe for concurrent use.
type Metrics struct {
	reg *prometheus.Registry

	articles        *prometheus.CounterVec
	analysis        prometheus.Histogram
	polls           *prometheus.CounterVec
	pollFailures    *prometheus.CounterVec
	digests         *prometheus.CounterVec
	discordRequests *prometheus.CounterVec
	discordDuration *prometheus.HistogramVec
	discord429      *prometheus.CounterVec
	pruned          *prometheus.CounterVec
}

// New registers every collector, with the Go runtime's and the process's.
func New(b Build) *Metrics {
	m := &Metrics{reg: prometheus.NewRegistry()}
	m.articles = m.counterVec("cd_articles_total",
		"Articles handed to the store by source, by outcome (new, duplicate, failed).", "source", "outcome")
	m.analysis = m.histogram("cd_analysis_seconds", "Time to analyse one article.",
		prometheus.ExponentialBuckets(0.00005, 2, 14))
	m.polls = m.counterVec("cd_polls_total", "Polls of sources by source, by result (ok, failed).", "source", "result")
	m.pollFailures = m.counterVec("cd_poll_failures_total", "Failed polls of sources by source.", "source")
	m.digests = m.counterVec("cd_digests_total",
		"Digests by outcome: built (stored in the outbox), sent (every message accepted), parked (the subscription paused: the channel refused the bot), failed (a scheduled delivery returned an error).", "outcome")
	m.discordRequests = m.counterVec("cd_discord_requests_total", "Discord REST requests by route and HTTP status (\"error\" when no answer came).", "route", "status")
	m.discordDuration = m.histogramVec("cd_discord_request_seconds", "Discord REST request time by route.",
		prometheus.ExponentialBuckets(0.01, 2, 12), "route")
	m.discord429 = m.counterVec("cd_discord_rate_limited_total", "Discord 429 answers by route and scope (user, global, shared).", "route", "scope")
	m.pruned = m.counterVec("cd_pruned_total", "Rows deleted by retention, by kind (articles, digests).", "kind")
	info := prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "cd_build_info",
		Help: "The running binary: always 1, with its version, VCS revision and Go release."}, []string{"version", "revision", "goversion"})
	info.WithLabelValues(b.Version, b.Revision, b.GoVersion).Set(1)
	m.reg.MustRegister(info, collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

func (m *Metrics) counterVec(name, help string, labels ...string) *prometheus.CounterVec {
	c := prometheus.NewCounterVec(prometheus.CounterOpts{Name: name, Help: help}, labels)
	m.reg.MustRegister(c)
	return c
}

func (m *Metrics) histogram(name, help string, buckets []float64) prometheus.Histogram {
	h := prometheus.NewHistogram(prometheus.HistogramOpts{Name: name, Help: help, Buckets: buckets})
	m.reg.MustRegister(h)
	return h
}

func (m *Metrics) histogramVec(name, help string, buckets []float64, labels ...string) *prometheus.HistogramVec {
	h := prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: name, Help: help, Buckets: buckets}, labels)
	m.reg.MustRegister(h)
	return h
}

// Handler serves the metrics in Prometheus' text format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{Registry: m.reg, Timeout: 10 * time.Second})
}

// Registry is the registry the collectors are on, for tests and gauges.
func (m *Metrics) Registry() *prometheus.Registry { return m.reg }

// Ingested counts the outcome of one batch of a source's articles.
func (m *Metrics) Ingested(source string, created, duplicate, failed int) {
	m.articles.WithLabelValues(source, "new").Add(float64(created))
	m.articles.WithLabelValues(source, "duplicate").Add(float64(duplicate))
	m.articles.WithLabelValues(source, "failed").Add(float64(failed))
}

// ObserveAnalysis records one article's analysis time.
func (m *Metrics) ObserveAnalysis(d time.Duration) { m.analysis.Observe(d.Seconds()) }

// ObservePoll counts one poll of a source.
func (m *Metrics) ObservePoll(src news.Source, err error, _ time.Duration) {
	label := SourceLabel(src)
	if err != nil {
		m.polls.WithLabelValues(label, "failed").Inc()
		m.pollFailures.WithLabelValues(label).Inc()
		return
	}
	m.polls.WithLabelValues(label, "ok").Inc()
}

// SourceLabel is a source's label value: the operator's sources by name
// (few, chosen by the operator), every guild-added source as "guild", so
// that guilds cannot grow the series without bound.
func SourceLabel(src news.Source) string {
	switch {
	case src.GuildID != "":
		return "guild"
	case src.Name != "":
		return src.Name
	}
	return src.URL
}

// Digest outcomes.
const (
	DigestBuilt  = "built"
	DigestSent   = "sent"
	DigestParked = "parked" // a message Discord refuses for good, set aside
	DigestPaused = "paused" // the subscription paused: the channel refuses the bot
	DigestFailed = "failed"
)

// Digest counts one digest outcome.
func (m *Metrics) Digest(outcome string) { m.digests.WithLabelValues(outcome).Inc() }

// Pruned counts rows deleted by retention.
func (m *Metrics) Pruned(kind string, n int) { m.pruned.WithLabelValues(kind).Add(float64(n)) }

// Gauges are read at each scrape; nil ones are left out.
type Gauges struct {
	// OpenStories counts the stories new articles may still join.
	OpenStories func() (float64, error)
	// DatabaseBytes returns the sizes of the database file and its log.
	DatabaseBytes func() (file, wal int64, err error)
	// Gateway reads the gateway connection's state.
	Gateway func() GatewayReading
}

// GatewayReading is the gateway connection as a scrape sees it.
type GatewayReading struct {
	Connected bool
	SinceAck  time.Duration // since the last heartbeat ACK
	Latency   time.Duration // heartbeat to ACK; 0 when none measured yet
}

// Watch registers the gauges of g.
func (m *Metrics) Watch(g Gauges) {
	if g.OpenStories != nil {
		m.reg.MustRegister(&openStories{read: g.OpenStories})
	}
	if g.DatabaseBytes != nil {
		m.reg.MustRegister(&dbSize{read: g.DatabaseBytes})
	}
	if g.Gateway != nil {
		m.reg.MustRegister(&gatewayState{read: g.Gateway})
	}
}
