package bot

import (
	"context"

	"github.com/bwmarrin/discordgo"
)

func (b *Bot) helpCommand() *command {
	return &command{
		def: &discordgo.ApplicationCommand{
			Name: "help", Description: "How to use the conflict digest bot",
			Contexts: guildAndDM, IntegrationTypes: guildInstall,
		},
		ephemeral: true,
		run: func(context.Context, *Invocation) (*Response, error) {
			return reply(true, helpText), nil
		},
	}
}

const helpText = `**Conflict digest** turns war news into short, sourced digests.
• /subscribe to:here|dm — a digest on a schedule (hourly, daily 07:30, weekly mon 07:30, or cron), filtered by topics, places and keywords, in your time zone. Channel digests need Manage Channels.
• /subscriptions — what is set up; /unsubscribe — stop one.
• /digest preview — what the next digest would hold now, and what it leaves out; /digest now — deliver at once.
• /latest — the newest stories for a topic and place.
• /sources list|add|remove|health — the feeds this server reads (Manage Channels).
Figures are quoted with their source and date; ranges show where sources disagree.`
