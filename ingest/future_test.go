package ingest_test

import (
	"context"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// An article dated far in the future (a hostile or broken feed) must not
// push the assigner's window past every real story: a later report of an
// open story still joins it.
func TestFutureDateKeepsOpenStories(t *testing.T) {
	ctx := context.Background()
	db := openStore(t)
	p := newPipeline(db)
	late := sampleArticle(t, "fakes-438")
	first := []news.Article{republished(late)} // one SANA report published twice, 2016-09-06
	if _, err := p.Ingest(ctx, first); err != nil {
		t.Fatal(err)
	}
	future := news.Article{
		ExternalID: "future-1", Title: "Harvest festival opens in a quiet valley",
		Text:      "The annual harvest festival opened on Saturday with music, dancing and a market of local produce.",
		Published: time.Date(2099, 1, 1, 0, 0, 0, 0, time.UTC),
	}
	if _, err := p.Ingest(ctx, []news.Article{future}); err != nil {
		t.Fatal(err)
	}
	if _, err := p.Ingest(ctx, []news.Article{late}); err != nil {
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
	if got, want := story["fakes-438"], story["fakes-438-again"]; got == 0 || got != want {
		t.Errorf("fakes-438 in story %d, want its copy's story %d", got, want)
	}
}
