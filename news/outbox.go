package news

import (
	"context"
	"encoding/json"
	"time"
)

// Outbox is a digest for one subscription with its rendered messages,
// stored before anything is sent, so that delivery survives a crash without
// losing or repeating a message.
type Outbox struct {
	ID             int64
	SubscriptionID int64
	ChannelID      string
	Since, Until   time.Time // the window; Until becomes the cursor once all is sent
	StoryIDs       []int64
	Created        time.Time
	Messages       []OutboxMessage
}

// OutboxMessage is one Discord message of an outbox and its delivery state.
type OutboxMessage struct {
	Part      int          // from 1
	Content   string       // Markdown, within Discord's limit
	Marker    string       // text the content ends with, looked for after a crash
	Nonce     string       // sent with enforce_nonce; the same on every retry
	Files     []Attachment // e.g. the chart
	Sent      time.Time    // zero until Discord accepted it
	MessageID string       // "" when recovered by marker
	// Embeds is the message's embeds array as Discord JSON; empty for a
	// message of plain content.
	Embeds json.RawMessage
}

// Attachment is a file sent with a message.
type Attachment struct {
	Name        string `json:"name"`
	ContentType string `json:"content_type"`
	Data        []byte `json:"data"`
}

// Done reports whether every message is sent.
func (o *Outbox) Done() bool {
	for _, m := range o.Messages {
		if m.Sent.IsZero() {
			return false
		}
	}
	return true
}

// OutboxService keeps outboxes.
type OutboxService interface {
	// CreateOutbox stores o and its messages in one transaction and sets
	// o.ID. A subscription has at most one unfinished outbox: another is an
	// ECONFLICT error, and so is a second outbox for the same window end.
	CreateOutbox(ctx context.Context, o *Outbox) error
	// PendingOutboxes returns the outboxes with unsent messages, oldest
	// first, of one subscription (all subscriptions when subscriptionID is 0).
	PendingOutboxes(ctx context.Context, subscriptionID int64) ([]Outbox, error)
	// MarkSent records that Discord accepted the message. When it is the
	// last unsent one, the same transaction finishes the outbox and moves the
	// subscription's cursor to the outbox's Until (never back); done says so.
	MarkSent(ctx context.Context, outboxID int64, part int, messageID string, at time.Time) (done bool, err error)
}
