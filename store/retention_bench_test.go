package store_test

import (
	"context"
	"database/sql"
	"flag"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/ask"
	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/store"
)

var (
	retentionN   = flag.Int("retention-n", 20000, "articles BenchmarkRetention stores before pruning")
	retentionDir = flag.String("retention-db", "", "directory to keep BenchmarkRetention's database in, to reuse it (default: a temporary one)")
	retentionDay = flag.Int("retention-prune-days", 182, "BenchmarkRetention prunes the articles of the year's first this many days")
)

// BenchmarkRetention stores -retention-n articles over a year, with their
// analyses, full-text and sentence rows, then prunes those of the first
// -retention-prune-days (half the year by default; a week stands for the
// runs of a bot that keeps 180 days, each of which meets a day or less) as
// the retention of `bot run` does (store.Prune at its default pace) while a
// delivery writes its outbox every 10 ms. It reports the longest
// batch (the longest the write lock is held), the longest and 99th-
// percentile wait of the delivery's writes, and articles pruned per second.
// Run it once: go test -run '^$' -bench Retention -benchtime 1x ./store -args -retention-n 1000000 -retention-prune-days 7
func BenchmarkRetention(b *testing.B) {
	ctx := context.Background()
	dir := *retentionDir
	if dir == "" {
		dir = b.TempDir()
	}
	year := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	db, err := store.OpenServices(ctx, filepath.Join(dir, fmt.Sprintf("retention-%d.db", *retentionN)))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	fillArticles(b, db, *retentionN, year)
	cutoff := year.AddDate(0, 0, *retentionDay)
	for b.Loop() {
		locks, waits, pruned, took := pruneWhileDelivering(b, db, cutoff)
		if len(locks) == 0 {
			continue // a later iteration finds nothing left to prune
		}
		b.ReportMetric(float64(slices.Max(locks).Microseconds())/1000, "max-lock-ms")
		b.ReportMetric(pct(locks, 0.99), "p99-lock-ms")
		b.ReportMetric(float64(slices.Max(waits).Microseconds())/1000, "delivery-max-wait-ms")
		b.ReportMetric(pct(waits, 0.99), "delivery-p99-ms")
		b.ReportMetric(float64(pruned)/took.Seconds(), "pruned/s")
		b.ReportMetric(float64(len(waits)), "deliveries")
	}
}

func pct(ds []time.Duration, p float64) float64 {
	s := slices.Clone(ds)
	slices.Sort(s)
	return float64(s[int(p*float64(len(s)-1))].Microseconds()) / 1000
}

// pruneWhileDelivering prunes everything before cutoff batch by batch and
// times each batch, while another goroutine times its delivery writes.
func pruneWhileDelivering(b *testing.B, db *store.Services, cutoff time.Time) (locks, waits []time.Duration, pruned int, took time.Duration) {
	ctx := context.Background()
	sub := &news.Subscription{GuildID: "g", ChannelID: "c", Schedule: "@hourly"}
	if err := db.CreateSubscription(ctx, sub); err != nil {
		b.Fatal(err)
	}
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; ; i++ {
			select {
			case <-stop:
				return
			case <-time.After(10 * time.Millisecond):
			}
			until := time.Now().Add(time.Duration(i) * time.Minute)
			o := &news.Outbox{SubscriptionID: sub.ID, ChannelID: "c", Since: until.Add(-time.Minute), Until: until, Created: until,
				Messages: []news.OutboxMessage{{Part: 1, Content: "digest", Marker: "m", Nonce: fmt.Sprint(i)}}}
			start := time.Now()
			err := db.CreateOutbox(ctx, o)
			if err == nil {
				_, err = db.MarkSent(ctx, o.ID, 1, "msg", until)
			}
			waits = append(waits, time.Since(start))
			if err != nil {
				b.Error(err)
				return
			}
		}
	}()
	start := time.Now()
	res, err := db.Prune(ctx, cutoff, store.Pace{Observe: func(kind string, n int, d time.Duration) {
		locks = append(locks, d)
	}})
	if err != nil {
		b.Fatal(err)
	}
	pruned = res.Articles
	took = time.Since(start)
	close(stop)
	wg.Wait()
	return locks, waits, pruned, took
}

// fillArticles adds synthetic articles (recombined sample sentences,
// published over the year from start) until the store holds n, with their
// sentence index rows.
func fillArticles(b *testing.B, db *store.Services, n int, start time.Time) {
	ctx := context.Background()
	have, err := db.ArticleCount(ctx)
	if err != nil {
		b.Fatal(err)
	}
	var pool []string
	for _, a := range sampleArticles(b) {
		for _, s := range strings.Split(a.Text, ". ") {
			if len(s) > 30 {
				pool = append(pool, s+".")
			}
		}
	}
	rng := rand.New(rand.NewPCG(1, uint64(have)))
	began := time.Now()
	for i := int(have); i < n; i += 1000 {
		items := make([]*news.NewArticle, 0, 1000)
		for k := i; k < min(n, i+1000); k++ {
			var text strings.Builder
			for range 10 + rng.IntN(10) {
				text.WriteString(pool[rng.IntN(len(pool))] + " ")
			}
			a := &news.Article{ExternalID: fmt.Sprintf("ret-%08d", k), Title: pool[rng.IntN(len(pool))], Text: text.String(),
				SourceName: "synthetic", Published: start.Add(time.Duration(rng.Int64N(int64(365 * 24 * time.Hour))))}
			items = append(items, &news.NewArticle{Article: a, Analysis: &news.Analysis{Categories: []news.Category{news.Violence}}})
		}
		errs, err := db.CreateArticles(ctx, items)
		if err != nil {
			b.Fatal(err)
		}
		err = db.WriteTx(ctx, func(tx *sql.Tx) error {
			for j, it := range items {
				if errs[j] == nil {
					if err := db.IndexSentences(ctx, tx, it.Article.ID, ask.IndexedSentences(it.Article.Title, it.Article.Text)); err != nil {
						return err
					}
				}
			}
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
		if i%100000 == 0 && i > int(have) {
			b.Logf("%d articles, %.0f s", i, time.Since(began).Seconds())
		}
	}
}
