package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"time"

	"github.com/conflict-digest/conflict-digest/feed"
	"github.com/conflict-digest/conflict-digest/ingest"
	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/store"
)

// cmdRun runs the service: feed polling into the store and, with a token,
// the Discord bot and its scheduled digests. It stops on SIGINT/SIGTERM in
// order: interactions first, then running digests, then ingest, then the
// database, under one deadline.
func cmdRun(ctx context.Context, args []string, getenv env, stdout, stderr io.Writer) error {
	fs := newFlagSet("run", stderr)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	cfg, err := loadConfig(getenv)
	if err != nil {
		return err
	}
	log := cfg.logger(stderr)
	db, err := store.Open(ctx, cfg.DBPath, store.WithLogger(log))
	if err != nil {
		return err
	}
	defer db.Close()
	if cfg.DefaultFeeds {
		if err := seedSources(ctx, db, log); err != nil {
			return err
		}
	}
	pipe := newPipeline(db, cfg, log)
	poller := newPoller(cfg, db, pipe, log)
	loop := feed.Start(ctx, poller)
	defer loop.Stop()
	log.Info("ingest running", "db", cfg.DBPath, "poll_interval", cfg.PollInterval.String())
	if cfg.DiscordToken == "" {
		log.Warn("no DISCORD_TOKEN: running ingest only; set DISCORD_TOKEN and DISCORD_APP_ID for the bot")
		<-ctx.Done()
		return nil
	}
	if err := cfg.requireDiscord(); err != nil {
		return err
	}
	return runDiscord(ctx, cfg, db, pipe, log)
}

// newPoller wires the feed poller to the store and the pipeline.
func newPoller(cfg config, db *store.DB, pipe *ingest.Pipeline, log *slog.Logger) *feed.Poller {
	return &feed.Poller{
		Fetcher:      newFetcher(cfg),
		Sources:      db,
		Articles:     db,
		Logger:       log,
		Interval:     cfg.PollInterval,
		DisableAfter: cfg.SourceMaxFailures,
		Concurrency:  cfg.PollConcurrency,
		Store: func(ctx context.Context, src news.Source, arts []news.Article) error {
			c, err := pipe.Ingest(ctx, arts)
			if err == nil {
				log.Info("source ingested", "source_url", src.URL, "new", c.New, "duplicate", c.Duplicate, "failed", c.Failed)
			}
			return err
		},
	}
}

// seedSources adds the curated feeds that are not stored yet; a feed the
// operator removed stays removed only if disabled, since a missing one is
// added again at start.
func seedSources(ctx context.Context, db news.SourceService, log *slog.Logger) error {
	added := 0
	for _, s := range feed.DefaultSources() {
		s.NextCheck = time.Now().UTC()
		err := db.CreateSource(ctx, &s)
		switch news.ErrorCode(err) {
		case "":
			added++
		case news.ECONFLICT:
		default:
			return fmt.Errorf("add default source %s: %w", s.URL, err)
		}
	}
	if added > 0 {
		log.Info("default sources added", "count", added)
	}
	return nil
}

var errNoDiscord = errors.New("the Discord side is not wired yet")

// runDiscord runs the bot until ctx ends.
func runDiscord(ctx context.Context, cfg config, db *store.DB, pipe *ingest.Pipeline, log *slog.Logger) error {
	return errNoDiscord
}
