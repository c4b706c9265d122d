package bot

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"

	"github.com/conflict-digest/conflict-digest/news"
)

// PauseOnError pauses sub when err says it cannot be delivered (see
// PauseReason: 10003, 50001, 50013, or 50007 for a DM subscription), saves
// the reason, and for a channel subscription tells its creator by DM and
// the guild in its system channel (when it has one that is not the failing
// channel); a DM subscription's owner is told at their next command. It reports whether it paused.
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
	if sub.DM {
		return true, nil // told the next time they use a command (notePaused)
	}
	if sub.UserID != "" {
		b.tellCreator(ctx, sub, reason)
	}
	b.tellGuild(ctx, sub, reason)
	return true, nil
}

// tellGuild posts a short notice to the guild's system channel, when the
// gateway gave one and it is not the channel that failed.
func (b *Bot) tellGuild(ctx context.Context, sub *news.Subscription, reason string) {
	ch := b.guilds.systemChannel(sub.GuildID)
	if ch == "" || ch == sub.ChannelID {
		return
	}
	msg := fmt.Sprintf("The conflict digest for <#%s> (subscription #%d) is paused: %s. Someone with Manage Channels can fix it, then use /resume.",
		sub.ChannelID, sub.ID, reason)
	if _, err := b.sender.Post(ctx, ch, &Message{Content: msg}, pauseNonce(sub, "guild")); err != nil {
		b.log.Info("could not tell the guild of a paused subscription", "subscription_id", sub.ID,
			"guild_id", sub.GuildID, "channel_id", ch, "error", err)
	}
}

// tellCreator DMs the member who set up a channel subscription that it is
// paused; the channel itself is what failed, so it cannot carry the news.
func (b *Bot) tellCreator(ctx context.Context, sub *news.Subscription, reason string) {
	ch, err := b.sender.OpenDM(ctx, sub.UserID)
	if err == nil {
		msg := fmt.Sprintf("The digest subscription #%d for <#%s> is paused: %s. Fix it, then use /resume.",
			sub.ID, sub.ChannelID, reason)
		_, err = b.sender.Post(ctx, ch, &Message{Content: msg}, pauseNonce(sub, "creator"))
	}
	if err != nil {
		b.log.Info("could not tell the creator of a paused subscription", "subscription_id", sub.ID, "error", err)
	}
}

// pauseNonce is the nonce of a pause notice to audience ("creator" or
// "guild"): derived from the subscription, its pause reason and the pause's
// time, so a retry of the same notice after a 5xx cannot post it twice,
// and at most 25 characters as Discord requires.
func pauseNonce(sub *news.Subscription, audience string) string {
	h := sha256.Sum256(fmt.Appendf(nil, "conflict-digest/pause/%s/%d/%s/%d",
		audience, sub.ID, sub.PausedReason, sub.Updated.UnixMilli()))
	return "cp" + hex.EncodeToString(h[:])[:16]
}
