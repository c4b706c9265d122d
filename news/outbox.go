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
	// Parked is why Discord refused the message for good (an invalid form
	// body, a 4xx that retrying cannot fix); a parked message is never sent
	// again and does not hold its digest back. "" for a message to send.
	Parked string
}

// Pending reports whether the message is still to be sent.
func (m *OutboxMessage) Pending() bool { return m.Sent.IsZero() && m.Parked == "" }

// Attachment is a file sent with a message.
type Attachment struct {
	Name        string `json:"name"`
	ContentType string `json:"content_type"`
	Data        []byte `json:"data"`
}

// Done reports whether every message is sent or parked.
func (o *Outbox) Done() bool {
	for i := range o.Messages {
		if o.Messages[i].Pending() {
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
	// ParkMessage records that Discord refused the message for good, and
	// why; like MarkSent, the last pending message finishes the outbox and
	// moves the cursor in the same transaction.
	ParkMessage(ctx context.Context, outboxID int64, part int, reason string) (done bool, err error)
	// AdvanceCursor moves a subscription's cursor to t, never back: a
	// window with nothing to deliver is done, so a restart does not count
	// its slot as missed.
	AdvanceCursor(ctx context.Context, subscriptionID int64, t time.Time) error
}
