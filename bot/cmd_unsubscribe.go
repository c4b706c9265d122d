package bot

import (
	"context"
	"fmt"
	"strconv"

	"github.com/bwmarrin/discordgo"
	"github.com/conflict-digest/conflict-digest/digest"
	"github.com/conflict-digest/conflict-digest/news"
)

func (b *Bot) unsubscribeCommand() *command {
	return &command{
		def: &discordgo.ApplicationCommand{
			Name: "unsubscribe", Description: "Stop a digest subscription",
			Contexts: guildAndDM, IntegrationTypes: guildInstall, DefaultMemberPermissions: manageChannels,
			Options: []*discordgo.ApplicationCommandOption{
				strOpt("subscription", "The subscription to stop", true, true),
			},
		},
		ephemeral: true,
		run:       b.runUnsubscribe,
		complete:  b.completeSubscription,
	}
}

func (b *Bot) runUnsubscribe(ctx context.Context, in *Invocation) (*Response, error) {
	sub, err := b.ownedSubscription(ctx, in, in.String("subscription"))
	if err != nil {
		return nil, err
	}
	if err := b.deps.Subscriptions.DeleteSubscription(ctx, sub.ID); err != nil {
		return nil, fmt.Errorf("delete subscription: %w", err)
	}
	if b.deps.Scheduler != nil {
		b.deps.Scheduler.Remove(sub.ID)
	}
	return reply(true, fmt.Sprintf("Stopped subscription #%d (%s).", sub.ID, describeFilter(sub))), nil
}

// ownedSubscription loads the subscription named by id and checks the
// caller may change it: a DM subscription only its owner, a channel one
// a member who may manage its channel (see requireManageChannel).
func (b *Bot) ownedSubscription(ctx context.Context, in *Invocation, id string) (*news.Subscription, error) {
	n, err := strconv.ParseInt(id, 10, 64)
	if err != nil {
		return nil, news.Errorf(news.EINVALID, "Pick a subscription from the list.")
	}
	sub, err := b.deps.Subscriptions.Subscription(ctx, n)
	if news.ErrorCode(err) == news.ENOTFOUND {
		return nil, news.Errorf(news.ENOTFOUND, "No subscription #%d.", n)
	}
	if err != nil {
		return nil, fmt.Errorf("load subscription: %w", err)
	}
	if sub.DM {
		if sub.UserID != in.UserID {
			return nil, news.Errorf(news.ENOTFOUND, "No subscription #%d.", n)
		}
		return sub, nil
	}
	if sub.GuildID != in.GuildID {
		return nil, news.Errorf(news.ENOTFOUND, "No subscription #%d.", n)
	}
	if err := in.requireManageChannel(sub.ChannelID); err != nil {
		return nil, err
	}
	return sub, nil
}

// visibleSubscriptions are the caller's DM subscriptions and, in a guild,
// the guild's channel subscriptions.
func (b *Bot) visibleSubscriptions(ctx context.Context, in *Invocation) ([]news.Subscription, error) {
	yes, no := true, false
	out, err := b.deps.Subscriptions.Subscriptions(ctx, news.SubscriptionFilter{UserID: in.UserID, DM: &yes})
	if err != nil {
		return nil, fmt.Errorf("list subscriptions: %w", err)
	}
	if in.InDM() {
		return out, nil
	}
	guild, err := b.deps.Subscriptions.Subscriptions(ctx, news.SubscriptionFilter{GuildID: in.GuildID, DM: &no})
	if err != nil {
		return nil, fmt.Errorf("list subscriptions: %w", err)
	}
	return append(guild, out...), nil
}

func (b *Bot) completeSubscription(ctx context.Context, in *Invocation, _, _ string) ([]*discordgo.ApplicationCommandOptionChoice, error) {
	subs, err := b.visibleSubscriptions(ctx, in)
	if err != nil {
		return nil, err
	}
	out := []*discordgo.ApplicationCommandOptionChoice{}
	for i := range subs[:min(len(subs), maxChoices)] {
		out = append(out, &discordgo.ApplicationCommandOptionChoice{
			Name: cut(b.subscriptionLabel(&subs[i]), 100), Value: strconv.FormatInt(subs[i].ID, 10)})
	}
	return out, nil
}

// subscriptionLabel names a subscription in an autocomplete choice, which
// shows no mentions: by its channel's name as the gateway told it (never
// its id), what it selects and when it comes.
func (b *Bot) subscriptionLabel(s *news.Subscription) string {
	where := "your DMs"
	if !s.DM {
		where = "a channel"
		if name := b.guilds.channelName(s.ChannelID); name != "" {
			where = "#" + name
		}
	}
	l := fmt.Sprintf("#%d %s · %s · %s", s.ID, where, describeFilter(s), digest.DescribeSchedule(s.Schedule, s.TimeZone))
	if s.Paused() {
		l += " · paused"
	}
	return l
}
