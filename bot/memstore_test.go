package bot

import (
	"context"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// memStore implements the news services in memory for tests; delay makes
// every call slow, like a loaded database.
type memStore struct {
	mu      sync.Mutex
	delay   atomic.Int64 // nanoseconds
	nextID  int64
	subs    map[int64]news.Subscription
	sources map[int64]news.Source
	stories []news.Story
}

func newMemStore() *memStore {
	return &memStore{subs: map[int64]news.Subscription{}, sources: map[int64]news.Source{}}
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

// CreateSubscriptionWithin counts and inserts under one lock, as the
// store does in one transaction.
func (m *memStore) CreateSubscriptionWithin(ctx context.Context, s *news.Subscription, limit int) error {
	if err := m.wait(ctx); err != nil {
		return err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	n := 0
	for _, o := range m.subs {
		if (s.DM && o.DM && o.UserID == s.UserID) || (!s.DM && !o.DM && o.GuildID == s.GuildID) {
			n++
		}
	}
	if limit > 0 && n >= limit {
		return news.Errorf(news.ELIMIT, "limit %d", limit)
	}
	m.nextID++
	s.ID = m.nextID
	m.subs[s.ID] = *s
	return nil
}

func (m *memStore) UpdateSubscription(ctx context.Context, s *news.Subscription) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, ok := m.subs[s.ID]; !ok {
		return news.Errorf(news.ENOTFOUND, "no subscription %d", s.ID)
	}
	m.subs[s.ID] = *s
	return nil
}

func (m *memStore) DeleteSubscription(ctx context.Context, id int64) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, ok := m.subs[id]; !ok {
		return news.Errorf(news.ENOTFOUND, "no subscription %d", id)
	}
	delete(m.subs, id)
	return nil
}

func (m *memStore) Subscription(ctx context.Context, id int64) (*news.Subscription, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	s, ok := m.subs[id]
	if !ok {
		return nil, news.Errorf(news.ENOTFOUND, "no subscription %d", id)
	}
	return &s, nil
}

func (m *memStore) Subscriptions(ctx context.Context, f news.SubscriptionFilter) ([]news.Subscription, error) {
	if err := m.wait(ctx); err != nil {
		return nil, err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []news.Subscription
	for _, s := range m.subs {
		if (f.GuildID == "" || s.GuildID == f.GuildID) && (f.ChannelID == "" || s.ChannelID == f.ChannelID) &&
			(f.UserID == "" || s.UserID == f.UserID) && (f.DM == nil || s.DM == *f.DM) {
			out = append(out, s)
		}
	}
	slices.SortFunc(out, func(a, b news.Subscription) int { return int(a.ID - b.ID) })
	return out, nil
}

func (m *memStore) CreateSource(ctx context.Context, s *news.Source) error {
	return m.CreateSourceWithin(ctx, s, 0)
}

func (m *memStore) CreateSourceWithin(ctx context.Context, s *news.Source, limit int) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	n := 0
	for _, o := range m.sources {
		if o.URL == s.URL && o.GuildID == s.GuildID {
			return news.Errorf(news.ECONFLICT, "source exists")
		}
		if o.GuildID == s.GuildID {
			n++
		}
	}
	if limit > 0 && n >= limit {
		return news.Errorf(news.ELIMIT, "limit %d", limit)
	}
	m.nextID++
	s.ID = m.nextID
	m.sources[s.ID] = *s
	return nil
}

func (m *memStore) UpdateSource(ctx context.Context, s *news.Source) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.sources[s.ID] = *s
	return nil
}

func (m *memStore) DeleteSource(ctx context.Context, id int64) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	delete(m.sources, id)
	return nil
}

func (m *memStore) Source(ctx context.Context, id int64) (*news.Source, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	s, ok := m.sources[id]
	if !ok {
		return nil, news.Errorf(news.ENOTFOUND, "no source %d", id)
	}
	return &s, nil
}

func (m *memStore) Sources(ctx context.Context, guildID string) ([]news.Source, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []news.Source
	for _, s := range m.sources {
		if s.GuildID == guildID {
			out = append(out, s)
		}
	}
	return out, nil
}

func (m *memStore) DueSources(ctx context.Context, now time.Time) ([]news.Source, error) {
	return nil, nil
}

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

func (m *memStore) RetireGuild(ctx context.Context, guildID string) (news.RetiredGuild, error) {
	var r news.RetiredGuild
	if guildID == "" {
		return r, news.Errorf(news.EINVALID, "no guild to retire")
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	for id, s := range m.sources {
		if s.GuildID == guildID {
			delete(m.sources, id)
			r.Sources++
		}
	}
	for id, s := range m.subs {
		switch {
		case s.GuildID != guildID:
		case s.DM:
			s.GuildID = ""
			m.subs[id] = s
			r.DMSubscriptions++
		default:
			delete(m.subs, id)
			r.Subscriptions = append(r.Subscriptions, id)
		}
	}
	return r, nil
}
