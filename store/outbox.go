package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// CreateOutbox stores a digest and its messages in one transaction and sets
// its ID. A subscription with an unfinished digest, or one for the same
// window end, makes it an ECONFLICT error.
func (ob *OutboxService) CreateOutbox(ctx context.Context, o *news.Outbox) error {
	ids, err := json.Marshal(nonNil(o.StoryIDs))
	if err != nil {
		return fmt.Errorf("encode story ids: %w", err)
	}
	delivered, err := encodeDelivered(o.Delivered)
	if err != nil {
		return err
	}
	return ob.db.WriteTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `INSERT INTO outbox_digests
			(subscription_id, channel_id, since, until, story_ids, created, delivered) VALUES (?, ?, ?, ?, ?, ?, ?)`,
			o.SubscriptionID, o.ChannelID, unix(o.Since), unix(o.Until), string(ids), unix(o.Created), delivered)
		if err != nil {
			return conflict(err, "the subscription has an unfinished digest", "insert outbox")
		}
		if o.ID, err = res.LastInsertId(); err != nil {
			return fmt.Errorf("insert outbox: %w", err)
		}
		for _, m := range o.Messages {
			if err := insertOutboxMessage(ctx, tx, o.ID, m); err != nil {
				return err
			}
		}
		return nil
	})
}

func insertOutboxMessage(ctx context.Context, tx *sql.Tx, id int64, m news.OutboxMessage) error {
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
	_, err = tx.ExecContext(ctx, `INSERT INTO outbox_messages
		(digest_id, part, content, marker, nonce, files, sent, message_id, embeds, parked) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
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
	err := ob.db.ReadTx(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT id, subscription_id, channel_id, since, until,
			story_ids, created FROM outbox_digests WHERE finished = 0 AND (? = 0 OR subscription_id = ?)
			ORDER BY id`, subscriptionID, subscriptionID)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var o news.Outbox
			var since, until, created int64
			var ids string
			if err := rows.Scan(&o.ID, &o.SubscriptionID, &o.ChannelID, &since, &until, &ids, &created); err != nil {
				return err
			}
			o.Since, o.Until, o.Created = fromUnix(since), fromUnix(until), fromUnix(created)
			if err := json.Unmarshal([]byte(ids), &o.StoryIDs); err != nil {
				return fmt.Errorf("decode story ids: %w", err)
			}
			out = append(out, o)
		}
		if err := rows.Err(); err != nil {
			return err
		}
		rows.Close()
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

func outboxMessages(ctx context.Context, tx *sql.Tx, id int64) ([]news.OutboxMessage, error) {
	rows, err := tx.QueryContext(ctx, `SELECT part, content, marker, nonce, files, sent, message_id,
		embeds, parked FROM outbox_messages WHERE digest_id = ? ORDER BY part`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []news.OutboxMessage
	for rows.Next() {
		var m news.OutboxMessage
		var files, embeds string
		var sent int64
		if err := rows.Scan(&m.Part, &m.Content, &m.Marker, &m.Nonce, &files, &sent, &m.MessageID, &embeds, &m.Parked); err != nil {
			return nil, err
		}
		if m.Embeds, m.LegacyEmbeds, err = news.DecodeEmbeds(embeds); err != nil {
			return nil, fmt.Errorf("decode outbox message %d: %w", m.Part, err)
		}
		m.Sent = fromUnix(sent)
		if err := json.Unmarshal([]byte(files), &m.Files); err != nil {
			return nil, fmt.Errorf("decode outbox files: %w", err)
		}
		if len(m.Files) == 0 {
			m.Files = nil
		}
		out = append(out, m)
	}
	return out, rows.Err()
}

// MarkSent records that Discord accepted one message. When no message of
// the digest is left unsent, the same transaction finishes the digest and
// moves the subscription's cursor to the digest's window end (never back).
func (ob *OutboxService) MarkSent(ctx context.Context, outboxID int64, part int, messageID string, at time.Time) (done bool, err error) {
	return ob.settleMessage(ctx, outboxID, part, "mark outbox message sent", `sent = ?, message_id = ?`, max(unix(at), 1), messageID)
}

// ParkMessage records that Discord refused one message for good; when no
// message of the digest is left to send, the same transaction finishes the
// digest and moves the subscription's cursor, as MarkSent does.
func (ob *OutboxService) ParkMessage(ctx context.Context, outboxID int64, part int, reason string) (done bool, err error) {
	if reason == "" {
		return false, news.Errorf(news.EINVALID, "a parked message needs a reason")
	}
	return ob.settleMessage(ctx, outboxID, part, "park outbox message", `parked = ?`, reason)
}

// settleMessage sets one pending message's fields (set, with args) and
// finishes the digest when none is left pending.
func (ob *OutboxService) settleMessage(ctx context.Context, outboxID int64, part int, what, set string, args ...any) (done bool, err error) {
	err = ob.db.WriteTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE outbox_messages SET `+set+`
			WHERE digest_id = ? AND part = ? AND sent = 0 AND parked = ''`, append(args, outboxID, part)...)
		if err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
		if n, err := res.RowsAffected(); err != nil || n == 0 {
			return news.Errorf(news.ENOTFOUND, "no unsent message %d of digest %d", part, outboxID)
		}
		done, err = finishOutbox(ctx, tx, outboxID)
		return err
	})
	return done, err
}

// AdvanceCursor moves a subscription's cursor to t, never back.
func (ob *OutboxService) AdvanceCursor(ctx context.Context, subscriptionID int64, t time.Time) error {
	return ob.db.WriteTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE subscriptions SET cursor = max(cursor, ?) WHERE id = ?`, unix(t), subscriptionID)
		if err != nil {
			return fmt.Errorf("advance cursor: %w", err)
		}
		return mustAffect(res, fmt.Sprintf("no subscription %d", subscriptionID))
	})
}

// finishOutbox finishes the digest when all its messages are sent and
// advances its subscription's cursor.
func finishOutbox(ctx context.Context, tx *sql.Tx, id int64) (bool, error) {
	var unsent int
	err := tx.QueryRowContext(ctx, `SELECT count(*) FROM outbox_messages WHERE digest_id = ? AND sent = 0 AND parked = ''`, id).Scan(&unsent)
	if err != nil {
		return false, fmt.Errorf("count unsent messages: %w", err)
	}
	if unsent > 0 {
		return false, nil
	}
	var sub, until int64
	var delivered string
	err = tx.QueryRowContext(ctx, `UPDATE outbox_digests SET finished = 1 WHERE id = ?
		RETURNING subscription_id, until, delivered`, id).Scan(&sub, &until, &delivered)
	if err != nil {
		return false, fmt.Errorf("finish outbox: %w", err)
	}
	_, err = tx.ExecContext(ctx, `UPDATE subscriptions SET cursor = max(cursor, ?) WHERE id = ?`, until, sub)
	if err != nil {
		return false, fmt.Errorf("advance cursor: %w", err)
	}
	return true, rememberDelivered(ctx, tx, sub, until, delivered)
}

func nonNil(ids []int64) []int64 {
	if ids == nil {
		return []int64{}
	}
	return ids
}
