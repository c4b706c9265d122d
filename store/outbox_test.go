package store

import (
	"context"
	"database/sql"
	"reflect"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

func testOutbox(sub int64, since, until time.Time, parts int) *news.Outbox {
	o := &news.Outbox{SubscriptionID: sub, ChannelID: "c1", Since: since, Until: until,
		StoryIDs: []int64{3, 1}, Created: until}
	for p := 1; p <= parts; p++ {
		o.Messages = append(o.Messages, news.OutboxMessage{Part: p, Content: "part", Marker: "m", Nonce: "n"})
	}
	o.Messages[0].Files = []news.Attachment{{Name: "events.png", ContentType: "image/png", Data: []byte{0x89, 'P', 0}}}
	return o
}

func TestOutboxLifecycle(t *testing.T) {
	db, c := openTest(t)
	ctx := context.Background()
	sub := &news.Subscription{GuildID: "g", ChannelID: "c1", Schedule: "hourly"}
	if err := db.CreateSubscription(ctx, sub); err != nil {
		t.Fatal(err)
	}
	until := c.t.Add(-time.Minute)
	o := testOutbox(sub.ID, sub.Created.Add(-time.Hour), until, 2)
	if err := db.CreateOutbox(ctx, o); err != nil {
		t.Fatal(err)
	}
	wantCode(t, db.CreateOutbox(ctx, testOutbox(sub.ID, until, until.Add(time.Hour), 1)), news.ECONFLICT)
	pending, err := db.PendingOutboxes(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(pending) != 1 || pending[0].ID != o.ID || len(pending[0].Messages) != 2 ||
		string(pending[0].Messages[0].Files[0].Data) != "\x89P\x00" || !pending[0].Until.Equal(until) ||
		len(pending[0].StoryIDs) != 2 || pending[0].Messages[1].Files != nil {
		t.Fatalf("pending = %+v", pending)
	}
	if done, err := db.MarkSent(ctx, o.ID, 1, "m1", c.t); err != nil || done {
		t.Fatalf("mark 1: done %v err %v, want not done", done, err)
	}
	wantCode(t, func() error { _, err := db.MarkSent(ctx, o.ID, 1, "m1", c.t); return err }(), news.ENOTFOUND)
	if got, _ := db.Subscription(ctx, sub.ID); !got.Cursor.IsZero() {
		t.Errorf("cursor moved before the last message: %v", got.Cursor)
	}
	if done, err := db.MarkSent(ctx, o.ID, 2, "m2", c.t); err != nil || !done {
		t.Fatalf("mark 2: done %v err %v, want done", done, err)
	}
	if got, _ := db.Subscription(ctx, sub.ID); !got.Cursor.Equal(until) {
		t.Errorf("cursor = %v, want %v", got.Cursor, until)
	}
	if p, _ := db.PendingOutboxes(ctx, sub.ID); len(p) != 0 {
		t.Errorf("pending after done = %d", len(p))
	}
	wantCode(t, db.CreateOutbox(ctx, testOutbox(sub.ID, until, until, 1)), news.ECONFLICT) // same window end
	next := testOutbox(sub.ID, until, until.Add(time.Hour), 1)
	if err := db.CreateOutbox(ctx, next); err != nil {
		t.Fatalf("next outbox: %v", err)
	}
}

func TestOutboxCursorNeverBack(t *testing.T) {
	db, c := openTest(t)
	ctx := context.Background()
	sub := &news.Subscription{GuildID: "g", ChannelID: "c1", Schedule: "hourly", Cursor: c.t}
	if err := db.CreateSubscription(ctx, sub); err != nil {
		t.Fatal(err)
	}
	o := testOutbox(sub.ID, c.t.Add(-2*time.Hour), c.t.Add(-time.Hour), 1)
	if err := db.CreateOutbox(ctx, o); err != nil {
		t.Fatal(err)
	}
	if _, err := db.MarkSent(ctx, o.ID, 1, "x", c.t); err != nil {
		t.Fatal(err)
	}
	if got, _ := db.Subscription(ctx, sub.ID); !got.Cursor.Equal(c.t) {
		t.Errorf("cursor = %v, want it kept at %v", got.Cursor, c.t)
	}
}

// TestCursorNeverBackOnUpdate: a subscription saved from a copy read before
// a delivery finished keeps the delivered cursor, and its other changes.
func TestCursorNeverBackOnUpdate(t *testing.T) {
	db, c := openTest(t)
	ctx := context.Background()
	sub := &news.Subscription{GuildID: "g", ChannelID: "c1", Schedule: "hourly"}
	if err := db.CreateSubscription(ctx, sub); err != nil {
		t.Fatal(err)
	}
	stale := *sub
	o := testOutbox(sub.ID, sub.Created, c.t.Add(time.Hour), 1)
	if err := db.CreateOutbox(ctx, o); err != nil {
		t.Fatal(err)
	}
	if _, err := db.MarkSent(ctx, o.ID, 1, "x", c.t); err != nil {
		t.Fatal(err)
	}
	stale.Schedule = "daily 07:00"
	if err := db.UpdateSubscription(ctx, &stale); err != nil {
		t.Fatal(err)
	}
	got, _ := db.Subscription(ctx, sub.ID)
	if !got.Cursor.Equal(o.Until) || got.Schedule != "daily 07:00" {
		t.Errorf("cursor %v schedule %q, want %v and the new schedule", got.Cursor, got.Schedule, o.Until)
	}
	got.Cursor = o.Until.Add(time.Hour)
	if err := db.UpdateSubscription(ctx, got); err != nil {
		t.Fatal(err)
	}
	if again, _ := db.Subscription(ctx, sub.ID); !again.Cursor.Equal(o.Until.Add(time.Hour)) {
		t.Errorf("cursor forward = %v, want %v", again.Cursor, o.Until.Add(time.Hour))
	}
}

// TestOutboxEmbeds: typed embeds come back as they went in; a message
// without embeds comes back without; a row an older version wrote, with
// Discord's JSON in it, comes back byte for byte as legacy embeds (the bot
// sends it as it is); legacy embeds that are not JSON are refused.
func TestOutboxEmbeds(t *testing.T) {
	db, c := openTest(t)
	ctx := context.Background()
	sub := &news.Subscription{GuildID: "g", ChannelID: "c1", Schedule: "hourly"}
	if err := db.CreateSubscription(ctx, sub); err != nil {
		t.Fatal(err)
	}
	bad := testOutbox(sub.ID, sub.Created, c.t, 1)
	bad.Messages[0].LegacyEmbeds = []byte(`[{"title":`)
	wantCode(t, db.CreateOutbox(ctx, bad), news.EINVALID)
	typed := []news.Embed{{Title: "Talks resume", Colour: 0x3498db, Image: "chart.png",
		Fields: []news.EmbedField{{Name: "Killed", Value: "SOHR: 12", Inline: true}}}}
	o := testOutbox(sub.ID, sub.Created, c.t, 2)
	o.Messages[0].Embeds = typed
	if err := db.CreateOutbox(ctx, o); err != nil {
		t.Fatal(err)
	}
	pending, err := db.PendingOutboxes(ctx, sub.ID)
	if err != nil || len(pending) != 1 || len(pending[0].Messages) != 2 {
		t.Fatalf("pending = %+v, %v", pending, err)
	}
	if got := pending[0].Messages[0]; !reflect.DeepEqual(got.Embeds, typed) || got.LegacyEmbeds != nil {
		t.Errorf("embeds = %+v (legacy %s), want %+v", got.Embeds, got.LegacyEmbeds, typed)
	}
	if got := pending[0].Messages[1]; got.Embeds != nil || got.LegacyEmbeds != nil {
		t.Errorf("embeds of a plain message = %+v %q, want none", got.Embeds, got.LegacyEmbeds)
	}
}

// TestOutboxOldRow: a digest an older version left unsent, its embeds
// stored as Discord JSON, is still read after an upgrade, with the JSON as
// it was written.
func TestOutboxOldRow(t *testing.T) {
	db, c := openTest(t)
	ctx := context.Background()
	sub := &news.Subscription{GuildID: "g", ChannelID: "c1", Schedule: "hourly"}
	if err := db.CreateSubscription(ctx, sub); err != nil {
		t.Fatal(err)
	}
	const old = `[{"title":"Talks resume","color":3447003,"fields":[{"name":"killed","value":"12","inline":true}]}]`
	err := db.WriteTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `INSERT INTO outbox_digests (subscription_id, channel_id, since, until,
			story_ids, created) VALUES (?, 'c1', 0, ?, '[7]', ?)`, sub.ID, c.t.Unix(), c.t.Unix())
		if err != nil {
			return err
		}
		id, _ := res.LastInsertId()
		_, err = tx.ExecContext(ctx, `INSERT INTO outbox_messages (digest_id, part, content, marker, nonce,
			files, sent, message_id, embeds) VALUES (?, 1, 'digest', 'm', 'n', '[]', 0, '', ?)`, id, old)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	pending, err := db.PendingOutboxes(ctx, sub.ID)
	if err != nil || len(pending) != 1 || len(pending[0].Messages) != 1 {
		t.Fatalf("pending = %+v, %v", pending, err)
	}
	if m := pending[0].Messages[0]; string(m.LegacyEmbeds) != old || m.Embeds != nil {
		t.Errorf("old row: legacy %s, typed %+v; want the JSON as stored", m.LegacyEmbeds, m.Embeds)
	}
	if done, err := db.MarkSent(ctx, pending[0].ID, 1, "m1", c.t); err != nil || !done {
		t.Errorf("MarkSent of the old digest = %v, %v", done, err)
	}
}
