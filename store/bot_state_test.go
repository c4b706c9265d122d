package store

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

func TestBotState(t *testing.T) {
	db, c := openTest(t)
	ctx := context.Background()
	save := func(k, v string, exp time.Time) {
		t.Helper()
		if err := db.SaveState(ctx, k, []byte(v), exp); err != nil {
			t.Fatal(err)
		}
	}
	save("gateway/session", `{"seq":1}`, time.Time{})
	save("gateway/session", `{"seq":2}`, time.Time{}) // replaced
	save("ratelimit/a", "1", c.t.Add(time.Minute))
	save("ratelimit/b", "2", c.t.Add(time.Second))
	save("ratelimit%", "like-wildcards are not prefixes", time.Time{})
	c.t = c.t.Add(2 * time.Second) // b has expired
	got, err := db.LoadState(ctx, "ratelimit/")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || string(got["ratelimit/a"]) != "1" {
		t.Errorf("ratelimit/ = %q, want only a", got)
	}
	if got, _ := db.LoadState(ctx, "gateway/session"); string(got["gateway/session"]) != `{"seq":2}` {
		t.Errorf("gateway/session = %q", got)
	}
	var n int
	db.Reader().QueryRowContext(ctx, `SELECT count(*) FROM bot_state WHERE key = 'ratelimit/b'`).Scan(&n)
	if n != 0 {
		t.Error("an expired value was kept")
	}
}

// A parked message counts as handled: the last pending message, sent or
// parked, finishes the digest and moves the cursor.
func TestParkMessageFinishesDigest(t *testing.T) {
	db, c := openTest(t)
	ctx := context.Background()
	sub := &news.Subscription{GuildID: "g", ChannelID: "c1", Schedule: "hourly"}
	if err := db.CreateSubscription(ctx, sub); err != nil {
		t.Fatal(err)
	}
	until := c.t.Add(-time.Minute)
	o := testOutbox(sub.ID, until.Add(-time.Hour), until, 3)
	if err := db.CreateOutbox(ctx, o); err != nil {
		t.Fatal(err)
	}
	wantCode(t, func() error { _, err := db.ParkMessage(ctx, o.ID, 2, ""); return err }(), news.EINVALID)
	if done, err := db.ParkMessage(ctx, o.ID, 2, "Discord refused the message: Invalid Form Body (code 50035)."); err != nil || done {
		t.Fatalf("park 2: %v %v, want not done", done, err)
	}
	wantCode(t, func() error { _, err := db.MarkSent(ctx, o.ID, 2, "x", c.t); return err }(), news.ENOTFOUND)
	if _, err := db.MarkSent(ctx, o.ID, 1, "m1", c.t); err != nil {
		t.Fatal(err)
	}
	p, _ := db.PendingOutboxes(ctx, sub.ID)
	if len(p) != 1 || p[0].Messages[1].Parked == "" || p[0].Messages[1].Pending() || !p[0].Messages[2].Pending() {
		t.Fatalf("pending = %+v", p)
	}
	if done, err := db.MarkSent(ctx, o.ID, 3, "m3", c.t); err != nil || !done {
		t.Fatalf("mark 3: %v %v, want done", done, err)
	}
	if got, _ := db.Subscription(ctx, sub.ID); !got.Cursor.Equal(until) {
		t.Errorf("cursor = %v, want %v", got.Cursor, until)
	}
	// A quiet window moves the cursor too, never back.
	if err := db.AdvanceCursor(ctx, sub.ID, until.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if err := db.AdvanceCursor(ctx, sub.ID, until); err != nil {
		t.Fatal(err)
	}
	if got, _ := db.Subscription(ctx, sub.ID); !got.Cursor.Equal(until.Add(time.Hour)) {
		t.Errorf("cursor = %v, want %v", got.Cursor, until.Add(time.Hour))
	}
	wantCode(t, db.AdvanceCursor(ctx, 999, until), news.ENOTFOUND)
}

// BenchmarkSaveState is the cost the sender pays per Discord answer to keep
// its buckets across restarts: one upsert on the writer.
func BenchmarkSaveState(b *testing.B) {
	ctx := context.Background()
	db, err := OpenServices(ctx, filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	exp := time.Now().Add(time.Hour)
	i := 0
	for b.Loop() {
		i++
		if err := db.SaveState(ctx, fmt.Sprintf("ratelimit/POST channels/messages|%d", i%1000), []byte(`{"remaining":3,"reset_at":1,"at":1}`), exp); err != nil {
			b.Fatal(err)
		}
	}
}
