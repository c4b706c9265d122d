package postgres_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
	"github.com/jackc/pgx/v5"
)

// TestLostConnectionMidTransaction: the server ends the store's session
// while a batch of articles is being stored. The batch fails as a whole
// and stores nothing; the pool then reconnects and the same batch is
// stored in full.
func TestLostConnectionMidTransaction(t *testing.T) {
	db, url, schema := openIn(t)
	ctx := context.Background()
	admin, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close(ctx)
	src := &news.Source{URL: "https://feed.example/x", Kind: news.KindFeed}
	must(t, db.CreateSource(ctx, src))
	batch := func() []*news.NewArticle {
		var items []*news.NewArticle
		for i := range 200 {
			items = append(items, &news.NewArticle{
				Article:  &news.Article{ExternalID: fmt.Sprint("lost-", i), SourceID: src.ID, Title: "T", Text: "Some text."},
				Analysis: &news.Analysis{Categories: []news.Category{news.Violence}},
				Story:    &news.Story{Headline: "T"}})
		}
		return items
	}
	// Hold the ingest lock exclusively, so that the batch waits inside
	// its transaction, then end its session.
	tx, err := admin.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock(hashtextextended($1 || '/ingest', 0))`, schema); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() {
		_, err := db.CreateArticles(ctx, batch())
		done <- err
	}()
	var pid int32
	// The session waiting for this schema's ingest lock, found by the
	// lock's key (a bigint key is classid:objid with objsubid 1), so that
	// other tests' sessions on the shared server are never taken for it.
	for start := time.Now(); pid == 0 && time.Since(start) < 30*time.Second; time.Sleep(20 * time.Millisecond) {
		admin.QueryRow(ctx, `SELECT l.pid FROM pg_locks l, (SELECT hashtextextended($1 || '/ingest', 0) AS k) h
			WHERE l.locktype = 'advisory' AND NOT l.granted AND l.objsubid = 1
			AND l.classid = ((h.k >> 32) & 4294967295)::oid AND l.objid = (h.k & 4294967295)::oid LIMIT 1`, schema).Scan(&pid)
	}
	if pid == 0 {
		t.Fatal("the batch never waited for the lock")
	}
	if _, err := admin.Exec(ctx, `SELECT pg_terminate_backend($1)`, pid); err != nil {
		t.Fatal(err)
	}
	tx.Rollback(ctx)
	select {
	case err := <-done:
		if err == nil {
			t.Fatal("the batch succeeded on a lost connection")
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the batch hangs on a lost connection")
	}
	var n int
	must(t, db.CheckWritable(ctx))
	if err := admin.QueryRow(ctx, `SELECT count(*) FROM `+schema+`.articles`).Scan(&n); err != nil || n != 0 {
		t.Fatalf("%d articles stored by the failed batch (%v), want 0", n, err)
	}
	errs, err := db.CreateArticles(ctx, batch())
	if err != nil {
		t.Fatalf("the batch again: %v", err)
	}
	for i, e := range errs {
		if e != nil {
			t.Fatalf("item %d: %v", i, e)
		}
	}
}
