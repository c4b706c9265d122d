package bot

import (
	"context"
	"fmt"
	"strconv"

	"github.com/bwmarrin/discordgo"
	"github.com/conflict-digest/conflict-digest/digest"
)

func (b *Bot) resumeCommand() *command {
	return &command{
		def: &discordgo.ApplicationCommand{
			Name: "resume", Description: "Resume a paused digest subscription once its problem is fixed",
			Contexts: guildAndDM, IntegrationTypes: guildInstall, DefaultMemberPermissions: manageChannels,
			Options: []*discordgo.ApplicationCommandOption{
				strOpt("subscription", "The paused subscription", true, true),
			},
		},
		ephemeral: true,
		run:       b.runResume,
		complete:  b.completePaused,
	}
}

// runResume clears the pause reason and schedules the subscription again;
// the notice mark is cleared so that a new pause is explained again.
func (b *Bot) runResume(ctx context.Context, in *Invocation) (*Response, error) {
	sub, err := b.ownedSubscription(ctx, in, in.String("subscription"))
	if err != nil {
		return nil, err
	}
	if !sub.Paused() {
		return reply(true, fmt.Sprintf("Subscription #%d is not paused.", sub.ID)), nil
	}
	if err := b.checkSetup(ctx, in, sub, "resume"); err != nil {
		return nil, err
	}
	was := sub.PausedReason
	sub.PausedReason = ""
	sub.Updated = b.deps.Now().UTC()
	if err := b.deps.Subscriptions.UpdateSubscription(ctx, sub); err != nil {
		return nil, fmt.Errorf("resume subscription: %w", err)
	}
	b.telling.release(sub.ID)
	if err := b.deps.Notices.ForgetPauseTold(ctx, sub.ID); err != nil {
		b.log.Warn("forget pause notice", "subscription_id", sub.ID, "error", err)
	}
	if b.deps.Scheduler != nil {
		if err := b.deps.Scheduler.Upsert(sub); err != nil {
			b.log.Error("schedule subscription", "subscription_id", sub.ID, "error", err)
		}
		// What waited goes out now: the unfinished digest, and the slot
		// missed while paused, if any (never an off-schedule one).
		b.deps.Scheduler.RunNow(sub.ID)
	}
	b.log.Info("subscription resumed", "subscription_id", sub.ID, "guild_id", sub.GuildID, "paused_reason", was)
	next, err := digest.NextRun(sub.Schedule, sub.TimeZone, b.deps.Now())
	if err != nil {
		return nil, err
	}
	return reply(true, fmt.Sprintf("Resumed subscription #%d (%s). Next digest <t:%d:R>; if %s again, it pauses again.",
		sub.ID, describeFilter(sub), next.Unix(), was)), nil
}

// completePaused offers the caller's paused subscriptions: their own DM
// ones and the guild's they may manage.
func (b *Bot) completePaused(ctx context.Context, in *Invocation, _, _ string) ([]*discordgo.ApplicationCommandOptionChoice, error) {
	subs, err := b.visibleSubscriptions(ctx, in)
	if err != nil {
		return nil, err
	}
	out := []*discordgo.ApplicationCommandOptionChoice{}
	for i := range subs {
		s := &subs[i]
		if !s.Paused() || (!s.DM && in.requireManageChannel(s.ChannelID) != nil) || len(out) == maxChoices {
			continue
		}
		out = append(out, &discordgo.ApplicationCommandOptionChoice{
			Name: cut(b.subscriptionLabel(s)+": "+s.PausedReason, 100), Value: strconv.FormatInt(s.ID, 10)})
	}
	return out, nil
}

// maxChoices is Discord's limit of autocomplete choices.
const maxChoices = 25
