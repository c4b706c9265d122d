package bot

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// Notifier tells the people concerned when a digest cannot be delivered: it
// pauses (or, for a deleted channel, retires) the subscription and tells
// its creator and guild, and it says once when Discord refused part of a
// digest. It is built before the digest.Deliverer and the Bot, which both
// use it (the Deliverer's Undeliverable and Parked hooks), so that nothing
// is patched in after construction.
type Notifier struct {
	sender *Sender
	subs   news.SubscriptionService
	state  StateStore
	guilds *GuildDirectory
	log    *slog.Logger
	now    func() time.Time
}

// NotifierConfig is what a Notifier needs; Sender and Subscriptions are
// required.
type NotifierConfig struct {
	Sender        *Sender
	Subscriptions news.SubscriptionService
	State         StateStore      // remembers which parked reasons were told; nil: in memory
	Guilds        *GuildDirectory // the guilds' system channels as the gateway tells them; nil: none known
	Logger        *slog.Logger
	Now           func() time.Time
}

// NewNotifier returns a Notifier.
func NewNotifier(cfg NotifierConfig) *Notifier {
	n := &Notifier{sender: cfg.Sender, subs: cfg.Subscriptions, state: cfg.State, guilds: cfg.Guilds,
		log: cfg.Logger, now: cfg.Now}
	if n.state == nil {
		n.state = &memState{}
	}
	if n.guilds == nil {
		n.guilds = NewGuildDirectory()
	}
	if n.log == nil {
		n.log = slog.New(slog.DiscardHandler)
	}
	if n.now == nil {
		n.now = time.Now
	}
	return n
}

// PauseOnError is the bot's Notifier's PauseOnError.
func (b *Bot) PauseOnError(ctx context.Context, sub *news.Subscription, err error) (bool, error) {
	return b.notifier.PauseOnError(ctx, sub, err)
}

// TellParked is the bot's Notifier's TellParked.
func (b *Bot) TellParked(ctx context.Context, sub *news.Subscription, reasons []string) {
	b.notifier.TellParked(ctx, sub, reasons)
}

// PauseOnError pauses sub when err says it cannot be delivered (see
// PauseReason: 10003, 50001, 50013, or 50007 for a DM subscription), saves
// the reason, and for a channel subscription tells its creator by DM and
// the guild in its system channel (when it has one that is not the failing
// channel); a DM subscription's owner is told at their next command. It reports whether it paused.
func (n *Notifier) PauseOnError(ctx context.Context, sub *news.Subscription, err error) (bool, error) {
	reason, ok := PauseReason(err)
	if !ok {
		return false, nil
	}
	if channelGone(err) && !sub.DM {
		return true, n.retire(ctx, sub)
	}
	sub.PausedReason = reason
	sub.Updated = n.now().UTC()
	if err := n.subs.UpdateSubscription(ctx, sub); err != nil {
		return false, fmt.Errorf("pause subscription: %w", err)
	}
	n.log.Warn("subscription paused", "subscription_id", sub.ID, "guild_id", sub.GuildID,
		"channel_id", sub.ChannelID, "error", err)
	if sub.DM {
		return true, nil // told the next time they use a command (notePaused)
	}
	n.tellCreator(ctx, sub, reason)
	n.tellGuild(ctx, sub, reason)
	return true, nil
}

// tellGuild posts a short notice to the guild's system channel, when the
// gateway gave one and it is not the channel that failed.
func (n *Notifier) tellGuild(ctx context.Context, sub *news.Subscription, reason string) {
	msg := fmt.Sprintf("The conflict digest for <#%s> (subscription #%d) is paused: %s. Someone with Manage Channels can fix it "+
		"(give the bot View Channel, Send Messages, Embed Links, Attach Files and Read Message History there), then use /resume.",
		sub.ChannelID, sub.ID, reason)
	n.tellGuildText(ctx, sub, msg, pauseNonce(sub, "guild"))
}

// tellGuildText posts msg to the guild's system channel, when the gateway
// gave one and it is not the subscription's own channel.
func (n *Notifier) tellGuildText(ctx context.Context, sub *news.Subscription, msg, nonce string) {
	ch := n.guilds.systemChannel(sub.GuildID)
	if ch == "" || ch == sub.ChannelID {
		return
	}
	if _, err := n.sender.Post(ctx, ch, &Message{Content: msg}, nonce); err != nil {
		n.log.Info("could not tell the guild of a paused subscription", "subscription_id", sub.ID,
			"guild_id", sub.GuildID, "channel_id", ch, "error", err)
	}
}

// tellCreator DMs the member who set up a channel subscription that it is
// paused; the channel itself is what failed, so it cannot carry the news.
func (n *Notifier) tellCreator(ctx context.Context, sub *news.Subscription, reason string) {
	msg := fmt.Sprintf("The digest subscription #%d for <#%s> is paused: %s. Fix it, then use /resume.",
		sub.ID, sub.ChannelID, reason)
	n.tellCreatorText(ctx, sub, msg, pauseNonce(sub, "creator"))
}

// tellCreatorText DMs msg to the member who set up a channel subscription.
func (n *Notifier) tellCreatorText(ctx context.Context, sub *news.Subscription, msg, nonce string) {
	if sub.UserID == "" {
		return
	}
	ch, err := n.sender.OpenDM(ctx, sub.UserID)
	if err == nil {
		_, err = n.sender.Post(ctx, ch, &Message{Content: msg}, nonce)
	}
	if err != nil {
		n.log.Info("could not tell the creator of a paused subscription", "subscription_id", sub.ID, "error", err)
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
// the guild are told where digests stopped and how to get them again. The
// Deliverer finds it gone and its scheduler forgets it (digest.Gone).
func (n *Notifier) retire(ctx context.Context, sub *news.Subscription) error {
	if err := n.subs.DeleteSubscription(ctx, sub.ID); err != nil && news.ErrorCode(err) != news.ENOTFOUND {
		return fmt.Errorf("retire subscription: %w", err)
	}
	n.log.Warn("subscription retired: its channel was deleted", "subscription_id", sub.ID, "guild_id", sub.GuildID,
		"channel_id", sub.ChannelID)
	msg := fmt.Sprintf("The channel of digest subscription #%d (%s) was deleted, so the subscription was removed. "+
		"Run /subscribe in another channel to get the digests there.", sub.ID, describeFilter(sub))
	n.tellCreatorText(ctx, sub, msg, pauseNonce(sub, "retired-creator"))
	n.tellGuildText(ctx, sub, msg, pauseNonce(sub, "retired-guild"))
	return nil
}

// TellParked tells a subscription's channel, once for each reason, that
// Discord refused part of a digest for good (digest.Deliverer's Parked):
// the rest was delivered and the schedule stands.
func (n *Notifier) TellParked(ctx context.Context, sub *news.Subscription, reasons []string) {
	seen := map[string]bool{}
	for _, r := range reasons {
		if seen[r] {
			continue
		}
		seen[r] = true
		h := sha256.Sum256([]byte(r))
		key := fmt.Sprintf("notice/parked/%d/%s", sub.ID, hex.EncodeToString(h[:])[:16])
		if told, err := n.state.LoadState(ctx, key); err != nil || len(told) > 0 {
			continue
		}
		msg := fmt.Sprintf("Part of this digest could not be delivered: %s It was set aside; the rest went out and the "+
			"schedule stands. (This is said once.)", r)
		if _, err := n.sender.Post(ctx, sub.ChannelID, &Message{Content: msg}, "cq"+hex.EncodeToString(h[:])[:16]); err != nil {
			n.log.Info("could not tell of a parked message", "subscription_id", sub.ID, "channel_id", sub.ChannelID, "error", err)
			continue
		}
		if err := n.state.SaveState(ctx, key, []byte(n.now().UTC().Format(time.RFC3339)), time.Time{}); err != nil {
			n.log.Warn("save parked notice", "subscription_id", sub.ID, "error", err)
		}
	}
}
