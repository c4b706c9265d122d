package bot

import (
	"context"
	"sync"
	"sync/atomic"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/store/memory"
)

// memStore is the store as the bot's tests use it: the in-memory store
// (package store/memory, which keeps the stores' contract) for
// subscriptions, sources, guilds, outboxes and stories. delay makes the
// calls a command waits on slow, like a loaded database.
type memStore struct {
	*memory.Services
	delay atomic.Int64 // nanoseconds

	seed sync.Mutex                // one subscription seeded at a time
	at   atomic.Pointer[time.Time] // the store's clock while seeding; nil: time.Now
}

func newMemStore() *memStore {
	m := &memStore{}
	m.Services = memory.NewServices(memory.New(memory.WithNow(func() time.Time {
		if t := m.at.Load(); t != nil {
			return *t
		}
		return time.Now()
	})))
	return m
}

// boxes returns every stored outbox, oldest first.
func (m *memStore) boxes() []news.Outbox {
	bs, err := m.Outboxes(context.Background())
	if err != nil {
		panic(err)
	}
	return bs
}

func (m *memStore) wait(ctx context.Context) error {
	d := time.Duration(m.delay.Load())
	if d == 0 {
		return nil
	}
	select {
	case <-time.After(d):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (m *memStore) CreateSubscription(ctx context.Context, s *news.Subscription) error {
	return m.CreateSubscriptionWithin(ctx, s, 0)
}

func (m *memStore) CreateSubscriptionWithin(ctx context.Context, s *news.Subscription, limit int) error {
	if err := m.wait(ctx); err != nil {
		return err
	}
	if !s.Created.IsZero() { // a test's subscription made at its own time
		m.seed.Lock()
		defer m.seed.Unlock()
		at := s.Created
		m.at.Store(&at)
		defer m.at.Store(nil)
	}
	return m.Services.CreateSubscriptionWithin(ctx, s, limit)
}

func (m *memStore) Subscriptions(ctx context.Context, f news.SubscriptionFilter) ([]news.Subscription, error) {
	if err := m.wait(ctx); err != nil {
		return nil, err
	}
	return m.Services.Subscriptions(ctx, f)
}

// CreateStory stores a test's story as ingest would have (an article per
// source, memory.SeedStory), stored when its latest report came.
func (m *memStore) CreateStory(ctx context.Context, s *news.Story) error {
	stored := s.LastSeen
	if stored.IsZero() {
		stored = time.Now()
	}
	return m.SeedStory(ctx, s, stored)
}

func (m *memStore) Stories(ctx context.Context, f news.DigestFilter) ([]news.Story, error) {
	if err := m.wait(ctx); err != nil {
		return nil, err
	}
	return m.Services.Stories(ctx, f)
}
