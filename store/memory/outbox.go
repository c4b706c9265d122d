package memory

import (
	"context"
	"slices"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// deliveredKeep is how long what a digest told of a story is remembered
// after a later digest of the subscription, as the SQL stores keep it.
const deliveredKeep = 90 * 24 * time.Hour

// outbox is a stored digest: the outbox and whether it is finished.
type outboxRow struct {
	news.Outbox
	finished bool
}

// CreateOutbox stores o and its messages and sets o.ID. A subscription
// with an unfinished digest, or one for the same window end, makes it an
// ECONFLICT error.
func (ob *OutboxService) CreateOutbox(ctx context.Context, o *news.Outbox) error {
	if o == nil {
		return news.Errorf(news.EINVALID, "no digest to store")
	}
	ob.db.mu.Lock()
	defer ob.db.mu.Unlock()
	if _, ok := ob.db.subs[o.SubscriptionID]; !ok {
		return news.Errorf(news.EINVALID, "no subscription %d for the digest", o.SubscriptionID)
	}
	until := sec(o.Until)
	for _, x := range ob.db.outboxes {
		if x.SubscriptionID != o.SubscriptionID {
			continue
		}
		if !x.finished || x.Until.Equal(until) {
			return news.Errorf(news.ECONFLICT, "the subscription has an unfinished digest")
		}
	}
	c := copyOutbox(o)
	c.ID = ob.db.nextID("outbox")
	c.Since, c.Until, c.Created = sec(o.Since), until, sec(o.Created)
	if c.StoryIDs == nil {
		c.StoryIDs = []int64{}
	}
	for i := range c.Messages {
		c.Messages[i].Sent = sec(c.Messages[i].Sent)
	}
	ob.db.outboxes[c.ID] = &outboxRow{Outbox: c}
	o.ID = c.ID
	return nil
}

// PendingOutboxes returns the unfinished digests of one subscription (all
// when subscriptionID is 0), oldest first, with all their messages.
func (ob *OutboxService) PendingOutboxes(ctx context.Context, subscriptionID int64) ([]news.Outbox, error) {
	ob.db.mu.Lock()
	defer ob.db.mu.Unlock()
	var out []news.Outbox
	for _, o := range ob.db.outboxes {
		if !o.finished && (subscriptionID == 0 || o.SubscriptionID == subscriptionID) {
			c := copyOutbox(&o.Outbox)
			c.Delivered = nil
			out = append(out, c)
		}
	}
	slices.SortFunc(out, func(a, b news.Outbox) int { return cmpID(a.ID, b.ID) })
	return out, nil
}

// MarkSent records that Discord accepted one message. When no message of
// the digest is left to send, the same critical section finishes the
// digest and moves the subscription's cursor to its window end (never
// back): of any number of callers settling the same message, one succeeds.
func (ob *OutboxService) MarkSent(ctx context.Context, outboxID int64, part int, messageID string, at time.Time) (bool, error) {
	return ob.db.settle(outboxID, part, func(m *news.OutboxMessage) {
		m.Sent, m.MessageID = sec(at), messageID
		if m.Sent.IsZero() {
			m.Sent = time.Unix(1, 0).UTC() // sent, whatever the clock said
		}
	})
}

// ParkMessage records that Discord refused one message for good; the last
// message to settle finishes the digest, as MarkSent does.
func (ob *OutboxService) ParkMessage(ctx context.Context, outboxID int64, part int, reason string) (bool, error) {
	if reason == "" {
		return false, news.Errorf(news.EINVALID, "a parked message needs a reason")
	}
	return ob.db.settle(outboxID, part, func(m *news.OutboxMessage) { m.Parked = reason })
}

// settle applies set to one pending message and finishes the digest when
// none is left pending.
func (db *DB) settle(outboxID int64, part int, set func(*news.OutboxMessage)) (bool, error) {
	db.mu.Lock()
	defer db.mu.Unlock()
	o, ok := db.outboxes[outboxID]
	var m *news.OutboxMessage
	if ok {
		for i := range o.Messages {
			if o.Messages[i].Part == part && o.Messages[i].Pending() {
				m = &o.Messages[i]
			}
		}
	}
	if m == nil {
		return false, notFound("no unsent message %d of digest %d", part, outboxID)
	}
	set(m)
	if o.finished || !o.Done() {
		return false, nil
	}
	o.finished = true
	if s, ok := db.subs[o.SubscriptionID]; ok && o.Until.After(s.Cursor) {
		s.Cursor = o.Until
	}
	db.remember(o.SubscriptionID, o.Until, o.Delivered)
	return true, nil
}

// remember keeps what a finished digest told of its stories, and forgets
// what the subscription was told long before. Callers hold mu.
func (db *DB) remember(sub int64, until time.Time, told []news.DeliveredStory) {
	m := db.delivered[sub]
	if m == nil {
		m = map[int64]news.DeliveredStory{}
		db.delivered[sub] = m
	}
	for _, d := range told {
		d = clone(d)
		d.At = until
		m[d.StoryID] = d
	}
	for id, d := range m {
		if d.At.Before(until.Add(-deliveredKeep)) {
			delete(m, id)
		}
	}
}

// DeliveredStories returns what the subscription was last told of the
// given stories. A delivered story merged into another since is found
// under the id it redirects to; when several were, the latest told.
func (ob *OutboxService) DeliveredStories(ctx context.Context, subscriptionID int64, storyIDs []int64) (map[int64]news.DeliveredStory, error) {
	ob.db.mu.Lock()
	defer ob.db.mu.Unlock()
	out := map[int64]news.DeliveredStory{}
	var told []news.DeliveredStory
	for _, d := range ob.db.delivered[subscriptionID] {
		told = append(told, d)
	}
	slices.SortFunc(told, func(a, b news.DeliveredStory) int {
		if c := a.At.Compare(b.At); c != 0 {
			return c
		}
		return cmpID(a.StoryID, b.StoryID)
	})
	for _, d := range told {
		if id := ob.db.resolve(d.StoryID); slices.Contains(storyIDs, id) {
			d = clone(d)
			d.StoryID = id
			out[id] = d
		}
	}
	return out, nil
}

// copyOutbox returns a deep copy of o.
func copyOutbox(o *news.Outbox) news.Outbox {
	c := *o
	c.StoryIDs = append([]int64(nil), o.StoryIDs...)
	if o.Delivered != nil {
		c.Delivered = clone(o.Delivered)
	}
	c.Messages = make([]news.OutboxMessage, len(o.Messages))
	for i, m := range o.Messages {
		if m.Files != nil {
			m.Files = clone(m.Files)
		}
		if m.Embeds != nil {
			m.Embeds = clone(m.Embeds)
		}
		if len(m.LegacyEmbeds) > 0 {
			m.LegacyEmbeds = append([]byte(nil), m.LegacyEmbeds...)
		}
		c.Messages[i] = m
	}
	return c
}

// Outboxes returns every stored digest, finished or not, oldest first:
// what an inspection of deliveries (or a test) reads.
func (db *DB) Outboxes(ctx context.Context) ([]news.Outbox, error) {
	db.mu.Lock()
	defer db.mu.Unlock()
	var out []news.Outbox
	for _, o := range db.outboxes {
		out = append(out, copyOutbox(&o.Outbox))
	}
	slices.SortFunc(out, func(a, b news.Outbox) int { return cmpID(a.ID, b.ID) })
	return out, nil
}
