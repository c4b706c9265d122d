package store

import (
	"context"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// Items of one batch share one new story (the ingest pipeline hands every
// member the same *news.Story). When an item after the one that created the
// story fails alone, the story keeps its id: the later members join it
// rather than opening a second story.
func TestCreateArticlesFailedItemKeepsSharedStory(t *testing.T) {
	db, _ := openTest(t)
	ctx := context.Background()
	if err := db.CreateArticle(ctx, newItem("old", "Old", "old text", day(1))); err != nil {
		t.Fatal(err)
	}
	shared := &news.Story{Headline: "Convoy"}
	items := []*news.NewArticle{
		newItem("c-1", "Convoy hit", "one", day(2), news.Violence),
		newItem("old", "Old again", "old text", day(2)), // a duplicate: fails alone
		newItem("c-2", "Convoy hit again", "two", day(2), news.Violence),
	}
	for _, n := range items {
		n.Story = shared
	}
	errs, err := db.CreateArticles(ctx, items)
	if err != nil {
		t.Fatal(err)
	}
	if errs[0] != nil || news.ErrorCode(errs[1]) != news.ECONFLICT || errs[2] != nil {
		t.Fatalf("errs = %v, want nil, conflict, nil", errs)
	}
	if shared.ID == 0 {
		t.Error("the shared story lost the id its first member gave it")
	}
	var stories int
	if err := db.Reader().QueryRowContext(ctx, `SELECT count(DISTINCT story_id) FROM articles WHERE external_id IN ('c-1', 'c-2')`).Scan(&stories); err != nil {
		t.Fatal(err)
	}
	if stories != 1 {
		t.Errorf("c-1 and c-2 are in %d stories, want 1", stories)
	}
}
