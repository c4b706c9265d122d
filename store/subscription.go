package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

const subscriptionColumns = `id, guild_id, channel_id, user_id, dm, topics, places, keywords,
	schedule, time_zone, quiet_note, cursor, paused_reason, created, updated, max_stories, no_chart`

// CreateSubscription stores s and sets s.ID, s.Created and s.Updated.
func (sb *SubscriptionService) CreateSubscription(ctx context.Context, s *news.Subscription) error {
	return sb.createSubscriptionWithin(ctx, s, 0)
}

// createSubscriptionWithin is CreateSubscription under a cap (0: none),
// counted in the insert's transaction: the writer's transactions are
// IMMEDIATE, so two commands at once cannot both pass a count of limit-1.
// A channel subscription counts against its guild's, a DM one against its
// user's.
func (sb *SubscriptionService) createSubscriptionWithin(ctx context.Context, s *news.Subscription, limit int) error {
	if err := news.ValidSubscription(s); err != nil {
		return err
	}
	now := fromUnix(unix(sb.db.now()))
	return sb.db.WriteTx(ctx, func(tx *sql.Tx) error {
		if limit > 0 {
			if err := subscriptionRoom(ctx, tx, s, limit); err != nil {
				return err
			}
		}
		return insertSubscription(ctx, tx, s, now)
	})
}

// subscriptionRoom returns an ELIMIT error when s's guild (or user, for a
// DM subscription) has limit subscriptions or more.
func subscriptionRoom(ctx context.Context, tx *sql.Tx, s *news.Subscription, limit int) error {
	q, arg, whose := `SELECT count(*) FROM subscriptions WHERE guild_id = ? AND dm = 0`, s.GuildID, "guild"
	if s.DM {
		q, arg, whose = `SELECT count(*) FROM subscriptions WHERE user_id = ? AND dm = 1`, s.UserID, "user"
	}
	var n int
	if err := tx.QueryRowContext(ctx, q, arg).Scan(&n); err != nil {
		return fmt.Errorf("count subscriptions: %w", err)
	}
	if n >= limit {
		return news.Errorf(news.ELIMIT, "the %s has %d subscriptions, the limit is %d", whose, n, limit)
	}
	return nil
}

const qInsertSubscription = `INSERT INTO subscriptions (guild_id, channel_id, user_id, dm, topics,
	places, keywords, schedule, time_zone, quiet_note, cursor, paused_reason, created, updated,
	max_stories, no_chart) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`

func insertSubscription(ctx context.Context, tx *sql.Tx, s *news.Subscription, now time.Time) error {
	res, err := tx.ExecContext(ctx, qInsertSubscription, s.GuildID, s.ChannelID, s.UserID, s.DM,
		jsonList(s.Topics), jsonList(s.Places), jsonList(s.Keywords), s.Schedule, s.TimeZone,
		s.QuietNote, unix(s.Cursor), s.PausedReason, unix(now), unix(now), s.MaxStories, s.NoChart)
	if err != nil {
		return conflict(err, "subscription already exists", "insert subscription")
	}
	if s.ID, err = res.LastInsertId(); err != nil {
		return fmt.Errorf("insert subscription: %w", err)
	}
	s.Created, s.Updated = now, now
	return nil
}

// UpdateSubscription saves every field of s but its creation time, and sets
// s.Updated.
func (sb *SubscriptionService) UpdateSubscription(ctx context.Context, s *news.Subscription) error {
	if err := news.ValidSubscription(s); err != nil {
		return err
	}
	const q = `UPDATE subscriptions SET guild_id = ?, channel_id = ?, user_id = ?, dm = ?,
		topics = ?, places = ?, keywords = ?, schedule = ?, time_zone = ?, quiet_note = ?,
		cursor = ?, paused_reason = ?, updated = ?, max_stories = ?, no_chart = ? WHERE id = ?`
	now := fromUnix(unix(sb.db.now()))
	return sb.db.WriteTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, q, s.GuildID, s.ChannelID, s.UserID, s.DM,
			jsonList(s.Topics), jsonList(s.Places), jsonList(s.Keywords), s.Schedule, s.TimeZone,
			s.QuietNote, unix(s.Cursor), s.PausedReason, unix(now), s.MaxStories, s.NoChart, s.ID)
		if err != nil {
			return fmt.Errorf("update subscription: %w", err)
		}
		if err := mustAffect(res, fmt.Sprintf("no subscription %d", s.ID)); err != nil {
			return err
		}
		s.Updated = now
		return nil
	})
}

// DeleteSubscription removes a subscription.
func (sb *SubscriptionService) DeleteSubscription(ctx context.Context, id int64) error {
	return sb.db.WriteTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `DELETE FROM subscriptions WHERE id = ?`, id)
		if err != nil {
			return fmt.Errorf("delete subscription: %w", err)
		}
		return mustAffect(res, fmt.Sprintf("no subscription %d", id))
	})
}

// Subscription returns one subscription by id.
func (sb *SubscriptionService) Subscription(ctx context.Context, id int64) (*news.Subscription, error) {
	subs, err := sb.querySubscriptions(ctx, `SELECT `+subscriptionColumns+` FROM subscriptions WHERE id = ?`, id)
	if err != nil {
		return nil, err
	}
	if len(subs) == 0 {
		return nil, news.Errorf(news.ENOTFOUND, "no subscription %d", id)
	}
	return &subs[0], nil
}

// Subscriptions lists the subscriptions matching f, by id.
func (sb *SubscriptionService) Subscriptions(ctx context.Context, f news.SubscriptionFilter) ([]news.Subscription, error) {
	var conds []string
	var args []any
	for _, c := range []struct{ col, v string }{
		{"guild_id", f.GuildID}, {"channel_id", f.ChannelID}, {"user_id", f.UserID}} {
		if c.v != "" {
			conds = append(conds, c.col+` = ?`)
			args = append(args, c.v)
		}
	}
	if f.DM != nil {
		conds = append(conds, `dm = ?`)
		args = append(args, *f.DM)
	}
	q := `SELECT ` + subscriptionColumns + ` FROM subscriptions`
	if len(conds) > 0 {
		q += ` WHERE ` + strings.Join(conds, " AND ")
	}
	return sb.querySubscriptions(ctx, q+` ORDER BY id`, args...)
}

func (sb *SubscriptionService) querySubscriptions(ctx context.Context, q string, args ...any) ([]news.Subscription, error) {
	return queryAll(ctx, sb.db, "subscriptions", q, scanSubscription, args...)
}

func scanSubscription(row scanner, s *news.Subscription) error {
	var topics, places, keywords string
	var cursor, created, updated int64
	err := row.Scan(&s.ID, &s.GuildID, &s.ChannelID, &s.UserID, &s.DM, &topics, &places,
		&keywords, &s.Schedule, &s.TimeZone, &s.QuietNote, &cursor, &s.PausedReason, &created, &updated,
		&s.MaxStories, &s.NoChart)
	if err != nil {
		return err
	}
	s.Cursor, s.Created, s.Updated = fromUnix(cursor), fromUnix(created), fromUnix(updated)
	err = errors.Join(json.Unmarshal([]byte(topics), &s.Topics),
		json.Unmarshal([]byte(places), &s.Places), json.Unmarshal([]byte(keywords), &s.Keywords))
	if err != nil {
		return fmt.Errorf("decode subscription %d: %w", s.ID, err)
	}
	// Empty lists come back nil, as they were most likely created.
	s.Topics, s.Places, s.Keywords = nilIfEmpty(s.Topics), nilIfEmpty(s.Places), nilIfEmpty(s.Keywords)
	return nil
}

func nilIfEmpty[T any](xs []T) []T {
	if len(xs) == 0 {
		return nil
	}
	return xs
}
