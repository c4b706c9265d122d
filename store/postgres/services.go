package postgres

import (
	"context"

	"github.com/conflict-digest/conflict-digest/news"
)

// The store's services, one per noun, each a view of one open DB, as in
// the SQLite store (package store): the DB owns the pool, the migrations,
// leases, health and retention; a service owns the SQL of its noun.

// Compile-time checks that the services implement the domain's interfaces.
var (
	_ news.ArticleService      = (*ArticleService)(nil)
	_ news.StoryArticleService = (*StoryService)(nil)
	_ news.StoryService        = (*StoryService)(nil)
	_ news.SourceService       = (*SourceService)(nil)
	_ news.SourceCounter       = (*SourceService)(nil)
	_ news.UnreadCounter       = (*SourceService)(nil)
	_ news.SubscriptionService = (*SubscriptionService)(nil)
	_ news.OutboxService       = (*OutboxService)(nil)
	_ news.DeliveryMemory      = (*OutboxService)(nil)
	_ news.SentenceIndexer     = (*SearchService)(nil)
	_ news.AlertService        = (*AlertService)(nil)
	_ news.ThreadService       = (*ThreadService)(nil)
	_ news.GuildService        = (*GuildService)(nil)
)

// ArticleService stores and reads articles with their analyses
// (article.go, query.go).
type ArticleService struct{ db *DB }

// NewArticleService returns the article service of db.
func NewArticleService(db *DB) *ArticleService { return &ArticleService{db: db} }

// StoryService keeps stories and reads their member articles (story.go,
// stories.go, query.go).
type StoryService struct{ db *DB }

// NewStoryService returns the story service of db.
func NewStoryService(db *DB) *StoryService { return &StoryService{db: db} }

// SourceService keeps the polled sources and counts their articles
// (source.go, bot.go).
type SourceService struct{ db *DB }

// NewSourceService returns the source service of db.
func NewSourceService(db *DB) *SourceService { return &SourceService{db: db} }

// SubscriptionService keeps digest subscriptions (subscription.go).
type SubscriptionService struct{ db *DB }

// NewSubscriptionService returns the subscription service of db.
func NewSubscriptionService(db *DB) *SubscriptionService { return &SubscriptionService{db: db} }

// OutboxService keeps the digests being delivered, the subscriptions'
// cursors and what each subscription was sent (outbox.go).
type OutboxService struct{ db *DB }

// NewOutboxService returns the outbox service of db.
func NewOutboxService(db *DB) *OutboxService { return &OutboxService{db: db} }

// SearchService searches the articles' full text and keeps the sentence
// index that /ask reads (stories.go, sentence.go).
type SearchService struct{ db *DB }

// NewSearchService returns the search service of db.
func NewSearchService(db *DB) *SearchService { return &SearchService{db: db} }

// AlertService keeps alert rules and the alert posts to deliver (alert.go).
type AlertService struct{ db *DB }

// NewAlertService returns the alert service of db.
func NewAlertService(db *DB) *AlertService { return &AlertService{db: db} }

// ThreadService keeps followed channels and their story threads
// (thread.go).
type ThreadService struct{ db *DB }

// NewThreadService returns the thread service of db.
func NewThreadService(db *DB) *ThreadService { return &ThreadService{db: db} }

// BotStateService keeps the bot's own state: saved keys and the pause
// notices it told (bot.go).
type BotStateService struct{ db *DB }

// NewBotStateService returns the bot state service of db.
func NewBotStateService(db *DB) *BotStateService { return &BotStateService{db: db} }

// GuildService keeps what a guild may create within its caps and removes
// what it left behind (guild.go).
type GuildService struct{ db *DB }

// NewGuildService returns the guild service of db.
func NewGuildService(db *DB) *GuildService { return &GuildService{db: db} }

// Services is every service of one DB, with the DB: what a tool or a test
// that uses the whole store holds. Wiring hands each user the services it
// needs, one by one.
type Services struct {
	*DB
	*ArticleService
	*StoryService
	*SourceService
	*SubscriptionService
	*OutboxService
	*SearchService
	*AlertService
	*ThreadService
	*BotStateService
	*GuildService
}

// NewServices returns every service of db.
func NewServices(db *DB) *Services {
	return &Services{
		DB:                  db,
		ArticleService:      NewArticleService(db),
		StoryService:        NewStoryService(db),
		SourceService:       NewSourceService(db),
		SubscriptionService: NewSubscriptionService(db),
		OutboxService:       NewOutboxService(db),
		SearchService:       NewSearchService(db),
		AlertService:        NewAlertService(db),
		ThreadService:       NewThreadService(db),
		BotStateService:     NewBotStateService(db),
		GuildService:        NewGuildService(db),
	}
}

// CreateSourceWithin stores s as CreateSource does unless its guild has
// limit sources or more (0: no cap), counted in the insert's transaction.
func (gs *GuildService) CreateSourceWithin(ctx context.Context, s *news.Source, limit int) error {
	return NewSourceService(gs.db).createSourceWithin(ctx, s, limit)
}

// CreateSubscriptionWithin stores s as CreateSubscription does, under a
// cap counted in the insert's transaction (see news.GuildService).
func (gs *GuildService) CreateSubscriptionWithin(ctx context.Context, s *news.Subscription, limit int) error {
	return NewSubscriptionService(gs.db).createSubscriptionWithin(ctx, s, limit)
}

// OpenServices opens the database at url as Open does and returns all its
// services; their Close closes the database.
func OpenServices(ctx context.Context, url string, opts ...Option) (*Services, error) {
	db, err := Open(ctx, url, opts...)
	if err != nil {
		return nil, err
	}
	return NewServices(db), nil
}
