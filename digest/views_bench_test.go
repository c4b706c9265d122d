package digest

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/store"
)

// viewsStore holds n stories of 80-word reports, each told by the
// operator's source and by a guild's feed: every story needs a view.
func viewsStore(b *testing.B, n int, now time.Time) *store.Services {
	ctx := context.Background()
	db, op, guild := twoSourceStore(b, now, "reuters", "desk")
	text := strings.Repeat("Shelling in Idlib killed civilians on Monday, medics said, as aid agencies called for access. ", 6)
	var items []*news.NewArticle
	for i := range n {
		st := &news.Story{Headline: fmt.Sprintf("Story %d", i), Categories: []news.Category{news.Violence}}
		for k, src := range []*news.Source{op, guild} {
			a := &news.Article{ExternalID: fmt.Sprintf("a-%d-%d", i, k), SourceID: src.ID, SourceName: src.Name,
				URL: fmt.Sprintf("https://x.example/%d/%d", i, k), Title: fmt.Sprintf("Report %d from %s", i, src.Name),
				Text: text, Published: now.Add(-time.Duration(2*i+k) * time.Minute)}
			an := &news.Analysis{Categories: []news.Category{news.Violence}, Places: []news.Entity{{Name: "Idlib", Kind: "city"}},
				Facts: news.Facts{Killed: &news.Figure{Value: int64(10 + k), Qualifier: news.Exact, Sentence: text[:60]}}}
			items = append(items, &news.NewArticle{Article: a, Analysis: an, Story: st})
		}
	}
	if _, err := db.CreateArticles(ctx, items); err != nil {
		b.Fatal(err)
	}
	return db
}

// BenchmarkViews lists the 500 stories of a day, each holding a guild's
// article, as the operator's readers see them: "cold" rebuilds every view
// (a fresh Views), "cached" finds them built, as the next digest of the
// slot does; "stored" is the store's query alone.
func BenchmarkViews(b *testing.B) {
	now := time.Date(2026, 3, 2, 12, 0, 0, 0, time.UTC)
	db := viewsStore(b, 500, now)
	f := news.DigestFilter{Since: now.Add(-24 * time.Hour), ByStored: true}
	ctx := context.Background()
	b.Run("stored", func(b *testing.B) {
		for b.Loop() {
			if _, err := db.Stories(ctx, f); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("cold", func(b *testing.B) {
		for b.Loop() {
			if s, err := NewViews(db).Stories(ctx, f); err != nil || len(s) != 500 {
				b.Fatal(len(s), err)
			}
		}
	})
	b.Run("cached", func(b *testing.B) {
		v := NewViews(db)
		for b.Loop() {
			if s, err := v.Stories(ctx, f); err != nil || len(s) != 500 {
				b.Fatal(len(s), err)
			}
		}
	})
}
