package store

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// clock is a settable test clock.
type clock struct{ t time.Time }

func (c *clock) now() time.Time { return c.t }

// openTest opens a fresh store in a temporary directory with a fixed clock.
func openTest(t *testing.T) (*Services, *clock) {
	t.Helper()
	c := &clock{t: time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)}
	db, err := OpenServices(context.Background(), filepath.Join(t.TempDir(), "test.db"), WithNow(c.now))
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() {
		if err := db.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return db, c
}

// wantCode fails the test unless err carries the domain code want.
func wantCode(t *testing.T, err error, want string) {
	t.Helper()
	if got := news.ErrorCode(err); got != want {
		t.Fatalf("error code = %q (%v), want %q", got, err, want)
	}
}

func TestOpenMigratesAndReopens(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "m.db")
	db, err := OpenServices(ctx, path)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	ms, err := migrations(migrationFS)
	if err != nil {
		t.Fatal(err)
	}
	want := ms[len(ms)-1].version
	if got, err := db.SchemaVersion(ctx); err != nil || got != want {
		t.Fatalf("SchemaVersion = %d, %v; want %d", got, err, want)
	}
	var mode string
	if err := db.Reader().QueryRowContext(ctx, `PRAGMA journal_mode`).Scan(&mode); err != nil || mode != "wal" {
		t.Fatalf("journal_mode = %q, %v; want wal", mode, err)
	}
	if _, err := db.Reader().ExecContext(ctx, `CREATE TABLE x (a)`); err == nil {
		t.Fatal("reader pool accepted a write; want query_only")
	}
	if err := db.CreateSource(ctx, &news.Source{URL: "https://a.example/feed", Kind: news.KindFeed}); err != nil {
		t.Fatal(err)
	}
	db.Close()

	db, err = OpenServices(ctx, path)
	if err != nil {
		t.Fatalf("re-Open: %v", err)
	}
	defer db.Close()
	var n int
	if err := db.Reader().QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations`).Scan(&n); err != nil || n != len(ms) {
		t.Fatalf("schema_migrations rows = %d, %v; want %d", n, err, len(ms))
	}
	srcs, err := db.Sources(ctx, "")
	if err != nil || len(srcs) != 1 {
		t.Fatalf("Sources after re-open = %v, %v; want the one source", srcs, err)
	}
}

func TestMigrateAppliesInOrderOnce(t *testing.T) {
	db, _ := openTest(t)
	ctx := context.Background()
	fsys := withMigrations(t, fstest.MapFS{
		"migrations/9010_b.sql": {Data: []byte(`INSERT INTO t VALUES ('b');`)},
		"migrations/9009_a.sql": {Data: []byte(`CREATE TABLE t (v TEXT); INSERT INTO t VALUES ('a');`)},
	})
	for range 2 {
		if err := db.migrateFS(ctx, fsys); err != nil {
			t.Fatalf("migrateFS: %v", err)
		}
	}
	var got string
	if err := db.Reader().QueryRowContext(ctx, `SELECT group_concat(v, ',') FROM t`).Scan(&got); err != nil {
		t.Fatal(err)
	}
	if got != "a,b" {
		t.Fatalf("rows = %q, want %q", got, "a,b")
	}
}

func TestMigrateFailureRollsBack(t *testing.T) {
	db, _ := openTest(t)
	ctx := context.Background()
	fsys := withMigrations(t, fstest.MapFS{"migrations/9020_bad.sql": {Data: []byte(`CREATE TABLE y (v); INSERT INTO nope VALUES (1);`)}})
	if err := db.migrateFS(ctx, fsys); err == nil {
		t.Fatal("migrateFS of a broken migration succeeded")
	}
	var n int
	db.Reader().QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master WHERE name = 'y'`).Scan(&n)
	if n != 0 {
		t.Fatal("table y exists after a failed migration; want it rolled back")
	}
	bad := withMigrations(t, fstest.MapFS{"migrations/x_bad.sql": {Data: []byte(`SELECT 1`)}})
	if err := db.migrateFS(ctx, bad); err == nil {
		t.Fatal("a migration without a version number was accepted")
	}
}

// withMigrations returns the embedded migrations with extra added: a
// database holds them all, and Open refuses one whose migrations the
// binary does not know.
func withMigrations(t *testing.T, extra fstest.MapFS) fstest.MapFS {
	t.Helper()
	ms, err := migrations(migrationFS)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range ms {
		extra["migrations/"+m.name] = &fstest.MapFile{Data: []byte(m.sql)}
	}
	return extra
}

func errorf(format string, args ...any) error { return fmt.Errorf(format, args...) }

func TestOpenOddPath(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "a b#c?d%20")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "news db.sqlite")
	db, err := OpenServices(context.Background(), path)
	if err != nil {
		t.Fatalf("Open(%q): %v", path, err)
	}
	db.Close()
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("database not at the given path: %v", err)
	}
	_, err = Open(context.Background(), "")
	wantCode(t, err, news.EINVALID)
}

func TestMigrationDropsOldInsertTrigger(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := OpenServices(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	// Make it look like a database from before 0006.
	_, err = db.Writer().ExecContext(ctx, `CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
		INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, new.title, new.text); END;
		DELETE FROM schema_migrations WHERE version = 6`)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	if db, err = OpenServices(ctx, path); err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.CreateArticle(ctx, newItem("t-1", "Convoy", "convoy", day(1))); err != nil {
		t.Fatal(err)
	}
	var n int
	err = db.Reader().QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master WHERE name = 'articles_fts_insert'`).Scan(&n)
	if err != nil || n != 0 {
		t.Fatalf("old insert triggers = %d, %v; want 0", n, err)
	}
	// Indexed twice, the index would no longer match its content.
	_, err = db.Writer().ExecContext(ctx, `INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)`)
	if err != nil {
		t.Fatalf("FTS integrity check: %v", err)
	}
}

// checkFTS fails the test unless the full-text index matches the articles.
func checkFTS(t *testing.T, db *Services) {
	t.Helper()
	_, err := db.Writer().ExecContext(context.Background(),
		`INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)`)
	if err != nil {
		t.Fatalf("FTS integrity check: %v", err)
	}
}
