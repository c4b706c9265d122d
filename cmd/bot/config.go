package main

import (
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/netip"
	"strconv"
	"strings"
	"time"

	"github.com/conflict-digest/conflict-digest/bot"
	"github.com/conflict-digest/conflict-digest/news"
)

// config is the whole configuration, read from the environment once and
// validated as a whole: every bad variable is named in one error. Every
// variable, with its default, is documented in .env.example.
type config struct {
	DBPath string // CD_DB

	LogLevel  slog.Level // CD_LOG_LEVEL: debug, info, warn, error
	LogFormat string     // CD_LOG_FORMAT: text or json

	DiscordToken       string // DISCORD_TOKEN (secret: never logged)
	DiscordAppID       string // DISCORD_APP_ID
	DiscordDevGuildID  string // DISCORD_DEV_GUILD_ID: register commands in this guild only
	DiscordAPIBase     string // DISCORD_API_BASE: Discord base URL; REST is under api/v10/ (a proxy, or a fake in tests)
	DiscordGatewayURL  string // DISCORD_GATEWAY_URL: overrides the gateway URL Discord hands out
	InteractionsAddr   string // INTERACTIONS_ADDR: listen address of the HTTP interactions endpoint
	InteractionsPubKey string // INTERACTIONS_PUBLIC_KEY: the application's Ed25519 public key, hex

	DefaultFeeds      bool          // CD_DEFAULT_FEEDS: follow the curated conflict-news feeds
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

	MaxSubscriptionsPerGuild int    // CD_MAX_SUBSCRIPTIONS_PER_GUILD
	DefaultTimeZone          string // CD_DEFAULT_TIMEZONE
}

// loadConfig reads the configuration from getenv.
func loadConfig(getenv env) (config, error) {
	p := envParser{getenv: getenv}
	c := config{
		DBPath:    p.str("CD_DB", "conflict-digest.db"),
		LogFormat: p.oneOf("CD_LOG_FORMAT", "text", "text", "json"),

		DiscordToken:       strings.TrimSpace(getenv("DISCORD_TOKEN")),
		DiscordAppID:       p.str("DISCORD_APP_ID", ""),
		DiscordDevGuildID:  p.str("DISCORD_DEV_GUILD_ID", ""),
		DiscordAPIBase:     p.url("DISCORD_API_BASE", "https://discord.com/"),
		DiscordGatewayURL:  p.url("DISCORD_GATEWAY_URL", ""),
		InteractionsAddr:   p.str("INTERACTIONS_ADDR", ""),
		InteractionsPubKey: p.str("INTERACTIONS_PUBLIC_KEY", ""),

		DefaultFeeds:      p.boolean("CD_DEFAULT_FEEDS", true),
		PollInterval:      p.duration("CD_POLL_INTERVAL", 15*time.Minute, time.Minute),
		PollConcurrency:   p.integer("CD_POLL_CONCURRENCY", 4, 1, 64),
		PollGuildShare:    p.integer("CD_POLL_GUILD_SHARE", 0, 0, 64),
		PollDeadline:      p.duration("CD_POLL_DEADLINE", 2*time.Minute, 10*time.Second),
		PollSlowAfter:     p.duration("CD_POLL_SLOW_AFTER", time.Minute, time.Second),
		PollMaxItems:      p.integer("CD_POLL_MAX_ITEMS", 300, 1, 10000),
		PollMaxPages:      p.integer("CD_POLL_MAX_PAGES", 30, 1, 1000),
		SourceMaxPerDay:   p.integer("CD_SOURCE_MAX_PER_DAY", 2000, 1, 1000000),
		FetchTimeout:      p.duration("CD_FETCH_TIMEOUT", 30*time.Second, time.Second),
		FetchMaxBytes:     int64(p.integer("CD_FETCH_MAX_BYTES", 10<<20, 64<<10, 1<<30)),
		FetchAllowPrivate: p.boolean("CD_FETCH_ALLOW_PRIVATE", false),
		FetchAllowCIDRs:   p.prefixes("CD_FETCH_ALLOW_CIDRS"),
		UserAgent:         p.str("CD_USER_AGENT", ""),
		SourceMaxFailures: p.integer("CD_SOURCE_MAX_FAILURES", 10, 1, 1000),

		MaxSubscriptionsPerGuild: p.integer("CD_MAX_SUBSCRIPTIONS_PER_GUILD", 25, 1, 1000),
		DefaultTimeZone:          p.zone("CD_DEFAULT_TIMEZONE", "UTC"),
	}
	c.LogLevel = p.level("CD_LOG_LEVEL", slog.LevelInfo)
	if c.PollSlowAfter > c.PollDeadline {
		p.fail("CD_POLL_SLOW_AFTER", "%s is longer than CD_POLL_DEADLINE (%s), which cuts every poll first", c.PollSlowAfter, c.PollDeadline)
	}
	if c.PollGuildShare > c.PollConcurrency {
		p.fail("CD_POLL_GUILD_SHARE", "%d is more than CD_POLL_CONCURRENCY (%d): one guild could hold every poll", c.PollGuildShare, c.PollConcurrency)
	}
	// The token goes to both: never in clear across a network.
	for _, e := range []struct{ name, v string }{{"DISCORD_API_BASE", c.DiscordAPIBase}, {"DISCORD_GATEWAY_URL", c.DiscordGatewayURL}} {
		if err := bot.CheckEndpoint(e.v); e.v != "" && err != nil {
			p.fail(e.name, "%s", news.ErrorMessage(err))
		}
	}
	if c.InteractionsAddr != "" && c.InteractionsPubKey == "" {
		p.fail("INTERACTIONS_PUBLIC_KEY", "is required when INTERACTIONS_ADDR is set")
	}
	return c, p.err()
}

// requireDiscord checks what `bot run` needs beyond the rest.
func (c config) requireDiscord() error {
	var errs []error
	if c.DiscordToken == "" {
		errs = append(errs, errors.New("DISCORD_TOKEN: is required by `bot run` (the digest, ingest, analyze and ask commands need none)"))
	}
	if c.DiscordAppID == "" {
		errs = append(errs, errors.New("DISCORD_APP_ID: is required by `bot run`"))
	}
	return errors.Join(errs...)
}

// logger builds the process's logger from the configuration.
func (c config) logger(w io.Writer) *slog.Logger {
	opts := &slog.HandlerOptions{Level: c.LogLevel}
	if c.LogFormat == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

// envParser reads variables and collects every problem instead of stopping at
// the first, so that one run names all the bad variables.
type envParser struct {
	getenv env
	errs   []error
}

func (p *envParser) fail(name, format string, args ...any) {
	p.errs = append(p.errs, fmt.Errorf("%s: %s", name, fmt.Sprintf(format, args...)))
}

func (p *envParser) err() error {
	if len(p.errs) == 0 {
		return nil
	}
	return fmt.Errorf("invalid configuration:\n  %w", errors.Join(p.errs...))
}

func (p *envParser) str(name, def string) string {
	if v := strings.TrimSpace(p.getenv(name)); v != "" {
		return v
	}
	return def
}

func (p *envParser) oneOf(name, def string, allowed ...string) string {
	v := strings.ToLower(p.str(name, def))
	for _, a := range allowed {
		if v == a {
			return v
		}
	}
	p.fail(name, "%q is not one of %s", v, strings.Join(allowed, ", "))
	return def
}

func (p *envParser) boolean(name string, def bool) bool {
	v := p.str(name, "")
	if v == "" {
		return def
	}
	b, err := strconv.ParseBool(v)
	if err != nil {
		p.fail(name, "%q is not a boolean (true or false)", v)
		return def
	}
	return b
}

func (p *envParser) integer(name string, def, min, max int) int {
	v := p.str(name, "")
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < min || n > max {
		p.fail(name, "%q is not a whole number from %d to %d", v, min, max)
		return def
	}
	return n
}

func (p *envParser) duration(name string, def, min time.Duration) time.Duration {
	v := p.str(name, "")
	if v == "" {
		return def
	}
	d, err := time.ParseDuration(v)
	if err != nil || d < min {
		p.fail(name, "%q is not a duration of at least %s (e.g. 15m, 1h)", v, min)
		return def
	}
	return d
}

func (p *envParser) url(name, def string) string {
	v := p.str(name, def)
	if v != "" && !strings.HasPrefix(v, "http://") && !strings.HasPrefix(v, "https://") &&
		!strings.HasPrefix(v, "ws://") && !strings.HasPrefix(v, "wss://") {
		p.fail(name, "%q is not an http(s) or ws(s) URL", v)
		return def
	}
	return v
}

func (p *envParser) zone(name, def string) string {
	v := p.str(name, def)
	if _, err := time.LoadLocation(v); err != nil {
		p.fail(name, "%q is not an IANA time zone (e.g. UTC, Europe/Paris)", v)
		return def
	}
	return v
}

func (p *envParser) level(name string, def slog.Level) slog.Level {
	v := p.str(name, "")
	if v == "" {
		return def
	}
	var l slog.Level
	if err := l.UnmarshalText([]byte(v)); err != nil {
		p.fail(name, "%q is not a log level (debug, info, warn, error)", v)
		return def
	}
	return l
}

func (p *envParser) prefixes(name string) []netip.Prefix {
	var out []netip.Prefix
	for _, f := range strings.FieldsFunc(p.str(name, ""), func(r rune) bool { return r == ',' || r == ' ' }) {
		pr, err := netip.ParsePrefix(f)
		if err != nil {
			p.fail(name, "%q is not a CIDR prefix (e.g. 10.0.0.0/8)", f)
			continue
		}
		out = append(out, pr)
	}
	return out
}
