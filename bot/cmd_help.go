package bot

import (
	"context"

	"github.com/bwmarrin/discordgo"
)

func (b *Bot) helpCommand() *command {
	return &command{
		def: &discordgo.ApplicationCommand{
			Name: "help", Description: "How to use the conflict digest bot",
			Contexts: anywhere, IntegrationTypes: eitherInstall,
		},
		ephemeral: true,
		run: func(context.Context, *Invocation) (*Response, error) {
			return reply(true, helpText), nil
		},
	}
}

const helpText = `**Conflict digest** turns war news into short, sourced digests.
• /subscribe to:here|dm — a digest on a schedule (hourly, daily 07:30, weekly mon 07:30, or cron), filtered by topics, places and keywords, in your time zone.
• /subscriptions — what is set up; /unsubscribe — stop one; /resume — restart one that was paused (the channel was gone, the bot lost access, or your DMs were closed).
• /digest preview — what the next digest would hold now, and what it leaves out; /digest now — deliver at once.
• /latest — the newest stories for a topic and place; /ask — a question answered from the stored news, with its sources.
• /alert add — told at once, in this channel, when a story you follow changes state (a ceasefire proposed, in effect, violated or collapsed; talks opened, suspended or concluded; a siege imposed or lifted; an evacuation begun; an emergency declared; a state striking another's government forces) or two independent sources put its death toll past a threshold (toll, default 100); same filters as /subscribe, an optional mentionable role to ping, at most a few posts an hour (the rest folded into one). /alert list|remove; /alert preview — what the filters would have fired over the last week.
• /follow (forum or text channel) — each new story passing the filters (as /subscribe) gets its own thread; later reports are added as they arrive; archived after quiet_days without news. /unfollow stops it.
• /sources list|add|remove|health — the feeds this server adds; their articles reach this server's digests, /latest and /ask only, marked as this server's feeds.
In a server, /subscribe, /unsubscribe, /resume, /digest, /alert, /follow and /unfollow need Manage Channels in the subscription's channel (or Manage Server from another channel); /sources needs Manage Server. In a DM with the bot anyone can run them for their own DM digests: server permissions do not apply there.
Figures are quoted with their source and date; ranges show where sources disagree.`
