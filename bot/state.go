package bot

import (
	"context"
	"strings"
	"sync"
	"time"
)

// StateStore keeps the bot's own small records between restarts, as opaque
// values under keys: the gateway session (so a quick restart RESUMEs, and
// IDENTIFY keeps Discord's pace across restarts) and the rate-limit buckets
// (so the first sends after a restart do not exceed what the killed process
// left). The store implements it (table bot_state); what the values mean
// stays in this package.
type StateStore interface {
	// LoadState returns the unexpired values whose keys start with prefix.
	LoadState(ctx context.Context, prefix string) (map[string][]byte, error)
	// SaveState sets key's value; a zero expires keeps it for good.
	SaveState(ctx context.Context, key string, value []byte, expires time.Time) error
}

// memState keeps the state in memory when no StateStore is given: nothing
// survives the process.
type memState struct {
	mu sync.Mutex
	v  map[string]memValue
}

type memValue struct {
	b       []byte
	expires time.Time
}

func (m *memState) LoadState(_ context.Context, prefix string) (map[string][]byte, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := map[string][]byte{}
	now := time.Now()
	for k, v := range m.v {
		if strings.HasPrefix(k, prefix) && (v.expires.IsZero() || v.expires.After(now)) {
			out[k] = append([]byte(nil), v.b...)
		}
	}
	return out, nil
}

func (m *memState) SaveState(_ context.Context, key string, value []byte, expires time.Time) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.v == nil {
		m.v = map[string]memValue{}
	}
	m.v[key] = memValue{b: append([]byte(nil), value...), expires: expires}
	return nil
}
