package postgres_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/digest"
	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/store/postgres"
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

// lockOnSend is a sender that, as Discord accepts the digest's message,
// has the admin session lock the subscription's row, so that the
// transaction recording the send waits inside itself for it.
type lockOnSend struct {
	*countingSender
	lock func()
}

func (s *lockOnSend) Send(ctx context.Context, ch string, m digest.Message, nonce string) (string, error) {
	id, err := s.countingSender.Send(ctx, ch, m, nonce)
	if s.lock != nil {
		s.lock()
		s.lock = nil
	}
	return id, err
}

// TestLostConnectionMidDelivery: the server ends the store's session in
// the transaction that records a message Discord accepted (and finishes
// the digest). The delivery fails with an error and records nothing: the
// digest stays unfinished and the cursor where it was. The next delivery
// (the scheduler's retry, or another instance's) finds the message in the
// channel by its marker and finishes the digest without posting it again.
func TestLostConnectionMidDelivery(t *testing.T) {
	base := time.Date(2026, 3, 2, 10, 20, 0, 0, time.UTC)
	clock := base.Add(-2 * time.Hour)
	db, url, schema := openIn(t, postgres.WithNow(func() time.Time { return clock }))
	ctx := context.Background()
	sub := &news.Subscription{GuildID: "1", ChannelID: "1000", Schedule: "0 * * * *", TimeZone: "UTC", QuietNote: true,
		Created: base.Add(-2 * time.Hour), Updated: base}
	must(t, db.CreateSubscription(ctx, sub))
	clock = base
	admin, err := pgx.Connect(ctx, url)
	must(t, err)
	defer admin.Close(ctx)
	locked := make(chan pgx.Tx, 1)
	sender := &lockOnSend{countingSender: &countingSender{sends: map[string]int{}, posts: map[string][]string{}, nonces: map[string]string{}}}
	sender.lock = func() {
		tx, err := admin.Begin(ctx)
		if err == nil {
			_, err = tx.Exec(ctx, `SELECT 1 FROM `+schema+`.subscriptions WHERE id = $1 FOR UPDATE`, sub.ID)
		}
		if err != nil {
			t.Errorf("lock the subscription: %v", err)
		}
		locked <- tx
	}
	d := &digest.Deliverer{Stories: digest.NewViews(db), Subs: db, Outbox: db, Sender: sender, NoChart: true,
		Now: func() time.Time { return base }}
	done := make(chan error, 1)
	go func() {
		_, err := d.Deliver(ctx, sub.ID)
		done <- err
	}()
	// The session the admin's row lock blocks is the delivery's, in its
	// transaction: end it.
	var tx pgx.Tx
	select {
	case tx = <-locked:
	case err := <-done:
		t.Fatalf("the delivery ended before its send was recorded: %v", err)
	}
	var pid int32
	for start := time.Now(); pid == 0 && time.Since(start) < 30*time.Second; time.Sleep(20 * time.Millisecond) {
		tx.QueryRow(ctx, `SELECT pid FROM pg_stat_activity WHERE pg_backend_pid() = ANY(pg_blocking_pids(pid)) LIMIT 1`).Scan(&pid)
	}
	if pid == 0 {
		t.Fatal("the delivery never waited for the subscription's row")
	}
	if _, err := tx.Exec(ctx, `SELECT pg_terminate_backend($1)`, pid); err != nil {
		t.Fatal(err)
	}
	tx.Rollback(ctx)
	select {
	case err := <-done:
		if err == nil {
			t.Fatal("the delivery succeeded on a lost connection")
		}
		t.Logf("delivery on the lost connection: %v", err)
	case <-time.After(10 * time.Second):
		t.Fatal("the delivery hangs on a lost connection")
	}
	pending, err := db.PendingOutboxes(ctx, sub.ID)
	must(t, err)
	got, err := db.Subscription(ctx, sub.ID)
	must(t, err)
	if len(pending) != 1 || !got.Cursor.Equal(sub.Cursor) {
		t.Fatalf("after the lost transaction: %d digests unfinished (want 1), cursor %v (want %v, unmoved)", len(pending), got.Cursor, sub.Cursor)
	}
	out, err := d.Deliver(ctx, sub.ID)
	if err != nil {
		t.Fatalf("the delivery again: %v", err)
	}
	if n := len(sender.posts["1000"]); n != 1 {
		t.Errorf("%d messages in the channel after the retry (%v), want 1", n, out)
	}
	pending, err = db.PendingOutboxes(ctx, sub.ID)
	must(t, err)
	if len(pending) != 0 {
		t.Errorf("%d digests unfinished after the retry, want 0", len(pending))
	}
	t.Logf("retry: %v; %d posts requested, %d in the channel", out, sender.sends["1000"], len(sender.posts["1000"]))
}
