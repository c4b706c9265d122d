package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// deliveredKeep is how long what a subscription was told of a story is
// remembered: a story that comes back after longer is told as new.
const deliveredKeep = 90 * 24 * time.Hour

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

// rememberDelivered copies what a finished digest told of its stories
// (outbox_digests.delivered) to delivered_stories, in the transaction that
// finishes it, and forgets the subscription's stories told too long ago.
func rememberDelivered(ctx context.Context, tx *sql.Tx, sub, until int64, stored string) error {
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
		_, err = tx.ExecContext(ctx, `INSERT INTO delivered_stories (subscription_id, story_id, state, delivered)
			VALUES (?, ?, ?, ?) ON CONFLICT (subscription_id, story_id) DO UPDATE
			SET state = excluded.state, delivered = excluded.delivered`, sub, ds[i].StoryID, string(state), until)
		if err != nil {
			return fmt.Errorf("remember delivered story: %w", err)
		}
	}
	_, err := tx.ExecContext(ctx, `DELETE FROM delivered_stories WHERE subscription_id = ? AND delivered < ?`,
		sub, until-int64(deliveredKeep/time.Second))
	if err != nil {
		return fmt.Errorf("forget old delivered stories: %w", err)
	}
	return nil
}

// DeliveredStories returns what the subscription was last told of the
// given stories. A delivered story that was merged into another since is
// found under the id it redirects to; when several were, the latest told.
func (ob *OutboxService) DeliveredStories(ctx context.Context, subscriptionID int64, storyIDs []int64) (map[int64]news.DeliveredStory, error) {
	out := map[int64]news.DeliveredStory{}
	for start := 0; start < len(storyIDs); start += maxParams {
		chunk := storyIDs[start:min(start+maxParams, len(storyIDs))]
		if err := ob.deliveredChunk(ctx, subscriptionID, chunk, out); err != nil {
			return nil, fmt.Errorf("query delivered stories: %w", err)
		}
	}
	return out, nil
}

// maxParams keeps a query's parameters well under SQLite's limit.
const maxParams = 500

func (ob *OutboxService) deliveredChunk(ctx context.Context, sub int64, ids []int64, out map[int64]news.DeliveredStory) error {
	if len(ids) == 0 {
		return nil
	}
	args := []any{sub}
	for _, id := range ids {
		args = append(args, id)
	}
	marks := sentenceMarks(len(ids))
	rows, err := ob.db.read.QueryContext(ctx, `SELECT coalesce(r.to_id, d.story_id) AS id, d.state
		FROM delivered_stories d LEFT JOIN story_redirects r ON r.from_id = d.story_id
		WHERE d.subscription_id = ? AND coalesce(r.to_id, d.story_id) IN (`+marks+`)
		ORDER BY d.delivered`, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var state string
		if err := rows.Scan(&id, &state); err != nil {
			return err
		}
		var d news.DeliveredStory
		if err := json.Unmarshal([]byte(state), &d); err != nil {
			return fmt.Errorf("decode delivered story %d: %w", id, err)
		}
		d.StoryID = id
		out[id] = d // later digests overwrite earlier ones
	}
	return rows.Err()
}
