package storetest

import (
	"context"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

func testSubscriptionLifecycle(t *testing.T, h Harness) {
	s, c := open(t, h)
	ctx := context.Background()
	ch := &news.Subscription{GuildID: "g1", ChannelID: "c1", Schedule: "0 8 * * *", TimeZone: "Europe/Paris",
		Topics: []news.Category{news.Talks}, Places: []string{"Aleppo"}, Keywords: []string{"aid convoy"},
		MaxStories: 5, NoChart: true, QuietNote: true}
	dm := &news.Subscription{GuildID: "g1", UserID: "u1", DM: true, Schedule: "@daily", TimeZone: "UTC"}
	must(t, s.CreateSubscription(ctx, ch))
	must(t, s.CreateSubscription(ctx, dm))
	wantCode(t, s.CreateSubscription(ctx, &news.Subscription{GuildID: "g1"}), news.EINVALID)
	wantCode(t, s.CreateSubscription(ctx, &news.Subscription{Schedule: "@daily"}), news.EINVALID)

	got, err := s.Subscription(ctx, ch.ID)
	must(t, err)
	if got.ChannelID != "c1" || got.TimeZone != "Europe/Paris" || len(got.Topics) != 1 || got.Topics[0] != news.Talks ||
		len(got.Places) != 1 || got.Places[0] != "Aleppo" || len(got.Keywords) != 1 || got.Keywords[0] != "aid convoy" ||
		got.MaxStories != 5 || !got.NoChart || !got.QuietNote || got.DM || !got.Created.Equal(base) {
		t.Fatalf("subscription %+v, want %+v", got, ch)
	}
	if d, err := s.Subscription(ctx, dm.ID); err != nil || d.Topics != nil || d.Places != nil || !d.DM {
		t.Fatalf("DM subscription %+v, %v: want a DM with nil lists", d, err)
	}
	yes, no := true, false
	for _, f := range []struct {
		f    news.SubscriptionFilter
		want []int64
	}{
		{news.SubscriptionFilter{}, []int64{ch.ID, dm.ID}},
		{news.SubscriptionFilter{GuildID: "g1", DM: &no}, []int64{ch.ID}},
		{news.SubscriptionFilter{UserID: "u1", DM: &yes}, []int64{dm.ID}},
		{news.SubscriptionFilter{ChannelID: "c2"}, nil},
	} {
		subs, err := s.Subscriptions(ctx, f.f)
		must(t, err)
		if len(subs) != len(f.want) {
			t.Fatalf("filter %+v: %d subscriptions, want %v", f.f, len(subs), f.want)
		}
		for i := range subs {
			if subs[i].ID != f.want[i] {
				t.Fatalf("filter %+v: got id %d at %d, want %v", f.f, subs[i].ID, i, f.want)
			}
		}
	}
	c.t = base.Add(time.Minute)
	ch.PausedReason, ch.Schedule = "missing access", "0 9 * * *"
	must(t, s.UpdateSubscription(ctx, ch))
	got, err = s.Subscription(ctx, ch.ID)
	must(t, err)
	if got.PausedReason != "missing access" || got.Schedule != "0 9 * * *" || !got.Updated.Equal(c.t) || !got.Created.Equal(base) {
		t.Fatalf("updated %+v", got)
	}
	must(t, s.DeleteSubscription(ctx, ch.ID))
	wantCode(t, s.DeleteSubscription(ctx, ch.ID), news.ENOTFOUND)
	_, err = s.Subscription(ctx, ch.ID)
	wantCode(t, err, news.ENOTFOUND)
	wantCode(t, s.UpdateSubscription(ctx, ch), news.ENOTFOUND)
}

func testSubscriptionLimit(t *testing.T, h Harness) {
	s, _ := open(t, h)
	ctx := context.Background()
	for i := range 2 {
		must(t, s.CreateSubscriptionWithin(ctx, &news.Subscription{GuildID: "g1", ChannelID: "c", Schedule: "@daily"}, 2))
		_ = i
	}
	wantCode(t, s.CreateSubscriptionWithin(ctx, &news.Subscription{GuildID: "g1", ChannelID: "c", Schedule: "@daily"}, 2), news.ELIMIT)
	// a DM subscription made in the guild counts against its user, not the guild
	must(t, s.CreateSubscriptionWithin(ctx, &news.Subscription{GuildID: "g1", UserID: "u", DM: true, Schedule: "@daily"}, 2))
	must(t, s.CreateSubscriptionWithin(ctx, &news.Subscription{UserID: "u", DM: true, Schedule: "@daily"}, 2))
	wantCode(t, s.CreateSubscriptionWithin(ctx, &news.Subscription{UserID: "u", DM: true, Schedule: "@daily"}, 2), news.ELIMIT)
}

func testCursorNeverBack(t *testing.T, h Harness) {
	s, _ := open(t, h)
	ctx := context.Background()
	sub := &news.Subscription{GuildID: "g", ChannelID: "c", Schedule: "@daily"}
	must(t, s.CreateSubscription(ctx, sub))
	stale := *sub
	must(t, s.AdvanceCursor(ctx, sub.ID, base.Add(2*time.Hour)))
	must(t, s.AdvanceCursor(ctx, sub.ID, base.Add(time.Hour))) // never back
	stale.Schedule = "@hourly"
	must(t, s.UpdateSubscription(ctx, &stale)) // a copy read before the cursor moved
	got, err := s.Subscription(ctx, sub.ID)
	must(t, err)
	if !got.Cursor.Equal(base.Add(2*time.Hour)) || got.Schedule != "@hourly" {
		t.Fatalf("cursor %v schedule %q: want %v and @hourly", got.Cursor, got.Schedule, base.Add(2*time.Hour))
	}
	wantCode(t, s.AdvanceCursor(ctx, sub.ID+1000, base), news.ENOTFOUND)
}
