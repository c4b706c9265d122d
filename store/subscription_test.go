package store

import (
	"context"
	"reflect"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

func TestSubscriptionLifecycle(t *testing.T) {
	db, c := openTest(t)
	ctx := context.Background()
	s := &news.Subscription{GuildID: "g1", ChannelID: "c1", UserID: "u1",
		Topics: []news.Category{news.Ceasefire, news.Talks}, Places: []string{"Aleppo"},
		Keywords: []string{"convoy"}, Schedule: "0 8 * * *", TimeZone: "Europe/Berlin", QuietNote: true}
	if err := db.CreateSubscription(ctx, s); err != nil {
		t.Fatalf("CreateSubscription: %v", err)
	}
	dm := &news.Subscription{UserID: "u1", DM: true, Schedule: "@daily", TimeZone: "UTC"}
	if err := db.CreateSubscription(ctx, dm); err != nil {
		t.Fatal(err)
	}
	got, err := db.Subscription(ctx, s.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, s) {
		t.Errorf("Subscription = %+v\nwant %+v", got, s)
	}
	c.t = c.t.Add(time.Hour)
	s.Cursor, s.PausedReason = c.t.Add(-time.Minute), "missing permission"
	if err := db.UpdateSubscription(ctx, s); err != nil {
		t.Fatal(err)
	}
	got, _ = db.Subscription(ctx, s.ID)
	if !got.Cursor.Equal(s.Cursor) || !got.Paused() || !got.Updated.Equal(c.t) || got.Created.Equal(c.t) {
		t.Errorf("after update: %+v", got)
	}
	yes, no := true, false
	tests := []struct {
		name string
		f    news.SubscriptionFilter
		want []int64
	}{
		{"all", news.SubscriptionFilter{}, []int64{s.ID, dm.ID}},
		{"guild", news.SubscriptionFilter{GuildID: "g1"}, []int64{s.ID}},
		{"channel", news.SubscriptionFilter{ChannelID: "c2"}, nil},
		{"user dm", news.SubscriptionFilter{UserID: "u1", DM: &yes}, []int64{dm.ID}},
		{"not dm", news.SubscriptionFilter{DM: &no}, []int64{s.ID}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			list, err := db.Subscriptions(ctx, tt.f)
			if err != nil {
				t.Fatal(err)
			}
			var ids []int64
			for _, x := range list {
				ids = append(ids, x.ID)
			}
			if !reflect.DeepEqual(ids, tt.want) {
				t.Errorf("ids = %v, want %v", ids, tt.want)
			}
		})
	}
	if err := db.DeleteSubscription(ctx, s.ID); err != nil {
		t.Fatal(err)
	}
	wantCode(t, db.DeleteSubscription(ctx, s.ID), news.ENOTFOUND)
	wantCode(t, db.UpdateSubscription(ctx, s), news.ENOTFOUND)
	_, err = db.Subscription(ctx, s.ID)
	wantCode(t, err, news.ENOTFOUND)
	wantCode(t, db.CreateSubscription(ctx, &news.Subscription{GuildID: "g"}), news.EINVALID)
	wantCode(t, db.CreateSubscription(ctx, &news.Subscription{Schedule: "@daily"}), news.EINVALID)
}
