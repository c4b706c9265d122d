package metrics

import (
	"encoding/json"
	"errors"
	"io"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// everything is a Metrics that has seen one of each observation.
func everything(t *testing.T) *Metrics {
	t.Helper()
	m := New(Build{Version: "v1.0.0", Revision: "abc", GoVersion: "go1.26"})
	m.Ingested("UN News", 3, 2, 1)
	m.Ingested(SourceLabel(news.Source{GuildID: "g1", Name: "Evil feed"}), 1, 0, 0)
	m.ObserveAnalysis(3 * time.Millisecond)
	m.ObservePoll(news.Source{Name: "UN News"}, nil, time.Second)
	m.ObservePoll(news.Source{Name: "ReliefWeb"}, errors.New("timeout"), time.Second)
	for _, o := range []string{DigestBuilt, DigestSent, DigestParked, DigestPaused, DigestFailed} {
		m.Digest(o)
	}
	m.DiscordRequest("POST /channels/{id}/messages", 200, 80*time.Millisecond, "")
	m.DiscordRequest("POST /channels/{id}/messages", 429, 10*time.Millisecond, "")
	m.DiscordRequest("GET /gateway", 0, time.Second, "")
	m.Pruned("articles", 200)
	m.Watch(Gauges{
		OpenStories:   func() (float64, error) { return 17, nil },
		DatabaseBytes: func() (int64, int64, error) { return 1 << 20, 4096, nil },
		Gateway: func() GatewayReading {
			return GatewayReading{Connected: true, SinceAck: 12 * time.Second, Latency: 80 * time.Millisecond}
		},
	})
	return m
}

func scrape(t *testing.T, m *Metrics) string {
	t.Helper()
	rec := httptest.NewRecorder()
	m.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	b, _ := io.ReadAll(rec.Body)
	if rec.Code != 200 {
		t.Fatalf("scrape: %d %s", rec.Code, b)
	}
	return string(b)
}

func TestScrapeShowsEveryObservation(t *testing.T) {
	text := scrape(t, everything(t))
	for _, line := range []string{
		`cd_articles_total{outcome="new",source="UN News"} 3`,
		`cd_articles_total{outcome="duplicate",source="UN News"} 2`,
		`cd_articles_total{outcome="failed",source="UN News"} 1`,
		`cd_articles_total{outcome="new",source="guild"} 1`,
		`cd_analysis_seconds_count 1`,
		`cd_polls_total{result="ok",source="UN News"} 1`,
		`cd_poll_failures_total{source="ReliefWeb"} 1`,
		`cd_digests_total{outcome="built"} 1`,
		`cd_digests_total{outcome="sent"} 1`,
		`cd_digests_total{outcome="parked"} 1`,
		`cd_discord_requests_total{route="POST /channels/{id}/messages",status="200"} 1`,
		`cd_discord_requests_total{route="POST /channels/{id}/messages",status="429"} 1`,
		`cd_discord_requests_total{route="GET /gateway",status="error"} 1`,
		`cd_discord_rate_limited_total{route="POST /channels/{id}/messages",scope="user"} 1`,
		`cd_pruned_total{kind="articles"} 200`,
		`cd_stories_open 17`,
		`cd_database_size_bytes{file="db"} 1.048576e+06`,
		`cd_database_size_bytes{file="wal"} 4096`,
		`cd_gateway_connected 1`,
		`cd_gateway_heartbeat_ack_age_seconds 12`,
		`cd_gateway_latency_seconds 0.08`,
		`cd_build_info{goversion="go1.26",revision="abc",version="v1.0.0"} 1`,
		`go_goroutines `,
	} {
		if !strings.Contains(text, line) {
			t.Errorf("the scrape lacks %q", line)
		}
	}
	if strings.Contains(text, "Evil feed") {
		t.Error("a guild source's name became a label value")
	}
}

// TestAFailingGaugeFailsItsScrapeLine: a gauge whose read fails is reported
// as an error, not as a made-up number.
func TestAFailingGaugeFailsItsScrapeLine(t *testing.T) {
	m := New(Build{})
	m.Watch(Gauges{OpenStories: func() (float64, error) { return 0, errors.New("database is locked") }})
	rec := httptest.NewRecorder()
	m.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	if rec.Code != 500 || !strings.Contains(rec.Body.String(), "database is locked") {
		t.Errorf("scrape with a failing gauge: %d %q", rec.Code, rec.Body.String())
	}
}

// TestDashboardMatchesTheMetrics: every metric the Grafana dashboard
// queries exists, and every metric of ours is on the dashboard.
func TestDashboardMatchesTheMetrics(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("..", "deploy", "grafana", "conflict-digest.json"))
	if err != nil {
		t.Fatal(err)
	}
	var dash struct {
		Title  string
		Panels []struct {
			Title   string
			Targets []struct{ Expr string }
		}
	}
	if err := json.Unmarshal(raw, &dash); err != nil {
		t.Fatalf("the dashboard is not JSON: %v", err)
	}
	text := scrape(t, everything(t))
	have := map[string]bool{}
	for _, l := range strings.Split(text, "\n") {
		if name, ok := strings.CutPrefix(l, "# TYPE "); ok {
			have[strings.Fields(name)[0]] = true
		}
	}
	used := map[string]bool{}
	name := regexp.MustCompile(`\b((?:cd|go|process)_[a-z_]+?)(?:_bucket|_count|_sum)?\b`)
	for _, p := range dash.Panels {
		if len(p.Targets) == 0 {
			t.Errorf("panel %q queries nothing", p.Title)
		}
		for _, tg := range p.Targets {
			for _, m := range name.FindAllStringSubmatch(tg.Expr, -1) {
				used[m[1]] = true
				if !have[m[1]] {
					t.Errorf("panel %q queries %s, which the bot does not export", p.Title, m[1])
				}
			}
		}
	}
	for n := range have {
		if strings.HasPrefix(n, "cd_") && !used[n] {
			t.Errorf("%s is on no panel of the dashboard", n)
		}
	}
}
