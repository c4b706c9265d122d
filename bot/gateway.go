package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
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
	closeShardingRequired:     "sharding required",
	closeInvalidAPIVersion:    "invalid API version",
	closeInvalidIntents:       "invalid intents",
	closeDisallowedIntents:    "disallowed intents: enable them in the developer portal or stop asking",
}

// Run registers the commands, connects to the gateway and serves
// interactions until ctx is done (then it returns nil) or Discord refuses
// the bot for good: a 401, or gateway close code 4004 or 4014 (then it
// returns an error wrapping ErrStopped). Lost connections are resumed.
func (b *Bot) Run(ctx context.Context) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	if err := b.Register(ctx); err != nil {
		return err
	}
	stopHTTP, err := b.startHTTP(ctx)
	if err != nil {
		return err
	}
	err = b.connectLoop(ctx)
	stopHTTP()
	b.session.Close()
	b.waitInflight(shutdownGrace)
	return err
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

// connectLoop opens the gateway and reopens it after each disconnect, with
// a capped exponential back-off between failed attempts.
func (b *Bot) connectLoop(ctx context.Context) error {
	wait := 500 * time.Millisecond
	for {
		err := b.session.Open()
		if reason, ok := closeReason(err); ok {
			return fmt.Errorf("%w: gateway closed: %s", ErrStopped, reason)
		}
		if err != nil && !errors.Is(err, discordgo.ErrWSAlreadyOpen) {
			b.log.Warn("gateway connect failed", "error", err, "retry_in_ms", wait.Milliseconds())
			if !sleep(ctx, wait) {
				return nil
			}
			wait = min(wait*2, time.Minute)
			continue
		}
		wait = 500 * time.Millisecond
		b.log.Info("gateway connected")
		select {
		case <-ctx.Done():
			return nil
		case err := <-b.fatal:
			b.log.Error("bot stopped", "error", err)
			return err
		case <-b.disconnect:
			b.log.Warn("gateway disconnected; reconnecting")
			// discordgo's heartbeat goroutine of the lost connection may
			// still wake (it waits on the session lock while Close sleeps)
			// and, failing to write, Close the session again: reopening at
			// once would let that stale Close cut the new connection.
			if !sleep(ctx, reopenDelay) {
				return nil
			}
		}
	}
}

// reopenDelay is the pause between a disconnect and reopening the gateway.
const reopenDelay = 300 * time.Millisecond

// closeReason reports whether err is a gateway close that stops the bot.
func closeReason(err error) (string, bool) {
	var ce *websocket.CloseError
	if !errors.As(err, &ce) {
		return "", false
	}
	r, ok := fatalClose[ce.Code]
	if ok {
		r = fmt.Sprintf("%d %s", ce.Code, r)
	}
	return r, ok
}

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
