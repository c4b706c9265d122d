package store

import (
	"context"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

func TestArticleFacts(t *testing.T) {
	db, _ := openTest(t)
	ctx := context.Background()
	a := newItem("fakes-1", "Strike on Aleppo", "At least 12 people died.", day(26), news.Violence)
	a.Analysis.Facts.Killed.Originator = "SOHR"
	a.Analysis.Facts.Figures = []news.Figure{{Kind: news.FigureKilled, Value: 5, Qualifier: news.Exact,
		Who: "children", Scope: news.ScopePart}}
	b := newItem("fakes-2", "Calm in Idlib", "Nothing happened.", day(27))
	b.Analysis.Facts = news.Facts{}
	for _, n := range []*news.NewArticle{a, b} {
		if err := db.CreateArticle(ctx, n); err != nil {
			t.Fatalf("CreateArticle: %v", err)
		}
	}
	got, err := db.SentenceIndex().ArticleFacts(ctx, []int64{a.Article.ID, b.Article.ID, 999})
	if err != nil {
		t.Fatalf("ArticleFacts: %v", err)
	}
	if len(got) != 2 {
		t.Fatalf("facts of %d articles, want 2 (999 is unknown)", len(got))
	}
	k := got[a.Article.ID].Killed
	if k == nil || k.Value != 12 || k.Qualifier != news.AtLeast || k.Originator != "SOHR" {
		t.Errorf("killed = %+v, want SOHR's at least 12", k)
	}
	if fs := got[a.Article.ID].Figures; len(fs) != 1 || fs[0].Scope != news.ScopePart || fs[0].Who != "children" {
		t.Errorf("figures = %+v, want the part of 5 children", fs)
	}
	if f := got[b.Article.ID]; f.Killed != nil || len(f.Figures) != 0 {
		t.Errorf("facts of an article with none = %+v", f)
	}
	if none, err := db.SentenceIndex().ArticleFacts(ctx, nil); err != nil || len(none) != 0 {
		t.Errorf("ArticleFacts(nil) = %v, %v; want empty", none, err)
	}
}
