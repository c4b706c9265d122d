package store

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// evalArticles is the labelled corpus beside the repository; benchmarks skip
// when it is absent.
const evalArticles = "../../shared/eval/articles.jsonl"

type evalRecord struct {
	ID, Title, Text, Source, Location, Published string
}

func loadEval(b *testing.B) []evalRecord {
	f, err := os.Open(evalArticles)
	if err != nil {
		b.Skipf("corpus not available: %v", err)
	}
	defer f.Close()
	var out []evalRecord
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var r evalRecord
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			b.Fatalf("decode corpus: %v", err)
		}
		out = append(out, r)
	}
	if err := sc.Err(); err != nil {
		b.Fatal(err)
	}
	return out
}

// benchItem turns a corpus record into an article with an analysis shaped
// like the analyser's (summary, evidence, places), under a fresh identity.
func benchItem(recs []evalRecord, n int) *news.NewArticle {
	r := recs[n%len(recs)]
	// Articles of ~3 KB: the corpus averages ~2 KB, so the next record's
	// text is appended until the text reaches 3,000 bytes, then cut near 3,200.
	for k := 1; len(r.Text) < 3000; k++ {
		r.Text += "\n\n" + recs[(n+k)%len(recs)].Text
	}
	if i := strings.LastIndexByte(r.Text[:min(len(r.Text), 3200)], ' '); i >= 3000 {
		r.Text = r.Text[:i]
	}
	published, _ := time.Parse("2006-01-02", r.Published)
	id := fmt.Sprintf("%s#%d", r.ID, n)
	sents := strings.SplitAfter(r.Text, ". ")
	summary := strings.Join(sents[:min(2, len(sents))], "")
	return &news.NewArticle{
		Article: &news.Article{ExternalID: id, Title: r.Title, Text: r.Text, SourceName: r.Source,
			URL: "https://example.org/" + id, CanonicalURL: "https://example.org/" + id,
			ContentHash: fmt.Sprintf("%x-%d", len(r.Text), n), Location: r.Location,
			Published: published, Fetched: published},
		Analysis: &news.Analysis{
			Categories: []news.Category{news.Violence, news.Humanitarian}, Summary: summary,
			HumanitarianTypes: []news.HumanitarianType{news.Aid},
			Places:            []news.Entity{{Name: r.Location, Kind: "city", Conflict: "syria", Count: 2}},
			Evidence:          map[news.Category][]string{news.Violence: sents[:min(1, len(sents))]},
			Facts:             news.Facts{Killed: &news.Figure{Value: 12, Qualifier: news.AtLeast, Sentence: summary}},
			Fingerprint:       news.Fingerprint(n) * 0x9e3779b97f4a7c15, Version: 1,
		},
	}
}

// BenchmarkCreateArticles stores batches of 100 corpus articles with their
// analyses and stories (a new story for two in three, an update of the
// previous story for the third) and reports articles/s.
func BenchmarkCreateArticles(b *testing.B) {
	recs := loadEval(b)
	db, err := OpenServices(context.Background(), filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	const batch = 100
	var stored, textBytes int
	var last *news.Story
	cpu0 := cpuTime()
	for b.Loop() {
		items := make([]*news.NewArticle, batch)
		for i := range items {
			n := stored + i
			items[i] = benchItem(recs, n)
			textBytes += len(items[i].Article.Text)
			if n%3 == 2 && last != nil {
				items[i].Story = last
			} else {
				items[i].Story = &news.Story{Headline: items[i].Article.Title,
					Categories: items[i].Analysis.Categories, Places: items[i].Analysis.Places}
			}
			last = items[i].Story
		}
		errs, err := db.CreateArticles(ctx, items)
		if err != nil {
			b.Fatal(err)
		}
		for i, e := range errs {
			if e != nil {
				b.Fatalf("item %d: %v", i, e)
			}
		}
		stored += batch
	}
	b.ReportMetric(float64(stored)/b.Elapsed().Seconds(), "articles/s")
	// The machine is shared: articles per second of this process's CPU
	// time says what one core can do, whatever the load.
	b.ReportMetric(float64(stored)/(cpuTime()-cpu0).Seconds(), "articles/cpu_s")
	b.ReportMetric(float64(textBytes)/float64(stored), "text_bytes/article")
	var ftsBytes int64
	err = db.Reader().QueryRowContext(ctx, `SELECT sum(length(block)) FROM articles_fts_data`).Scan(&ftsBytes)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(ftsBytes)/float64(textBytes), "fts_bytes/text_byte")
}

// cpuTime returns the user and system CPU time of this process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkStories queries the stories of one day, by topic and place, in a
// store of 10,000 articles in ~3,300 stories over 30 days.
func BenchmarkStories(b *testing.B) {
	db, err := OpenServices(context.Background(), filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	places := []string{"Aleppo", "Idlib", "Homs", "Damascus", "Raqqa", "Deir ez-Zor"}
	start := time.Date(2016, 8, 1, 0, 0, 0, 0, time.UTC)
	var last *news.Story
	for batch := range 100 {
		items := make([]*news.NewArticle, 100)
		for i := range items {
			n := batch*100 + i
			cat := news.Categories[n%len(news.Categories)]
			p := news.Entity{Name: places[n%len(places)], Kind: "city"}
			items[i] = newItem(fmt.Sprintf("s-%d", n), fmt.Sprintf("Story %d in %s", n/3, p.Name),
				"A report of the day about "+p.Name, start.Add(time.Duration(n)*4*time.Minute+time.Duration(n%7)*time.Hour*24), cat)
			if n%3 == 0 || last == nil {
				last = &news.Story{Headline: items[i].Article.Title, Categories: []news.Category{cat},
					Places: []news.Entity{p}}
			}
			items[i].Story = last
		}
		if _, err := db.CreateArticles(ctx, items); err != nil {
			b.Fatal(err)
		}
	}
	f := news.DigestFilter{Since: start.Add(10 * 24 * time.Hour), Until: start.Add(11 * 24 * time.Hour),
		Topics: []news.Category{news.Ceasefire, news.Talks}, Places: []string{"aleppo", "idlib", "homs"}}
	var got int
	for b.Loop() {
		s, err := db.Stories(ctx, f)
		if err != nil {
			b.Fatal(err)
		}
		got = len(s)
	}
	b.ReportMetric(float64(got), "stories")
}

// BenchmarkFindDuplicate looks up an article that is not stored, in a store
// of 1,000: the ingest pipeline's check of each new article.
func BenchmarkFindDuplicate(b *testing.B) {
	db, err := OpenServices(context.Background(), filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	for batch := range 10 {
		items := make([]*news.NewArticle, 100)
		for i := range items {
			items[i] = newItem(fmt.Sprintf("d-%d-%d", batch, i), "T", "text", day(1))
		}
		if _, err := db.CreateArticles(ctx, items); err != nil {
			b.Fatal(err)
		}
	}
	a := &news.Article{ExternalID: "new", CanonicalURL: "https://x.example/new", ContentHash: "h-new"}
	for b.Loop() {
		if _, err := db.FindDuplicate(ctx, a); news.ErrorCode(err) != news.ENOTFOUND {
			b.Fatal(err)
		}
	}
}
