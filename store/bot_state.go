package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// LoadState returns the unexpired values of the bot's state whose keys
// start with prefix (bot.StateStore), and drops the expired ones.
func (bs *BotStateService) LoadState(ctx context.Context, prefix string) (map[string][]byte, error) {
	now := bs.db.now().UnixMilli()
	out := map[string][]byte{}
	err := bs.db.WriteTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `DELETE FROM bot_state WHERE expires > 0 AND expires <= ?`, now); err != nil {
			return fmt.Errorf("drop expired state: %w", err)
		}
		rows, err := tx.QueryContext(ctx, `SELECT key, value FROM bot_state WHERE substr(key, 1, length(?)) = ?`, prefix, prefix)
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
	const q = `INSERT INTO bot_state (key, value, expires, updated) VALUES (?, ?, ?, ?)
		ON CONFLICT (key) DO UPDATE SET value = excluded.value, expires = excluded.expires, updated = excluded.updated`
	return bs.db.WriteTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, q, key, value, exp, bs.db.now().UnixMilli()); err != nil {
			return fmt.Errorf("save bot state: %w", err)
		}
		return nil
	})
}
