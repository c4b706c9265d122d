package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"time"

	"github.com/conflict-digest/conflict-digest/ask"
	"github.com/conflict-digest/conflict-digest/bot"
	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/store"
	"github.com/conflict-digest/conflict-digest/store/postgres"
)

// The services `bot run` and the commands that ingest, digest and answer
// take of a store, one per noun. The SQLite store (package store) and the
// PostgreSQL store (store/postgres) both provide them, each as its own
// service types; the contract suite (store/storetest) holds them to the
// same behaviour.
type (
	// articleStore stores and reads articles.
	articleStore interface {
		news.ArticleService
		// StoredHorizon is the time before which every stored time is final.
		StoredHorizon(ctx context.Context) (time.Time, error)
	}
	// storyStore keeps stories and reads their members (digest.MemberSource).
	storyStore interface {
		news.StoryService
		news.StoryArticleService
		StoryMembers(ctx context.Context, ids []int64, guildID string) (map[int64][]news.ArticleWithAnalysis, error)
		EachStoryMember(ctx context.Context, fn func(news.StoryMember) error) error
	}
	// sourceStore keeps the polled sources and counts their articles.
	sourceStore interface {
		news.SourceService
		news.SourceCounter
		news.UnreadCounter
	}
	// outboxStore keeps the digests being delivered and what was sent.
	outboxStore interface {
		news.OutboxService
		news.DeliveryMemory
	}
	// botStateStore keeps the bot's own state and the pauses it told of.
	botStateStore interface {
		bot.StateStore
		bot.PauseNotices
	}
	// dbHealth is what the readiness check and the metrics read of the
	// database itself.
	dbHealth interface {
		CheckWritable(ctx context.Context) error
		OpenStories(ctx context.Context, since time.Time) (int, error)
		Size() (file, wal int64, err error)
	}
)

// Compile-time checks that both stores' services are what the wiring
// takes.
var (
	_ articleStore             = (*store.ArticleService)(nil)
	_ storyStore               = (*store.StoryService)(nil)
	_ sourceStore              = (*store.SourceService)(nil)
	_ news.SubscriptionService = (*store.SubscriptionService)(nil)
	_ news.GuildService        = (*store.GuildService)(nil)
	_ outboxStore              = (*store.OutboxService)(nil)
	_ news.SentenceIndexer     = (*store.SearchService)(nil)
	_ news.AlertService        = (*store.AlertService)(nil)
	_ news.ThreadService       = (*store.ThreadService)(nil)
	_ botStateStore            = (*store.BotStateService)(nil)
	_ dbHealth                 = (*store.DB)(nil)

	_ articleStore             = (*postgres.ArticleService)(nil)
	_ storyStore               = (*postgres.StoryService)(nil)
	_ sourceStore              = (*postgres.SourceService)(nil)
	_ news.SubscriptionService = (*postgres.SubscriptionService)(nil)
	_ news.GuildService        = (*postgres.GuildService)(nil)
	_ outboxStore              = (*postgres.OutboxService)(nil)
	_ news.SentenceIndexer     = (*postgres.SearchService)(nil)
	_ news.AlertService        = (*postgres.AlertService)(nil)
	_ news.ThreadService       = (*postgres.ThreadService)(nil)
	_ botStateStore            = (*postgres.BotStateService)(nil)
	_ dbHealth                 = (*postgres.DB)(nil)
)

// backend is an open store as its services, with what differs between the
// two stores in type.
type backend struct {
	articles      articleStore
	stories       storyStore
	sources       sourceStore
	subscriptions news.SubscriptionService
	guilds        news.GuildService
	outbox        outboxStore
	sentences     news.SentenceIndexer
	alerts        news.AlertService
	threads       news.ThreadService
	botState      botStateStore
	health        dbHealth
	// close closes the database.
	close func() error
	// askIndex is the sentence index as readers of a guild see it.
	askIndex func(guildID string) ask.SentenceSearcher
	// prune is the retention's store.
	prune pruneStore
	// where names the database in logs: a file, or user@host:port/db.
	where string
	// pg is the PostgreSQL store, whose leases let several `bot run`
	// share it; nil for SQLite (one `bot run` per file).
	pg *postgres.DB
	// leases are shared by the instances of one database (PostgreSQL):
	// the bot's shards and request rate are shared by them; nil: SQLite.
	leases bot.Leases
}

// Close closes the database.
func (b *backend) Close() error { return b.close() }

// openBackend opens the store cfg names: PostgreSQL when CD_DATABASE_URL
// is set, else the SQLite file at path.
func openBackend(ctx context.Context, cfg config, path string, log *slog.Logger, opts ...store.Option) (*backend, error) {
	if cfg.DatabaseURL != "" {
		db, err := postgres.Open(ctx, cfg.DatabaseURL, postgres.WithLogger(log))
		if err != nil {
			return nil, err
		}
		return postgresBackend(db), nil
	}
	opts = append([]store.Option{store.WithLogger(log), store.WithMigrationBackup(cfg.MigrateBackup)}, opts...)
	db, err := store.Open(ctx, path, opts...)
	if err != nil {
		return nil, err
	}
	return sqliteBackend(db, path), nil
}

// sqliteBackend is the SQLite store at path as its services.
func sqliteBackend(db *store.DB, path string) *backend {
	search := store.NewSearchService(db)
	return &backend{
		articles:      store.NewArticleService(db),
		stories:       store.NewStoryService(db),
		sources:       store.NewSourceService(db),
		subscriptions: store.NewSubscriptionService(db),
		guilds:        store.NewGuildService(db),
		outbox:        store.NewOutboxService(db),
		sentences:     search,
		alerts:        store.NewAlertService(db),
		threads:       store.NewThreadService(db),
		botState:      store.NewBotStateService(db),
		health:        db,
		close:         db.Close,
		askIndex:      func(g string) ask.SentenceSearcher { return search.SentenceIndexFor(g) },
		prune:         db,
		where:         path,
	}
}

// postgresBackend is the PostgreSQL store as its services.
func postgresBackend(db *postgres.DB) *backend {
	search := postgres.NewSearchService(db)
	return &backend{
		articles:      postgres.NewArticleService(db),
		stories:       postgres.NewStoryService(db),
		sources:       postgres.NewSourceService(db),
		subscriptions: postgres.NewSubscriptionService(db),
		guilds:        postgres.NewGuildService(db),
		outbox:        postgres.NewOutboxService(db),
		sentences:     search,
		alerts:        postgres.NewAlertService(db),
		threads:       postgres.NewThreadService(db),
		botState:      postgres.NewBotStateService(db),
		health:        db,
		close:         db.Close,
		askIndex:      func(g string) ask.SentenceSearcher { return search.SentenceIndexFor(g) },
		prune:         pgPrune{db},
		where:         db.Where(),
		pg:            db,
		leases:        db.SharedLeases(),
	}
}

// pgPrune runs the PostgreSQL store's retention in the SQLite store's
// terms, which the retainer speaks.
type pgPrune struct{ db *postgres.DB }

func (p pgPrune) Prune(ctx context.Context, cutoff time.Time, pace store.Pace) (store.PruneResult, error) {
	r, err := p.db.Prune(ctx, cutoff, postgres.Pace{TargetBatch: pace.TargetLock, Pause: pace.Pause, Observe: pace.Observe})
	return store.PruneResult{Articles: r.Articles, Digests: r.Digests, Batches: r.Batches, LongestBatch: r.LongestBatch}, err
}

// openCommandStore opens the store of a command that takes --db: the
// SQLite file path, or PostgreSQL (CD_DATABASE_URL) when path is "". A
// command that only reads (create false) refuses a file that does not
// exist. It returns the configuration of sc and the logger with it.
func openCommandStore(ctx context.Context, path string, getenv env, stderr io.Writer, sc scope, create bool, opts ...store.Option) (config, *slog.Logger, *backend, error) {
	cfg, err := loadConfig(getenv, sc)
	if err != nil {
		return cfg, nil, nil, err
	}
	if path == "" && cfg.DatabaseURL == "" {
		return cfg, nil, nil, usageError{"give --db FILE (SQLite), or set CD_DATABASE_URL (PostgreSQL)"}
	}
	if path != "" {
		cfg.DatabaseURL = "" // --db names the store
		if !create {
			if err := databaseExists(path); err != nil {
				return cfg, nil, nil, err
			}
		}
	}
	log := cfg.logger(stderr)
	b, err := openBackend(ctx, cfg, path, log, opts...)
	if err != nil && path != "" && news.ErrorCode(err) == "" {
		err = fmt.Errorf("%w (is %s a conflict-digest database?)", err, path)
	}
	if err != nil {
		return cfg, nil, nil, err
	}
	return cfg, log, b, nil
}
