package ingest_test

import (
	"context"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/feed"
	"github.com/conflict-digest/conflict-digest/ingest"
	"github.com/conflict-digest/conflict-digest/internal/testutil"
	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/store"
)

// readDev returns the development articles of story/testdata.
func readDev(t testing.TB) []news.Article {
	t.Helper()
	f, err := os.Open("../story/testdata/articles.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []news.Article
	if err := feed.ReadJSONL(f, func(a news.Article) error {
		out = append(out, a)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return out
}

// partition reads which story each stored article is in.
func partition(t testing.TB, db *store.Services) map[string]int64 {
	t.Helper()
	out := map[string]int64{}
	err := db.EachStoryMember(context.Background(), func(m news.StoryMember) error {
		out[m.ExternalID] = m.StoryID
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// ingestInBatches runs the articles through a new pipeline in batches of n.
func ingestInBatches(t testing.TB, p *ingest.Pipeline, arts []news.Article, n int) {
	t.Helper()
	for i := 0; i < len(arts); i += n {
		batch := slices.Clone(arts[i:min(i+n, len(arts))])
		if c, err := p.Ingest(context.Background(), batch); err != nil || c.Failed > 0 {
			t.Fatalf("ingest: %s, %v", c, err)
		}
	}
}

// TestStoriesIndependentOfArrivalOrder is the invariant of story
// assignment (package story, index.go): the development corpus ingested
// through the real pipeline into SQLite in file order, by date, newest first
// and shuffled — in small batches, and with the pipeline restarted halfway —
// gives one partition.
func TestStoriesIndependentOfArrivalOrder(t *testing.T) {
	arts := readDev(t)
	byDate := slices.Clone(arts)
	slices.SortStableFunc(byDate, func(a, b news.Article) int { return a.Published.Compare(b.Published) })
	newest := slices.Clone(byDate)
	slices.Reverse(newest)
	shuffled := slices.Clone(arts)
	rand.New(rand.NewPCG(9, 10)).Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	orders := []struct {
		name  string
		arts  []news.Article
		batch int
	}{{"file", arts, 256}, {"by-date", byDate, 7}, {"newest-first", newest, 32}, {"shuffled", shuffled, 1}}
	var first map[string]int64
	for _, o := range orders {
		db := openStore(t)
		half := len(o.arts) / 2
		ingestInBatches(t, newPipeline(db), o.arts[:half], o.batch)
		ingestInBatches(t, newPipeline(db), o.arts[half:], o.batch) // a restart
		got := partition(t, db)
		if len(got) != len(arts) {
			t.Fatalf("%s: %d articles stored, want %d", o.name, len(got), len(arts))
		}
		stories := map[int64]bool{}
		for id, s := range got {
			if s == 0 {
				t.Fatalf("%s: %s has no story", o.name, id)
			}
			stories[s] = true
		}
		t.Logf("%s: %d articles in %d stories", o.name, len(got), len(stories))
		if first == nil {
			first = got
			continue
		}
		if a := testutil.PairAgreement(first, got); a != 1 {
			t.Errorf("%s: pairwise agreement with file order %.4f, want 1", o.name, a)
		}
	}
}

// bakery returns two reports of one bombing, dated by their text.
func bakery() (a, b news.Article) {
	a = news.Article{ExternalID: "bakery-1", Title: "Motorbike bomber kills 16 outside bakery in Syria's Hasakeh",
		Text: "A motorcycle bomber killed at least 16 civilians outside a bakery in the Syrian city of Hasakeh on Tuesday, " +
			"on the eve of the feast marking the end of Ramadan, an official said. The attack also wounded dozens of people " +
			"in the Salihiah neighbourhood, the Syrian Observatory for Human Rights said.",
		Published: time.Date(2016, 7, 5, 12, 0, 0, 0, time.UTC), SourceName: "AFP"}
	b = news.Article{ExternalID: "bakery-2", Title: "Suicide bomber kills 16 near bakery in Hasakeh",
		Text: "Sixteen people died when a suicide bomber on a motorbike blew himself up near a crowded bakery in Hasakeh " +
			"on Tuesday, Kurdish security forces said. Dozens were wounded in the blast in the Salihiah neighbourhood, " +
			"a day before Eid.",
		Published: time.Date(2016, 7, 5, 18, 0, 0, 0, time.UTC), SourceName: "Reuters"}
	return a, b
}

// bridge returns three reports of one bombing where the first two are not
// linked to each other and the third is linked to both.
func bridge(t *testing.T) (x, y, z news.Article) {
	x, y = bakery()
	x.Text = "A motorcycle bomber killed at least 16 civilians outside a bakery in Hasakeh on Tuesday."
	x.Title = "Bakery bombing in Hasakeh"
	y.Text = "Kurdish security forces said dozens were wounded in the Salihiah neighbourhood blast on Tuesday, a day before Eid."
	y.Title = "Salihiah blast wounds dozens before Eid"
	z = news.Article{ExternalID: "bakery-3", Title: "Bakery bombing in Hasakeh's Salihiah wounds dozens before Eid",
		Text: "A motorcycle bomber killed at least 16 civilians outside a bakery in Hasakeh on Tuesday. " +
			"Kurdish security forces said dozens were wounded in the Salihiah neighbourhood blast, a day before Eid.",
		Published: time.Date(2016, 7, 6, 8, 0, 0, 0, time.UTC), SourceName: "TRT"}
	return x, y, z
}

// A late report that links two stories merges them: the older story keeps
// its id, the other id redirects to it, and its row is gone.
func TestBridgeMergesStories(t *testing.T) {
	ctx := context.Background()
	db := openStore(t)
	p := newPipeline(db)
	x, y, z := bridge(t)
	ingestInBatches(t, p, []news.Article{x}, 1)
	ingestInBatches(t, p, []news.Article{y}, 1)
	before := partition(t, db)
	if before["bakery-1"] == before["bakery-2"] {
		t.Fatalf("the two halves joined one story before the bridge: the test needs them apart")
	}
	older, younger := min(before["bakery-1"], before["bakery-2"]), max(before["bakery-1"], before["bakery-2"])
	ingestInBatches(t, newPipeline(db), []news.Article{z}, 1) // also across a restart
	after := partition(t, db)
	for _, id := range []string{"bakery-1", "bakery-2", "bakery-3"} {
		if after[id] != older {
			t.Errorf("%s in story %d after the bridge, want the older story %d", id, after[id], older)
		}
	}
	s, err := db.Story(ctx, younger)
	if err != nil || s.ID != older || len(s.Sources) != 3 {
		t.Fatalf("Story(%d) = %+v, %v; want the surviving story %d with 3 sources", younger, s, err, older)
	}
	stories, err := db.Stories(ctx, news.DigestFilter{})
	if err != nil || len(stories) != 1 {
		t.Fatalf("Stories = %d stories (%v), want 1: the absorbed row is gone", len(stories), err)
	}
}

// Bad input gets a defined outcome: no panic, no orphan story, every
// article in a story.
func TestStoriesBadInput(t *testing.T) {
	ctx := context.Background()
	a, b := bakery()
	now := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	noDate := news.Article{ExternalID: "nodate", Title: "Strike on a market", Text: "Warplanes struck a market in Idlib, killing nine."}
	future := a
	future.ExternalID, future.Published = "future", time.Date(2099, 1, 1, 0, 0, 0, 0, time.UTC)
	future.Text = strings.ReplaceAll(future.Text, "on Tuesday", "")
	ancient := b
	ancient.ExternalID, ancient.Published = "ancient", time.Unix(0, 0).UTC()
	ancient.Text = strings.ReplaceAll(ancient.Text, "on Tuesday", "")
	archive := news.Article{ExternalID: "archive", Title: "Shelling of a market in Sarajevo",
		Text:      "Shells struck a market in Sarajevo, killing eleven people, officials said.",
		Published: time.Date(1996, 3, 10, 9, 0, 0, 0, time.UTC)} // decades old, trusted: an archive
	twin := a
	twin.ExternalID = "bakery-1-copy" // two ids, one text
	db := openStore(t)
	p := newPipeline(db)
	c, err := p.Ingest(ctx, []news.Article{a, a, noDate, future, ancient, archive, twin, b})
	if err != nil {
		t.Fatal(err)
	}
	if c.New != 7 || c.Duplicate != 1 || c.Failed != 0 {
		t.Fatalf("got %s, want new 7, duplicate 1 (the same article twice in one batch)", c)
	}
	got := partition(t, db)
	if got["bakery-1"] != got["bakery-1-copy"] || got["bakery-1"] != got["bakery-2"] {
		t.Errorf("two ids for one text and an independent report: stories %v, want one", got)
	}
	for _, id := range []string{"future", "ancient"} { // dated by their fetch day
		if got[id] == got["bakery-1"] {
			t.Errorf("%s joined the 2016 story; an untrusted date is the fetch day (%s)", id, now.Format(time.DateOnly))
		}
	}
	fetchDay := now.Format(time.DateOnly)
	filed := map[string]string{"future": fetchDay, "ancient": fetchDay, "nodate": fetchDay, "archive": "1996-03-10"}
	for _, row := range mustArticles(t, db) {
		if want, ok := filed[row.Article.ExternalID]; ok && row.Analysis.EventDate != want {
			t.Errorf("%s filed under %q, want %s", row.Article.ExternalID, row.Analysis.EventDate, want)
		}
	}
	if got["archive"] == 0 || got["archive"] == got["bakery-1"] || got["archive"] == got["nodate"] {
		t.Errorf("the 1996 report in story %d: want one of its own", got["archive"])
	}
	// The only member of a story deleted: the story goes with it.
	gone := got["nodate"]
	if _, err := db.Writer().ExecContext(ctx, `DELETE FROM articles WHERE external_id = 'nodate'`); err != nil {
		t.Fatal(err)
	}
	wantNoOrphans(t, db)
	// The same pipeline still holds the deleted article under its story: a
	// later report of it opens a new story (it was refused: "no story N").
	late := noDate
	late.ExternalID = "nodate-2"
	if c, err := p.Ingest(ctx, []news.Article{late}); err != nil || c.New != 1 || c.Failed != 0 {
		t.Fatalf("after the deletion: %s, %v; want new 1", c, err)
	}
	if s := partition(t, db)["nodate-2"]; s == 0 || s == gone {
		t.Errorf("the later report is in story %d, want a new one (not the deleted %d)", s, gone)
	}
	// A new pipeline too.
	again := noDate
	again.ExternalID = "nodate-3"
	if c, err := newPipeline(db).Ingest(ctx, []news.Article{again}); err != nil || c.New != 1 {
		t.Fatalf("after the deletion, a new pipeline: %s, %v", c, err)
	}
	if got := partition(t, db); got["nodate-3"] != got["nodate-2"] {
		t.Errorf("two copies of one report in stories %d and %d, want one", got["nodate-2"], got["nodate-3"])
	}
	wantNoOrphans(t, db)
}

// wantNoOrphans fails the test if a story has no article.
func wantNoOrphans(t *testing.T, db *store.Services) {
	t.Helper()
	var orphans int
	err := db.Writer().QueryRowContext(context.Background(), `SELECT count(*) FROM stories s
		WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.story_id = s.id)`).Scan(&orphans)
	if err != nil || orphans != 0 {
		t.Fatalf("%d orphan stories (%v), want 0", orphans, err)
	}
}

// Another writer (a second process on the same file) merges a story this
// pipeline still holds in its cache: this pipeline's next report of it joins
// the survivor inside its transaction, is not refused ("no story N"), and the
// pipeline reloads its cache.
func TestStaleCacheFollowsAnotherWritersMerge(t *testing.T) {
	ctx := context.Background()
	db := openStore(t)
	p := newPipeline(db)
	x, y, z := bridge(t)
	ingestInBatches(t, p, []news.Article{x, y}, 2)
	before := partition(t, db)
	if before["bakery-1"] == before["bakery-2"] {
		t.Fatalf("the two halves joined one story before the bridge: the test needs them apart")
	}
	survivor := min(before["bakery-1"], before["bakery-2"])
	ingestInBatches(t, newPipeline(db), []news.Article{z}, 1) // the other writer
	copyOf := func(a news.Article, id string) news.Article {
		a.ExternalID, a.SourceName = id, "copy"
		return a
	}
	c, err := p.Ingest(ctx, []news.Article{copyOf(x, "bakery-1-copy"), copyOf(y, "bakery-2-copy")})
	if err != nil || c.New != 2 || c.Failed != 0 {
		t.Fatalf("the stale pipeline: %s, %v; want new 2", c, err)
	}
	if p.Stories.Loaded() {
		t.Error("the pipeline kept a cache the store contradicted; want a reload")
	}
	c, err = p.Ingest(ctx, []news.Article{copyOf(y, "bakery-2-copy-2")})
	if err != nil || c.New != 1 {
		t.Fatalf("after the reload: %s, %v", c, err)
	}
	for id, s := range partition(t, db) {
		if s != survivor {
			t.Errorf("%s in story %d, want the survivor %d", id, s, survivor)
		}
	}
	wantNoOrphans(t, db)
}

func mustArticles(t *testing.T, db *store.Services) []news.ArticleWithAnalysis {
	t.Helper()
	rows, err := db.Articles(context.Background(), news.DigestFilter{})
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// A merge made by this pipeline itself, with two reports of the survivor in
// the batch, leaves the cache as it is: the store resolves nothing the
// index did not already know, so there is no reload.
func TestOwnMergeKeepsTheCache(t *testing.T) {
	ctx := context.Background()
	db := openStore(t)
	p := newPipeline(db)
	x, y, z := bridge(t)
	ingestInBatches(t, p, []news.Article{x, y}, 2)
	z2 := z
	z2.ExternalID, z2.SourceName = "bakery-3-copy", "copy"
	if c, err := p.Ingest(ctx, []news.Article{z, z2}); err != nil || c.New != 2 {
		t.Fatalf("bridge: %s, %v", c, err)
	}
	got := partition(t, db)
	if s := got["bakery-1"]; s == 0 || got["bakery-2"] != s || got["bakery-3"] != s || got["bakery-3-copy"] != s {
		t.Fatalf("after the bridge: %v, want one story", got)
	}
	if !p.Stories.Loaded() {
		t.Error("the pipeline reloads after its own merge; want the cache kept")
	}
}
