package memory

import (
	"context"
	"slices"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// copySubscription returns s as the store keeps it: own lists, times in
// whole seconds.
func copySubscription(s *news.Subscription) *news.Subscription {
	c := *s
	c.Topics, c.Places, c.Keywords = strs(s.Topics), strs(s.Places), strs(s.Keywords)
	c.Cursor, c.Created, c.Updated = sec(s.Cursor), sec(s.Created), sec(s.Updated)
	return &c
}

// CreateSubscription stores s and sets s.ID.
func (db *DB) CreateSubscription(ctx context.Context, s *news.Subscription) error {
	return db.CreateSubscriptionWithin(ctx, s, 0)
}

// CreateSubscriptionWithin is CreateSubscription under a cap (0: none): a
// channel subscription counts against its guild's, a DM one against its
// user's.
func (db *DB) CreateSubscriptionWithin(ctx context.Context, s *news.Subscription, limit int) error {
	if err := news.ValidSubscription(s); err != nil {
		return err
	}
	db.mu.Lock()
	defer db.mu.Unlock()
	if limit > 0 {
		n, whose := 0, "guild"
		for _, o := range db.subs {
			if s.DM && o.DM && o.UserID == s.UserID || !s.DM && !o.DM && o.GuildID == s.GuildID {
				n++
			}
		}
		if s.DM {
			whose = "user"
		}
		if n >= limit {
			return news.Errorf(news.ELIMIT, "the %s has %d subscriptions, the limit is %d", whose, n, limit)
		}
	}
	now := db.clock()
	s.ID, s.Created, s.Updated = db.nextID("subscription"), now, now
	db.subs[s.ID] = copySubscription(s)
	return nil
}

// UpdateSubscription saves every field of s but its creation time, and
// sets s.Updated; the cursor never moves back (a copy read before a
// delivery moved it cannot undo the delivery).
func (db *DB) UpdateSubscription(ctx context.Context, s *news.Subscription) error {
	if err := news.ValidSubscription(s); err != nil {
		return err
	}
	db.mu.Lock()
	defer db.mu.Unlock()
	o, ok := db.subs[s.ID]
	if !ok {
		return notFound("no subscription %d", s.ID)
	}
	c := copySubscription(s)
	c.Created, c.Updated = o.Created, db.clock()
	if o.Cursor.After(c.Cursor) {
		c.Cursor = o.Cursor
	}
	db.subs[s.ID] = c
	s.Updated = c.Updated
	return nil
}

// DeleteSubscription removes a subscription with its unsent digests.
func (db *DB) DeleteSubscription(ctx context.Context, id int64) error {
	db.mu.Lock()
	defer db.mu.Unlock()
	if _, ok := db.subs[id]; !ok {
		return notFound("no subscription %d", id)
	}
	db.deleteSubscription(id)
	return nil
}

// deleteSubscription removes a subscription and what hangs on it. Callers
// hold mu.
func (db *DB) deleteSubscription(id int64) {
	delete(db.subs, id)
	delete(db.delivered, id)
	delete(db.notices, id)
	for oid, o := range db.outboxes {
		if o.SubscriptionID == id {
			delete(db.outboxes, oid)
		}
	}
}

// Subscription returns one subscription by id.
func (db *DB) Subscription(ctx context.Context, id int64) (*news.Subscription, error) {
	db.mu.Lock()
	defer db.mu.Unlock()
	s, ok := db.subs[id]
	if !ok {
		return nil, notFound("no subscription %d", id)
	}
	return copySubscription(s), nil
}

// Subscriptions lists the subscriptions matching the filter, by id.
func (db *DB) Subscriptions(ctx context.Context, f news.SubscriptionFilter) ([]news.Subscription, error) {
	db.mu.Lock()
	defer db.mu.Unlock()
	var out []news.Subscription
	for _, s := range db.subs {
		if f.GuildID != "" && s.GuildID != f.GuildID || f.ChannelID != "" && s.ChannelID != f.ChannelID ||
			f.UserID != "" && s.UserID != f.UserID || f.DM != nil && s.DM != *f.DM {
			continue
		}
		out = append(out, *copySubscription(s))
	}
	slices.SortFunc(out, func(a, b news.Subscription) int { return cmpID(a.ID, b.ID) })
	return out, nil
}

// AdvanceCursor moves a subscription's cursor to t, never back.
func (db *DB) AdvanceCursor(ctx context.Context, subscriptionID int64, t time.Time) error {
	db.mu.Lock()
	defer db.mu.Unlock()
	s, ok := db.subs[subscriptionID]
	if !ok {
		return notFound("no subscription %d", subscriptionID)
	}
	if t = sec(t); t.After(s.Cursor) {
		s.Cursor = t
	}
	return nil
}
