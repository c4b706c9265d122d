package bot

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// PauseNotices remembers which pause a subscription's owner has been told
// of, so that the reason is explained once, not on every reply. The store
// implements it (table subscription_notices).
type PauseNotices interface {
	// PauseTold reports whether the owner was told that the subscription
	// is paused for reason.
	PauseTold(ctx context.Context, subscriptionID int64, reason string) (bool, error)
	MarkPauseTold(ctx context.Context, subscriptionID int64, reason string) error
	// ForgetPauseTold clears the mark (on resume), so a later pause is told.
	ForgetPauseTold(ctx context.Context, subscriptionID int64) error
}

// memNotices keeps the marks in memory when no PauseNotices is given: told
// once per process instead of once for good.
type memNotices struct {
	mu   sync.Mutex
	told map[int64]string
}

func (m *memNotices) PauseTold(_ context.Context, id int64, reason string) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	r, ok := m.told[id]
	return ok && r == reason, nil
}

func (m *memNotices) MarkPauseTold(_ context.Context, id int64, reason string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.told == nil {
		m.told = map[int64]string{}
	}
	m.told[id] = reason
	return nil
}

func (m *memNotices) ForgetPauseTold(_ context.Context, id int64) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	delete(m.told, id)
	return nil
}

// notePaused tells users whose DM subscriptions are paused (Discord
// refused a DM, 50007) why, once, the next time they use a command: the
// bot has no other way to reach them. It adds a follow-up to an ephemeral
// reply, so nobody else sees it.
func (b *Bot) notePaused(ctx context.Context, in *Invocation, r *Response) {
	yes := true
	subs, err := b.deps.Subscriptions.Subscriptions(ctx, news.SubscriptionFilter{UserID: in.UserID, DM: &yes})
	if err != nil {
		b.log.Warn("list paused subscriptions", "error", err)
		return
	}
	for i := range subs {
		s := &subs[i]
		if !s.Paused() {
			continue
		}
		told, err := b.deps.Notices.PauseTold(ctx, s.ID, s.PausedReason)
		if err != nil || told {
			if err != nil {
				b.log.Warn("read pause notice", "subscription_id", s.ID, "error", err)
			}
			continue
		}
		id, reason := s.ID, s.PausedReason
		if !b.telling.claim(id, reason, b.deps.Now()) {
			continue // another command is posting this note right now
		}
		r.Messages = append(r.Messages, &Message{Private: true, Content: fmt.Sprintf(
			"Your DM digest #%d is paused: %s. Allow direct messages from the bot, then use /resume.", id, reason),
			done: func(ctx context.Context, posted bool) {
				if posted {
					b.markTold(ctx, id, reason)
				}
				b.telling.release(id)
			}})
	}
}

// tellingClaims keeps two commands that arrive together from both posting
// a pause note before either has marked it told. A claim is released when
// the post succeeds or fails, and lapses after claimFor should a reply
// never get as far as its follow-ups.
type tellingClaims struct {
	mu sync.Mutex
	at map[string]time.Time
}

const claimFor = 30 * time.Second

// claim reports whether the caller may post the note of (id, reason) now.
func (c *tellingClaims) claim(id int64, reason string, now time.Time) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	key := fmt.Sprintf("%d/%s", id, reason)
	if t, ok := c.at[key]; ok && now.Sub(t) < claimFor {
		return false
	}
	if c.at == nil {
		c.at = map[string]time.Time{}
	}
	for k, t := range c.at { // the map holds only claims under way
		if now.Sub(t) >= claimFor {
			delete(c.at, k)
		}
	}
	c.at[key] = now
	return true
}

// release ends the claims of subscription id: its note was posted (and
// marked told), or the subscription was resumed.
func (c *tellingClaims) release(id int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	prefix := fmt.Sprintf("%d/", id)
	for k := range c.at {
		if strings.HasPrefix(k, prefix) {
			delete(c.at, k)
		}
	}
}

// markTold records that a pause was explained, once the note was posted.
func (b *Bot) markTold(ctx context.Context, id int64, reason string) {
	if err := b.deps.Notices.MarkPauseTold(ctx, id, reason); err != nil {
		b.log.Warn("mark pause notice", "subscription_id", id, "error", err)
	}
}
