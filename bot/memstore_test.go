package bot

import (
	"context"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/store/memory"
)

// memStore is the store as the bot's tests use it: the in-memory store
// (package store/memory, which keeps the stores' contract) for
// subscriptions, sources, guilds and outboxes, and stories seeded as the
// store would list them (the store builds stories from articles; these
// tests need only the list). delay makes the calls a command waits on
// slow, like a loaded database.
type memStore struct {
	*memory.DB
	delay atomic.Int64 // nanoseconds

	seed sync.Mutex                // one subscription seeded at a time
	at   atomic.Pointer[time.Time] // the store's clock while seeding; nil: time.Now

	mu      sync.Mutex
	nextID  int64
	stories []news.Story
}

func newMemStore() *memStore {
	m := &memStore{}
	m.DB = memory.New(memory.WithNow(func() time.Time {
		if t := m.at.Load(); t != nil {
			return *t
		}
		return time.Now()
	}))
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
	return m.DB.CreateSubscriptionWithin(ctx, s, limit)
}

func (m *memStore) Subscriptions(ctx context.Context, f news.SubscriptionFilter) ([]news.Subscription, error) {
	if err := m.wait(ctx); err != nil {
		return nil, err
	}
	return m.DB.Subscriptions(ctx, f)
}

// CreateStory seeds a story as Stories lists it, sources and all.
func (m *memStore) CreateStory(ctx context.Context, s *news.Story) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.nextID++
	s.ID = m.nextID
	m.stories = append(m.stories, *s)
	return nil
}

func (m *memStore) UpdateStory(ctx context.Context, s *news.Story) error { return nil }

func (m *memStore) Story(ctx context.Context, id int64) (*news.Story, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, s := range m.stories {
		if s.ID == id {
			return &s, nil
		}
	}
	return nil, news.Errorf(news.ENOTFOUND, "no story %d", id)
}

// Stories lists the seeded stories of the filter's topics, whatever its
// window.
func (m *memStore) Stories(ctx context.Context, f news.DigestFilter) ([]news.Story, error) {
	if err := m.wait(ctx); err != nil {
		return nil, err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []news.Story
	for _, s := range m.stories {
		if len(f.Topics) > 0 && !slices.ContainsFunc(s.Categories, func(c news.Category) bool { return slices.Contains(f.Topics, c) }) {
			continue
		}
		out = append(out, s)
	}
	return out, nil
}
