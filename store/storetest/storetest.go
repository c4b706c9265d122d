// Package storetest is the contract every store keeps: one suite of
// assertions run against each implementation of the news services (the
// SQLite store, the PostgreSQL store, the in-memory store of package
// store/memory), so that they behave the same for ingest, digest and
// delivery. A store's test calls Run with a Harness
// that opens a fresh, empty store per test.
package storetest

import (
	"context"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// Store is what the contract asks of a store: the domain's services and the
// few store methods that ingest and delivery call besides. Each store
// offers them as services per noun; its test hands Run their bundle
// (store.Services, postgres.Services, memory.Services), so that each case
// reaches the services the wiring uses.
type Store interface {
	news.ArticleService
	news.StoryArticleService
	news.StoryService
	news.SourceService
	news.SubscriptionService
	news.GuildService
	news.OutboxService
	news.DeliveryMemory
	news.SourceCounter
	news.SentenceIndexer
	news.AlertService
	news.ThreadService
	// StoryMembers returns, per story, the articles a reader of guildID may
	// see (digest.MemberSource).
	StoryMembers(ctx context.Context, ids []int64, guildID string) (map[int64][]news.ArticleWithAnalysis, error)
	// StoredHorizon is the time before which every stored time is final.
	StoredHorizon(ctx context.Context) (time.Time, error)
}

// Harness opens the stores under test.
type Harness struct {
	// Open returns a fresh, empty store whose clock is now, closed when
	// the test ends.
	Open func(t *testing.T, now func() time.Time) Store
	// Search returns the ids of the articles Search finds for query, best
	// first (each store has its own hit type).
	Search func(ctx context.Context, s Store, query string, limit int) ([]int64, error)
	// Sentences returns the sentence index of s as readers of guild see it.
	Sentences func(s Store, guild string) SentenceSearcher
	// Prune runs the store's retention with cutoff and returns how many
	// articles and delivered digests it deleted.
	Prune func(ctx context.Context, s Store, cutoff time.Time) (articles, digests int, err error)
	// Exec runs one SQL statement, written to run on every store, that no
	// service offers (deleting an article as an operator would).
	Exec func(ctx context.Context, s Store, statement string) error
}

// Run runs the whole contract against h's stores, each case in parallel
// with the others.
func Run(t *testing.T, h Harness) {
	cases := []struct {
		name string
		fn   func(*testing.T, Harness)
	}{
		{"SourceLifecycle", testSourceLifecycle},
		{"SourceLimit", testSourceLimit},
		{"SubscriptionLifecycle", testSubscriptionLifecycle},
		{"SubscriptionLimit", testSubscriptionLimit},
		{"ArticleIdentity", testArticleIdentity},
		{"ArticleBatch", testArticleBatch},
		{"ArticleRead", testArticleRead},
		{"ArticlesFilter", testArticlesFilter},
		{"ArticlesByEventDay", testArticlesByEventDay},
		{"GuildScope", testGuildScope},
		{"RetireGuild", testRetireGuild},
		{"StoryUpdate", testStoryUpdate},
		{"StoryMerge", testStoryMerge},
		{"StorySourceWritten", testStorySourceWritten},
		{"StoryVanished", testStoryVanished},
		{"StoriesFilter", testStoriesFilter},
		{"StoriesMisdated", testStoriesMisdated},
		{"StoriesLate", testStoriesLate},
		{"PeriodsTellOnce", testPeriodsTellOnce},
		{"StoriesLaterDay", testStoriesLaterDay},
		{"StoryDevelopment", testStoryDevelopment},
		{"StoryOtherEvent", testStoryOtherEvent},
		{"OutboxDelivery", testOutboxDelivery},
		{"OutboxConflict", testOutboxConflict},
		{"OutboxParked", testOutboxParked},
		{"OutboxExactlyOnce", testOutboxExactlyOnce},
		{"OutboxLastTwoAtOnce", testOutboxLastTwoAtOnce},
		{"CursorNeverBack", testCursorNeverBack},
		{"DeliveredStories", testDeliveredStories},
		{"Search", testSearch},
		{"StoredHorizon", testStoredHorizon},
		{"SentenceIndex", testSentenceIndex},
		{"ArticleIndex", testArticleIndex},
		{"IndexMissingSentences", testIndexMissingSentences},
		{"BotState", testBotState},
		{"PauseNotices", testPauseNotices},
		{"UnreadAndGauges", testUnreadAndGauges},
		{"Prune", testPrune},
		{"Alerts", testAlerts},
		{"ThreadFollows", testThreadFollows},
		{"ThreadPosts", testThreadPosts},
		{"Removals", testRemovals},
		{"ArticleUnknownStory", testArticleUnknownStory},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			c.fn(t, h)
		})
	}
}

// clock is a settable test clock.
type clock struct{ t time.Time }

func (c *clock) now() time.Time { return c.t }

// base is the time the stores' clocks start at: whole seconds, as stored.
var base = time.Date(2016, 9, 19, 12, 0, 0, 0, time.UTC)

// open returns a store of h with its own clock at base.
func open(t *testing.T, h Harness) (Store, *clock) {
	t.Helper()
	c := &clock{t: base}
	return h.Open(t, c.now), c
}

// wantCode fails the test unless err carries code.
func wantCode(t *testing.T, err error, code string) {
	t.Helper()
	if got := news.ErrorCode(err); got != code {
		t.Fatalf("error %v: code %q, want %q", err, got, code)
	}
}

// must fails the test on err.
func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
