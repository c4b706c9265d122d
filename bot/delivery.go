package bot

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"time"

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
	if channelGone(err) && !sub.DM {
		return true, b.retire(ctx, sub)
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
	b.tellCreator(ctx, sub, reason)
	b.tellGuild(ctx, sub, reason)
	return true, nil
}

// tellGuild posts a short notice to the guild's system channel, when the
// gateway gave one and it is not the channel that failed.
func (b *Bot) tellGuild(ctx context.Context, sub *news.Subscription, reason string) {
	msg := fmt.Sprintf("The conflict digest for <#%s> (subscription #%d) is paused: %s. Someone with Manage Channels can fix it "+
		"(give the bot View Channel, Send Messages, Embed Links, Attach Files and Read Message History there), then use /resume.",
		sub.ChannelID, sub.ID, reason)
	b.tellGuildText(ctx, sub, msg, pauseNonce(sub, "guild"))
}

// tellGuildText posts msg to the guild's system channel, when the gateway
// gave one and it is not the subscription's own channel.
func (b *Bot) tellGuildText(ctx context.Context, sub *news.Subscription, msg, nonce string) {
	ch := b.guilds.systemChannel(sub.GuildID)
	if ch == "" || ch == sub.ChannelID {
		return
	}
	if _, err := b.sender.Post(ctx, ch, &Message{Content: msg}, nonce); err != nil {
		b.log.Info("could not tell the guild of a paused subscription", "subscription_id", sub.ID,
			"guild_id", sub.GuildID, "channel_id", ch, "error", err)
	}
}

// tellCreator DMs the member who set up a channel subscription that it is
// paused; the channel itself is what failed, so it cannot carry the news.
func (b *Bot) tellCreator(ctx context.Context, sub *news.Subscription, reason string) {
	msg := fmt.Sprintf("The digest subscription #%d for <#%s> is paused: %s. Fix it, then use /resume.",
		sub.ID, sub.ChannelID, reason)
	b.tellCreatorText(ctx, sub, msg, pauseNonce(sub, "creator"))
}

// tellCreatorText DMs msg to the member who set up a channel subscription.
func (b *Bot) tellCreatorText(ctx context.Context, sub *news.Subscription, msg, nonce string) {
	if sub.UserID == "" {
		return
	}
	ch, err := b.sender.OpenDM(ctx, sub.UserID)
	if err == nil {
		_, err = b.sender.Post(ctx, ch, &Message{Content: msg}, nonce)
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

// channelGone reports whether err says the channel was deleted (10003).
func channelGone(err error) bool {
	var ae *APIError
	return errors.As(err, &ae) && ae.Code == 10003
}

// retire removes a subscription whose channel was deleted: nothing can fix
// it, so it is not paused for a /resume that cannot work. Its creator and
// the guild are told where digests stopped and how to get them again.
func (b *Bot) retire(ctx context.Context, sub *news.Subscription) error {
	if err := b.deps.Subscriptions.DeleteSubscription(ctx, sub.ID); err != nil && news.ErrorCode(err) != news.ENOTFOUND {
		return fmt.Errorf("retire subscription: %w", err)
	}
	if b.deps.Scheduler != nil {
		b.deps.Scheduler.Remove(sub.ID)
	}
	b.log.Warn("subscription retired: its channel was deleted", "subscription_id", sub.ID, "guild_id", sub.GuildID,
		"channel_id", sub.ChannelID)
	msg := fmt.Sprintf("The channel of digest subscription #%d (%s) was deleted, so the subscription was removed. "+
		"Run /subscribe in another channel to get the digests there.", sub.ID, describeFilter(sub))
	b.tellCreatorText(ctx, sub, msg, pauseNonce(sub, "retired-creator"))
	b.tellGuildText(ctx, sub, msg, pauseNonce(sub, "retired-guild"))
	return nil
}

// TellParked tells a subscription's channel, once for each reason, that
// Discord refused part of a digest for good (digest.Deliverer's Parked):
// the rest was delivered and the schedule stands.
func (b *Bot) TellParked(ctx context.Context, sub *news.Subscription, reasons []string) {
	seen := map[string]bool{}
	for _, r := range reasons {
		if seen[r] {
			continue
		}
		seen[r] = true
		h := sha256.Sum256([]byte(r))
		key := fmt.Sprintf("notice/parked/%d/%s", sub.ID, hex.EncodeToString(h[:])[:16])
		if told, err := b.deps.State.LoadState(ctx, key); err != nil || len(told) > 0 {
			continue
		}
		msg := fmt.Sprintf("Part of this digest could not be delivered: %s It was set aside; the rest went out and the "+
			"schedule stands. (This is said once.)", r)
		if _, err := b.sender.Post(ctx, sub.ChannelID, &Message{Content: msg}, "cq"+hex.EncodeToString(h[:])[:16]); err != nil {
			b.log.Info("could not tell of a parked message", "subscription_id", sub.ID, "channel_id", sub.ChannelID, "error", err)
			continue
		}
		if err := b.deps.State.SaveState(ctx, key, []byte(b.deps.Now().UTC().Format(time.RFC3339)), time.Time{}); err != nil {
			b.log.Warn("save parked notice", "subscription_id", sub.ID, "error", err)
		}
	}
}
