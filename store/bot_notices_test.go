package store

import (
	"context"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

func TestPauseNotices(t *testing.T) {
	db, _ := openTest(t)
	ctx := context.Background()
	sub := &news.Subscription{DM: true, UserID: "7", Schedule: "0 * * * *", TimeZone: "UTC", PausedReason: "no DMs"}
	if err := db.CreateSubscription(ctx, sub); err != nil {
		t.Fatal(err)
	}
	told := func(reason string) bool {
		t.Helper()
		ok, err := db.PauseTold(ctx, sub.ID, reason)
		if err != nil {
			t.Fatalf("PauseTold: %v", err)
		}
		return ok
	}
	if told("no DMs") {
		t.Fatal("told before any mark")
	}
	if err := db.MarkPauseTold(ctx, sub.ID, "no DMs"); err != nil {
		t.Fatalf("MarkPauseTold: %v", err)
	}
	if !told("no DMs") || told("channel gone") {
		t.Fatalf("after marking: told(no DMs)=%v told(channel gone)=%v, want true, false", told("no DMs"), told("channel gone"))
	}
	if err := db.MarkPauseTold(ctx, sub.ID, "channel gone"); err != nil {
		t.Fatalf("MarkPauseTold again: %v", err)
	}
	if told("no DMs") || !told("channel gone") {
		t.Fatal("a second mark did not replace the first")
	}
	if err := db.ForgetPauseTold(ctx, sub.ID); err != nil {
		t.Fatalf("ForgetPauseTold: %v", err)
	}
	if told("channel gone") {
		t.Fatal("still told after forgetting")
	}
	if err := db.MarkPauseTold(ctx, sub.ID+100, "x"); err == nil {
		t.Fatal("marked a subscription that does not exist")
	}
	db.MarkPauseTold(ctx, sub.ID, "no DMs")
	if err := db.DeleteSubscription(ctx, sub.ID); err != nil {
		t.Fatal(err)
	}
	var n int
	db.Reader().QueryRowContext(ctx, `SELECT count(*) FROM subscription_notices`).Scan(&n)
	if n != 0 {
		t.Fatalf("%d notices left after deleting the subscription, want 0", n)
	}
}
