package store_test

import (
	"context"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/digest"
	"github.com/conflict-digest/conflict-digest/feed"
	"github.com/conflict-digest/conflict-digest/ingest"
	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/store"
	"github.com/conflict-digest/conflict-digest/story"
)

// corpusFiles are the shared corpus, read in place when it is there: the
// benchmark writes nothing into it.
var corpusFiles = []string{"../../shared/eval/articles.jsonl", "../../shared/corpus/reliefweb-2017.jsonl"}

var benchSubs = flag.Int("benchsubs", 10000, "subscriptions in BenchmarkBuildSubscriptions")

var benchWeek = time.Date(2026, 11, 16, 0, 0, 0, 0, time.UTC)

// seedWeek stores the corpus as a week of news: articles re-dated evenly
// over the week and ingested in hourly batches (so stored times spread over
// it too) through the real pipeline: analysis, stories, SQLite.
func seedWeek(b *testing.B, path string) (*store.Services, int) {
	b.Helper()
	var arts []news.Article
	for _, f := range corpusFiles {
		r, err := os.Open(f)
		if err != nil {
			b.Skipf("corpus not found: %v", err)
		}
		err = feed.ReadJSONL(r, func(a news.Article) error { arts = append(arts, a); return nil })
		r.Close()
		if err != nil { // records without text are skipped; the rest are read
			b.Logf("read %s: %v", f, err)
		}
	}
	clk := &testClock{benchWeek}
	db, err := store.OpenServices(context.Background(), path, store.WithNow(clk.now))
	if err != nil {
		b.Fatal(err)
	}
	step := 7 * 24 * time.Hour / time.Duration(len(arts))
	for i := range arts {
		arts[i].Published = benchWeek.Add(time.Duration(i) * step)
	}
	p := &ingest.Pipeline{Articles: db, Stories: ingest.NewStories(story.Config{}, db), Now: clk.now}
	for h := range 7 * 24 {
		lo, hi := h*len(arts)/(7*24), (h+1)*len(arts)/(7*24)
		clk.t = benchWeek.Add(time.Duration(h) * time.Hour)
		if _, err := p.Ingest(context.Background(), arts[lo:hi]); err != nil {
			b.Fatal(err)
		}
	}
	return db, len(arts)
}

// benchFilters are the windows of n subscriptions due at one slot, at the
// end of the week, with varied filters: 40 % hourly (the last hour), 40 %
// daily, 15 % weekly, 5 % catching up after downtime (a cursor anywhere in
// the week); all or some topics, a place or none, a keyword or none.
func benchFilters(n int, slot time.Time) []news.DigestFilter {
	rng := rand.New(rand.NewPCG(1, 2))
	places := []string{"Aleppo", "Idlib", "Damascus", "Homs", "Syria", "Yemen", "Iraq"}
	keywords := []string{"convoy", "chemical", "airstrike", "ceasefire", "hospital", "talks"}
	fs := make([]news.DigestFilter, n)
	for i := range fs {
		var since time.Time
		switch r := rng.IntN(100); {
		case r < 40:
			since = slot.Add(-time.Hour)
		case r < 80:
			since = slot.Add(-24 * time.Hour)
		case r < 95:
			since = slot.Add(-7 * 24 * time.Hour)
		default:
			since = slot.Add(-time.Duration(rng.Int64N(int64(7 * 24 * time.Hour)))).Truncate(time.Minute)
		}
		f := news.DigestFilter{Since: since, Until: slot, ByStored: true}
		for _, c := range news.Categories {
			if rng.IntN(3) == 0 {
				f.Topics = append(f.Topics, c)
			}
		}
		if rng.IntN(4) == 0 {
			f.Places = []string{places[rng.IntN(len(places))]}
		}
		if rng.IntN(5) == 0 {
			f.Keywords = []string{keywords[rng.IntN(len(keywords))]}
		}
		fs[i] = f
	}
	return fs
}

// BenchmarkBuildSubscriptions builds the digests of 10,000 subscriptions
// due at one slot over a week of news in a real SQLite store, as the
// Deliverer does: one shared digest.Builder for the slot, GOMAXPROCS
// workers (the store's read pool). One op is all 10,000 digests, from an
// empty Builder; the goal is ≤ 10 s.
func BenchmarkBuildSubscriptions(b *testing.B) {
	db, n := seedWeek(b, filepath.Join(b.TempDir(), "week.db"))
	defer db.Close()
	now := benchWeek.Add(7 * 24 * time.Hour)
	fs := benchFilters(*benchSubs, now)
	var stories, empty int
	cpu0 := cpuTime()
	for b.Loop() {
		stories, empty = buildAll(b, db, fs, now)
	}
	// CPU seconds per op: on a shared machine the wall time says more about
	// the neighbours; CPU time / GOMAXPROCS is the wall time of an idle one.
	b.ReportMetric((cpuTime()-cpu0).Seconds()/float64(b.N), "cpu-s/op")
	b.ReportMetric(float64(stories)/float64(len(fs)), "stories/digest")
	b.ReportMetric(float64(empty), "empty_digests")
	b.ReportMetric(float64(n), "articles")
}

// cpuTime is the process's user and system CPU time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func buildAll(b *testing.B, db *store.Services, fs []news.DigestFilter, now time.Time) (stories, empty int) {
	bld := digest.NewBuilder(db, now)
	var mu sync.Mutex
	var wg sync.WaitGroup
	next := make(chan news.DigestFilter)
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for f := range next {
				d, err := bld.Build(context.Background(), f)
				if err != nil {
					panic(fmt.Sprintf("build: %v", err))
				}
				mu.Lock()
				stories += d.Counts.Stories
				if d.Empty() {
					empty++
				}
				mu.Unlock()
			}
		})
	}
	for _, f := range fs {
		next <- f
	}
	close(next)
	wg.Wait()
	return stories, empty
}
