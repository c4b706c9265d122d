package bot

import (
	"context"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
)

// guildDirectory remembers what the gateway told about each guild that the
// bot needs later: its system channel, where notices about the guild's
// subscriptions go when their own channel fails.
type guildDirectory struct {
	mu     sync.Mutex
	system map[string]string // guild id → system channel id
}

func (d *guildDirectory) set(guildID, systemChannelID string) {
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
func (d *guildDirectory) systemChannel(guildID string) string {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.system[guildID]
}

// trackGuilds keeps the directory current from GUILD_CREATE, GUILD_UPDATE
// and GUILD_DELETE (all under the Guilds intent), and retires a guild the
// bot has left.
func (b *Bot) trackGuilds(s *discordgo.Session) {
	s.AddHandler(func(_ *discordgo.Session, g *discordgo.GuildCreate) {
		if g.Guild != nil && !g.Unavailable {
			b.guilds.set(g.ID, g.SystemChannelID)
		}
	})
	s.AddHandler(func(_ *discordgo.Session, g *discordgo.GuildUpdate) {
		if g.Guild != nil {
			b.guilds.set(g.ID, g.SystemChannelID)
		}
	})
	s.AddHandler(func(_ *discordgo.Session, g *discordgo.GuildDelete) {
		if g.Guild != nil && !g.Unavailable { // unavailable: an outage, not a goodbye
			b.guilds.set(g.ID, "")
			b.retireGuild(g.ID)
		}
	})
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
