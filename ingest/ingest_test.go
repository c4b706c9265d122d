package ingest_test

import (
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/feed"
	"github.com/conflict-digest/conflict-digest/ingest"
	"github.com/conflict-digest/conflict-digest/internal/sample"
	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/store"
	"github.com/conflict-digest/conflict-digest/story"
)

func openStore(t testing.TB) *store.Services {
	t.Helper()
	db, err := store.OpenServices(context.Background(), filepath.Join(t.TempDir(), "news.db"),
		store.WithLogger(slog.New(slog.DiscardHandler)))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func newPipeline(db *store.Services) *ingest.Pipeline {
	return &ingest.Pipeline{
		Articles: db,
		Stories:  ingest.NewStories(story.Config{}, db),
		Now:      func() time.Time { return time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC) },
	}
}

func readSample(t testing.TB) []news.Article {
	t.Helper()
	var out []news.Article
	if err := feed.ReadJSONL(sample.Articles(), func(a news.Article) error {
		out = append(out, a)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestIngestSampleThenAgain(t *testing.T) {
	ctx := context.Background()
	db := openStore(t)
	p := newPipeline(db)
	c, err := p.Ingest(ctx, readSample(t))
	if err != nil {
		t.Fatal(err)
	}
	if c.New != 19 || c.Duplicate != 0 || c.Failed != 0 {
		t.Fatalf("first run: got %s, want new 19, duplicate 0, failed 0", c)
	}
	// A second run adds nothing, whether the pipeline is the same or a new
	// one that must reload its stories from the store.
	for _, p := range []*ingest.Pipeline{p, newPipeline(db)} {
		c, err = p.Ingest(ctx, readSample(t))
		if err != nil {
			t.Fatal(err)
		}
		if c.New != 0 || c.Duplicate != 19 {
			t.Fatalf("second run: got %s, want new 0, duplicate 19", c)
		}
	}
	n, err := db.ArticleCount(ctx)
	if err != nil || n != 19 {
		t.Fatalf("stored %d articles (err %v), want 19", n, err)
	}
}

func TestIngestKeepsIdentityAndCleansText(t *testing.T) {
	ctx := context.Background()
	db := openStore(t)
	if _, err := newPipeline(db).Ingest(ctx, readSample(t)); err != nil {
		t.Fatal(err)
	}
	a, an, err := db.ArticleByExternalID(ctx, "seed-000")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a.Text, "Advertisement") {
		t.Errorf("seed-000 stored with its clutter: %q", a.Text)
	}
	if !an.Has(news.Talks) {
		t.Errorf("seed-000 categories %v, want talks among them", an.Categories)
	}
	if a.ContentHash == "" || a.Published.IsZero() || a.Fetched.IsZero() {
		t.Errorf("identity not filled: hash %q published %v fetched %v", a.ContentHash, a.Published, a.Fetched)
	}
}

func TestIngestDuplicatesWithinOneInput(t *testing.T) {
	ctx := context.Background()
	db := openStore(t)
	base := news.Article{ExternalID: "x-1", Title: "Truce holds in Aleppo", Text: "A truce held in Aleppo on Monday, monitors said.", URL: "https://example.org/a?utm_source=x"}
	sameURL := base
	sameURL.ExternalID, sameURL.Text = "x-2", "Different words about the truce in Aleppo."
	sameURL.URL = "https://example.org/a"
	sameText := base
	sameText.ExternalID, sameText.URL = "x-3", ""
	empty := news.Article{ExternalID: "x-4", Title: "Only a title", Text: "  "}
	c, err := newPipeline(db).Ingest(ctx, []news.Article{base, sameURL, sameText, empty})
	if err != nil {
		t.Fatal(err)
	}
	// The same URL is the same article; the same text under its own id is
	// another outlet's copy: stored, and grouped into the same story.
	if c.New != 2 || c.Duplicate != 1 || c.Failed != 1 || c.Reasons["no text"] != 1 {
		t.Fatalf("got %s, want new 2, duplicate 1, failed 1 (no text)", c)
	}
	rows, err := db.Articles(ctx, news.DigestFilter{})
	if err != nil || len(rows) != 2 || rows[0].StoryID == 0 || rows[0].StoryID != rows[1].StoryID {
		t.Fatalf("stored %+v, %v: want x-1 and x-3 in one story", rows, err)
	}
}

func TestNearDuplicatesShareAStory(t *testing.T) {
	ctx := context.Background()
	db := openStore(t)
	// One SANA report published twice, under two ids.
	arts := append(readSample(t), republished(sampleArticle(t, "fakes-438")))
	if _, err := newPipeline(db).Ingest(ctx, arts); err != nil {
		t.Fatal(err)
	}
	rows, err := db.Articles(ctx, news.DigestFilter{})
	if err != nil {
		t.Fatal(err)
	}
	story := map[string]int64{}
	for _, r := range rows {
		story[r.Article.ExternalID] = r.StoryID
	}
	if story["fakes-438-again"] == 0 || story["fakes-438-again"] != story["fakes-438"] {
		t.Errorf("the copy in story %d, fakes-438 in story %d: want one story", story["fakes-438-again"], story["fakes-438"])
	}
	distinct := map[int64]bool{}
	for _, id := range story {
		distinct[id] = true
	}
	if len(distinct) >= len(story) {
		t.Errorf("%d stories for %d articles: no article was grouped", len(distinct), len(story))
	}
}

// failingStore fails every batch: nothing may be lost or half-stored.
type failingStore struct{ *store.Services }

func (f failingStore) CreateArticles(ctx context.Context, items []*news.NewArticle) ([]error, error) {
	return nil, news.Errorf(news.EUNAVAILABLE, "disk on fire")
}

func TestFailedBatchLosesNothing(t *testing.T) {
	ctx := context.Background()
	db := openStore(t)
	arts := readSample(t)
	if _, err := newPipeline(db).Ingest(ctx, arts[:10]); err != nil {
		t.Fatal(err)
	}
	bad := newPipeline(db)
	bad.Articles = failingStore{db}
	if _, err := bad.Ingest(ctx, readSample(t)); err == nil {
		t.Fatal("a failing store reported no error")
	}
	n, _ := db.ArticleCount(ctx)
	if n != 10 {
		t.Fatalf("after the failed run: %d articles, want the 10 stored before", n)
	}
	c, err := newPipeline(db).Ingest(ctx, readSample(t))
	if err != nil {
		t.Fatal(err)
	}
	if c.New != 9 || c.Duplicate != 10 {
		t.Fatalf("retry: got %s, want new 9, duplicate 10", c)
	}
}

// sampleArticle returns the sample's article of that id.
func sampleArticle(t *testing.T, id string) news.Article {
	t.Helper()
	for _, a := range readSample(t) {
		if a.ExternalID == id {
			return a
		}
	}
	t.Fatalf("the sample lacks %s", id)
	return news.Article{}
}

// republished is a's text published again under another id, as an
// agency's report is by another outlet.
func republished(a news.Article) news.Article {
	a.ExternalID += "-again"
	a.URL, a.CanonicalURL, a.SourceName = "", "", "syriatimes"
	return a
}

// BenchmarkIngest measures the whole pipeline — JSON Lines, cleaning,
// analysis, story assignment, SQLite with FTS — on the 805 articles of the
// development set, into a fresh database each round.
func BenchmarkIngest(b *testing.B) {
	data, err := os.ReadFile("../../shared/eval/articles.jsonl")
	if err != nil {
		b.Skip("../shared/eval/articles.jsonl not found:", err)
	}
	ctx := context.Background()
	var total int
	for b.Loop() {
		b.StopTimer()
		db := openStore(b)
		p := newPipeline(db)
		b.StartTimer()
		var batch []news.Article
		err := feed.ReadJSONL(strings.NewReader(string(data)), func(a news.Article) error {
			batch = append(batch, a)
			if len(batch) == 256 {
				c, err := p.Ingest(ctx, batch)
				total += c.New
				batch = batch[:0]
				return err
			}
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
		c, err := p.Ingest(ctx, batch)
		if err != nil {
			b.Fatal(err)
		}
		total += c.New
	}
	b.ReportMetric(float64(total)/b.Elapsed().Seconds(), "articles/s")
}
