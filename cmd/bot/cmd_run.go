package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"sync/atomic"
	"time"

	"github.com/conflict-digest/conflict-digest/alert"
	"github.com/conflict-digest/conflict-digest/analyze"
	"github.com/conflict-digest/conflict-digest/ask"
	"github.com/conflict-digest/conflict-digest/bot"
	"github.com/conflict-digest/conflict-digest/digest"
	"github.com/conflict-digest/conflict-digest/feed"
	"github.com/conflict-digest/conflict-digest/ingest"
	"github.com/conflict-digest/conflict-digest/metrics"
	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/thread"
)

// runUsage heads `bot run --help`; the variables follow, from the table.
const runUsage = `Usage: bot run

Runs the service: polls the sources into the database and, with DISCORD_TOKEN,
serves the slash commands and delivers the digests. Every variable below is
checked before anything starts. SIGINT or SIGTERM stops it in order:
interactions, running digests, ingest, the database. bot doctor checks the
whole setup without starting it.`

// cmdRun runs the service: feed polling into the store and, with a token,
// the Discord bot and its scheduled digests. Every missing or bad setting
// is reported before anything starts. It stops on SIGINT/SIGTERM in order:
// interactions first, then running digests, then ingest, then the
// database, under one deadline, and logs each step.
func cmdRun(ctx context.Context, args []string, getenv env, stdout, stderr io.Writer) error {
	fs := newFlagSet("run", stderr)
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), runUsage)
		writeEnvHelp(fs.Output(), forRun)
	}
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	cfg, err := loadConfig(getenv, forRun) // every problem, before anything starts
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

// serve is `bot run` on cfg: it opens the database, runs the service until
// ctx ends or the bot stops, and shuts down in order, logging each step.
func serve(ctx context.Context, cfg config, svc services, log *slog.Logger) error {
	started := time.Now()
	build := readBuildInfo()
	db, err := openBackend(ctx, cfg, cfg.DBPath, log)
	if err != nil {
		return err
	}
	holder := instanceName()
	log.Info("starting", "version", build.Version, "revision", build.Revision, "db", db.where, "instance", holder)
	s := newService(cfg, svc, db, log, build, holder)
	err = s.run(ctx)
	s.shutdown()
	if cerr := db.Close(); cerr != nil {
		log.Error("database close failed", "error", cerr)
	} else {
		log.Info("database closed")
	}
	log.Info("stopped", "uptime", time.Since(started).Round(time.Second).String())
	return err
}

// service is what `bot run` starts, in the order it stops them.
type service struct {
	cfg config
	svc services
	db  *backend
	log *slog.Logger
	// holder names this instance in the leases of a shared database.
	holder string
	m      *metrics.Metrics
	ready  *readiness

	stopWatch func(context.Context)
	loop      *ingest.Loop
	retention *background
}

func newService(cfg config, svc services, db *backend, log *slog.Logger, build buildInfo, holder string) *service {
	m := metrics.New(metrics.Build{Version: build.Version, Revision: build.Revision, GoVersion: build.Go})
	polls := &pollWatch{next: m, started: time.Now(), maxAge: max(3*cfg.PollInterval, 15*time.Minute)}
	s := &service{cfg: cfg, svc: svc, db: db, log: log, m: m, holder: holder,
		ready: &readiness{db: db.health, polls: polls, discord: cfg.DiscordToken != "", httpMode: cfg.InteractionsAddr != ""}}
	m.Watch(metrics.Gauges{
		OpenStories: func() (float64, error) {
			n, err := db.health.OpenStories(context.Background(), time.Now().Add(-openStoryAge))
			return float64(n), err
		},
		DatabaseBytes: db.health.Size,
		Gateway: func() metrics.GatewayReading {
			if g := s.ready.gateway.Load(); g != nil {
				st := (*g)()
				return metrics.GatewayReading{Connected: st.Connected, SinceAck: st.SinceAck, Latency: st.Latency}
			}
			return metrics.GatewayReading{}
		},
	})
	return s
}

// run starts everything and blocks until ctx ends or the bot stops.
func (s *service) run(ctx context.Context) error {
	cfg, log := s.cfg, s.log
	if cfg.HTTPAddr != "" {
		stop, err := serveWatch(cfg.HTTPAddr, watchHandler(s.ready, s.m), log)
		if err != nil {
			return err
		}
		s.stopWatch = stop
	}
	if err := seedSources(ctx, s.db.sources, operatorSources(cfg), log); err != nil {
		return err
	}
	if cfg.Retention > 0 {
		ret := &retainer{db: s.db.prune, keep: cfg.Retention, log: log, now: time.Now, pruned: s.m.Pruned}
		s.retention = startRetention(ctx, ret)
	}
	pipe := newPipeline(s.db, cfg, log, 15*time.Minute)
	pipe.Observer = s.m
	pipe.MaxAge = cfg.Retention
	poller := newPoller(cfg, s.svc.fetcher, s.db, pollSources(s.db, cfg, s.holder), pipe, log)
	poller.Observer = s.ready.polls
	poller.Ingested = ingestCounter{s.m}
	s.loop = ingest.Start(ctx, poller)
	log.Info("ingest running", "db", s.db.where, "poll_interval", cfg.PollInterval.String(), "retention", cfg.Retention.String())
	if cfg.DiscordToken == "" {
		log.Warn("no DISCORD_TOKEN: running ingest only; set DISCORD_TOKEN and DISCORD_APP_ID for the bot")
		<-ctx.Done()
		log.Info("shutting down")
		return nil
	}
	return runDiscord(ctx, cfg, s.db, s.holder, log, s.m, s.ready, s.svc.now, s.svc.fetcher)
}

// shutdown stops what run started, in order, and logs each step.
func (s *service) shutdown() {
	s.ready.stopping.Store(true)
	if s.loop != nil {
		s.loop.Stop()
		s.log.Info("ingest stopped")
	}
	if s.retention != nil {
		s.retention.Stop()
		s.log.Info("retention stopped")
	}
	if s.stopWatch != nil {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		s.stopWatch(ctx)
		cancel()
		s.log.Info("monitoring stopped")
	}
}

// newPoller wires the poller: feed reads, ingest schedules, stores and
// keeps the sources' state.
func newPoller(cfg config, fetcher *feed.Fetcher, db *backend, sources news.SourceService, pipe *ingest.Pipeline, log *slog.Logger) *ingest.Poller {
	return &ingest.Poller{
		Reader: &feed.Reader{
			Fetcher: fetcher,
			Known: func(ctx context.Context, a *news.Article) bool {
				_, err := db.articles.FindDuplicate(ctx, a)
				return err == nil
			},
			Logger:   log,
			MaxPages: cfg.PollMaxPages,
			MaxItems: cfg.PollMaxItems,
		},
		Sources:      sources,
		Pipeline:     pipe,
		Counter:      db.sources,
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

// operatorSources lists the sources the operator's configuration names:
// the curated feeds (CD_DEFAULT_FEEDS) and CD_SOURCES. They belong to no
// guild, so they reach every guild; a CD_SOURCES feed is named by its own
// title at its first read.
func operatorSources(cfg config) []news.Source {
	var out []news.Source
	if cfg.DefaultFeeds {
		out = feed.DefaultSources()
	}
	for _, u := range cfg.Sources {
		out = append(out, news.Source{URL: u, Kind: news.KindFeed})
	}
	return out
}

// seedSources adds the operator's sources that are not stored yet; a feed
// the operator removed stays removed only if disabled, since a missing one
// is added again at start.
func seedSources(ctx context.Context, db news.SourceService, sources []news.Source, log *slog.Logger) error {
	added := 0
	for _, s := range sources {
		s.NextCheck = time.Now().UTC()
		err := db.CreateSource(ctx, &s)
		switch news.ErrorCode(err) {
		case "":
			added++
		case news.ECONFLICT:
		default:
			return fmt.Errorf("add source %s: %w", s.URL, err)
		}
	}
	if added > 0 {
		log.Info("operator sources added", "count", added)
	}
	return nil
}

// shutdownGrace bounds the ordered shutdown, counted from the signal (a
// harness or an orchestrator kills the process after its own grace, 30 s
// in the tests, 45 s in the compose file): running digests finish within
// digestGrace of the signal, or are resumed from the outbox (at the next
// start, or by another instance once their claims expire), which leaves
// the rest of it to what stops after them (the rate share, ingest,
// monitoring, the database).
const (
	shutdownGrace = 30 * time.Second
	digestGrace   = shutdownGrace - 5*time.Second
)

// endedAt returns when ctx ended (now, while it has not) and the function
// that stops watching it: the shutdown's deadline counts from the signal,
// not from the end of the steps before it.
func endedAt(ctx context.Context) (func() time.Time, func() bool) {
	var at atomic.Int64
	forget := context.AfterFunc(ctx, func() { at.Store(time.Now().UnixNano()) })
	return func() time.Time {
		if n := at.Load(); n != 0 {
			return time.Unix(0, n)
		}
		return time.Now()
	}, forget
}

// openStoryAge is how long after its last change a story counts as open
// for the stories_open gauge: ingest keeps about a month of event days at
// hand for new reports to join.
const openStoryAge = 30 * 24 * time.Hour

// runDiscord runs the bot and the scheduled digests until ctx ends, then
// stops them in order: interactions (Run returns), then running digests.
// Digests and Discord requests are counted into m; the gateway's state is
// handed to the readiness check. now is the clock of digest windows (nil:
// time.Now).
func runDiscord(ctx context.Context, cfg config, db *backend, holder string, log *slog.Logger, m *metrics.Metrics, ready *readiness,
	now func() time.Time, fetcher *feed.Fetcher) error {
	views := digest.NewViews(db.stories) // every reader sees what its guild may see
	// Built before their users, so that nothing is patched in after
	// construction: the sender and the guild directory, the notifier that
	// tells of failed deliveries, the deliverer, its scheduler, the bot.
	sender := bot.NewSender(bot.SenderConfig{Token: cfg.DiscordToken, APIBase: bot.APIBase(cfg.DiscordAPIBase),
		Client: discordClient(m), Logger: log, State: db.botState, GlobalRate: cfg.DiscordRate})
	directory := bot.NewGuildDirectory()
	notifier := bot.NewNotifier(bot.NotifierConfig{Sender: sender, Subscriptions: db.subscriptions, State: db.botState, Guilds: directory,
		Logger: log, Now: now})
	claims := deliveryClaims(db, cfg, holder)
	deliverer := &digest.Deliverer{Stories: views, Subs: db.subscriptions, Outbox: countingOutbox{db.outbox, m}, Render: bot.DigestMessages,
		Now: now, Horizon: (&sharedHorizon{read: db.articles.StoredHorizon, fresh: time.Second}).Horizon, Sender: sender, Memory: db.outbox,
		Undeliverable: countPaused(notifier.PauseOnError, m), Parked: countParked(notifier.TellParked, m),
		Claims: asClaims(claims)}
	sched := digest.NewScheduler(countingRunner{deliverer, m}, log, nil)
	if claims != nil {
		// Twice the claims held at once: a batch of claims finds the next
		// deliveries waiting while the last ones send.
		sched.Workers = 2 * cfg.DeliveryConcurrency
	}
	decider := &alert.Decider{Stories: views, Articles: db.articles}
	alerter := &alert.Alerter{Decider: decider, Store: db.alerts, Sender: sender, PerHour: cfg.AlertsPerHour,
		Horizon: db.articles.StoredHorizon, Now: now, Logger: log, Hold: roundHold(db, cfg, holder, "alert/round")}
	follower := &thread.Follower{Stories: views, Articles: db.articles, Store: db.threads, Sender: sender,
		Horizon: db.articles.StoredHorizon, Now: now, Logger: log, Hold: roundHold(db, cfg, holder, "thread/round")}
	b, err := bot.New(bot.Config{
		Token:                    cfg.DiscordToken,
		ApplicationID:            cfg.DiscordAppID,
		DevGuildID:               cfg.DiscordDevGuildID,
		RESTBase:                 cfg.DiscordAPIBase,
		GatewayURL:               cfg.DiscordGatewayURL,
		ShardCount:               cfg.DiscordShardCount,
		InstanceID:               holder,
		LeaseTTL:                 cfg.LeaseTTL,
		MaxSubscriptionsPerGuild: cfg.MaxSubscriptionsPerGuild,
		MaxAlertsPerGuild:        cfg.MaxAlertsPerGuild,
		DefaultTimeZone:          cfg.DefaultTimeZone,
		InteractionsAddr:         cfg.InteractionsAddr,
		PublicKey:                cfg.InteractionsPubKey,
		HTTPClient:               discordClient(m),
	}, bot.Deps{
		Subscriptions: db.subscriptions,
		Sources:       db.sources,
		Stories:       views,
		Guilds:        db.guilds,
		CheckURL:      feed.CheckURL,
		// Known: every item, so no article page is fetched — the
		// feed's own texts tell their language.
		ProbeFeed: probeFeed(&feed.Reader{Fetcher: fetcher, MaxItems: cfg.PollMaxItems, Logger: log,
			Known: func(context.Context, *news.Article) bool { return true }}),
		Unread:        db.sources,
		SuggestPlaces: analyze.SuggestPlaces,
		LookupPlace:   analyze.LookupPlace,
		DeliverNow: func(ctx context.Context, sub *news.Subscription) error {
			err := deliverNow(ctx, deliverer, sub)
			if code := news.ErrorCode(err); err != nil && code != news.EEMPTY && code != news.EFORBIDDEN && code != news.ECONFLICT {
				// The digest waits in the outbox: the scheduler retries it
				// with back-off instead of leaving it to the next slot.
				sched.RunNow(sub.ID)
			}
			return err
		},
		Scheduler:    sched,
		Alerts:       db.alerts,
		AlertDecider: decider,
		Threads:      db.threads,
		Notices:      db.botState,
		State:        db.botState,
		Leases:       db.leases,
		Sender:       sender,
		Directory:    directory,
		Notifier:     notifier,
		Ask: func(ctx context.Context, guildID, q string) (ask.Answer, error) {
			asker := ask.New(db.askIndex(guildID), ask.Options{Logger: log})
			return asker.Ask(ctx, q, time.Now().UTC())
		},
		Logger: log,
	})
	if err != nil {
		return err
	}
	status := b.GatewayStatus
	ready.gateway.Store(&status)
	if err := startScheduler(ctx, db.subscriptions, db.outbox, sched); err != nil {
		return err
	}
	var synced *background // nil: the only instance
	if db.pg != nil {
		synced = startSync(ctx, db, sched, cfg.LeaseRenew, log)
	}
	alerts := alert.Start(ctx, alerter, cfg.AlertInterval)
	threads := thread.Start(ctx, follower, cfg.ThreadInterval)
	signalled, forget := endedAt(ctx)
	defer forget()
	runErr := b.Run(ctx)
	if ctx.Err() != nil {
		log.Info("shutting down")
	}
	ready.stopping.Store(true)
	log.Info("interactions stopped")
	stopCtx, cancel := context.WithDeadline(context.WithoutCancel(ctx), signalled().Add(digestGrace))
	defer cancel()
	alerts.Stop()
	log.Info("alerts stopped")
	threads.Stop()
	log.Info("story threads stopped")
	synced.Stop()
	claims.Close() // the deliveries not begun go to the other instances
	if err := sched.Stop(stopCtx); err != nil {
		log.Warn("digests still running at shutdown; the outbox resumes them at the next start", "error", err)
	} else {
		log.Info("digests finished")
	}
	// Only now, with nothing left to send: the share of the request rate
	// the running digests sent at (given up with Run, it held them at the
	// gate until the deadline cut them off).
	b.Close()
	if db.pg != nil {
		log.Info("rate share given up")
	}
	if runErr != nil && ctx.Err() == nil {
		return fmt.Errorf("discord: %w", runErr)
	}
	return nil
}

// probeFeed reads a feed a guild adds once, as its polling will (the
// guild's SSRF policy, no article pages), and counts its items by
// language, for /sources add to say what the bot will not read.
func probeFeed(r *feed.Reader) func(ctx context.Context, guildID, url string) (bot.FeedProbe, error) {
	return func(ctx context.Context, guildID, url string) (bot.FeedProbe, error) {
		res, err := r.Read(ctx, news.Source{URL: url, Kind: news.KindFeed, GuildID: guildID})
		if err != nil {
			return bot.FeedProbe{}, err
		}
		p := bot.FeedProbe{Items: len(res.Articles), Languages: map[string]int{}}
		for _, a := range res.Articles {
			p.Languages[analyze.Language(a.Title, a.Text)]++
		}
		return p, nil
	}
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
	case digest.Elsewhere:
		return news.Errorf(news.ECONFLICT, "Another instance of the bot is delivering subscription #%d right now: its digest is on its way.", sub.ID)
	case digest.Paused:
		return news.Errorf(news.EFORBIDDEN, "Subscription #%d is paused (%s): use /resume once that is fixed.", sub.ID, sub.PausedReason)
	}
	return nil
}

// startScheduler schedules every stored subscription and resumes the
// digests a previous run left unfinished.
func startScheduler(ctx context.Context, subscriptions news.SubscriptionService, outbox news.OutboxService, sched *digest.Scheduler) error {
	subs, err := subscriptions.Subscriptions(ctx, news.SubscriptionFilter{})
	if err != nil {
		return fmt.Errorf("list subscriptions: %w", err)
	}
	pending, err := outbox.PendingOutboxes(ctx, 0)
	if err != nil {
		return fmt.Errorf("list unfinished digests: %w", err)
	}
	ids := make([]int64, len(pending))
	for i, o := range pending {
		ids[i] = o.SubscriptionID
	}
	return sched.Start(subs, ids)
}
