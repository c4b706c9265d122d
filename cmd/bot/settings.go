package main

import (
	"crypto/ed25519"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/netip"
	"strconv"
	"strings"
	"time"

	"github.com/conflict-digest/conflict-digest/bot"
	"github.com/conflict-digest/conflict-digest/feed"
	"github.com/conflict-digest/conflict-digest/news"
)

// scope says which commands read a variable: each command validates only
// the variables of its scopes.
type scope uint8

const (
	scopeLog     scope = 1 << iota // every command
	scopeOpen                      // commands that open a database
	scopeStory                     // commands that analyse and group articles
	scopeFetch                     // commands that fetch URLs
	scopeService                   // bot run and bot doctor
	scopeDiscord                   // bot run and bot doctor, with a token
)

// The scopes of each command.
const (
	forAnalyze = scopeLog
	forRead    = scopeLog | scopeOpen // digest, ask, stories, backup
	forDemo    = scopeLog | scopeOpen | scopeStory
	forIngest  = scopeLog | scopeOpen | scopeStory | scopeFetch
	forRun     = scopeLog | scopeOpen | scopeStory | scopeFetch | scopeService | scopeDiscord
)

// setting is one environment variable. The table below is the only place
// a variable is described: loadConfig validates through it, `bot run
// --help` prints it, and .env.example is made from it (a test keeps the
// file in step).
type setting struct {
	group  string
	name   string
	def    string // the default, as written in .env.example
	help   string
	scope  scope
	secret bool
	// set parses v (the value, or the default) into c; its error says what
	// a good value looks like.
	set func(c *config, v string) error
}

// settings is every variable, in the order of the help and .env.example.
var settings = []setting{
	{group: "Storage", name: "CD_DB", def: "conflict-digest.db", scope: scopeService,
		help: "SQLite database file used by `bot run` and `bot doctor` (the other commands take --db). One `bot run` per file: several instances share PostgreSQL (CD_DATABASE_URL).",
		set:  func(c *config, v string) error { c.DBPath = v; return nil }},
	{group: "Storage", name: "CD_DATABASE_URL", def: "", scope: scopeOpen, secret: true,
		help: "PostgreSQL instead of SQLite: postgres://user:password@host:5432/database. `bot run` keeps its data there, and any number of `bot run` may share it (see CD_LEASE_TTL); `bot ingest`, `bot digest`, `bot ask` and `bot stories` use it when given no --db. Empty: SQLite (CD_DB, --db).",
		set:  func(c *config, v string) (err error) { c.DatabaseURL, err = parseDatabaseURL(v); return }},
	{group: "Storage", name: "CD_LEASE_TTL", def: "30s", scope: scopeService,
		help: "With PostgreSQL, instances sharing the database lease their work: each subscription's digest delivery and each source's poll goes to one instance, for this long (at least 1s, by the database's clock), renewed while it runs. An instance that dies or stalls hands its work over when its leases expire; one paused past its lease records nothing more. SQLite: not used.",
		set:  func(c *config, v string) (err error) { c.LeaseTTL, err = parseDuration(v, time.Second); return }},
	{group: "Storage", name: "CD_LEASE_RENEW", def: "10s", scope: scopeService,
		help: "With PostgreSQL, how often a held lease is renewed and each instance looks for work left to it (digests due or unfinished whose lease expired, subscriptions added or changed by another instance); less than CD_LEASE_TTL.",
		set: func(c *config, v string) (err error) {
			c.LeaseRenew, err = parseDuration(v, 100*time.Millisecond)
			return
		}},
	{group: "Storage", name: "CD_DELIVERY_CONCURRENCY", def: "8", scope: scopeService,
		help: "With PostgreSQL, the digest deliveries one instance claims and sends at once; the rest of a slot's subscriptions are left to the other instances or claimed as these finish. SQLite: not used (the one instance sends every due digest).",
		set:  func(c *config, v string) (err error) { c.DeliveryConcurrency, err = parseInt(v, 1, 1000); return }},
	{group: "Storage", name: "CD_RETENTION", def: "", scope: scopeService,
		help: "Articles published longer ago than this (stored, when their date is unknown) are pruned with their analyses and index rows, and delivered digests with them, in small batches, e.g. 180d (at least 30d, as stories stay open while reported); stories keep their summaries and figures, and a polled article already that old is not stored. Empty: keep everything.",
		set:  func(c *config, v string) (err error) { c.Retention, err = parseRetention(v); return }},
	{group: "Storage", name: "CD_MIGRATE_BACKUP", def: "true", scope: scopeOpen,
		help: "Copy a database to FILE.pre-NNNN-TIME.bak (and check the copy) before migrating it to a newer schema.",
		set:  func(c *config, v string) (err error) { c.MigrateBackup, err = parseBool(v); return }},

	{group: "Logging", name: "CD_LOG_LEVEL", def: "info", scope: scopeLog,
		help: "debug | info | warn | error",
		set:  func(c *config, v string) (err error) { c.LogLevel, err = parseLevel(v); return }},
	{group: "Logging", name: "CD_LOG_FORMAT", def: "text", scope: scopeLog,
		help: "text | json",
		set:  func(c *config, v string) (err error) { c.LogFormat, err = oneOf(v, "text", "json"); return }},

	{group: "Monitoring", name: "CD_HTTP_ADDR", def: "", scope: scopeService,
		help: "Listen address of /healthz, /readyz and /metrics (Prometheus), e.g. 127.0.0.1:9090. Empty: off. Not authenticated: keep it on loopback or a private network.",
		set:  func(c *config, v string) (err error) { c.HTTPAddr, err = parseAddr(v); return }},

	{group: "Discord", name: "DISCORD_TOKEN", def: "", scope: scopeDiscord, secret: true,
		help: "Bot token (secret; never logged). Without it `bot run` only ingests.",
		set:  func(c *config, v string) error { c.DiscordToken = v; return nil }},
	{group: "Discord", name: "DISCORD_APP_ID", def: "", scope: scopeDiscord,
		help: "Application id (required with DISCORD_TOKEN).",
		set:  func(c *config, v string) (err error) { c.DiscordAppID, err = parseSnowflake(v); return }},
	{group: "Discord", name: "DISCORD_DEV_GUILD_ID", def: "", scope: scopeDiscord,
		help: "When set, slash commands are registered in this guild only (instant updates while developing).",
		set:  func(c *config, v string) (err error) { c.DiscordDevGuildID, err = parseSnowflake(v); return }},
	{group: "Discord", name: "DISCORD_API_BASE", def: "https://discord.com/", scope: scopeDiscord,
		help: "Discord base URL (REST is under api/v10/): Discord by default; a REST proxy, or a local fake in tests.",
		set: func(c *config, v string) (err error) {
			c.DiscordAPIBase, err = parseDiscordURL(v, "http", "https")
			return
		}},
	{group: "Discord", name: "DISCORD_GATEWAY_URL", def: "", scope: scopeDiscord,
		help: "Gateway URL override; empty: the URL Discord hands out.",
		set: func(c *config, v string) (err error) {
			c.DiscordGatewayURL, err = parseDiscordURL(v, "ws", "wss")
			return
		}},
	{group: "Discord", name: "DISCORD_SHARD_COUNT", def: "0", scope: scopeDiscord,
		help: "Gateway shards, each a connection identifying as [shard_id, count]; 0: the count Discord recommends (GET /gateway/bot), or 1 with DISCORD_GATEWAY_URL. Instances sharing PostgreSQL hold the shards between them by lease and take over a dead one's; every instance must use the same count.",
		set:  func(c *config, v string) (err error) { c.DiscordShardCount, err = parseInt(v, 0, 65536); return }},
	{group: "Discord", name: "INTERACTIONS_ADDR", def: "", scope: scopeDiscord,
		help: "Optional HTTP interactions endpoint: listen address (e.g. :8080). Empty: gateway only.",
		set:  func(c *config, v string) (err error) { c.InteractionsAddr, err = parseAddr(v); return }},
	{group: "Discord", name: "INTERACTIONS_PUBLIC_KEY", def: "", scope: scopeDiscord,
		help: "The application's Ed25519 public key (hex, from the developer portal), required with INTERACTIONS_ADDR.",
		set:  func(c *config, v string) (err error) { c.InteractionsPubKey, err = parsePublicKey(v); return }},
	{group: "Discord", name: "CD_DISCORD_RATE", def: "50", scope: scopeDiscord,
		help: "Most requests per second this instance sends to Discord's REST API. Discord allows 50 per bot token, not per process: instances sharing a PostgreSQL database share them (each sends within 50 / live instances, the requests of its start included), so the default holds for any number of instances.",
		set:  func(c *config, v string) (err error) { c.DiscordRate, err = parseInt(v, 1, 50); return }},
	{group: "Discord", name: "CD_MAX_SUBSCRIPTIONS_PER_GUILD", def: "25", scope: scopeService,
		help: "Most subscriptions one guild may have.",
		set:  func(c *config, v string) (err error) { c.MaxSubscriptionsPerGuild, err = parseInt(v, 1, 1000); return }},
	{group: "Discord", name: "CD_ALERTS_PER_HOUR", def: "5", scope: scopeService,
		help: "Most alert posts (/alert) one channel gets in an hour; a round over it folds the rest into one \"and K more\" post, and alerts past it wait for the next hour.",
		set:  func(c *config, v string) (err error) { c.AlertsPerHour, err = parseInt(v, 1, 60); return }},
	{group: "Discord", name: "CD_ALERT_INTERVAL", def: "15s", scope: scopeService,
		help: "How often the alert rules are decided on what was stored since (at least 1s): an alert goes out within this of its article being stored.",
		set:  func(c *config, v string) (err error) { c.AlertInterval, err = parseDuration(v, time.Second); return }},
	{group: "Discord", name: "CD_THREAD_INTERVAL", def: "1m", scope: scopeService,
		help: "How often followed channels (/follow) get their new story threads and the later reports of their stories (at least 1s); quiet threads are archived in the same rounds.",
		set:  func(c *config, v string) (err error) { c.ThreadInterval, err = parseDuration(v, time.Second); return }},
	{group: "Discord", name: "CD_MAX_ALERTS_PER_GUILD", def: "25", scope: scopeService,
		help: "Most alert rules (/alert add) one guild may have.",
		set:  func(c *config, v string) (err error) { c.MaxAlertsPerGuild, err = parseInt(v, 1, 1000); return }},
	{group: "Discord", name: "CD_DEFAULT_TIMEZONE", def: "UTC", scope: scopeService,
		help: "Time zone offered by default in /subscribe.",
		set:  func(c *config, v string) (err error) { c.DefaultTimeZone, err = parseZone(v); return }},

	{group: "Ingestion", name: "CD_DEFAULT_FEEDS", def: "true", scope: scopeService,
		help: "Follow the curated list of conflict-news feeds (UN News, ReliefWeb, Crisis Group, ...).",
		set:  func(c *config, v string) (err error) { c.DefaultFeeds, err = parseBool(v); return }},
	{group: "Ingestion", name: "CD_SOURCES", def: "", scope: scopeService,
		help: "The operator's own feeds, for every guild: http(s) URLs separated by spaces or commas (named by the feed's title).",
		set:  func(c *config, v string) (err error) { c.Sources, err = parseSources(v); return }},
	{group: "Ingestion", name: "CD_POLL_INTERVAL", def: "15m", scope: scopeService,
		help: "Base interval between polls of one source (back-off multiplies it on failures).",
		set:  func(c *config, v string) (err error) { c.PollInterval, err = parseDuration(v, time.Minute); return }},
	{group: "Ingestion", name: "CD_POLL_CONCURRENCY", def: "4", scope: scopeService,
		help: "Sources polled at once.",
		set:  func(c *config, v string) (err error) { c.PollConcurrency, err = parseInt(v, 1, 64); return }},
	{group: "Ingestion", name: "CD_POLL_GUILD_SHARE", def: "0", scope: scopeService,
		help: "Polls one guild's sources (or the operator's) may hold at once, at most CD_POLL_CONCURRENCY; 0: half of it, at least 1.",
		set:  func(c *config, v string) (err error) { c.PollGuildShare, err = parseInt(v, 0, 64); return }},
	{group: "Ingestion", name: "CD_POLL_DEADLINE", def: "2m", scope: scopeService,
		help: "Time limit of one whole poll of a source: its feed and teaser pages.",
		set:  func(c *config, v string) (err error) { c.PollDeadline, err = parseDuration(v, 10*time.Second); return }},
	{group: "Ingestion", name: "CD_POLL_SLOW_AFTER", def: "1m", scope: scopeService,
		help: "A poll slower than this backs its source off like a failure (but never disables it); at most CD_POLL_DEADLINE.",
		set:  func(c *config, v string) (err error) { c.PollSlowAfter, err = parseDuration(v, time.Second); return }},
	{group: "Ingestion", name: "CD_POLL_MAX_ITEMS", def: "300", scope: scopeFetch,
		help: "Items kept from one poll of a source (or one URL on the command line), newest first.",
		set:  func(c *config, v string) (err error) { c.PollMaxItems, err = parseInt(v, 1, 10000); return }},
	{group: "Ingestion", name: "CD_POLL_MAX_PAGES", def: "30", scope: scopeFetch,
		help: "Teaser pages fetched in one poll of a source.",
		set:  func(c *config, v string) (err error) { c.PollMaxPages, err = parseInt(v, 1, 1000); return }},
	{group: "Ingestion", name: "CD_SOURCE_MAX_PER_DAY", def: "2000", scope: scopeService,
		help: "New articles one source may store in 24 hours; the rest wait for the next day.",
		set:  func(c *config, v string) (err error) { c.SourceMaxPerDay, err = parseInt(v, 1, 1000000); return }},
	{group: "Ingestion", name: "CD_FETCH_TIMEOUT", def: "30s", scope: scopeFetch,
		help: "Time limit of one fetch (feed or page).",
		set:  func(c *config, v string) (err error) { c.FetchTimeout, err = parseDuration(v, time.Second); return }},
	{group: "Ingestion", name: "CD_FETCH_MAX_BYTES", def: "10485760", scope: scopeFetch,
		help: "Body-size cap of one fetch, bytes; a longer body is cut at the cap with an error.",
		set: func(c *config, v string) error {
			n, err := parseInt(v, 64<<10, 1<<30)
			c.FetchMaxBytes = int64(n)
			return err
		}},
	{group: "Ingestion", name: "CD_FETCH_ALLOW_PRIVATE", def: "false", scope: scopeFetch,
		help: "Let user-supplied URLs reach loopback/private/link-local addresses (refused by default).",
		set:  func(c *config, v string) (err error) { c.FetchAllowPrivate, err = parseBool(v); return }},
	{group: "Ingestion", name: "CD_FETCH_ALLOW_CIDRS", def: "", scope: scopeFetch,
		help: "Comma-separated CIDR prefixes allowed despite the guard, e.g. 10.1.2.0/24.",
		set:  func(c *config, v string) (err error) { c.FetchAllowCIDRs, err = parsePrefixes(v); return }},
	{group: "Ingestion", name: "CD_USER_AGENT", def: "", scope: scopeFetch,
		help: "User-Agent of fetches; empty: conflict-digest/VERSION with the project URL.",
		set:  func(c *config, v string) error { c.UserAgent = v; return nil }},
	{group: "Ingestion", name: "CD_SOURCE_MAX_FAILURES", def: "10", scope: scopeService,
		help: "Consecutive failures after which a source is disabled (the reason is kept).",
		set:  func(c *config, v string) (err error) { c.SourceMaxFailures, err = parseInt(v, 1, 1000); return }},
}

// settingNamed returns the setting of a variable, nil when there is none.
func settingNamed(name string) *setting {
	for i := range settings {
		if settings[i].name == name {
			return &settings[i]
		}
	}
	return nil
}

func oneOf(v string, allowed ...string) (string, error) {
	l := strings.ToLower(v)
	for _, a := range allowed {
		if l == a {
			return l, nil
		}
	}
	return "", fmt.Errorf("%q is not one of %s", v, strings.Join(allowed, ", "))
}

func parseBool(v string) (bool, error) {
	b, err := strconv.ParseBool(v)
	if err != nil {
		return false, fmt.Errorf("%q is not a boolean (true or false)", v)
	}
	return b, nil
}

func parseInt(v string, lo, hi int) (int, error) {
	n, err := strconv.Atoi(v)
	if err != nil || n < lo || n > hi {
		return 0, fmt.Errorf("%q is not a whole number from %d to %d", v, lo, hi)
	}
	return n, nil
}

func parseDuration(v string, least time.Duration) (time.Duration, error) {
	d, err := time.ParseDuration(v)
	if err != nil || d < least {
		return 0, fmt.Errorf("%q is not a duration of at least %s (e.g. 15m, 1h)", v, least)
	}
	return d, nil
}

// parseRetention reads a retention: "" or "0" is none, else a duration in
// days (180d) or hours (4320h) of at least a day.
func parseRetention(v string) (time.Duration, error) {
	if v == "" || v == "0" {
		return 0, nil
	}
	d, err := parseSpan(v)
	if err != nil || d < 24*time.Hour {
		return 0, fmt.Errorf("%q is not a retention of at least a day (e.g. 180d, 720h); empty keeps everything", v)
	}
	return d, nil
}

func parseURL(v string, schemes ...string) (string, error) {
	if v == "" {
		return "", nil
	}
	for _, s := range schemes {
		if strings.HasPrefix(v, s+"://") {
			return v, nil
		}
	}
	return "", fmt.Errorf("%q is not a %s URL", v, strings.Join(schemes, " or "))
}

// parseDiscordURL is parseURL for an address the token is sent to: plain
// http or ws only on loopback, never in clear across a network.
func parseDiscordURL(v string, schemes ...string) (string, error) {
	u, err := parseURL(v, schemes...)
	if err != nil || u == "" {
		return u, err
	}
	if err := bot.CheckEndpoint(u); err != nil {
		return "", errors.New(news.ErrorMessage(err))
	}
	return u, nil
}

func parseAddr(v string) (string, error) {
	if v == "" {
		return "", nil
	}
	if _, port, err := net.SplitHostPort(v); err != nil || port == "" {
		return "", fmt.Errorf("%q is not a listen address (e.g. 127.0.0.1:9090 or :8080)", v)
	}
	return v, nil
}

func parseSnowflake(v string) (string, error) {
	if v == "" {
		return "", nil
	}
	if _, err := strconv.ParseUint(v, 10, 64); err != nil {
		return "", fmt.Errorf("%q is not a Discord id (a number such as 1234567890123456789)", v)
	}
	return v, nil
}

func parsePublicKey(v string) (string, error) {
	if v == "" {
		return "", nil
	}
	if k, err := hex.DecodeString(v); err != nil || len(k) != ed25519.PublicKeySize {
		return "", fmt.Errorf("is not an Ed25519 public key (64 hex digits, from the developer portal)")
	}
	return v, nil
}

func parseZone(v string) (string, error) {
	if _, err := time.LoadLocation(v); err != nil {
		return "", fmt.Errorf("%q is not an IANA time zone (e.g. UTC, Europe/Paris)", v)
	}
	return v, nil
}

func parseLevel(v string) (slog.Level, error) {
	var l slog.Level
	if err := l.UnmarshalText([]byte(v)); err != nil {
		return slog.LevelInfo, fmt.Errorf("%q is not a log level (debug, info, warn, error)", v)
	}
	return l, nil
}

// maxSourceURL is the longest feed URL accepted: Discord's limit for a
// link, so that every source can be shown as one.
const maxSourceURL = 2048

// parseSources reads CD_SOURCES: feed URLs separated by spaces or commas,
// each http(s) with a host and no credentials, none longer than
// maxSourceURL. Internal addresses are judged when dialled, under the
// operator's allowances (CD_FETCH_ALLOW_*), as for the curated feeds.
func parseSources(v string) ([]string, error) {
	var out []string
	seen := map[string]bool{}
	for _, f := range strings.FieldsFunc(v, func(r rune) bool { return r == ',' || r == ' ' || r == '\n' || r == '\t' }) {
		if len(f) > maxSourceURL {
			return nil, fmt.Errorf("a URL of %d characters is longer than %d", len(f), maxSourceURL)
		}
		if err := (feed.Guard{AllowPrivate: true}).CheckURL(f); err != nil {
			return nil, fmt.Errorf("%q: %s", f, news.ErrorMessage(err))
		}
		if !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	return out, nil
}

func parsePrefixes(v string) ([]netip.Prefix, error) {
	var out []netip.Prefix
	for _, f := range strings.FieldsFunc(v, func(r rune) bool { return r == ',' || r == ' ' }) {
		pr, err := netip.ParsePrefix(f)
		if err != nil {
			return nil, fmt.Errorf("%q is not a CIDR prefix (e.g. 10.0.0.0/8)", f)
		}
		out = append(out, pr)
	}
	return out, nil
}

// parseDatabaseURL accepts "" or a postgres:// (postgresql://) URL; the
// error never repeats the value, which may hold a password.
func parseDatabaseURL(v string) (string, error) {
	if v == "" || strings.HasPrefix(v, "postgres://") || strings.HasPrefix(v, "postgresql://") {
		return v, nil
	}
	return "", errors.New("want a PostgreSQL URL, postgres://user:password@host:5432/database (or empty for SQLite)")
}
