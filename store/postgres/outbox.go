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
		for _, m := range o.Messages {
			if err := insertOutboxMessage(ctx, tx, o.ID, m); err != nil {
				o.ID = 0
				return err
			}
		}
		return nil
	})
}

func insertOutboxMessage(ctx context.Context, tx pgx.Tx, id int64, m news.OutboxMessage) error {
	files := m.Files
	if files == nil {
		files = []news.Attachment{}
	}
	fj, err := json.Marshal(files)
	if err != nil {
		return fmt.Errorf("encode outbox files: %w", err)
	}
	embeds, err := news.EncodeEmbeds(m.Embeds, m.LegacyEmbeds)
	if err != nil {
		return fmt.Errorf("message %d: %w", m.Part, err)
	}
	_, err = tx.Exec(ctx, `INSERT INTO outbox_messages (digest_id, part, content, marker, nonce, files,
		sent, message_id, embeds, parked) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
		id, m.Part, m.Content, m.Marker, m.Nonce, string(fj), unix(m.Sent), m.MessageID, embeds, m.Parked)
	if err != nil {
		return fmt.Errorf("insert outbox message: %w", err)
	}
	return nil
}

// PendingOutboxes returns the unfinished digests of one subscription (all
// when subscriptionID is 0), oldest first, with all their messages.
func (ob *OutboxService) PendingOutboxes(ctx context.Context, subscriptionID int64) ([]news.Outbox, error) {
	var out []news.Outbox
	err := ob.db.inTx(ctx, func(tx pgx.Tx) error {
		var err error
		out, err = queryAll(ctx, tx, "pending outboxes", `SELECT id, subscription_id, channel_id, since, until,
			story_ids, created FROM outbox_digests WHERE finished = 0 AND ($1 = 0 OR subscription_id = $1)
			ORDER BY id`, scanOutbox, subscriptionID)
		if err != nil {
			return err
		}
		for i := range out {
			if out[i].Messages, err = outboxMessages(ctx, tx, out[i].ID); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("query pending outboxes: %w", err)
	}
	return out, nil
}

func scanOutbox(row pgx.Row, o *news.Outbox) error {
	var since, until, created int64
	var ids string
	if err := row.Scan(&o.ID, &o.SubscriptionID, &o.ChannelID, &since, &until, &ids, &created); err != nil {
		return err
	}
	o.Since, o.Until, o.Created = fromUnix(since), fromUnix(until), fromUnix(created)
	if err := json.Unmarshal([]byte(ids), &o.StoryIDs); err != nil {
		return fmt.Errorf("decode story ids: %w", err)
	}
	return nil
}

func outboxMessages(ctx context.Context, tx pgx.Tx, id int64) ([]news.OutboxMessage, error) {
	return queryAll(ctx, tx, "outbox messages", `SELECT part, content, marker, nonce, files, sent,
		message_id, embeds, parked FROM outbox_messages WHERE digest_id = $1 ORDER BY part`,
		func(row pgx.Row, m *news.OutboxMessage) error {
			var files, embeds string
			var sent int64
			err := row.Scan(&m.Part, &m.Content, &m.Marker, &m.Nonce, &files, &sent, &m.MessageID, &embeds, &m.Parked)
			if err != nil {
				return err
			}
			if m.Embeds, m.LegacyEmbeds, err = news.DecodeEmbeds(embeds); err != nil {
				return fmt.Errorf("decode outbox message %d: %w", m.Part, err)
			}
			m.Sent = fromUnix(sent)
			if err := json.Unmarshal([]byte(files), &m.Files); err != nil {
				return fmt.Errorf("decode outbox files: %w", err)
			}
			m.Files = nilIfEmpty(m.Files)
			return nil
		}, id)
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
		tag, err := tx.Exec(ctx, `UPDATE outbox_messages SET `+set+`
			WHERE digest_id = $1 AND part = $2 AND sent = 0 AND parked = ''`, append([]any{outboxID, part}, args...)...)
		if err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
		if tag.RowsAffected() == 0 {
			return news.Errorf(news.ENOTFOUND, "no unsent message %d of digest %d", part, outboxID)
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

// finishOutbox finishes the digest when all its messages are settled,
// advances its subscription's cursor and remembers what it told.
func finishOutbox(ctx context.Context, tx pgx.Tx, id int64) (bool, error) {
	var unsent int
	err := tx.QueryRow(ctx, `SELECT count(*) FROM outbox_messages WHERE digest_id = $1 AND sent = 0 AND parked = ''`,
		id).Scan(&unsent)
	if err != nil {
		return false, fmt.Errorf("count unsent messages: %w", err)
	}
	if unsent > 0 {
		return false, nil
	}
	var sub, until int64
	var delivered string
	err = tx.QueryRow(ctx, `UPDATE outbox_digests SET finished = 1 WHERE id = $1
		RETURNING subscription_id, until, delivered`, id).Scan(&sub, &until, &delivered)
	if err != nil {
		return false, fmt.Errorf("finish outbox: %w", err)
	}
	_, err = tx.Exec(ctx, `UPDATE subscriptions SET cursor = greatest(cursor, $1) WHERE id = $2`, until, sub)
	if err != nil {
		return false, fmt.Errorf("advance cursor: %w", err)
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
// ago.
func rememberDelivered(ctx context.Context, tx pgx.Tx, sub, until int64, stored string) error {
	var ds []news.DeliveredStory
	if err := json.Unmarshal([]byte(stored), &ds); err != nil {
		return fmt.Errorf("decode delivered stories: %w", err)
	}
	for i := range ds {
		ds[i].At = fromUnix(until)
		state, err := json.Marshal(ds[i])
		if err != nil {
			return fmt.Errorf("encode delivered story: %w", err)
		}
		_, err = tx.Exec(ctx, `INSERT INTO delivered_stories (subscription_id, story_id, state, delivered)
			VALUES ($1, $2, $3, $4) ON CONFLICT (subscription_id, story_id) DO UPDATE
			SET state = excluded.state, delivered = excluded.delivered`, sub, ds[i].StoryID, string(state), until)
		if err != nil {
			return fmt.Errorf("remember delivered story: %w", err)
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
