package store

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// A database from before 0180 that stories were written to while the
// development was carried in the summary after an "Also:" marker: the
// migration moves it to the development column; a summary written before
// the marker existed that says "Also:" itself stays whole.
func TestStoryDevelopmentMigrationSplitsMarkedSummaries(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := OpenServices(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	const dev = "On Thursday 120 fighters were evacuated from Waer."
	stories := []*news.Story{
		{Headline: "Strikes", Summary: "Jets struck at dawn. The toll was 45. Also: " + dev},
		{Headline: "Evacuation", Summary: "Also: " + dev},
		{Headline: "Old", Summary: "Jets struck at dawn. Also: a bakery was hit."},
	}
	for _, s := range stories {
		if err := db.CreateStory(ctx, s); err != nil {
			t.Fatal(err)
		}
	}
	for _, q := range []string{`UPDATE stories SET updated = 1796304196 WHERE headline = 'Old'`,
		`ALTER TABLE stories DROP COLUMN development`, `DELETE FROM schema_migrations WHERE version = 180`} {
		if _, err := db.Writer().ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	db, err = OpenServices(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for i, want := range []struct{ summary, development string }{
		{"Jets struck at dawn. The toll was 45.", dev},
		{"", dev},
		{"Jets struck at dawn. Also: a bakery was hit.", ""},
	} {
		got, err := db.Story(ctx, stories[i].ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.Summary != want.summary || got.Development != want.development {
			t.Errorf("%s: summary %q, development %q; want %q, %q", got.Headline, got.Summary, got.Development,
				want.summary, want.development)
		}
	}
}
