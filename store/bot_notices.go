package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// PauseTold reports whether the owner of a subscription has been told that
// it is paused for reason (bot.PauseNotices).
func (bs *BotStateService) PauseTold(ctx context.Context, subscriptionID int64, reason string) (bool, error) {
	var told string
	err := bs.db.ReadTx(ctx, func(tx *sql.Tx) error {
		return tx.QueryRowContext(ctx, `SELECT reason FROM subscription_notices WHERE subscription_id = ?`,
			subscriptionID).Scan(&told)
	})
	if errors.Is(err, sql.ErrNoRows) {
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
	const q = `INSERT INTO subscription_notices (subscription_id, reason, told) VALUES (?, ?, ?)
		ON CONFLICT (subscription_id) DO UPDATE SET reason = excluded.reason, told = excluded.told`
	return bs.db.WriteTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, q, subscriptionID, reason, unix(bs.db.now())); err != nil {
			return conflict(err, "no such subscription", "mark subscription notice")
		}
		return nil
	})
}

// ForgetPauseTold clears the mark, so that a later pause is told again
// (on resume).
func (bs *BotStateService) ForgetPauseTold(ctx context.Context, subscriptionID int64) error {
	return bs.db.WriteTx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `DELETE FROM subscription_notices WHERE subscription_id = ?`, subscriptionID)
		if err != nil {
			return fmt.Errorf("delete subscription notice: %w", err)
		}
		return nil
	})
}
