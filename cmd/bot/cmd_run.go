package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"time"

	"github.com/conflict-digest/conflict-digest/analyze"
	"github.com/conflict-digest/conflict-digest/ask"
	"github.com/conflict-digest/conflict-digest/bot"
	"github.com/conflict-digest/conflict-digest/digest"
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
	return serve(ctx, cfg, services{fetcher: newFetcher(cfg)}, cfg.logger(stderr))
}

// services are what `bot run` reads the world with: the fetcher of the
// sources (its Client reads guilds' sources, its Operator client the
// operator's) and the clock of digest windows (nil: time.Now).
type services struct {
	fetcher *feed.Fetcher
	now     func() time.Time
}

// serve is `bot run` on cfg.
func serve(ctx context.Context, cfg config, svc services, log *slog.Logger) error {
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
	pipe := newPipeline(db, cfg, log, 15*time.Minute)
	poller := newPoller(cfg, svc.fetcher, db, pipe, log)
	loop := ingest.Start(ctx, poller)
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
	return runDiscord(ctx, cfg, db, log, svc.now)
}

// newPoller wires the poller: feed reads, ingest schedules, stores and
// keeps the sources' state.
func newPoller(cfg config, fetcher *feed.Fetcher, db *store.DB, pipe *ingest.Pipeline, log *slog.Logger) *ingest.Poller {
	return &ingest.Poller{
		Reader: &feed.Reader{
			Fetcher:  fetcher,
			Known:    func(ctx context.Context, a *news.Article) bool { _, err := db.FindDuplicate(ctx, a); return err == nil },
			Logger:   log,
			MaxPages: cfg.PollMaxPages,
			MaxItems: cfg.PollMaxItems,
		},
		Sources:      db,
		Pipeline:     pipe,
		Counter:      db,
		Logger:       log,
		Interval:     cfg.PollInterval,
		DisableAfter: cfg.SourceMaxFailures,
		Concurrency:  cfg.PollConcurrency,
		GuildShare:   cfg.PollGuildShare,
		Deadline:     cfg.PollDeadline,
		SlowAfter:    cfg.PollSlowAfter,
		MaxPerDay:    cfg.SourceMaxPerDay,
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

// shutdownGrace bounds the ordered shutdown: running digests finish within
// it, or are resumed from the outbox at the next start.
const shutdownGrace = 30 * time.Second

// runDiscord runs the bot and the scheduled digests until ctx ends, then
// stops them in order: interactions (Run returns), then running digests.
func runDiscord(ctx context.Context, cfg config, db *store.DB, log *slog.Logger, now func() time.Time) error {
	views := digest.NewViews(db) // every reader sees what its guild may see
	deliverer := &digest.Deliverer{Stories: views, Subs: db, Outbox: db, Render: bot.DigestMessages, Now: now,
		Horizon: db.StoredHorizon}
	sched := digest.NewScheduler(deliverer, log, nil)
	b, err := bot.New(bot.Config{
		Token:                    cfg.DiscordToken,
		ApplicationID:            cfg.DiscordAppID,
		DevGuildID:               cfg.DiscordDevGuildID,
		RESTBase:                 cfg.DiscordAPIBase,
		GatewayURL:               cfg.DiscordGatewayURL,
		MaxSubscriptionsPerGuild: cfg.MaxSubscriptionsPerGuild,
		DefaultTimeZone:          cfg.DefaultTimeZone,
		InteractionsAddr:         cfg.InteractionsAddr,
		PublicKey:                cfg.InteractionsPubKey,
	}, bot.Deps{
		Subscriptions: db,
		Sources:       db,
		Stories:       views,
		Guilds:        db,
		CheckURL:      feed.CheckURL,
		SuggestPlaces: analyze.SuggestPlaces,
		LookupPlace:   analyze.LookupPlace,
		DeliverNow: func(ctx context.Context, sub *news.Subscription) error {
			err := deliverNow(ctx, deliverer, sub)
			if err != nil && news.ErrorCode(err) != news.EEMPTY && news.ErrorCode(err) != news.EFORBIDDEN {
				// The digest waits in the outbox: the scheduler retries it
				// with back-off instead of leaving it to the next slot.
				sched.RunNow(sub.ID)
			}
			return err
		},
		Scheduler: sched,
		Notices:   db,
		State:     db,
		Ask: func(ctx context.Context, guildID, q string) (ask.Answer, error) {
			asker := ask.New(db.SentenceIndexFor(guildID), ask.Options{Logger: log})
			return asker.Ask(ctx, q, time.Now().UTC())
		},
		Logger: log,
	})
	if err != nil {
		return err
	}
	deliverer.Sender = b.Sender()
	deliverer.Undeliverable = b.PauseOnError
	deliverer.Parked = b.TellParked
	if err := startScheduler(ctx, db, sched); err != nil {
		return err
	}
	runErr := b.Run(ctx)
	stopCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), shutdownGrace)
	defer cancel()
	if err := sched.Stop(stopCtx); err != nil {
		log.Warn("digests still running at shutdown; the outbox resumes them at the next start", "error", err)
	}
	if runErr != nil && ctx.Err() == nil {
		return fmt.Errorf("discord: %w", runErr)
	}
	return nil
}

// deliverNow delivers a subscription's digest at once (/digest now) and
// turns the outcomes that sent nothing into messages for the user.
func deliverNow(ctx context.Context, d *digest.Deliverer, sub *news.Subscription) error {
	out, err := d.DeliverNow(ctx, sub.ID)
	if err != nil {
		return err
	}
	switch out {
	case digest.Quiet, digest.NotDue:
		return news.Errorf(news.EEMPTY, "Nothing new since the last digest of subscription #%d: nothing was sent.", sub.ID)
	case digest.Paused:
		return news.Errorf(news.EFORBIDDEN, "Subscription #%d is paused (%s): use /resume once that is fixed.", sub.ID, sub.PausedReason)
	}
	return nil
}

// startScheduler schedules every stored subscription and resumes the
// digests a previous run left unfinished.
func startScheduler(ctx context.Context, db *store.DB, sched *digest.Scheduler) error {
	subs, err := db.Subscriptions(ctx, news.SubscriptionFilter{})
	if err != nil {
		return fmt.Errorf("list subscriptions: %w", err)
	}
	pending, err := db.PendingOutboxes(ctx, 0)
	if err != nil {
		return fmt.Errorf("list unfinished digests: %w", err)
	}
	ids := make([]int64, len(pending))
	for i, o := range pending {
		ids[i] = o.SubscriptionID
	}
	return sched.Start(subs, ids)
}
