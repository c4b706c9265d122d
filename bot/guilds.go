package bot

import (
	"context"
	"encoding/json"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
)

// GuildDirectory remembers what the gateway told about each guild that the
// bot needs later: its system channel, where notices about the guild's
// subscriptions go when their own channel fails, and its channels' names,
// so that what members read names channels, not ids. The Bot keeps it
// current; a Notifier built before the Bot reads the same one.
type GuildDirectory struct {
	mu       sync.Mutex
	system   map[string]string // guild id → system channel id
	channels map[string]string // channel id → name
}

// NewGuildDirectory returns an empty directory.
func NewGuildDirectory() *GuildDirectory { return &GuildDirectory{} }

func (d *GuildDirectory) set(guildID, systemChannelID string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.system == nil {
		d.system = map[string]string{}
	}
	if systemChannelID == "" {
		delete(d.system, guildID)
		return
	}
	d.system[guildID] = systemChannelID
}

// systemChannel returns the guild's system channel, "" when it has none or
// the bot has not seen the guild.
func (d *GuildDirectory) systemChannel(guildID string) string {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.system[guildID]
}

// setChannels records the names of a guild's channels.
func (d *GuildDirectory) setChannels(chs []*discordgo.Channel) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.channels == nil {
		d.channels = map[string]string{}
	}
	for _, c := range chs {
		if c != nil && c.ID != "" && c.Name != "" {
			d.channels[c.ID] = c.Name
		}
	}
}

// channelName returns a channel's name as the gateway gave it, "" when it
// has not.
func (d *GuildDirectory) channelName(id string) string {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.channels[id]
}

// onGatewayEvent handles one gateway event: interactions are answered in
// their own goroutine; guild events keep the directory current.
func (b *Bot) onGatewayEvent(ctx context.Context, t string, d json.RawMessage) {
	switch t {
	case "INTERACTION_CREATE":
		var ic discordgo.InteractionCreate
		if err := json.Unmarshal(d, &ic); err != nil || ic.Interaction == nil {
			b.log.Warn("unreadable interaction", "error", err)
			return
		}
		b.inflight.Add(1)
		go func() {
			defer b.inflight.Done()
			b.onInteraction(context.WithoutCancel(ctx), ic.Interaction)
		}()
	case "GUILD_CREATE", "GUILD_UPDATE", "GUILD_DELETE":
		var g discordgo.Guild
		if err := json.Unmarshal(d, &g); err != nil {
			b.log.Warn("unreadable guild event", "event", t, "error", err)
			return
		}
		b.onGuildEvent(t, &g)
	}
}

// onGuildEvent keeps the directory current from GUILD_CREATE, GUILD_UPDATE
// and GUILD_DELETE (all under the Guilds intent).
func (b *Bot) onGuildEvent(t string, g *discordgo.Guild) {
	switch {
	case t == "GUILD_DELETE" && !g.Unavailable:
		b.guilds.set(g.ID, "")
		b.retireGuild(g.ID) // unavailable is an outage, not a goodbye
	case t == "GUILD_UPDATE", t == "GUILD_CREATE" && !g.Unavailable:
		b.guilds.set(g.ID, g.SystemChannelID)
		b.guilds.setChannels(g.Channels)
	}
}

// retireGuild retires what a guild owns once the bot has left it (kicked,
// or the guild deleted): its sources stop being polled, its subscriptions
// stop, its articles appear nowhere again, and adding them back after a
// new invitation counts against the caps from zero. A failure is logged;
// the guild's rows stay until the next GUILD_DELETE.
func (b *Bot) retireGuild(guildID string) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	r, err := b.deps.Guilds.RetireGuild(ctx, guildID)
	if err != nil {
		b.log.Error("retire guild", "guild_id", guildID, "error", err)
		return
	}
	if b.deps.Scheduler != nil {
		for _, id := range r.Subscriptions {
			b.deps.Scheduler.Remove(id)
		}
	}
	b.log.Info("guild retired", "guild_id", guildID, "sources", r.Sources, "subscriptions", len(r.Subscriptions),
		"dm_subscriptions", r.DMSubscriptions, "articles", r.Articles)
}
