package store

import (
	"context"
	"database/sql"
	"path/filepath"
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

// storyOf returns the story id of the stored article ext (0: none).
func storyOf(t *testing.T, db *Services, ext string) int64 {
	t.Helper()
	var id sql.NullInt64
	err := db.Reader().QueryRowContext(context.Background(), `SELECT story_id FROM articles WHERE external_id = ?`, ext).Scan(&id)
	if err != nil {
		t.Fatalf("story of %s: %v", ext, err)
	}
	return id.Int64
}

// A batch that merges the newest story into an older one and opens a new
// story: the new story must not get the absorbed story's id back (SQLite
// gives max(id)+1 to a table without AUTOINCREMENT). It did, and the next
// save of the surviving story absorbed the new one again: the new story's
// first member moved into the survivor, its second was refused with "no
// story N" (the orphan trigger had deleted it), and N redirected to a story
// the new one never joined.
func TestCreateArticlesNeverReusesAbsorbedStoryID(t *testing.T) {
	db, _ := openTest(t)
	ctx := context.Background()
	old := newItem("old", "Shelling in Aleppo", "one", day(1))
	old.Story = &news.Story{Headline: "Shelling"}
	newest := newItem("newest", "Shelling in Aleppo again", "two", day(1))
	newest.Story = &news.Story{Headline: "Shelling again"}
	for _, n := range []*news.NewArticle{old, newest} {
		if err := db.CreateArticle(ctx, n); err != nil {
			t.Fatal(err)
		}
	}
	survivor := &news.Story{ID: old.Story.ID, Headline: "Shelling", Absorbed: []int64{newest.Story.ID}}
	fresh := &news.Story{Headline: "Convoy"}
	items := []*news.NewArticle{
		newItem("bridge-1", "Shelling in Aleppo, both", "three", day(1)),
		newItem("convoy-1", "Convoy hit", "four", day(2)),
		newItem("bridge-2", "Shelling in Aleppo, still", "five", day(1)),
		newItem("convoy-2", "Convoy hit, more", "six", day(2)),
	}
	for i, n := range items {
		n.Story = []*news.Story{survivor, fresh}[i%2]
	}
	errs, err := db.CreateArticles(ctx, items)
	if err != nil {
		t.Fatal(err)
	}
	for i, e := range errs {
		if e != nil {
			t.Errorf("item %d: %v", i, e)
		}
	}
	if fresh.ID == newest.Story.ID {
		t.Errorf("the new story got the absorbed story's id %d again", fresh.ID)
	}
	for ext, want := range map[string]int64{"old": survivor.ID, "newest": survivor.ID, "bridge-1": survivor.ID,
		"bridge-2": survivor.ID, "convoy-1": fresh.ID, "convoy-2": fresh.ID} {
		if got := storyOf(t, db, ext); got != want {
			t.Errorf("%s is in story %d, want %d", ext, got, want)
		}
	}
	got, err := db.Story(ctx, newest.Story.ID)
	if err != nil || got.ID != survivor.ID {
		t.Errorf("Story(%d) = %v, %v; want the survivor %d", newest.Story.ID, got, err, survivor.ID)
	}
}

// A database from before 0170 whose newest story was merged away: the
// migration starts the ids above every id still named (here by the
// redirect), so the next story does not take the merged one's id.
func TestStoryIDsMigrationStartsAboveRedirects(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := OpenServices(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	a := newItem("a", "Shelling", "one", day(1))
	a.Story = &news.Story{Headline: "Shelling"}
	b := newItem("b", "Shelling again", "two", day(1))
	b.Story = &news.Story{Headline: "Shelling again"}
	for _, n := range []*news.NewArticle{a, b} {
		if err := db.CreateArticle(ctx, n); err != nil {
			t.Fatal(err)
		}
	}
	bridge := newItem("c", "Shelling, both", "three", day(1))
	bridge.Story = &news.Story{ID: a.Story.ID, Absorbed: []int64{b.Story.ID}}
	if err := db.CreateArticle(ctx, bridge); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{`DROP TRIGGER stories_id_high`, `DROP TABLE story_id_high`,
		`DELETE FROM schema_migrations WHERE version = 170`} {
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
	next := &news.Story{Headline: "Convoy"}
	if err := db.CreateStory(ctx, next); err != nil {
		t.Fatal(err)
	}
	if next.ID <= b.Story.ID {
		t.Errorf("after the migration a new story got id %d; the merged story's %d redirects, want above it", next.ID, b.Story.ID)
	}
}
