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

// runStore is what `bot run` and the commands that ingest, digest and
// answer need of a store. The SQLite store (store.DB) and the PostgreSQL
// store (postgres.DB) both provide it; the contract suite
// (store/storetest) holds them to the same behaviour.
type runStore interface {
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
	news.UnreadCounter
	news.AlertService
	news.ThreadService
	bot.StateStore
	bot.PauseNotices
	StoryMembers(ctx context.Context, ids []int64, guildID string) (map[int64][]news.ArticleWithAnalysis, error)
	StoredHorizon(ctx context.Context) (time.Time, error)
	EachStoryMember(ctx context.Context, fn func(news.StoryMember) error) error
	CheckWritable(ctx context.Context) error
	OpenStories(ctx context.Context, since time.Time) (int, error)
	Size() (file, wal int64, err error)
	Close() error
}

var (
	_ runStore = (*store.DB)(nil)
	_ runStore = (*postgres.DB)(nil)
)

// backend is an open store, with what differs between the two in type.
type backend struct {
	runStore
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

// openBackend opens the store cfg names: PostgreSQL when CD_DATABASE_URL
// is set, else the SQLite file at path.
func openBackend(ctx context.Context, cfg config, path string, log *slog.Logger, opts ...store.Option) (*backend, error) {
	if cfg.DatabaseURL != "" {
		db, err := postgres.Open(ctx, cfg.DatabaseURL, postgres.WithLogger(log))
		if err != nil {
			return nil, err
		}
		return &backend{runStore: db, where: db.Where(), pg: db, prune: pgPrune{db}, leases: db.SharedLeases(),
			askIndex: func(g string) ask.SentenceSearcher { return db.SentenceIndexFor(g) }}, nil
	}
	opts = append([]store.Option{store.WithLogger(log), store.WithMigrationBackup(cfg.MigrateBackup)}, opts...)
	db, err := store.Open(ctx, path, opts...)
	if err != nil {
		return nil, err
	}
	return &backend{runStore: db, where: path, prune: db,
		askIndex: func(g string) ask.SentenceSearcher { return db.SentenceIndexFor(g) }}, nil
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
