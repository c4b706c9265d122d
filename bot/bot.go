// Package bot is the Discord adapter of conflict-digest: slash commands
// defined as data and routed by one dispatcher, replies that always meet
// Discord's 3-second deadline, digests rendered as embeds within every
// Discord limit, and one rate-limited sender shared by everything that
// posts. It speaks to Discord through its own gateway connection (which
// keeps Discord's rules across faults and restarts), discordgo (interaction
// REST and types) and its own HTTP client (channel messages), and depends
// only on the news service interfaces; cmd/bot wires the concrete store.
package bot

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/conflict-digest/conflict-digest/alert"
	"github.com/conflict-digest/conflict-digest/ask"
	"github.com/conflict-digest/conflict-digest/digest"
	"github.com/conflict-digest/conflict-digest/news"
)

// Config is the bot's configuration, parsed and validated by cmd/bot.
type Config struct {
	Token         string // bot token, without "Bot "; never logged
	ApplicationID string // the application's id; "" asks GET /users/@me
	// DevGuildID registers commands in that guild only (instant updates
	// while developing); "" registers them globally.
	DevGuildID string
	// RESTBase is the base URL of Discord ("https://discord.com/"): a REST
	// proxy, or a fake in tests. It sets discordgo's process-wide endpoint
	// variables (see setEndpoints); the gateway URL is what GET
	// /gateway/bot on this base answers unless GatewayURL is set.
	RESTBase string
	// GatewayURL, when set, is the gateway WebSocket URL the bot connects
	// to instead of the one GET /gateway/bot answers
	// ("wss://gateway.discord.gg"; a gateway proxy, or a fake in tests).
	GatewayURL string
	// ShardCount is how many gateway shards the bot has, each identifying
	// with [shard_id, ShardCount]; 0: Discord's recommendation (GET
	// /gateway/bot), or 1 when GatewayURL is set. Every instance sharing a
	// token must use the same count.
	ShardCount int
	// InstanceID names this process in the leases it holds with
	// Deps.Leases (default: a random id); LeaseTTL is their life (default
	// 20 s): a dead instance's shards are taken over within it.
	InstanceID string
	LeaseTTL   time.Duration
	// MaxSubscriptionsPerGuild caps guild channel subscriptions (default 25).
	MaxSubscriptionsPerGuild int
	// MaxSubscriptionsPerUser caps one user's DM subscriptions (default 10):
	// anyone who can DM the bot can make them.
	MaxSubscriptionsPerUser int
	// MaxSourcesPerGuild caps the feeds one guild adds (default 50): each
	// is polled for as long as it stays.
	MaxSourcesPerGuild int
	// MaxAlertsPerGuild caps the alert rules of one guild (default 25).
	MaxAlertsPerGuild int
	// DefaultTimeZone is the zone of a /subscribe that names none (an IANA
	// name; default UTC).
	DefaultTimeZone string
	// GlobalRate is the sender's requests per second (default 50, Discord's limit).
	GlobalRate int
	// DeferAfter is how long a handler may run before the reply is deferred
	// (default 1.5 s; Discord allows 3 s).
	DeferAfter time.Duration
	// InteractionsAddr and PublicKey (hex) enable the HTTP interactions
	// endpoint; both or neither.
	InteractionsAddr string
	PublicKey        string
	// HTTP bounds the interactions endpoint (timeouts, body, connections).
	HTTP       HTTPLimits
	HTTPClient *http.Client // default: a client with a 15 s timeout
	// StartupAttempts and StartupBackoff bound the retries of the REST
	// calls made at start (command registration) after a Discord 5xx or a
	// network error: default 6 attempts, 1 s doubling (about a minute).
	StartupAttempts int
	StartupBackoff  time.Duration
}

// Deps are what the bot needs from the rest of the program. Subscriptions,
// Sources, Stories and Guilds are required; the functions are optional and the
// commands that need them say so when they are missing.
type Deps struct {
	Subscriptions news.SubscriptionService
	Sources       news.SourceService
	// Stories lists stories as a reader may see them (a *digest.Views
	// over the store: see news.DigestFilter.GuildID).
	Stories digest.StorySource
	// Guilds creates within the caps and retires a guild's belongings.
	Guilds news.GuildService
	// CheckURL is the SSRF guard for /sources add (feed.CheckURL).
	CheckURL func(raw string) error
	// ProbeFeed reads a feed a guild adds once, to tell at /sources add
	// which languages its items are in (feed.Reader and
	// analyze.Language); nil: the guild learns it from /sources health.
	ProbeFeed func(ctx context.Context, guildID, url string) (FeedProbe, error)
	// Unread counts each source's items the analysis did not read, by
	// language, for /sources health (the store); nil: not shown.
	Unread news.UnreadCounter
	// SuggestPlaces completes place names from the gazetteer
	// (analyze.SuggestPlaces).
	SuggestPlaces func(prefix string, n int) []news.Entity
	// LookupPlace finds a place by any of its names (analyze.LookupPlace):
	// filters keep the gazetteer's name, and an unknown place is refused.
	// nil keeps places as typed.
	LookupPlace func(name string) (news.Entity, bool)
	// DeliverNow delivers a subscription's digest at once (/digest now),
	// e.g. a Deliverer's Deliver(ctx, sub.ID).
	DeliverNow func(ctx context.Context, sub *news.Subscription) error
	// Alerts keeps the alert rules (the store), and AlertDecider finds what
	// a rule would fire for (/alert preview); nil: /alert says alerts are
	// not enabled.
	Alerts       news.AlertService
	AlertDecider *alert.Decider
	// Threads keeps the channels /follow gives story threads (the store);
	// nil: /follow says story threads are not enabled.
	Threads news.ThreadService
	// Scheduler is told of new, resumed and removed subscriptions so that they take
	// effect at once (a *digest.Scheduler); may be nil.
	Scheduler SubscriptionScheduler
	// Ask answers /ask from the stored news, e.g. an *ask.Asker's Ask
	// with the clock: func(ctx, q) { return asker.Ask(ctx, q, time.Now()) }.
	// nil: /ask says questions are not enabled.
	Ask func(ctx context.Context, guildID, question string) (ask.Answer, error)
	// Notices remembers which pauses were explained to their owners (the
	// store); nil keeps them in memory, so each is told once per process.
	Notices PauseNotices
	// State keeps the gateway session and the rate-limit buckets between
	// restarts (the store); nil keeps them in memory, so a restart starts a
	// new session and learns the limits afresh.
	State StateStore
	// Leases, when set, are shared by the instances of the bot (the
	// store, PostgreSQL): each holds its share of the gateway shards by
	// lease and takes a dead one's over, identifies within one session
	// start rate, and sends within its share of the token's request rate
	// (50 over the live instances, at most GlobalRate). Nil: one instance
	// runs every shard with the whole rate.
	Leases Leases
	// Sender, Directory and Notifier, when set, are the ones the program
	// built before the bot — the digest deliverer posts through the same
	// sender and reports failures to the same notifier — so that nothing
	// is patched in after construction. Nil: the bot makes its own.
	Sender    *Sender
	Directory *GuildDirectory
	Notifier  *Notifier
	Logger    *slog.Logger
	Now       func() time.Time
}

// SubscriptionScheduler schedules subscriptions' digests.
type SubscriptionScheduler interface {
	Upsert(sub *news.Subscription) error
	Remove(id int64)
	// RunNow delivers what waits for a subscription (after /resume).
	RunNow(id int64)
}

// Bot is a running Discord bot.
type Bot struct {
	cfg      Config
	deps     Deps
	log      *slog.Logger
	session  *discordgo.Session
	sender   *Sender
	commands map[string]*command
	pubKey   ed25519.PublicKey
	appID    string

	guilds    *GuildDirectory
	notifier  *Notifier
	shards    atomic.Pointer[shardSet] // the connections Run keeps, for GatewayStatus
	share     *rateShare               // the request rate's share, with Deps.Leases
	shareMu   sync.Mutex
	stopShare func()        // ends the share's loop, which Run starts and Close stops
	httpAddr  atomic.Value  // string: where the interactions endpoint listens
	replays   replayGuard   // interaction ids the HTTP endpoint has run
	telling   tellingClaims // pause notes being posted

	fatal    chan error
	inflight sync.WaitGroup // interactions being answered
}

// New validates cfg and deps and prepares a bot; Run connects it.
func New(cfg Config, deps Deps) (*Bot, error) {
	cfg = cfg.withDefaults()
	if err := validate(cfg, deps); err != nil {
		return nil, err
	}
	if deps.Logger == nil {
		deps.Logger = slog.New(slog.DiscardHandler)
	}
	if deps.Notices == nil {
		deps.Notices = &memNotices{}
	}
	if deps.Now == nil {
		deps.Now = time.Now
	}
	if deps.State == nil {
		deps.State = &memState{}
	}
	b := &Bot{cfg: cfg, deps: deps, log: deps.Logger, appID: cfg.ApplicationID, fatal: make(chan error, 1)}
	if cfg.PublicKey != "" {
		k, _ := hex.DecodeString(cfg.PublicKey)
		b.pubKey = ed25519.PublicKey(k)
	}
	setEndpoints(cfg.RESTBase)
	s, err := discordgo.New("Bot " + cfg.Token)
	if err != nil {
		return nil, fmt.Errorf("create session: %w", err)
	}
	// discordgo serves REST only: the gateway connection is the bot's own
	// (gatewayconn.go says why).
	s.ShouldReconnectOnError = false
	s.ShouldRetryOnRateLimit = false
	s.MaxRestRetries = 1
	// Debug and info would log request bodies, tokens included.
	s.LogLevel = discordgo.LogWarning
	adaptDiscordgoLogger(b.log, cfg.Token)
	b.session = s
	b.sender, b.guilds, b.notifier = deps.Sender, deps.Directory, deps.Notifier
	if b.sender == nil {
		b.sender = NewSender(SenderConfig{Token: cfg.Token, APIBase: apiBase(cfg.RESTBase),
			GlobalRate: cfg.GlobalRate, Client: cfg.HTTPClient, Logger: b.log, State: deps.State})
	}
	// Every REST request of discordgo's keeps the sender's limit too.
	c := *cfg.HTTPClient
	c.Transport = b.sender.Transport(c.Transport)
	s.Client = &c
	if deps.Leases != nil {
		// From now on nothing is sent before the instance is present.
		k := leaseKeeper{leases: deps.Leases, holder: cfg.InstanceID, ttl: cfg.LeaseTTL, now: time.Now, log: b.log}
		b.share = newRateShare(k, b.sender)
	}
	if b.guilds == nil {
		b.guilds = NewGuildDirectory()
	}
	if b.notifier == nil {
		b.notifier = NewNotifier(NotifierConfig{Sender: b.sender, Subscriptions: deps.Subscriptions,
			State: deps.State, Guilds: b.guilds, Logger: b.log, Now: deps.Now})
	}
	b.commands = indexCommands(b.commandList())
	return b, nil
}

// LogValue keeps the token out of logs when a Config is logged.
func (c Config) LogValue() slog.Value {
	return slog.GroupValue(slog.String("application_id", c.ApplicationID), slog.String("dev_guild_id", c.DevGuildID),
		slog.String("rest_base", c.RESTBase), slog.String("gateway_url", c.GatewayURL), slog.String("interactions_addr", c.InteractionsAddr),
		slog.String("token", "[redacted]"))
}

func (c Config) withDefaults() Config {
	if c.RESTBase == "" {
		c.RESTBase = "https://discord.com/"
	}
	if c.MaxSubscriptionsPerGuild == 0 {
		c.MaxSubscriptionsPerGuild = 25
	}
	if c.MaxSubscriptionsPerUser == 0 {
		c.MaxSubscriptionsPerUser = 10
	}
	if c.DefaultTimeZone == "" {
		c.DefaultTimeZone = "UTC"
	}
	if c.MaxAlertsPerGuild == 0 {
		c.MaxAlertsPerGuild = 25
	}
	if c.MaxSourcesPerGuild == 0 {
		c.MaxSourcesPerGuild = 50
	}
	if c.GlobalRate == 0 {
		c.GlobalRate = 50
	}
	if c.InstanceID == "" {
		c.InstanceID = randomInstanceID()
	}
	if c.LeaseTTL == 0 {
		c.LeaseTTL = 20 * time.Second
	}
	if c.DeferAfter == 0 {
		c.DeferAfter = 1500 * time.Millisecond
	}
	if c.HTTPClient == nil {
		c.HTTPClient = &http.Client{Timeout: 15 * time.Second}
	}
	c.HTTP = c.HTTP.withDefaults()
	if c.StartupAttempts == 0 {
		c.StartupAttempts = 6
	}
	if c.StartupBackoff == 0 {
		c.StartupBackoff = time.Second
	}
	return c
}

// validate names every problem at once.
func validate(c Config, d Deps) error {
	var bad []string
	if c.Token == "" {
		bad = append(bad, "a token is required")
	}
	if (c.InteractionsAddr == "") != (c.PublicKey == "") {
		bad = append(bad, "the interactions address and public key go together")
	}
	if k, err := hex.DecodeString(c.PublicKey); c.PublicKey != "" && (err != nil || len(k) != ed25519.PublicKeySize) {
		bad = append(bad, "the public key must be 64 hex digits")
	}
	if c.GatewayURL != "" && !strings.HasPrefix(c.GatewayURL, "ws://") && !strings.HasPrefix(c.GatewayURL, "wss://") {
		bad = append(bad, "the gateway URL must start with ws:// or wss://")
	} else if c.GatewayURL != "" {
		if err := CheckEndpoint(c.GatewayURL); err != nil {
			bad = append(bad, "the gateway URL: "+news.ErrorMessage(err))
		}
	}
	if !strings.HasPrefix(c.RESTBase, "http://") && !strings.HasPrefix(c.RESTBase, "https://") {
		bad = append(bad, "the REST base must start with http:// or https://")
	} else if err := CheckEndpoint(c.RESTBase); err != nil {
		bad = append(bad, "the REST base: "+news.ErrorMessage(err))
	}
	if d.Subscriptions == nil || d.Sources == nil || d.Stories == nil || d.Guilds == nil {
		bad = append(bad, "the subscription, source, story and guild services are required")
	}
	if len(bad) > 0 {
		return news.Errorf(news.EINVALID, "bot configuration: %s", strings.Join(bad, "; "))
	}
	return nil
}

// Sender returns the bot's shared sender, for the digest scheduler.
func (b *Bot) Sender() *Sender { return b.sender }

// ErrStopped is wrapped by the error Run returns when Discord refuses the
// bot for good (a bad token, or intents it may not use).
var ErrStopped = errors.New("discord refused the bot")

// stop ends Run with err (the first one wins).
func (b *Bot) stop(err error) {
	select {
	case b.fatal <- err:
	default:
	}
}
