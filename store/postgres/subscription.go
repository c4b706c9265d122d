package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/conflict-digest/conflict-digest/news"
	"github.com/jackc/pgx/v5"
)

const subscriptionColumns = `id, guild_id, channel_id, user_id, dm, topics, places, keywords,
	schedule, time_zone, quiet_note, cursor, paused_reason, created, updated, max_stories, no_chart`

// CreateSubscription stores s and sets s.ID, s.Created and s.Updated.
func (sb *SubscriptionService) CreateSubscription(ctx context.Context, s *news.Subscription) error {
	return sb.createSubscriptionWithin(ctx, s, 0)
}

// createSubscriptionWithin is CreateSubscription under a cap (0: none): a
// channel subscription counts against its guild's, a DM one against its
// user's, under an advisory lock on the guild (or user) so that two
// instances cannot both pass a count of limit-1.
func (sb *SubscriptionService) createSubscriptionWithin(ctx context.Context, s *news.Subscription, limit int) error {
	if err := news.ValidSubscription(s); err != nil {
		return err
	}
	now := fromUnix(unix(sb.db.now()))
	return sb.db.inTx(ctx, func(tx pgx.Tx) error {
		if limit > 0 {
			if err := subscriptionRoom(ctx, tx, s, limit); err != nil {
				return err
			}
		}
		err := tx.QueryRow(ctx, `INSERT INTO subscriptions (guild_id, channel_id, user_id, dm, topics,
			places, keywords, schedule, time_zone, quiet_note, cursor, paused_reason, created, updated,
			max_stories, no_chart) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13, $14, $15)
			RETURNING id`, s.GuildID, s.ChannelID, s.UserID, s.DM, jsonList(s.Topics), jsonList(s.Places),
			jsonList(s.Keywords), s.Schedule, s.TimeZone, s.QuietNote, unix(s.Cursor), s.PausedReason,
			unix(now), s.MaxStories, s.NoChart).Scan(&s.ID)
		if err != nil {
			return conflict(err, "subscription already exists", "insert subscription")
		}
		s.Created, s.Updated = now, now
		return nil
	})
}

func subscriptionRoom(ctx context.Context, tx pgx.Tx, s *news.Subscription, limit int) error {
	q, arg, whose := `SELECT count(*) FROM subscriptions WHERE guild_id = $1 AND NOT dm`, s.GuildID, "guild"
	if s.DM {
		q, arg, whose = `SELECT count(*) FROM subscriptions WHERE user_id = $1 AND dm`, s.UserID, "user"
	}
	if err := lockKey(ctx, tx, "subscriptions/"+whose+"/"+arg); err != nil {
		return err
	}
	var n int
	if err := tx.QueryRow(ctx, q, arg).Scan(&n); err != nil {
		return fmt.Errorf("count subscriptions: %w", err)
	}
	if n >= limit {
		return news.Errorf(news.ELIMIT, "the %s has %d subscriptions, the limit is %d", whose, n, limit)
	}
	return nil
}

// UpdateSubscription saves every field of s but its creation time, and sets
// s.Updated. The cursor never moves back (a trigger keeps the greater).
func (sb *SubscriptionService) UpdateSubscription(ctx context.Context, s *news.Subscription) error {
	if err := news.ValidSubscription(s); err != nil {
		return err
	}
	now := fromUnix(unix(sb.db.now()))
	tag, err := sb.db.pool.Exec(ctx, `UPDATE subscriptions SET guild_id = $1, channel_id = $2, user_id = $3,
		dm = $4, topics = $5, places = $6, keywords = $7, schedule = $8, time_zone = $9, quiet_note = $10,
		cursor = $11, paused_reason = $12, updated = $13, max_stories = $14, no_chart = $15 WHERE id = $16`,
		s.GuildID, s.ChannelID, s.UserID, s.DM, jsonList(s.Topics), jsonList(s.Places), jsonList(s.Keywords),
		s.Schedule, s.TimeZone, s.QuietNote, unix(s.Cursor), s.PausedReason, unix(now), s.MaxStories, s.NoChart, s.ID)
	if err != nil {
		return fmt.Errorf("update subscription: %w", err)
	}
	if err := mustAffect(tag, fmt.Sprintf("no subscription %d", s.ID)); err != nil {
		return err
	}
	s.Updated = now
	return nil
}

// DeleteSubscription removes a subscription.
func (sb *SubscriptionService) DeleteSubscription(ctx context.Context, id int64) error {
	tag, err := sb.db.pool.Exec(ctx, `DELETE FROM subscriptions WHERE id = $1`, id)
	if err != nil {
		return fmt.Errorf("delete subscription: %w", err)
	}
	return mustAffect(tag, fmt.Sprintf("no subscription %d", id))
}

// Subscription returns one subscription by id.
func (sb *SubscriptionService) Subscription(ctx context.Context, id int64) (*news.Subscription, error) {
	var s news.Subscription
	err := scanSubscription(sb.db.pool.QueryRow(ctx, `SELECT `+subscriptionColumns+` FROM subscriptions WHERE id = $1`, id), &s)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, news.Errorf(news.ENOTFOUND, "no subscription %d", id)
	}
	if err != nil {
		return nil, fmt.Errorf("query subscription: %w", err)
	}
	return &s, nil
}

// Subscriptions lists the subscriptions matching f, by id.
func (sb *SubscriptionService) Subscriptions(ctx context.Context, f news.SubscriptionFilter) ([]news.Subscription, error) {
	var conds []string
	var args []any
	for _, c := range []struct{ col, v string }{
		{"guild_id", f.GuildID}, {"channel_id", f.ChannelID}, {"user_id", f.UserID}} {
		if c.v != "" {
			args = append(args, c.v)
			conds = append(conds, fmt.Sprintf("%s = $%d", c.col, len(args)))
		}
	}
	if f.DM != nil {
		args = append(args, *f.DM)
		conds = append(conds, fmt.Sprintf("dm = $%d", len(args)))
	}
	q := `SELECT ` + subscriptionColumns + ` FROM subscriptions`
	if len(conds) > 0 {
		q += ` WHERE ` + strings.Join(conds, " AND ")
	}
	return queryAll(ctx, sb.db.pool, "subscriptions", q+` ORDER BY id`, scanSubscription, args...)
}

func scanSubscription(row pgx.Row, s *news.Subscription) error {
	return scanSubscriptionAnd(row, s)
}

// scanSubscriptionAnd scans subscriptionColumns into s, then the row's
// further columns into more.
func scanSubscriptionAnd(row pgx.Row, s *news.Subscription, more ...any) error {
	var topics, places, keywords string
	var cursor, created, updated int64
	err := row.Scan(append([]any{&s.ID, &s.GuildID, &s.ChannelID, &s.UserID, &s.DM, &topics, &places,
		&keywords, &s.Schedule, &s.TimeZone, &s.QuietNote, &cursor, &s.PausedReason, &created, &updated,
		&s.MaxStories, &s.NoChart}, more...)...)
	if err != nil {
		return err
	}
	s.Cursor, s.Created, s.Updated = fromUnix(cursor), fromUnix(created), fromUnix(updated)
	err = errors.Join(json.Unmarshal([]byte(topics), &s.Topics),
		json.Unmarshal([]byte(places), &s.Places), json.Unmarshal([]byte(keywords), &s.Keywords))
	if err != nil {
		return fmt.Errorf("decode subscription %d: %w", s.ID, err)
	}
	s.Topics, s.Places, s.Keywords = nilIfEmpty(s.Topics), nilIfEmpty(s.Places), nilIfEmpty(s.Keywords)
	return nil
}

func nilIfEmpty[T any](xs []T) []T {
	if len(xs) == 0 {
		return nil
	}
	return xs
}

// jsonList encodes a string-like slice as a JSON array, never null.
func jsonList[T ~string](xs []T) string {
	if len(xs) == 0 {
		return "[]"
	}
	b, _ := json.Marshal(xs) // a slice of strings always encodes
	return string(b)
}

// stringList converts a string-like slice for a text[] parameter.
func stringList[T ~string](xs []T) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = string(x)
	}
	return out
}

// SubscriptionSchedules lists every subscription, by id, with only what
// its schedule needs (id, schedule, time zone, paused reason, cursor,
// creation): the instances sharing the database sync their schedules from
// it every little while, and reading every column of every subscription
// (three JSON lists each) cost them more than the rest of the sync.
func (db *DB) SubscriptionSchedules(ctx context.Context) ([]news.Subscription, error) {
	return queryAll(ctx, db.pool, "subscription schedules", `SELECT id, schedule, time_zone, paused_reason,
		cursor, created FROM subscriptions ORDER BY id`, func(row pgx.Row, s *news.Subscription) error {
		var cursor, created int64
		if err := row.Scan(&s.ID, &s.Schedule, &s.TimeZone, &s.PausedReason, &cursor, &created); err != nil {
			return err
		}
		s.Cursor, s.Created = fromUnix(cursor), fromUnix(created)
		return nil
	})
}
