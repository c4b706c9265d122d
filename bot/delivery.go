package bot

import (
	"context"
	"fmt"

	"github.com/conflict-digest/conflict-digest/news"
)

// PauseOnError pauses sub when err says it cannot be delivered (see
// PauseReason: 10003, 50001, 50013, or 50007 for a DM subscription), saves
// the reason, and tells the subscription's creator by DM when it is a
// channel subscription. It reports whether it paused.
func (b *Bot) PauseOnError(ctx context.Context, sub *news.Subscription, err error) (bool, error) {
	reason, ok := PauseReason(err)
	if !ok {
		return false, nil
	}
	sub.PausedReason = reason
	sub.Updated = b.deps.Now().UTC()
	if err := b.deps.Subscriptions.UpdateSubscription(ctx, sub); err != nil {
		return false, fmt.Errorf("pause subscription: %w", err)
	}
	b.log.Warn("subscription paused", "subscription_id", sub.ID, "guild_id", sub.GuildID,
		"channel_id", sub.ChannelID, "error", err)
	if sub.DM || sub.UserID == "" {
		return true, nil // the user sees the reason in /subscriptions
	}
	b.tellCreator(ctx, sub, reason)
	return true, nil
}

// tellCreator DMs the member who set up a channel subscription that it is
// paused; the channel itself is what failed, so it cannot carry the news.
func (b *Bot) tellCreator(ctx context.Context, sub *news.Subscription, reason string) {
	ch, err := b.sender.OpenDM(ctx, sub.UserID)
	if err == nil {
		msg := fmt.Sprintf("The digest subscription #%d for <#%s> is paused: %s. Fix it, then set it up again with /subscribe.",
			sub.ID, sub.ChannelID, reason)
		_, err = b.sender.Post(ctx, ch, &Message{Content: msg}, "")
	}
	if err != nil {
		b.log.Info("could not tell the creator of a paused subscription", "subscription_id", sub.ID, "error", err)
	}
}
