package alert_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/alert"
	"github.com/conflict-digest/conflict-digest/bot"
	"github.com/conflict-digest/conflict-digest/digest"
	"github.com/conflict-digest/conflict-digest/internal/fakediscord"
	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/store"
)

// TestAlertLatency measures the time from an article being stored to its
// alert being posted on the fake Discord (over HTTP), with the default loop (alert.DefaultEvery): articles
// stored at random moments over two minutes, each a new story whose talks
// opened. It runs for about two and a half minutes, so only when asked:
//
//	CD_ALERT_LATENCY=1 go test -count=1 -run TestAlertLatency -v ./alert/
func TestAlertLatency(t *testing.T) {
	if os.Getenv("CD_ALERT_LATENCY") == "" {
		t.Skip("set CD_ALERT_LATENCY=1 to measure (about 2.5 minutes)")
	}
	ctx := context.Background()
	db, err := store.OpenServices(ctx, filepath.Join(t.TempDir(), "lat.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.CreateAlertRule(ctx, &news.AlertRule{GuildID: "g", ChannelID: "c"}, 0); err != nil {
		t.Fatal(err)
	}
	srv := fakediscord.New(fakediscord.Options{ChannelLimit: 1000, ChannelPeriod: time.Second})
	defer srv.Close()
	snd := bot.NewSender(bot.SenderConfig{Token: srv.Token(), APIBase: srv.URL() + "api/v10/"})
	al := &alert.Alerter{Decider: &alert.Decider{Stories: digest.NewViews(db), Articles: db}, Store: db,
		Sender: snd, PerHour: 1000, Horizon: db.StoredHorizon}
	loop := alert.Start(ctx, al, 0)
	defer loop.Stop()
	const n, span = 60, 2 * time.Minute
	rng := rand.New(rand.NewPCG(7, 8))
	at := make([]time.Duration, n)
	for i := range at {
		at[i] = time.Duration(rng.Int64N(int64(span)))
	}
	slices.Sort(at)
	stored := map[string]time.Time{}
	start := time.Now()
	for i, d := range at {
		time.Sleep(time.Until(start.Add(d)))
		id := fmt.Sprintf("talks-%03d", i)
		if err := db.CreateArticle(ctx, talksItem(id)); err != nil {
			t.Fatal(err)
		}
		stored[id] = time.Now()
	}
	deadline := time.Now().Add(alert.DefaultEvery + 5*time.Second)
	for time.Now().Before(deadline) {
		time.Sleep(200 * time.Millisecond)
	}
	var lat []time.Duration
	for _, m := range srv.Messages("c") { // the fake's own time of each post
		posted, err := time.Parse(time.RFC3339Nano, m["timestamp"].(string))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range strings.Fields(m["content"].(string)) {
			if s, ok := stored[f]; ok {
				lat = append(lat, posted.Sub(s))
				delete(stored, f)
			}
		}
	}
	if len(lat) != n {
		t.Fatalf("%d of %d articles alerted", len(lat), n)
	}
	slices.Sort(lat)
	p := func(q float64) time.Duration { return lat[min(len(lat)-1, int(q*float64(len(lat))))] }
	t.Logf("stored → posted, %d alerts, loop every %v: p50 %v, p90 %v, p99 %v, max %v",
		n, alert.DefaultEvery, p(0.5).Round(time.Millisecond), p(0.9).Round(time.Millisecond), p(0.99).Round(time.Millisecond), lat[n-1].Round(time.Millisecond))
	if p(0.99) > time.Minute {
		t.Errorf("p99 %v over a minute", p(0.99))
	}
}

// talksItem is a report that talks opened, a story of its own.
func talksItem(id string) *news.NewArticle {
	now := time.Now().UTC()
	a := &news.Article{ExternalID: id, Title: id + " talks open in Geneva", Text: "Talks opened.", SourceName: "sana",
		URL: "https://sana.example/" + id, Published: now, Fetched: now}
	an := &news.Analysis{Categories: []news.Category{news.Talks}, Summary: a.Title, Version: 1,
		Changes: []news.StateChange{{Change: news.ChangeTalksOpened}}}
	s := &news.Story{Headline: a.Title, Categories: []news.Category{news.Talks},
		Changes: []news.StoryChange{{Change: news.ChangeTalksOpened, At: now, Source: "sana"}}}
	return &news.NewArticle{Article: a, Analysis: an, Story: s}
}
