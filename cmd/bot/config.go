package main

import (
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/netip"
	"strings"
	"time"
)

// config is the whole configuration, read from the environment once and
// validated as a whole: every bad variable is named in one error. The
// variables, their defaults and meanings are the settings table
// (settings.go): the one source of `bot run --help` and .env.example.
type config struct {
	DBPath      string // CD_DB
	DatabaseURL string // CD_DATABASE_URL: PostgreSQL instead of SQLite (secret: it may hold a password)

	LeaseTTL            time.Duration // CD_LEASE_TTL: a lease on a delivery or a poll (PostgreSQL)
	LeaseRenew          time.Duration // CD_LEASE_RENEW: between renewals, and between looks for work left
	DeliveryConcurrency int           // CD_DELIVERY_CONCURRENCY: deliveries one instance claims at once

	LogLevel  slog.Level // CD_LOG_LEVEL: debug, info, warn, error
	LogFormat string     // CD_LOG_FORMAT: text or json

	DiscordToken       string // DISCORD_TOKEN (secret: never logged)
	DiscordAppID       string // DISCORD_APP_ID
	DiscordDevGuildID  string // DISCORD_DEV_GUILD_ID: register commands in this guild only
	DiscordAPIBase     string // DISCORD_API_BASE: Discord base URL; REST is under api/v10/ (a proxy, or a fake in tests)
	DiscordGatewayURL  string // DISCORD_GATEWAY_URL: overrides the gateway URL Discord hands out
	DiscordShardCount  int    // DISCORD_SHARD_COUNT: gateway shards; 0: Discord's recommendation
	InteractionsAddr   string // INTERACTIONS_ADDR: listen address of the HTTP interactions endpoint
	InteractionsPubKey string // INTERACTIONS_PUBLIC_KEY: the application's Ed25519 public key, hex
	DiscordRate        int    // CD_DISCORD_RATE: REST requests per second of this instance

	DefaultFeeds      bool          // CD_DEFAULT_FEEDS: follow the curated conflict-news feeds
	Sources           []string      // CD_SOURCES: the operator's own feed URLs, for every guild
	PollInterval      time.Duration // CD_POLL_INTERVAL: base interval between polls of a source
	PollConcurrency   int           // CD_POLL_CONCURRENCY
	PollGuildShare    int           // CD_POLL_GUILD_SHARE: polls one guild's sources may hold at once; 0: half
	PollDeadline      time.Duration // CD_POLL_DEADLINE: one whole poll of a source, feed and teaser pages
	PollSlowAfter     time.Duration // CD_POLL_SLOW_AFTER: a poll slower than this backs the source off
	PollMaxItems      int           // CD_POLL_MAX_ITEMS: items kept per poll, newest first
	PollMaxPages      int           // CD_POLL_MAX_PAGES: teaser pages fetched per poll
	SourceMaxPerDay   int           // CD_SOURCE_MAX_PER_DAY: new articles one source may store in 24 hours
	FetchTimeout      time.Duration // CD_FETCH_TIMEOUT: whole request
	FetchMaxBytes     int64         // CD_FETCH_MAX_BYTES: body-size cap
	FetchAllowPrivate bool          // CD_FETCH_ALLOW_PRIVATE: let user URLs reach private addresses
	FetchAllowCIDRs   []netip.Prefix
	UserAgent         string // CD_USER_AGENT
	SourceMaxFailures int    // CD_SOURCE_MAX_FAILURES: consecutive failures before a source is disabled

	MaxSubscriptionsPerGuild int           // CD_MAX_SUBSCRIPTIONS_PER_GUILD
	AlertsPerHour            int           // CD_ALERTS_PER_HOUR: alert posts per channel per hour
	AlertInterval            time.Duration // CD_ALERT_INTERVAL: between alert rounds
	ThreadInterval           time.Duration // CD_THREAD_INTERVAL: between story thread rounds
	MaxAlertsPerGuild        int           // CD_MAX_ALERTS_PER_GUILD
	DefaultTimeZone          string        // CD_DEFAULT_TIMEZONE

	HTTPAddr      string        // CD_HTTP_ADDR: /healthz, /readyz and /metrics; "" is off
	Retention     time.Duration // CD_RETENTION: articles stored longer ago are pruned; 0 keeps all
	MigrateBackup bool          // CD_MIGRATE_BACKUP: back up before migrating an older database
}

// loadConfig reads the variables that the command named by sc uses from
// getenv and validates them; the others keep their defaults and are not
// looked at, so a bad run-only variable never breaks an offline command.
func loadConfig(getenv env, sc scope) (config, error) {
	var c config
	var errs []error
	for _, s := range settings {
		v := s.def
		if s.scope&sc != 0 {
			if raw := strings.TrimSpace(getenv(s.name)); raw != "" {
				v = raw
			}
		}
		if err := s.set(&c, v); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", s.name, err))
		}
	}
	if sc&scopeDiscord != 0 && c.InteractionsAddr != "" && c.InteractionsPubKey == "" {
		errs = append(errs, errors.New("INTERACTIONS_PUBLIC_KEY: is required when INTERACTIONS_ADDR is set (the application's public key, from the developer portal's General Information page)"))
	}
	if sc&scopeDiscord != 0 && (c.DiscordToken != "" || c.DiscordAppID != "") {
		// The bot is meant to run: what it lacks is reported with the rest.
		errs = append(errs, c.missingDiscord()...)
	}
	if sc&scopeService != 0 && c.Retention > 0 && c.Retention < minRetention {
		errs = append(errs, fmt.Errorf("CD_RETENTION: %s is shorter than %s: articles of stories that are still reported would be pruned", c.Retention, minRetention))
	}
	if sc&scopeService != 0 && c.PollSlowAfter > c.PollDeadline {
		errs = append(errs, fmt.Errorf("CD_POLL_SLOW_AFTER: %s is longer than CD_POLL_DEADLINE (%s), which cuts every poll first", c.PollSlowAfter, c.PollDeadline))
	}
	if sc&scopeService != 0 && c.LeaseRenew >= c.LeaseTTL {
		errs = append(errs, fmt.Errorf("CD_LEASE_RENEW: %s is not less than CD_LEASE_TTL (%s): leases would expire before they are renewed", c.LeaseRenew, c.LeaseTTL))
	}
	if sc&scopeService != 0 && c.PollGuildShare > c.PollConcurrency {
		errs = append(errs, fmt.Errorf("CD_POLL_GUILD_SHARE: %d is more than CD_POLL_CONCURRENCY (%d): one guild could hold every poll", c.PollGuildShare, c.PollConcurrency))
	}
	if len(errs) > 0 {
		return c, fmt.Errorf("invalid configuration (see `bot run --help`):\n  %w", errors.Join(errs...))
	}
	return c, nil
}

// minRetention is the shortest CD_RETENTION: a story stays open while it
// is reported (ingest keeps about a month of event days at hand), and its
// articles must outlive that.
const minRetention = 30 * 24 * time.Hour

// missingDiscord lists what the bot needs once a token (or an
// application id) is given.
func (c config) missingDiscord() []error {
	var errs []error
	if c.DiscordToken == "" {
		errs = append(errs, errors.New("DISCORD_TOKEN: is required with DISCORD_APP_ID (the bot's token, from the developer portal's Bot page)"))
	}
	if c.DiscordAppID == "" {
		errs = append(errs, errors.New("DISCORD_APP_ID: is required with DISCORD_TOKEN (the application id, from the developer portal's General Information page)"))
	}
	return errs
}

// logger builds the process's logger from the configuration.
func (c config) logger(w io.Writer) *slog.Logger {
	opts := &slog.HandlerOptions{Level: c.LogLevel}
	if c.LogFormat == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}
