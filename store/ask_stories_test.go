package store

import (
	"context"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

func TestArticleStories(t *testing.T) {
	db, _ := openTest(t)
	ctx := context.Background()
	a := newItem("fakes-1", "Truce collapses in Aleppo", "The truce collapsed on Monday.", day(26), news.Ceasefire)
	a.Story = &news.Story{Headline: "Truce collapses in Aleppo", CeasefireStatus: news.CeasefireCollapsed,
		PrevCeasefireStatus: news.CeasefireInEffect, Places: []news.Entity{{Name: "Aleppo", Kind: "city"}},
		Updated: time.Unix(1000, 0)}
	b := newItem("fakes-2", "Calm in Idlib", "Nothing happened.", day(27))
	for _, n := range []*news.NewArticle{a, b} {
		if err := db.CreateArticle(ctx, n); err != nil {
			t.Fatalf("CreateArticle: %v", err)
		}
	}
	got, err := db.SentenceIndex().ArticleStories(ctx, []int64{a.Article.ID, b.Article.ID, 999})
	if err != nil {
		t.Fatalf("ArticleStories: %v", err)
	}
	if len(got) != 1 {
		t.Fatalf("stories of %d articles, want 1 (fakes-2 has none, 999 is unknown)", len(got))
	}
	s := got[a.Article.ID]
	if s.CeasefireStatus != news.CeasefireCollapsed || s.PrevCeasefireStatus != news.CeasefireInEffect ||
		len(s.Sources) != 1 || s.Sources[0].ExternalID != "fakes-1" || len(s.Places) != 1 || s.Places[0].Name != "Aleppo" {
		t.Errorf("story = %+v, want the collapsed truce in Aleppo with fakes-1 as its source", s)
	}
	if none, err := db.SentenceIndexFor("").ArticleStories(ctx, nil); err != nil || len(none) != 0 {
		t.Errorf("ArticleStories(nil) = %v, %v; want empty", none, err)
	}
}
