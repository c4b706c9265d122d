package digest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// Message is one Discord message of a digest: Markdown content of at most
// MaxMessage characters, optional embeds, optional files (the chart), and
// the marker its content ends with, by which a restart recognises it in the
// channel.
type Message struct {
	Content string
	Files   []news.Attachment
	Marker  string
	// Embeds are the message's embeds in our own form; empty for plain
	// content. A Render hook makes them and the Sender maps them to
	// Discord's.
	Embeds []news.Embed
	// LegacyEmbeds is Discord JSON an older version stored in the outbox
	// (news.OutboxMessage.LegacyEmbeds): the Sender posts it as it is.
	LegacyEmbeds json.RawMessage
}

// Sender posts messages to Discord. The bot package implements it.
type Sender interface {
	// Send posts msg to the channel with the nonce and enforce_nonce, so that
	// a retry within Discord's window returns the first message instead of
	// posting again; it returns the message id. Failures carry domain codes:
	// ENOTFOUND for an unknown channel, EFORBIDDEN for missing access or a
	// user who takes no DMs, ERATELIMITED and EUNAVAILABLE for a retry later.
	Send(ctx context.Context, channelID string, msg Message, nonce string) (messageID string, err error)
	// RecentHasMarker reports whether one of the channel's recent messages
	// (the bot's own) contains marker.
	RecentHasMarker(ctx context.Context, channelID, marker string) (bool, error)
}

// DMOpener opens (or finds) the DM channel with a user. A Sender that
// delivers DM subscriptions implements it too.
type DMOpener interface {
	OpenDM(ctx context.Context, userID string) (channelID string, err error)
}

// OutboxStore keeps outboxes: news.OutboxService, which the store implements.
type OutboxStore = news.OutboxService

// SubscriptionStore is the part of news.SubscriptionService delivery uses.
type SubscriptionStore interface {
	Subscription(ctx context.Context, id int64) (*news.Subscription, error)
	UpdateSubscription(ctx context.Context, s *news.Subscription) error
}

// digestKey identifies the digest of a subscription's window; it does not
// depend on database ids, so nonces and markers can be made before storing.
func digestKey(subscriptionID int64, until time.Time) string {
	h := sha256.Sum256(fmt.Appendf(nil, "conflict-digest/%d/%d", subscriptionID, until.UnixMilli()))
	return hex.EncodeToString(h[:])[:12]
}

// Nonce returns the nonce of one message of a digest: deterministic, so a
// resend after a crash carries the same one, and at most 25 characters as
// Discord requires.
func Nonce(subscriptionID int64, until time.Time, part int) string {
	return fmt.Sprintf("cd%s.%d", digestKey(subscriptionID, until), part)
}

// Marker returns the text a digest message ends with, which a restart looks
// for in the channel before sending that message again.
func Marker(subscriptionID int64, until time.Time, part, parts int) string {
	return fmt.Sprintf("digest %s · %d/%d", digestKey(subscriptionID, until), part, parts)
}
