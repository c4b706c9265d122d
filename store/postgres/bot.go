package postgres

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
	"github.com/jackc/pgx/v5"
)

// LoadState returns the unexpired values of the bot's state whose keys
// start with prefix (bot.StateStore), and drops the expired ones.
func (bs *BotStateService) LoadState(ctx context.Context, prefix string) (map[string][]byte, error) {
	now := bs.db.now().UnixMilli()
	out := map[string][]byte{}
	err := bs.db.inTx(ctx, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `DELETE FROM bot_state WHERE expires > 0 AND expires <= $1`, now); err != nil {
			return fmt.Errorf("drop expired state: %w", err)
		}
		rows, err := tx.Query(ctx, `SELECT key, value FROM bot_state WHERE starts_with(key, $1)`, prefix)
		if err != nil {
			return fmt.Errorf("query state: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			var k string
			var v []byte
			if err := rows.Scan(&k, &v); err != nil {
				return fmt.Errorf("scan state: %w", err)
			}
			out[k] = v
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("load bot state: %w", err)
	}
	return out, nil
}

// SaveState sets key's value (bot.StateStore); a zero expires keeps it.
func (bs *BotStateService) SaveState(ctx context.Context, key string, value []byte, expires time.Time) error {
	var exp int64
	if !expires.IsZero() {
		exp = max(expires.UnixMilli(), 1)
	}
	if value == nil {
		value = []byte{}
	}
	_, err := bs.db.pool.Exec(ctx, `INSERT INTO bot_state (key, value, expires, updated) VALUES ($1, $2, $3, $4)
		ON CONFLICT (key) DO UPDATE SET value = excluded.value, expires = excluded.expires, updated = excluded.updated`,
		key, value, exp, bs.db.now().UnixMilli())
	if err != nil {
		return fmt.Errorf("save bot state: %w", err)
	}
	return nil
}

// PauseTold reports whether the owner of a subscription has been told that
// it is paused for reason (bot.PauseNotices).
func (bs *BotStateService) PauseTold(ctx context.Context, subscriptionID int64, reason string) (bool, error) {
	var told string
	err := bs.db.pool.QueryRow(ctx, `SELECT reason FROM subscription_notices WHERE subscription_id = $1`,
		subscriptionID).Scan(&told)
	if errors.Is(err, pgx.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("query subscription notice: %w", err)
	}
	return told == reason, nil
}

// MarkPauseTold records that the owner of a subscription was told it is
// paused for reason.
func (bs *BotStateService) MarkPauseTold(ctx context.Context, subscriptionID int64, reason string) error {
	_, err := bs.db.pool.Exec(ctx, `INSERT INTO subscription_notices (subscription_id, reason, told) VALUES ($1, $2, $3)
		ON CONFLICT (subscription_id) DO UPDATE SET reason = excluded.reason, told = excluded.told`,
		subscriptionID, reason, unix(bs.db.now()))
	if err != nil {
		if isForeignKeyViolation(err) {
			return news.WrapError(news.ECONFLICT, "no such subscription", err)
		}
		return fmt.Errorf("mark subscription notice: %w", err)
	}
	return nil
}

// ForgetPauseTold clears the mark, so that a later pause is told again.
func (bs *BotStateService) ForgetPauseTold(ctx context.Context, subscriptionID int64) error {
	if _, err := bs.db.pool.Exec(ctx, `DELETE FROM subscription_notices WHERE subscription_id = $1`, subscriptionID); err != nil {
		return fmt.Errorf("delete subscription notice: %w", err)
	}
	return nil
}

// UnreadLanguages counts each source's stored articles whose analysis did
// not read them for their language, by the language found, most first.
func (sc *SourceService) UnreadLanguages(ctx context.Context, sourceIDs []int64) (map[int64][]news.LanguageCount, error) {
	out := map[int64][]news.LanguageCount{}
	if len(sourceIDs) == 0 {
		return out, nil
	}
	rows, err := sc.db.pool.Query(ctx, `SELECT a.source_id, coalesce(an.json->>'language', ''), count(*)
		FROM articles a JOIN analyses an ON an.article_id = a.id
		WHERE a.source_id = ANY($1) AND an.json->'relevance'->>'reason' = $2
		GROUP BY 1, 2`, sourceIDs, news.NotReadLanguage)
	if err != nil {
		return nil, fmt.Errorf("count unread languages: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var c news.LanguageCount
		if err := rows.Scan(&id, &c.Language, &c.Items); err != nil {
			return nil, fmt.Errorf("count unread languages: %w", err)
		}
		out[id] = append(out[id], c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("count unread languages: %w", err)
	}
	for _, cs := range out {
		slices.SortFunc(cs, func(a, b news.LanguageCount) int {
			if a.Items != b.Items {
				return b.Items - a.Items
			}
			return strings.Compare(a.Language, b.Language)
		})
	}
	return out, nil
}

// CheckWritable proves the database writable now by writing one row.
func (db *DB) CheckWritable(ctx context.Context) error {
	_, err := db.pool.Exec(ctx, `INSERT INTO health_probe (id, checked) VALUES (1, $1)
		ON CONFLICT (id) DO UPDATE SET checked = excluded.checked`, unix(db.now()))
	if err != nil {
		return fmt.Errorf("database not writable: %w", err)
	}
	return nil
}

// Size returns the bytes of the store's tables and indexes (its schema);
// PostgreSQL's write-ahead log is the server's, not the store's: 0.
func (db *DB) Size() (file, wal int64, err error) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	err = db.pool.QueryRow(ctx, `SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0)::bigint
		FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
		WHERE n.nspname = current_schema() AND c.relkind = 'r'`).Scan(&file)
	if err != nil {
		return 0, 0, fmt.Errorf("size database: %w", err)
	}
	return file, 0, nil
}

// OpenStories counts the stories changed at or after since.
func (db *DB) OpenStories(ctx context.Context, since time.Time) (int, error) {
	var n int
	if err := db.pool.QueryRow(ctx, `SELECT count(*) FROM stories WHERE updated >= $1`, unix(since)).Scan(&n); err != nil {
		return 0, fmt.Errorf("count open stories: %w", err)
	}
	return n, nil
}
