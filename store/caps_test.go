package store

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestCapsHoldUnderConcurrency: twenty commands at once against a cap of
// five store five (issue 11: the cap was counted outside the insert's
// transaction, so concurrent commands all passed it).
func TestCapsHoldUnderConcurrency(t *testing.T) {
	db, _ := openTest(t)
	ctx := context.Background()
	const tries, limit = 20, 5
	outcomes := func(create func(i int) error) (stored, limited int) {
		var mu sync.Mutex
		var wg sync.WaitGroup
		for i := range tries {
			wg.Go(func() {
				err := create(i)
				mu.Lock()
				defer mu.Unlock()
				switch news.ErrorCode(err) {
				case "":
					stored++
				case news.ELIMIT:
					limited++
				default:
					t.Errorf("create %d: %v", i, err)
				}
			})
		}
		wg.Wait()
		return stored, limited
	}
	tests := []struct {
		name   string
		create func(i int) error
		count  func() int
	}{
		{"guild subscriptions", func(i int) error {
			return db.CreateSubscriptionWithin(ctx, &news.Subscription{GuildID: "g1", ChannelID: fmt.Sprint(i), Schedule: "@daily"}, limit)
		}, func() int { s, _ := db.Subscriptions(ctx, news.SubscriptionFilter{GuildID: "g1"}); return len(s) }},
		{"DM subscriptions", func(i int) error {
			return db.CreateSubscriptionWithin(ctx, &news.Subscription{UserID: "u1", DM: true, Schedule: "@daily"}, limit)
		}, func() int { s, _ := db.Subscriptions(ctx, news.SubscriptionFilter{UserID: "u1"}); return len(s) }},
		{"guild sources", func(i int) error {
			return db.CreateSourceWithin(ctx, &news.Source{GuildID: "g1", URL: fmt.Sprintf("https://example.org/%d", i), Kind: news.KindFeed}, limit)
		}, func() int { s, _ := db.Sources(ctx, "g1"); return len(s) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stored, limited := outcomes(tt.create)
			if stored != limit || limited != tries-limit || tt.count() != limit {
				t.Errorf("stored %d, refused %d, in the store %d; want %d, %d, %d", stored, limited, tt.count(), limit, tries-limit, limit)
			}
		})
	}
	// Another guild's and the operator's are not counted.
	if err := db.CreateSourceWithin(ctx, &news.Source{GuildID: "g2", URL: "https://example.org/1", Kind: news.KindFeed}, limit); err != nil {
		t.Errorf("another guild's first source: %v", err)
	}
}
