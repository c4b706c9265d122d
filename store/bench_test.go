package store

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
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
func benchItem(r evalRecord, n int) *news.NewArticle {
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
	db, err := Open(context.Background(), filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	const batch = 100
	var stored, textBytes int
	var last *news.Story
	for b.Loop() {
		items := make([]*news.NewArticle, batch)
		for i := range items {
			n := stored + i
			items[i] = benchItem(recs[n%len(recs)], n)
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
	b.ReportMetric(float64(textBytes)/float64(stored), "text_bytes/article")
}
