package bot

import (
	"sync"

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
// and GUILD_DELETE (all under the Guilds intent).
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
		if g.Guild != nil && !g.Unavailable {
			b.guilds.set(g.ID, "")
		}
	})
}
