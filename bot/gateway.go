package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

// Gateway close codes after which reconnecting is useless.
const (
	closeAuthenticationFailed = 4004
	closeInvalidShard         = 4010
	closeShardingRequired     = 4011
	closeInvalidAPIVersion    = 4012
	closeInvalidIntents       = 4013
	closeDisallowedIntents    = 4014
)

// fatalClose explains the close codes that stop the bot.
var fatalClose = map[int]string{
	closeAuthenticationFailed: "authentication failed: the token is wrong or was reset",
	closeInvalidShard:         "invalid shard",
	closeShardingRequired:     "sharding required: the bot is in more guilds than its shards may serve; raise DISCORD_SHARD_COUNT or set it to 0 (Discord's recommendation)",
	closeInvalidAPIVersion:    "invalid API version",
	closeInvalidIntents:       "invalid intents",
	closeDisallowedIntents:    "disallowed intents: enable them in the developer portal or stop asking",
}

// Run registers the commands, connects to the gateway and serves
// interactions until ctx is done (then it returns nil) or Discord refuses
// the bot for good: a 401, or one of the gateway close codes 4004 and
// 4010–4014, at start or at any time later (then it returns an error
// wrapping ErrStopped). Lost connections are resumed. With Deps.Leases,
// the instance keeps its share of the request rate past Run's end, until
// Close.
func (b *Bot) Run(ctx context.Context) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	if err := b.sender.loadBuckets(ctx); err != nil {
		b.log.Warn("read saved rate limits; starting cautiously", "error", err)
	}
	if b.share != nil {
		// The share first: the requests of the start count too.
		b.share.round(ctx)
		b.keepShare(ctx)
	}
	if err := b.Register(ctx); err != nil {
		return err
	}
	stopHTTP, err := b.startHTTP(ctx)
	if err != nil {
		return err
	}
	err = b.connectLoop(ctx)
	stopHTTP()
	cancel()
	b.waitInflight(shutdownGrace)
	return err
}

// keepShare keeps the instance's presence and its share of the request
// rate from now until Close, past Run's end: the digests, alerts and
// interactions still running when ctx ends send at the share in force
// until they finish. Given up with Run, the share held every request they
// had left at the gate (no presence, no fresh count) until the shutdown's
// deadline cut them off.
func (b *Bot) keepShare(ctx context.Context) {
	b.shareMu.Lock()
	defer b.shareMu.Unlock()
	if b.stopShare != nil {
		return // kept since an earlier Run
	}
	ctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	var wg sync.WaitGroup
	wg.Go(func() { b.share.run(ctx) })
	b.stopShare = func() { cancel(); wg.Wait() }
}

// Close gives up what Run keeps past its end: with Deps.Leases, the
// instance's presence among the instances sharing the token, so that the
// others take its share of the request rate at once. Call it after Run
// returned and everything that sends through the bot's sender (the digest
// scheduler, alerts, story threads) stopped: requests made after it wait
// at the gate until their context ends. Without Leases it does nothing.
func (b *Bot) Close() {
	b.shareMu.Lock()
	stop := b.stopShare
	b.stopShare = nil
	b.shareMu.Unlock()
	if stop != nil {
		stop()
	}
}

// shutdownGrace is how long Run waits for interactions being answered.
const shutdownGrace = 10 * time.Second

func (b *Bot) waitInflight(d time.Duration) {
	done := make(chan struct{})
	go func() { b.inflight.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(d):
		b.log.Warn("stopped with interactions still being answered")
	}
}

// connectLoop runs the gateway's shards until ctx ends, a shard is
// refused for good, or the sender learns the token was revoked
// (Unauthorized). Without Leases the process runs every shard; with them,
// the shards it holds a lease on (see shardOwner).
func (b *Bot) connectLoop(ctx context.Context) error {
	plan, err := b.shardPlan(ctx)
	if err != nil || plan == nil {
		return err
	}
	set := newShardSet(b, *plan)
	b.shards.Store(set)
	gctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var owner sync.WaitGroup
	if b.deps.Leases == nil {
		for id := range plan.count {
			set.start(gctx, id, nil)
		}
	} else {
		o := b.newShardOwner(set)
		owner.Add(1)
		go func() { defer owner.Done(); o.run(gctx) }()
	}
	select {
	case err = <-set.done:
	case err = <-b.fatal:
	case err = <-b.sender.Unauthorized():
	case <-ctx.Done():
	}
	if err != nil {
		b.log.Error("bot stopped", "error", err)
	}
	cancel()
	owner.Wait()
	set.stopAll()
	return err
}

// shardPlan prepares the shards' connections: where to connect (the
// configured URL, else GET /gateway/bot), how many shards (the configured
// count, else Discord's recommendation) and how often each bucket may
// start a session. With a URL and a count configured it asks Discord
// nothing (one bucket). It returns nil, nil when ctx ends first.
func (b *Bot) shardPlan(ctx context.Context) (*shardPlan, error) {
	p := &shardPlan{url: b.cfg.GatewayURL, count: max(b.cfg.ShardCount, 1)}
	if p.url != "" {
		p.gate = b.newIdentifyGate(1)
		return p, nil
	}
	for wait := time.Second; ; wait = min(2*wait, time.Minute) {
		gb, err := b.session.GatewayBot(discordgo.WithContext(ctx))
		if err == nil {
			p.url = strings.TrimSuffix(gb.URL, "/")
			if b.cfg.ShardCount == 0 {
				p.count = max(gb.Shards, 1)
			}
			p.gate = b.newIdentifyGate(gb.SessionStartLimit.MaxConcurrency)
			b.spentBudget(p.gate, gb.SessionStartLimit.Remaining, gb.SessionStartLimit.ResetAfter)
			b.log.Info("gateway plan", "shards", p.count, "max_concurrency", p.gate.buckets)
			return p, nil
		}
		if err := b.restError("get gateway", err); errors.Is(err, ErrStopped) {
			return nil, err
		}
		b.log.Warn("get gateway failed", "error", err, "retry_in_ms", wait.Milliseconds())
		if !sleep(ctx, wait) {
			return nil, nil
		}
	}
}

func (b *Bot) newIdentifyGate(maxConcurrency int) *identifyGate {
	q := newIdentifyGate(identifyInterval, maxConcurrency, b.log, b.deps.Now)
	q.leases, q.holder = b.deps.Leases, b.cfg.InstanceID
	return q
}

// spentBudget delays the first IDENTIFY until Discord's daily budget of
// session starts resets, when GET /gateway/bot says it is spent.
func (b *Bot) spentBudget(q *identifyGate, remaining, resetAfterMs int) {
	if remaining > 0 || resetAfterMs <= 0 {
		return
	}
	d := time.Duration(resetAfterMs) * time.Millisecond
	b.log.Error("Discord's daily budget of session starts is spent; waiting for its reset", "delay_ms", d.Milliseconds())
	q.holdUntil(b.deps.Now().Add(d))
}

// gatewayIntents are the events the bot asks for.
const gatewayIntents = int(discordgo.IntentsGuilds)

func newGatewayDialer() *websocket.Dialer {
	return &websocket.Dialer{HandshakeTimeout: gatewayHandshakeLimit}
}

// identifyInterval is Discord's session start window: one IDENTIFY per
// 5 s in each of max_concurrency buckets. A small margin keeps our
// clock's view inside it.
const identifyInterval = 5*time.Second + 250*time.Millisecond

func sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-ctx.Done():
		return false
	}
}

// Register overwrites the application's commands with the bot's command
// list: globally, or in the development guild when one is configured.
// Overwriting the whole list is idempotent.
func (b *Bot) Register(ctx context.Context) error {
	if b.appID == "" {
		var u *discordgo.User
		err := b.retryStartup(ctx, "get application id", func() (err error) {
			u, err = b.session.User("@me", discordgo.WithContext(ctx))
			return err
		})
		if err != nil {
			return b.restError("get application id", err)
		}
		b.appID = u.ID
	}
	defs := make([]*discordgo.ApplicationCommand, 0, len(b.commands))
	for _, c := range b.commandList() {
		defs = append(defs, c.def)
	}
	body, err := commandsJSON(defs)
	if err != nil {
		return err
	}
	url := discordgo.EndpointApplicationGlobalCommands(b.appID)
	if b.cfg.DevGuildID != "" {
		url = discordgo.EndpointApplicationGuildCommands(b.appID, b.cfg.DevGuildID)
	}
	err = b.retryStartup(ctx, "register commands", func() error {
		_, err := b.session.RequestWithBucketID("PUT", url, body, url, discordgo.WithContext(ctx))
		return err
	})
	if err != nil {
		return b.restError("register commands", err)
	}
	b.log.Info("commands registered", "count", len(defs), "guild_id", b.cfg.DevGuildID)
	return nil
}

// commandsJSON encodes the definitions with default_member_permissions as
// a number, as Discord's OpenAPI description types it; discordgo writes it
// as a string.
func commandsJSON(defs []*discordgo.ApplicationCommand) (json.RawMessage, error) {
	raw, err := json.Marshal(defs)
	if err != nil {
		return nil, fmt.Errorf("encode commands: %w", err)
	}
	var list []map[string]any
	if err := json.Unmarshal(raw, &list); err != nil {
		return nil, fmt.Errorf("encode commands: %w", err)
	}
	for _, c := range list {
		if p, ok := c["default_member_permissions"].(string); ok {
			c["default_member_permissions"] = json.Number(p)
		}
	}
	out, err := json.Marshal(list)
	if err != nil {
		return nil, fmt.Errorf("encode commands: %w", err)
	}
	return out, nil
}

// restError wraps a discordgo REST error; a 401 stops the bot.
func (b *Bot) restError(what string, err error) error {
	var re *discordgo.RESTError
	if errors.As(err, &re) && re.Response != nil && re.Response.StatusCode == 401 {
		return fmt.Errorf("%s: %w: 401 unauthorized: the token is wrong or was reset", what, ErrStopped)
	}
	return fmt.Errorf("%s: %w", what, err)
}
