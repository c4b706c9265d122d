package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
	"github.com/jackc/pgx/v5"
)

// deliveredKeep is how long what a subscription was told of a story is
// remembered, as in SQLite.
const deliveredKeep = 90 * 24 * time.Hour

// CreateOutbox stores a digest and its messages in one transaction and sets
// its ID. The writes of the outbox (CreateOutbox, MarkSent, ParkMessage,
// AdvanceCursor) check the lease ctx carries (news.WithFence) in their
// transaction: an instance that lost its delivery's lease records nothing. A subscription with an unfinished digest, or one for the same
// window end, makes it an ECONFLICT error: two instances building the same
// slot store one outbox.
func (ob *OutboxService) CreateOutbox(ctx context.Context, o *news.Outbox) error {
	ids := o.StoryIDs
	if ids == nil {
		ids = []int64{}
	}
	idsJSON, err := json.Marshal(ids)
	if err != nil {
		return fmt.Errorf("encode story ids: %w", err)
	}
	delivered, err := encodeDelivered(o.Delivered)
	if err != nil {
		return err
	}
	return ob.db.inTx(ctx, func(tx pgx.Tx) error {
		if err := checkFence(ctx, tx); err != nil {
			return err
		}
		err := tx.QueryRow(ctx, `INSERT INTO outbox_digests (subscription_id, channel_id, since, until,
			story_ids, created, delivered) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
			o.SubscriptionID, o.ChannelID, unix(o.Since), unix(o.Until), string(idsJSON), unix(o.Created),
			delivered).Scan(&o.ID)
		if err != nil {
			o.ID = 0
			return conflict(err, "the subscription has an unfinished digest", "insert outbox")
		}
		if err := insertOutboxMessages(ctx, tx, o.ID, o.Messages); err != nil {
			o.ID = 0
			return err
		}
		return nil
	})
}

// insertOutboxMessages stores a digest's messages in one statement.
func insertOutboxMessages(ctx context.Context, tx pgx.Tx, id int64, ms []news.OutboxMessage) error {
	if len(ms) == 0 {
		return nil
	}
	n := len(ms)
	parts, sent := make([]int64, n), make([]int64, n)
	content, markers, nonces, files, ids, embeds, parked := make([]string, n), make([]string, n), make([]string, n),
		make([]string, n), make([]string, n), make([]string, n), make([]string, n)
	for i, m := range ms {
		fs := m.Files
		if fs == nil {
			fs = []news.Attachment{}
		}
		fj, err := json.Marshal(fs)
		if err != nil {
			return fmt.Errorf("encode outbox files: %w", err)
		}
		e, err := news.EncodeEmbeds(m.Embeds, m.LegacyEmbeds)
		if err != nil {
			return fmt.Errorf("message %d: %w", m.Part, err)
		}
		parts[i], content[i], markers[i], nonces[i], files[i] = int64(m.Part), m.Content, m.Marker, m.Nonce, string(fj)
		sent[i], ids[i], embeds[i], parked[i] = unix(m.Sent), m.MessageID, e, m.Parked
	}
	_, err := tx.Exec(ctx, `INSERT INTO outbox_messages (digest_id, part, content, marker, nonce, files,
		sent, message_id, embeds, parked) SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[], $5::text[],
		$6::text[], $7::bigint[], $8::text[], $9::text[], $10::text[])`,
		id, parts, content, markers, nonces, files, sent, ids, embeds, parked)
	if err != nil {
		return fmt.Errorf("insert outbox messages: %w", err)
	}
	return nil
}

// PendingOutboxes returns the unfinished digests of one subscription (all
// when subscriptionID is 0), oldest first, with all their messages: one
// statement, so one snapshot and one round trip (every delivery asks
// first, and almost always finds none).
func (ob *OutboxService) PendingOutboxes(ctx context.Context, subscriptionID int64) ([]news.Outbox, error) {
	rows, err := ob.db.pool.Query(ctx, `SELECT d.id, d.subscription_id, d.channel_id, d.since, d.until, d.story_ids,
		d.created, m.part, m.content, m.marker, m.nonce, m.files, m.sent, m.message_id, m.embeds, m.parked
		FROM outbox_digests d LEFT JOIN outbox_messages m ON m.digest_id = d.id
		WHERE d.finished = 0 AND ($1 = 0 OR d.subscription_id = $1) ORDER BY d.id, m.part`, subscriptionID)
	if err != nil {
		return nil, fmt.Errorf("query pending outboxes: %w", err)
	}
	defer rows.Close()
	var out []news.Outbox
	for rows.Next() {
		var o news.Outbox
		var m pendingMessage
		if err := scanPending(rows, &o, &m); err != nil {
			return nil, fmt.Errorf("query pending outboxes: %w", err)
		}
		if len(out) == 0 || out[len(out)-1].ID != o.ID {
			out = append(out, o)
		}
		if m.Part != nil {
			msg, err := m.message()
			if err != nil {
				return nil, fmt.Errorf("query pending outboxes: %w", err)
			}
			last := &out[len(out)-1]
			last.Messages = append(last.Messages, msg)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("query pending outboxes: %w", err)
	}
	return out, nil
}

// pendingMessage is an outbox message as the pending outboxes' join reads
// it: all null for a digest without messages.
type pendingMessage struct {
	Part                                                     *int
	Content, Marker, Nonce, Files, MessageID, Embeds, Parked *string
	Sent                                                     *int64
}

func scanPending(row pgx.Row, o *news.Outbox, m *pendingMessage) error {
	var since, until, created int64
	var ids string
	if err := row.Scan(&o.ID, &o.SubscriptionID, &o.ChannelID, &since, &until, &ids, &created,
		&m.Part, &m.Content, &m.Marker, &m.Nonce, &m.Files, &m.Sent, &m.MessageID, &m.Embeds, &m.Parked); err != nil {
		return err
	}
	o.Since, o.Until, o.Created = fromUnix(since), fromUnix(until), fromUnix(created)
	if err := json.Unmarshal([]byte(ids), &o.StoryIDs); err != nil {
		return fmt.Errorf("decode story ids: %w", err)
	}
	return nil
}

func (p pendingMessage) message() (news.OutboxMessage, error) {
	m := news.OutboxMessage{Part: *p.Part, Content: *p.Content, Marker: *p.Marker, Nonce: *p.Nonce,
		MessageID: *p.MessageID, Parked: *p.Parked, Sent: fromUnix(*p.Sent)}
	var err error
	if m.Embeds, m.LegacyEmbeds, err = news.DecodeEmbeds(*p.Embeds); err != nil {
		return m, fmt.Errorf("decode outbox message %d: %w", m.Part, err)
	}
	if err := json.Unmarshal([]byte(*p.Files), &m.Files); err != nil {
		return m, fmt.Errorf("decode outbox files: %w", err)
	}
	m.Files = nilIfEmpty(m.Files)
	return m, nil
}

// MarkSent records that Discord accepted one message. When no message of
// the digest is left unsent, the same transaction finishes the digest and
// moves the subscription's cursor to the digest's window end (never back).
func (ob *OutboxService) MarkSent(ctx context.Context, outboxID int64, part int, messageID string, at time.Time) (bool, error) {
	return ob.settleMessage(ctx, outboxID, part, "mark outbox message sent",
		`sent = $3, message_id = $4`, max(unix(at), 1), messageID)
}

// ParkMessage records that Discord refused one message for good; the last
// pending one finishes the digest, as MarkSent does.
func (ob *OutboxService) ParkMessage(ctx context.Context, outboxID int64, part int, reason string) (bool, error) {
	if reason == "" {
		return false, news.Errorf(news.EINVALID, "a parked message needs a reason")
	}
	return ob.settleMessage(ctx, outboxID, part, "park outbox message", `parked = $3`, reason)
}

// settleMessage sets one pending message's fields and finishes the digest
// when none is left pending. It locks the digest's row first: under READ
// COMMITTED, two instances settling the last two messages at once would
// each count the other's as pending and neither finish the digest; with
// the lock the second counts after the first committed.
func (ob *OutboxService) settleMessage(ctx context.Context, outboxID int64, part int, what, set string, args ...any) (done bool, err error) {
	err = ob.db.inTx(ctx, func(tx pgx.Tx) error {
		if err := checkFence(ctx, tx); err != nil {
			return err
		}
		var finished int
		err := tx.QueryRow(ctx, `SELECT finished FROM outbox_digests WHERE id = $1 FOR UPDATE`, outboxID).Scan(&finished)
		if err != nil && err != pgx.ErrNoRows {
			return fmt.Errorf("%s: %w", what, err)
		}
		// The message settled and the others still pending, in one
		// statement: the count reads the snapshot from before the update.
		var settled, pending int
		err = tx.QueryRow(ctx, `WITH s AS (UPDATE outbox_messages SET `+set+`
			WHERE digest_id = $1 AND part = $2 AND sent = 0 AND parked = '' RETURNING part)
			SELECT (SELECT count(*) FROM s), (SELECT count(*) FROM outbox_messages
			WHERE digest_id = $1 AND part <> $2 AND sent = 0 AND parked = '')`,
			append([]any{outboxID, part}, args...)...).Scan(&settled, &pending)
		if err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
		if settled == 0 {
			return news.Errorf(news.ENOTFOUND, "no unsent message %d of digest %d", part, outboxID)
		}
		if pending > 0 {
			return nil
		}
		done, err = finishOutbox(ctx, tx, outboxID)
		return err
	})
	return done, err
}

// AdvanceCursor moves a subscription's cursor to t, never back.
func (ob *OutboxService) AdvanceCursor(ctx context.Context, subscriptionID int64, t time.Time) error {
	return ob.db.inTx(ctx, func(tx pgx.Tx) error {
		if err := checkFence(ctx, tx); err != nil {
			return err
		}
		tag, err := tx.Exec(ctx, `UPDATE subscriptions SET cursor = greatest(cursor, $1) WHERE id = $2`,
			unix(t), subscriptionID)
		if err != nil {
			return fmt.Errorf("advance cursor: %w", err)
		}
		return mustAffect(tag, fmt.Sprintf("no subscription %d", subscriptionID))
	})
}

// finishOutbox finishes the digest, whose messages are all settled,
// advances its subscription's cursor and remembers what it told.
func finishOutbox(ctx context.Context, tx pgx.Tx, id int64) (bool, error) {
	var sub, until int64
	var delivered string
	err := tx.QueryRow(ctx, `WITH f AS (UPDATE outbox_digests SET finished = 1 WHERE id = $1
			RETURNING subscription_id, until, delivered),
		c AS (UPDATE subscriptions s SET cursor = greatest(s.cursor, f.until) FROM f WHERE s.id = f.subscription_id)
		SELECT subscription_id, until, delivered FROM f`, id).Scan(&sub, &until, &delivered)
	if err != nil {
		return false, fmt.Errorf("finish outbox and advance cursor: %w", err)
	}
	return true, rememberDelivered(ctx, tx, sub, until, delivered)
}

func encodeDelivered(ds []news.DeliveredStory) (string, error) {
	if len(ds) == 0 {
		return "[]", nil
	}
	b, err := json.Marshal(ds)
	if err != nil {
		return "", fmt.Errorf("encode delivered stories: %w", err)
	}
	return string(b), nil
}

// rememberDelivered copies what a finished digest told of its stories to
// delivered_stories, and forgets the subscription's stories told too long
// ago: two statements, whatever the number of stories (a slot's fan-out
// finishes a digest per delivery).
func rememberDelivered(ctx context.Context, tx pgx.Tx, sub, until int64, stored string) error {
	var ds []news.DeliveredStory
	if err := json.Unmarshal([]byte(stored), &ds); err != nil {
		return fmt.Errorf("decode delivered stories: %w", err)
	}
	// One row per story, the last told winning, as one insert each did:
	// an upsert may not touch a row twice.
	at := map[int64]int{}
	var ids []int64
	var states []string
	for i := range ds {
		ds[i].At = fromUnix(until)
		state, err := json.Marshal(ds[i])
		if err != nil {
			return fmt.Errorf("encode delivered story: %w", err)
		}
		if k, ok := at[ds[i].StoryID]; ok {
			states[k] = string(state)
			continue
		}
		at[ds[i].StoryID] = len(ids)
		ids = append(ids, ds[i].StoryID)
		states = append(states, string(state))
	}
	if len(ids) > 0 {
		_, err := tx.Exec(ctx, `INSERT INTO delivered_stories (subscription_id, story_id, state, delivered)
			SELECT $1, t.id, t.state, $4 FROM unnest($2::bigint[], $3::text[]) AS t (id, state)
			ON CONFLICT (subscription_id, story_id) DO UPDATE
			SET state = excluded.state, delivered = excluded.delivered`, sub, ids, states, until)
		if err != nil {
			return fmt.Errorf("remember delivered stories: %w", err)
		}
	}
	_, err := tx.Exec(ctx, `DELETE FROM delivered_stories WHERE subscription_id = $1 AND delivered < $2`,
		sub, until-int64(deliveredKeep/time.Second))
	if err != nil {
		return fmt.Errorf("forget old delivered stories: %w", err)
	}
	return nil
}

// DeliveredStories returns what the subscription was last told of the
// given stories; a delivered story merged into another since is found
// under the id it redirects to.
func (ob *OutboxService) DeliveredStories(ctx context.Context, subscriptionID int64, storyIDs []int64) (map[int64]news.DeliveredStory, error) {
	out := map[int64]news.DeliveredStory{}
	if len(storyIDs) == 0 {
		return out, nil
	}
	rows, err := ob.db.pool.Query(ctx, `SELECT coalesce(r.to_id, d.story_id) AS id, d.state
		FROM delivered_stories d LEFT JOIN story_redirects r ON r.from_id = d.story_id
		WHERE d.subscription_id = $1 AND coalesce(r.to_id, d.story_id) = ANY($2)
		ORDER BY d.delivered`, subscriptionID, storyIDs)
	if err != nil {
		return nil, fmt.Errorf("query delivered stories: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var state string
		if err := rows.Scan(&id, &state); err != nil {
			return nil, fmt.Errorf("query delivered stories: %w", err)
		}
		var d news.DeliveredStory
		if err := json.Unmarshal([]byte(state), &d); err != nil {
			return nil, fmt.Errorf("decode delivered story %d: %w", id, err)
		}
		d.StoryID = id
		out[id] = d
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("query delivered stories: %w", err)
	}
	return out, nil
}
