package bot

import (
	"context"
	"encoding/json"
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
	case t == "GUILD_UPDATE", t == "GUILD_CREATE" && !g.Unavailable:
		b.guilds.set(g.ID, g.SystemChannelID)
	}
}
