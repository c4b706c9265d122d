package store

import (
	"context"
	"database/sql"
	"reflect"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestDeliveredStories: what a digest told of its stories is remembered
// for its subscription when its last message is sent — not before, not
// for another subscription — and a story merged into another since is
// found under the id it has now.
func TestDeliveredStories(t *testing.T) {
	db, c := openTest(t)
	ctx := context.Background()
	sub := &news.Subscription{GuildID: "g", ChannelID: "c1", Schedule: "hourly"}
	other := &news.Subscription{GuildID: "g", ChannelID: "c2", Schedule: "hourly"}
	for _, s := range []*news.Subscription{sub, other} {
		if err := db.CreateSubscription(ctx, s); err != nil {
			t.Fatal(err)
		}
	}
	told := news.DeliveredStory{StoryID: 7, Sources: 3, Ceasefire: news.CeasefireInEffect,
		Changes: []news.Change{news.ChangeCeasefireInEffect},
		Figures: []news.DeliveredFigure{{Kind: "killed", By: "SOHR", Text: "58", Value: 58, Who: "civilians",
			Reported: time.Date(2017, 4, 12, 9, 0, 0, 0, time.UTC)}}}
	o := testOutbox(sub.ID, sub.Created, c.t, 2)
	o.Delivered = []news.DeliveredStory{told, {StoryID: 9, Sources: 1}}
	if err := db.CreateOutbox(ctx, o); err != nil {
		t.Fatal(err)
	}
	if got, err := db.DeliveredStories(ctx, sub.ID, []int64{7, 9}); err != nil || len(got) != 0 {
		t.Fatalf("before the digest is sent: %v, %v; want nothing remembered", got, err)
	}
	for part := 1; part <= 2; part++ {
		if _, err := db.MarkSent(ctx, o.ID, part, "m", c.t); err != nil {
			t.Fatal(err)
		}
	}
	got, err := db.DeliveredStories(ctx, sub.ID, []int64{7, 9, 11})
	if err != nil {
		t.Fatal(err)
	}
	want := told
	want.At = c.t.Truncate(time.Second)
	if len(got) != 2 || !reflect.DeepEqual(got[7], want) {
		t.Errorf("delivered = %+v, want story 7 as told %+v and story 9", got, want)
	}
	if got, _ := db.DeliveredStories(ctx, other.ID, []int64{7}); len(got) != 0 {
		t.Errorf("another subscription sees %v", got)
	}
	// Story 7 is merged into story 12: the memory follows it.
	err = db.WriteTx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO story_redirects (from_id, to_id) VALUES (7, 12)`)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := db.DeliveredStories(ctx, sub.ID, []int64{12}); got[12].Sources != 3 || got[12].StoryID != 12 {
		t.Errorf("after the merge: %+v, want story 12 as story 7 was told", got)
	}
}

// TestSubscriptionDigestOptions: a subscription's story limit and chart
// switch are kept.
func TestSubscriptionDigestOptions(t *testing.T) {
	db, _ := openTest(t)
	ctx := context.Background()
	sub := &news.Subscription{GuildID: "g", ChannelID: "c1", Schedule: "hourly", MaxStories: 5, NoChart: true}
	if err := db.CreateSubscription(ctx, sub); err != nil {
		t.Fatal(err)
	}
	got, err := db.Subscription(ctx, sub.ID)
	if err != nil || got.MaxStories != 5 || !got.NoChart {
		t.Fatalf("stored %+v, %v; want limit 5 and no chart", got, err)
	}
	got.MaxStories, got.NoChart = 0, false
	if err := db.UpdateSubscription(ctx, got); err != nil {
		t.Fatal(err)
	}
	if again, _ := db.Subscription(ctx, sub.ID); again.MaxStories != 0 || again.NoChart || again.StoryLimit() != news.DefaultMaxStories {
		t.Errorf("updated %+v, want the defaults", again)
	}
}

// TestStoryChangesKept: a story's changes of state are stored with it.
func TestStoryChangesKept(t *testing.T) {
	db, c := openTest(t)
	ctx := context.Background()
	at := c.t.Add(-time.Hour).Truncate(time.Second)
	s := &news.Story{Headline: "Truce collapses", Categories: []news.Category{news.Ceasefire},
		CeasefireStatus: news.CeasefireCollapsed, FirstSeen: at, LastSeen: at,
		Changes: []news.StoryChange{{Change: news.ChangeCeasefireCollapsed, From: news.CeasefireInEffect, At: at, Source: "reuters"}}}
	if err := db.CreateStory(ctx, s); err != nil {
		t.Fatal(err)
	}
	got, err := db.Story(ctx, s.ID)
	if err != nil || !reflect.DeepEqual(got.Changes, s.Changes) {
		t.Fatalf("stored changes %+v, %v; want %+v", got.Changes, err, s.Changes)
	}
}
