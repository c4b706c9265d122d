package metrics

import (
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// The gauges below are read when scraped. A read that fails makes the
// scrape report the error for that gauge rather than a made-up number.

var (
	openStoriesDesc = prometheus.NewDesc("cd_stories_open",
		"Stories changed within the story window: those new articles may still join.", nil, nil)
	dbSizeDesc = prometheus.NewDesc("cd_database_size_bytes",
		"Size of the database on disk by file: db (the database) and wal (its write-ahead log).", []string{"file"}, nil)
	gatewayUpDesc = prometheus.NewDesc("cd_gateway_connected",
		"1 while the Discord gateway is connected and identified, else 0.", nil, nil)
	gatewayAckDesc = prometheus.NewDesc("cd_gateway_heartbeat_ack_age_seconds",
		"Time since the gateway last acknowledged a heartbeat: it stays under the heartbeat interval (about 41 s) on a live connection and grows on a zombie one.", nil, nil)
	gatewayLatencyDesc = prometheus.NewDesc("cd_gateway_latency_seconds",
		"Time from the last heartbeat sent to its acknowledgement: the gateway's round trip.", nil, nil)
)

type openStories struct{ read func() (float64, error) }

func (c *openStories) Describe(ch chan<- *prometheus.Desc) { ch <- openStoriesDesc }

func (c *openStories) Collect(ch chan<- prometheus.Metric) {
	n, err := c.read()
	if err != nil {
		ch <- prometheus.NewInvalidMetric(openStoriesDesc, err)
		return
	}
	ch <- prometheus.MustNewConstMetric(openStoriesDesc, prometheus.GaugeValue, n)
}

type dbSize struct {
	read func() (file, wal int64, err error)
}

func (c *dbSize) Describe(ch chan<- *prometheus.Desc) { ch <- dbSizeDesc }

func (c *dbSize) Collect(ch chan<- prometheus.Metric) {
	file, wal, err := c.read()
	if err != nil {
		ch <- prometheus.NewInvalidMetric(dbSizeDesc, err)
		return
	}
	ch <- prometheus.MustNewConstMetric(dbSizeDesc, prometheus.GaugeValue, float64(file), "db")
	ch <- prometheus.MustNewConstMetric(dbSizeDesc, prometheus.GaugeValue, float64(wal), "wal")
}

type gatewayState struct {
	read func() GatewayReading
}

func (c *gatewayState) Describe(ch chan<- *prometheus.Desc) {
	ch <- gatewayUpDesc
	ch <- gatewayAckDesc
	ch <- gatewayLatencyDesc
}

func (c *gatewayState) Collect(ch chan<- prometheus.Metric) {
	r := c.read()
	v := 0.0
	if r.Connected {
		v = 1
	}
	ch <- prometheus.MustNewConstMetric(gatewayUpDesc, prometheus.GaugeValue, v)
	if r.Connected {
		ch <- prometheus.MustNewConstMetric(gatewayAckDesc, prometheus.GaugeValue, r.SinceAck.Seconds())
		if r.Latency > 0 {
			ch <- prometheus.MustNewConstMetric(gatewayLatencyDesc, prometheus.GaugeValue, r.Latency.Seconds())
		}
	}
}

// DiscordRequest counts one Discord REST request: its route (a template
// such as "POST /channels/{id}/messages"), its HTTP status (0 when no
// answer came), its time, and for a 429 the scope Discord named.
func (m *Metrics) DiscordRequest(route string, status int, d time.Duration, scope string) {
	s := "error"
	if status > 0 {
		s = strconv.Itoa(status)
	}
	m.discordRequests.WithLabelValues(route, s).Inc()
	m.discordDuration.WithLabelValues(route).Observe(d.Seconds())
	if status == 429 {
		if scope == "" {
			scope = "user"
		}
		m.discord429.WithLabelValues(route, scope).Inc()
	}
}
