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
	// Delivered is what the digest tells of each of its stories. When the
	// last message is sent, the same transaction remembers it for the
	// subscription, so the next digest can say what changed since
	// (DeliveryMemory): exactly once, like the cursor.
	Delivered []DeliveredStory
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
	// Embeds are the message's embeds, in our own form: the bot maps them
	// to Discord's when it sends. Empty for a message of plain content.
	Embeds []Embed
	// LegacyEmbeds is the embeds array as Discord JSON that versions before
	// typed messages stored; such a message is sent as it was stored.
	// Empty for every message stored since.
	LegacyEmbeds json.RawMessage
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

// DeliveredStory is what a subscription's digest told of a story: enough
// for the next one to say "toll rose — SOHR: 58 (12 Apr) → 86 (14 Apr)",
// "ceasefire: in effect → collapsed" or "3 more sources".
type DeliveredStory struct {
	StoryID   int64             `json:"story_id"`
	Sources   int               `json:"sources"` // distinct outlets
	Ceasefire CeasefireStatus   `json:"ceasefire,omitempty"`
	Changes   []Change          `json:"changes,omitempty"`
	Figures   []DeliveredFigure `json:"figures,omitempty"`
	// At is when the digest that told it was finished; set by the store.
	At time.Time `json:"at"`
}

// DeliveredFigure is one originator's latest figure of one kind as a
// digest showed it.
type DeliveredFigure struct {
	Kind  string `json:"kind"`
	By    string `json:"by"`   // the originator, else the outlet ("SOHR", "Reuters")
	Text  string `json:"text"` // as shown: "at least 58"
	Value int64  `json:"value"`
	// Who is the group counted ("civilians"), "" when its report names
	// none; PartyClaim marks a party to the fighting's count.
	Who        string `json:"who,omitempty"`
	PartyClaim bool   `json:"party_claim,omitempty"`
	// Reported is the publication of the report the count comes from,
	// for the next digest to say when each count was reported; zero when
	// not known (and in what digests remembered before they kept it).
	Reported time.Time `json:"reported,omitzero"`
}

// DeliveryMemory remembers what each subscription's finished digests told
// of each story (see Outbox.Delivered).
type DeliveryMemory interface {
	// DeliveredStories returns what the subscription was last told of the
	// given stories, by story id; a story never delivered is absent. A story
	// that absorbed a delivered one (a merge) is found by the id it has now.
	DeliveredStories(ctx context.Context, subscriptionID int64, storyIDs []int64) (map[int64]DeliveredStory, error)
}
