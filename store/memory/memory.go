// Package memory is the in-memory store: the news services kept in maps
// under one mutex, with the behaviour of the SQLite and PostgreSQL stores
// (the contract of package storetest), for the tests of the packages that
// use the services (digest, bot, ask), which then need no fake of their
// own. Nothing survives the process; cmd/bot does not offer it.
//
// Every method is one critical section, as every store method of the SQL
// stores is one transaction: a method that fails changes nothing. Values
// go in and come out as copies, so callers never share the store's state.
// Times are kept in whole seconds, UTC, as the SQL stores keep them.
//
// Its text search is an honest scan, not an index: Search and the sentence
// index read every article's words on each query (fine for thousands of
// articles, not for a million), and they rank by a plain BM25 over title
// and text, not by SQLite's FTS5 or PostgreSQL's ts_rank: the order of
// hits with equal title matches may differ from theirs.
package memory

import (
	"context"
	"encoding/json"
	"sync"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// DB is the in-memory store: the maps and the lock its services (see
// services.go) share. Its zero value is not usable; call New.
type DB struct {
	now func() time.Time

	mu      sync.Mutex
	lastID  map[string]int64 // by noun
	sources map[int64]*news.Source
	subs    map[int64]*news.Subscription

	articles  map[int64]*article
	keys      map[string]int64 // identity key (see identityKeys) → article id
	stories   map[int64]*news.Story
	redirects map[int64]int64 // absorbed story id → the story that holds it now
	termDocs  map[string]int64

	outboxes  map[int64]*outboxRow
	delivered map[int64]map[int64]news.DeliveredStory // subscription → story → what it was told

	state   map[string]stateValue
	notices map[int64]string // subscription → the pause reason told

	rules     map[int64]*news.AlertRule
	fired     map[news.AlertKey]bool
	alertPost map[int64]*news.AlertPost

	follows  map[int64]*news.ThreadFollow
	threads  map[threadKey]*news.StoryThread
	posts    map[int64]*threadPost
	reported map[threadKey]bool // (follow, article) reported by a post
}

// Option configures a DB.
type Option func(*DB)

// WithNow sets the clock the store stamps times with (time.Now by default).
func WithNow(now func() time.Time) Option { return func(db *DB) { db.now = now } }

// New returns an empty store.
func New(opts ...Option) *DB {
	db := &DB{
		now:       time.Now,
		lastID:    map[string]int64{},
		sources:   map[int64]*news.Source{},
		subs:      map[int64]*news.Subscription{},
		articles:  map[int64]*article{},
		keys:      map[string]int64{},
		stories:   map[int64]*news.Story{},
		redirects: map[int64]int64{},
		outboxes:  map[int64]*outboxRow{},
		delivered: map[int64]map[int64]news.DeliveredStory{},
		state:     map[string]stateValue{},
		notices:   map[int64]string{},
		rules:     map[int64]*news.AlertRule{},
		fired:     map[news.AlertKey]bool{},
		alertPost: map[int64]*news.AlertPost{},
		follows:   map[int64]*news.ThreadFollow{},
		threads:   map[threadKey]*news.StoryThread{},
		posts:     map[int64]*threadPost{},
		reported:  map[threadKey]bool{},
	}
	for _, o := range opts {
		o(db)
	}
	return db
}

// Close releases nothing; it is there so that the store can stand where
// the SQL stores stand.
func (db *DB) Close() error { return nil }

// nextID returns a fresh id of a noun: from 1, increasing, as the SQL
// stores number each table's rows. Callers hold mu.
func (db *DB) nextID(noun string) int64 {
	db.lastID[noun]++
	return db.lastID[noun]
}

// clock returns the store's time now, in whole seconds.
func (db *DB) clock() time.Time { return sec(db.now()) }

// sec returns t as the SQL stores keep it: whole seconds, UTC; zero stays zero.
func sec(t time.Time) time.Time {
	if t.IsZero() || t.Unix() == 0 {
		return time.Time{}
	}
	return time.Unix(t.Unix(), 0).UTC()
}

// clone returns a deep copy of v through its JSON form, as the SQL stores
// hand back what they decoded: nothing of the caller's is kept. Only for
// types whose every field has a JSON form.
func clone[T any](v T) T {
	b, err := json.Marshal(v)
	if err != nil {
		panic("memory: copy " + err.Error()) // the domain's types always encode
	}
	var out T
	if err := json.Unmarshal(b, &out); err != nil {
		panic("memory: copy " + err.Error())
	}
	return out
}

// strs returns a copy of a string list; nil and empty stay nil, as the SQL
// stores read an empty list back.
func strs[T ~string](in []T) []T {
	if len(in) == 0 {
		return nil
	}
	return append([]T(nil), in...)
}

// notFound returns an ENOTFOUND error.
func notFound(format string, args ...any) error { return news.Errorf(news.ENOTFOUND, format, args...) }

// CheckWritable reports whether the store takes writes; memory always does.
func (db *DB) CheckWritable(ctx context.Context) error { return ctx.Err() }

// StoredHorizon is the time before which every stored time is final: the
// clock now, since every write stamps its time under the one lock.
func (ar *ArticleService) StoredHorizon(ctx context.Context) (time.Time, error) {
	ar.db.mu.Lock()
	defer ar.db.mu.Unlock()
	return ar.db.clock(), ctx.Err()
}
