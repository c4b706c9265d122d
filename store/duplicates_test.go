package store

import (
	"context"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

func TestFindDuplicatesAnswersLikeFindDuplicate(t *testing.T) {
	ctx := context.Background()
	db, _ := openTest(t)
	stored := []*news.Article{
		{ExternalID: "a", CanonicalURL: "https://example.org/a", ContentHash: "h1", Title: "A", Text: "Text a."},
		{ContentHash: "h2", Title: "B", Text: "Text b."}, // no id, no URL: the hash is its identity
	}
	for _, a := range stored {
		if err := db.CreateArticle(ctx, &news.NewArticle{Article: a}); err != nil {
			t.Fatal(err)
		}
	}
	probe := []*news.Article{
		{ExternalID: "a"}, // same id
		{ExternalID: "other", CanonicalURL: "https://example.org/a"}, // same URL
		{ContentHash: "h2"},                    // same hash, no id
		{ExternalID: "new", ContentHash: "h2"}, // an id of its own: a new article
	}
	ids, err := db.FindDuplicates(ctx, probe)
	if err != nil {
		t.Fatal(err)
	}
	for i, a := range probe {
		one, err := db.FindDuplicate(ctx, a)
		if news.ErrorCode(err) == news.ENOTFOUND {
			one = 0
		}
		if ids[i] != one {
			t.Errorf("probe %d: FindDuplicates %d, FindDuplicate %d", i, ids[i], one)
		}
	}
	if want := []int64{stored[0].ID, stored[0].ID, stored[1].ID, 0}; ids[0] != want[0] || ids[1] != want[1] || ids[2] != want[2] || ids[3] != want[3] {
		t.Errorf("got %v, want %v", ids, want)
	}
}
