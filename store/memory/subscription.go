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
func (sb *SubscriptionService) CreateSubscription(ctx context.Context, s *news.Subscription) error {
	return sb.createSubscriptionWithin(ctx, s, 0)
}

// createSubscriptionWithin is CreateSubscription under a cap (0: none): a
// channel subscription counts against its guild's, a DM one against its
// user's.
func (sb *SubscriptionService) createSubscriptionWithin(ctx context.Context, s *news.Subscription, limit int) error {
	if err := news.ValidSubscription(s); err != nil {
		return err
	}
	sb.db.mu.Lock()
	defer sb.db.mu.Unlock()
	if limit > 0 {
		n, whose := 0, "guild"
		for _, o := range sb.db.subs {
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
	now := sb.db.clock()
	s.ID, s.Created, s.Updated = sb.db.nextID("subscription"), now, now
	sb.db.subs[s.ID] = copySubscription(s)
	return nil
}

// UpdateSubscription saves every field of s but its creation time, and
// sets s.Updated; the cursor never moves back (a copy read before a
// delivery moved it cannot undo the delivery).
func (sb *SubscriptionService) UpdateSubscription(ctx context.Context, s *news.Subscription) error {
	if err := news.ValidSubscription(s); err != nil {
		return err
	}
	sb.db.mu.Lock()
	defer sb.db.mu.Unlock()
	o, ok := sb.db.subs[s.ID]
	if !ok {
		return notFound("no subscription %d", s.ID)
	}
	c := copySubscription(s)
	c.Created, c.Updated = o.Created, sb.db.clock()
	if o.Cursor.After(c.Cursor) {
		c.Cursor = o.Cursor
	}
	sb.db.subs[s.ID] = c
	s.Updated = c.Updated
	return nil
}

// DeleteSubscription removes a subscription with its unsent digests.
func (sb *SubscriptionService) DeleteSubscription(ctx context.Context, id int64) error {
	sb.db.mu.Lock()
	defer sb.db.mu.Unlock()
	if _, ok := sb.db.subs[id]; !ok {
		return notFound("no subscription %d", id)
	}
	sb.db.deleteSubscription(id)
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
func (sb *SubscriptionService) Subscription(ctx context.Context, id int64) (*news.Subscription, error) {
	sb.db.mu.Lock()
	defer sb.db.mu.Unlock()
	s, ok := sb.db.subs[id]
	if !ok {
		return nil, notFound("no subscription %d", id)
	}
	return copySubscription(s), nil
}

// Subscriptions lists the subscriptions matching the filter, by id.
func (sb *SubscriptionService) Subscriptions(ctx context.Context, f news.SubscriptionFilter) ([]news.Subscription, error) {
	sb.db.mu.Lock()
	defer sb.db.mu.Unlock()
	var out []news.Subscription
	for _, s := range sb.db.subs {
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
func (ob *OutboxService) AdvanceCursor(ctx context.Context, subscriptionID int64, t time.Time) error {
	ob.db.mu.Lock()
	defer ob.db.mu.Unlock()
	s, ok := ob.db.subs[subscriptionID]
	if !ok {
		return notFound("no subscription %d", subscriptionID)
	}
	if t = sec(t); t.After(s.Cursor) {
		s.Cursor = t
	}
	return nil
}
