package store_test

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/feed"
	"github.com/conflict-digest/conflict-digest/ingest"
	"github.com/conflict-digest/conflict-digest/internal/sample"
	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/store"
	"github.com/conflict-digest/conflict-digest/story"
)

func openFile(t *testing.T, path string) *store.Services {
	t.Helper()
	db, err := store.OpenServices(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func sampleArticles(t testing.TB) []news.Article {
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

// renamed returns copies of the sample with ids of round r, so that each
// round stores 30 new articles.
func renamed(arts []news.Article, r int) []news.Article {
	out := make([]news.Article, len(arts))
	for i, a := range arts {
		a.ExternalID = fmt.Sprintf("%s-r%d", a.ExternalID, r)
		a.URL, a.CanonicalURL, a.ContentHash = "", "", ""
		a.Text += fmt.Sprintf(" (Round %d.)", r)
		out[i] = a
	}
	return out
}

func count(t *testing.T, conn *sql.DB, q string, args ...any) int {
	t.Helper()
	var n int
	if err := conn.QueryRow(q, args...).Scan(&n); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return n
}

// TestBackupWhileIngesting backs the database up three times while a real
// ingest keeps writing to it: each copy passes integrity_check and FTS5's
// integrity check (Backup verifies), opens as a store, and its full-text
// index agrees with its articles.
func TestBackupWhileIngesting(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db := openFile(t, filepath.Join(dir, "live.db"))
	pipe := &ingest.Pipeline{Articles: db, Stories: ingest.NewStories(story.Config{}, db)}
	base := sampleArticles(t)
	var stored atomic.Int64
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for r := 0; ; r++ {
			select {
			case <-stop:
				return
			default:
			}
			c, err := pipe.Ingest(ctx, renamed(base, r))
			if err != nil {
				t.Errorf("ingest round %d: %v", r, err)
				return
			}
			stored.Add(int64(c.New))
		}
	}()
	for i := range 3 {
		for stored.Load() < int64(60*(i+1)) {
			time.Sleep(5 * time.Millisecond)
		}
		out := filepath.Join(dir, fmt.Sprintf("copy-%d.db", i))
		info, err := db.Backup(ctx, out)
		if err != nil {
			t.Fatalf("backup %d: %v", i, err)
		}
		if info.SchemaVersion == 0 || info.Bytes == 0 {
			t.Errorf("backup %d: %+v", i, info)
		}
		if _, err := store.Verify(ctx, out); err != nil {
			t.Errorf("backup %d does not verify: %v", i, err)
		}
		copyDB := openFile(t, out)
		n := count(t, copyDB.Reader(), `SELECT count(*) FROM articles`)
		indexed := count(t, copyDB.Reader(), `SELECT count(*) FROM articles_fts WHERE articles_fts MATCH '"the"'`)
		direct := count(t, copyDB.Reader(), `SELECT count(*) FROM articles WHERE (' ' || lower(title) || ' ' || lower(text) || ' ') GLOB '*[^a-z]the[^a-z]*'`)
		if n < 60*(i+1) || indexed != direct {
			t.Errorf("backup %d: %d articles; the index finds %d holding 'the', a scan %d", i, n, indexed, direct)
		}
	}
	close(stop)
	wg.Wait()
	if _, err := db.Backup(ctx, filepath.Join(dir, "copy-0.db")); news.ErrorCode(err) != news.ECONFLICT {
		t.Errorf("a backup over an existing file: %v, want ECONFLICT", err)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".*partial")); len(left) > 0 {
		t.Errorf("temporary copies left behind: %v", left)
	}
}

// TestVerifyFindsABrokenIndex: an article deleted behind the full-text
// index's back passes SQLite's own check but not FTS5's.
func TestVerifyFindsABrokenIndex(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "broken.db")
	db := openFile(t, path)
	pipe := &ingest.Pipeline{Articles: db}
	if _, err := pipe.Ingest(ctx, sampleArticles(t)); err != nil {
		t.Fatal(err)
	}
	if _, err := store.Verify(ctx, path); err != nil {
		t.Fatalf("a sound database fails Verify: %v", err)
	}
	for _, q := range []string{`DROP TRIGGER articles_fts_delete`, `DELETE FROM articles WHERE id = 3`} {
		if _, err := db.Writer().Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	_, err := store.Verify(ctx, path)
	if err == nil || !strings.Contains(err.Error(), "articles_fts") {
		t.Fatalf("Verify of an index out of step: %v, want a failure naming articles_fts", err)
	}
}

// TestOpenRefusesANewerDatabase: a database migrated by a newer binary is
// refused, not written to.
func TestOpenRefusesANewerDatabase(t *testing.T) {
	path := filepath.Join(t.TempDir(), "newer.db")
	db := openFile(t, path)
	if _, err := db.Writer().Exec(`INSERT INTO schema_migrations (version, name, applied) VALUES (9999, '9999_future.sql', 0)`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	_, err := store.Open(context.Background(), path)
	if news.ErrorCode(err) != news.ECONFLICT || !strings.Contains(err.Error(), "9999_future.sql") || !strings.Contains(err.Error(), "newer") {
		t.Fatalf("Open of a newer database: %v, want ECONFLICT naming 9999_future.sql", err)
	}
}

// TestOpenBacksUpBeforeMigrating: an older database is copied beside
// itself, verified, before the migrations run; a current one is not.
func TestOpenBacksUpBeforeMigrating(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "old.db")
	db := openFile(t, path)
	if err := db.CreateSource(ctx, &news.Source{URL: "https://a.example/feed", Kind: news.KindFeed}); err != nil {
		t.Fatal(err)
	}
	latest, _ := db.SchemaVersion(ctx)
	// Make it a database of the schema before 0060, as an older binary left it.
	// (and undo the migrations after it: 0080-0082, 0140, 0160, 0170, 0180, 0190, 0200).
	for _, q := range []string{`DROP INDEX stories_event_first`, `ALTER TABLE stories DROP COLUMN other_event`, `ALTER TABLE stories DROP COLUMN other_event_place`,
		`ALTER TABLE stories DROP COLUMN other_event_source`, `ALTER TABLE stories DROP COLUMN other_event_day`,
		`ALTER TABLE stories DROP COLUMN development`, `DROP TRIGGER stories_id_high`, `DROP TABLE story_id_high`, `DROP TABLE health_probe`, `DROP INDEX outbox_digests_finished`,
		`ALTER TABLE stories DROP COLUMN changes`, `ALTER TABLE stories DROP COLUMN event_first`,
		`ALTER TABLE stories DROP COLUMN event_last`, `ALTER TABLE subscriptions DROP COLUMN max_stories`,
		`ALTER TABLE subscriptions DROP COLUMN no_chart`, `DROP TABLE delivered_stories`,
		`ALTER TABLE outbox_digests DROP COLUMN delivered`, `DROP TABLE alert_fired`, `DROP TABLE alert_posts`,
		`DROP TABLE alert_rules`, `DROP TABLE thread_reported`, `DROP TABLE thread_posts`, `DROP TABLE story_threads`,
		`DROP TABLE thread_follows`, `DELETE FROM schema_migrations WHERE version >= 60`} {
		if _, err := db.Writer().Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	old, _ := db.SchemaVersion(ctx)
	db.Close()
	db = openFile(t, path)
	if v, _ := db.SchemaVersion(ctx); v != latest {
		t.Fatalf("migrated to %d, want %d", v, latest)
	}
	baks, _ := filepath.Glob(path + ".pre-0060-*.bak")
	if len(baks) != 1 {
		t.Fatalf("backups before migrating: %v, want one", baks)
	}
	v, err := store.Verify(ctx, baks[0])
	if err != nil || v != old {
		t.Fatalf("the backup: schema %d, %v; want %d and sound", v, err, old)
	}
	db.Close()
	db = openFile(t, path)
	if more, _ := filepath.Glob(path + ".pre-*.bak"); len(more) != 1 {
		t.Errorf("a current database was backed up again: %v", more)
	}
}

// TestRetentionPrunesArticlesKeepsStories deletes the sample's older half
// in small batches: the articles, their analyses, full-text and sentence
// rows go; every story stays with its summary and figures; the indexes
// stay sound.
func TestRetentionPrunesArticlesKeepsStories(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db := openFile(t, filepath.Join(dir, "r.db"))
	pipe := &ingest.Pipeline{Articles: db, Stories: ingest.NewStories(story.Config{}, db)}
	arts := sampleArticles(t)
	if _, err := pipe.Ingest(ctx, arts); err != nil {
		t.Fatal(err)
	}
	if _, err := db.IndexMissingSentences(ctx, func(title, text string) []string { return []string{title, text} }, 100); err != nil {
		t.Fatal(err)
	}
	r := db.Reader()
	storiesBefore := count(t, r, `SELECT count(*) FROM stories`)
	var summaries string
	r.QueryRow(`SELECT group_concat(summary || figures, '|') FROM stories ORDER BY id`).Scan(&summaries)
	cutoff := time.Date(2016, 9, 15, 0, 0, 0, 0, time.UTC)
	old := count(t, r, `SELECT count(*) FROM articles WHERE published < ?`, cutoff.Unix())
	if old == 0 || old == len(arts) {
		t.Fatalf("%d of %d sample articles before the cutoff: pick another", old, len(arts))
	}
	total, batches := 0, 0
	for {
		n, err := db.PruneArticles(ctx, cutoff, 4)
		if err != nil {
			t.Fatal(err)
		}
		total += n
		batches++
		if n < 4 {
			break
		}
	}
	if total != old || batches != old/4+1 {
		t.Errorf("pruned %d in %d batches, want %d in %d", total, batches, old, old/4+1)
	}
	if n := count(t, r, `SELECT count(*) FROM articles WHERE published < ?`, cutoff.Unix()); n != 0 {
		t.Errorf("%d old articles left", n)
	}
	left := len(arts) - old
	for q, want := range map[string]int{
		`SELECT count(*) FROM analyses`:          left,
		`SELECT count(*) FROM sentence_articles`: left,
		`SELECT count(*) FROM stories`:           storiesBefore,
	} {
		if got := count(t, r, q); got != want {
			t.Errorf("%s = %d, want %d", q, got, want)
		}
	}
	var after string
	r.QueryRow(`SELECT group_concat(summary || figures, '|') FROM stories ORDER BY id`).Scan(&after)
	if after != summaries {
		t.Error("stories' summaries or figures changed")
	}
	if _, err := db.Backup(ctx, filepath.Join(dir, "after.db")); err != nil {
		t.Errorf("the pruned database does not verify: %v", err)
	}
}

// TestRetentionPrunesDeliveredDigests: finished digests older than the
// cutoff go, but never a subscription's newest or an unfinished one.
func TestRetentionPrunesDeliveredDigests(t *testing.T) {
	ctx := context.Background()
	db := openFile(t, filepath.Join(t.TempDir(), "o.db"))
	sub := &news.Subscription{GuildID: "g", ChannelID: "c1", Schedule: "0 7 * * *"}
	if err := db.CreateSubscription(ctx, sub); err != nil {
		t.Fatal(err)
	}
	day := time.Date(2026, 1, 1, 7, 0, 0, 0, time.UTC)
	for i := range 4 {
		o := &news.Outbox{SubscriptionID: sub.ID, ChannelID: "c1", Since: day.AddDate(0, 0, i-1), Until: day.AddDate(0, 0, i),
			Created: day.AddDate(0, 0, i), Messages: []news.OutboxMessage{{Part: 1, Content: "x", Marker: "m", Nonce: fmt.Sprint(i)}}}
		if err := db.CreateOutbox(ctx, o); err != nil {
			t.Fatal(err)
		}
		if i < 3 {
			if _, err := db.MarkSent(ctx, o.ID, 1, "msg", day); err != nil {
				t.Fatal(err)
			}
		}
	}
	// All four are older than the cutoff: the first two go; the third is
	// the newest delivered and the fourth is unfinished, so they stay.
	n, err := db.PruneOutboxes(ctx, day.AddDate(0, 0, 10), 100)
	if err != nil || n != 2 {
		t.Fatalf("pruned %d, %v; want 2", n, err)
	}
	if got := count(t, db.Reader(), `SELECT count(*) FROM outbox_messages`); got != 2 {
		t.Errorf("%d messages left, want the 2 of the kept digests", got)
	}
	pending, err := db.PendingOutboxes(ctx, sub.ID)
	if err != nil || len(pending) != 1 {
		t.Errorf("pending after pruning: %v, %v; want the unfinished one", pending, err)
	}
}

// TestCheckWritable passes on a sound database and fails once the file is
// gone from under the process (its connections would go on writing to the
// deleted file) or read-only.
func TestCheckWritable(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "w.db")
	db := openFile(t, path)
	if err := db.CheckWritable(ctx); err != nil {
		t.Fatalf("CheckWritable: %v", err)
	}
	if os.Geteuid() != 0 { // root writes read-only files; the e2e test covers it
		os.Chmod(path, 0o444)
		if err := db.CheckWritable(ctx); err == nil {
			t.Error("a read-only file passed CheckWritable")
		}
		os.Chmod(path, 0o644)
	}
	if err := os.Rename(path, path+".moved"); err != nil {
		t.Fatal(err)
	}
	if err := db.CheckWritable(ctx); err == nil {
		t.Error("a database file moved away passed CheckWritable")
	}
	if _, err := os.Stat(path); err == nil {
		t.Error("CheckWritable created a new database file")
	}
}

// TestInspect reads a database without changing it.
func TestInspect(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "i.db")
	db := openFile(t, path)
	for _, s := range []*news.Subscription{
		{GuildID: "g", ChannelID: "c1", Schedule: "@daily"},
		{GuildID: "g", ChannelID: "c1", Schedule: "@hourly"},
		{GuildID: "g", ChannelID: "c2", Schedule: "@daily"},
		{UserID: "u", DM: true, Schedule: "@daily"},
	} {
		if err := db.CreateSubscription(ctx, s); err != nil {
			t.Fatal(err)
		}
	}
	in, err := store.Inspect(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	latest, _ := db.SchemaVersion(ctx)
	if in.Version != latest || in.Latest != latest || len(in.Pending)+len(in.Unknown) != 0 || !in.Writable {
		t.Errorf("schema: %+v, want %d, nothing pending, writable", in, latest)
	}
	if len(in.Channels) != 2 || in.Channels[0].ChannelID != "c1" || len(in.Channels[0].Subscriptions) != 2 || in.DMs != 1 {
		t.Errorf("channels %+v, DMs %d; want c1 (2 subscriptions), c2, and one DM", in.Channels, in.DMs)
	}
	if _, err := store.Inspect(ctx, path+".none"); err == nil {
		t.Error("Inspect of a missing file succeeded")
	}
	if _, err := os.Stat(path + ".none"); err == nil {
		t.Error("Inspect created a file")
	}
}
