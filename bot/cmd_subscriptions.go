package bot

import (
	"context"
	"fmt"
	"github.com/conflict-digest/conflict-digest/digest"
	"strings"

	"github.com/bwmarrin/discordgo"
)

func (b *Bot) subscriptionsCommand() *command {
	return &command{
		def: &discordgo.ApplicationCommand{
			Name: "subscriptions", Description: "List this server's digest subscriptions and yours",
			Contexts: guildAndDM, IntegrationTypes: guildInstall,
		},
		ephemeral: true,
		run:       b.runSubscriptions,
	}
}

func (b *Bot) runSubscriptions(ctx context.Context, in *Invocation) (*Response, error) {
	subs, err := b.visibleSubscriptions(ctx, in)
	if err != nil {
		return nil, err
	}
	if len(subs) == 0 {
		return reply(true, "No subscriptions yet. Start one with /subscribe."), nil
	}
	var lines []string
	for i := range subs {
		s := &subs[i]
		where := "your DMs"
		if !s.DM {
			where = "<#" + s.ChannelID + ">"
		}
		line := fmt.Sprintf("**#%d** → %s: %s, %s", s.ID, where, describeFilter(s), digest.DescribeSchedule(s.Schedule, s.TimeZone))
		if s.Paused() {
			line += " — **paused**: " + s.PausedReason
		}
		lines = append(lines, line)
	}
	var msgs []*Message
	for _, t := range SplitText(strings.Join(lines, "\n"), maxContent) {
		msgs = append(msgs, &Message{Content: t})
	}
	return &Response{Messages: msgs, Ephemeral: true}, nil
}
