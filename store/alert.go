package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

const alertRuleColumns = `id, guild_id, channel_id, user_id, topics, places, keywords, role_id, toll,
	cursor, created`

// CreateAlertRule stores r and sets r.ID; the guild's rules are counted in
// the insert's transaction, so two commands at once cannot pass a cap.
// A rule starts deciding from its creation (or r.Cursor when later).
func (al *AlertService) CreateAlertRule(ctx context.Context, r *news.AlertRule, max int) error {
	if r.GuildID == "" || r.ChannelID == "" {
		return news.Errorf(news.EINVALID, "an alert rule needs a guild channel")
	}
	now := fromUnix(unix(al.db.now()))
	if r.Cursor.Before(now) {
		r.Cursor = now
	}
	return al.db.WriteTx(ctx, func(tx *sql.Tx) error {
		if max > 0 {
			var n int
			if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM alert_rules WHERE guild_id = ?`, r.GuildID).Scan(&n); err != nil {
				return fmt.Errorf("count alert rules: %w", err)
			}
			if n >= max {
				return news.Errorf(news.ELIMIT, "the guild has %d alert rules, the limit is %d", n, max)
			}
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO alert_rules (guild_id, channel_id, user_id, topics, places,
			keywords, role_id, toll, cursor, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			r.GuildID, r.ChannelID, r.UserID, jsonList(r.Topics), jsonList(r.Places), jsonList(r.Keywords),
			r.RoleID, r.Toll, unix(r.Cursor), unix(now))
		if err != nil {
			return fmt.Errorf("insert alert rule: %w", err)
		}
		r.Created = now
		r.ID, err = res.LastInsertId()
		return err
	})
}

// DeleteAlertRule removes a guild's rule, its posts and what it fired.
func (al *AlertService) DeleteAlertRule(ctx context.Context, guildID string, id int64) error {
	return al.db.WriteTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `DELETE FROM alert_rules WHERE id = ? AND guild_id = ?`, id, guildID)
		if err != nil {
			return fmt.Errorf("delete alert rule: %w", err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return news.Errorf(news.ENOTFOUND, "This server has no alert #%d.", id)
		}
		return nil
	})
}

// AlertRules lists the rules of a guild and channel ("": any), by id.
func (al *AlertService) AlertRules(ctx context.Context, guildID, channelID string) ([]news.AlertRule, error) {
	q := `SELECT ` + alertRuleColumns + ` FROM alert_rules WHERE (? = '' OR guild_id = ?)
		AND (? = '' OR channel_id = ?) ORDER BY id`
	return queryAll(ctx, al.db, "alert rules", q, scanAlertRule, guildID, guildID, channelID, channelID)
}

func scanAlertRule(row scanner, r *news.AlertRule) error {
	var topics, places, keywords string
	var cursor, created int64
	if err := row.Scan(&r.ID, &r.GuildID, &r.ChannelID, &r.UserID, &topics, &places, &keywords,
		&r.RoleID, &r.Toll, &cursor, &created); err != nil {
		return err
	}
	r.Cursor, r.Created = fromUnix(cursor), fromUnix(created)
	for _, d := range []struct {
		src string
		dst any
	}{{topics, &r.Topics}, {places, &r.Places}, {keywords, &r.Keywords}} {
		if err := json.Unmarshal([]byte(d.src), d.dst); err != nil {
			return fmt.Errorf("decode alert rule %d: %w", r.ID, err)
		}
	}
	return nil
}

// FiredAlerts returns which of keys fired before, also under the id of a
// story merged into the key's.
func (al *AlertService) FiredAlerts(ctx context.Context, keys []news.AlertKey) (map[news.AlertKey]bool, error) {
	out := map[news.AlertKey]bool{}
	if len(keys) == 0 {
		return out, nil
	}
	b, err := json.Marshal(keys)
	if err != nil {
		return nil, fmt.Errorf("encode alert keys: %w", err)
	}
	// A story that absorbed another (a merge) has fired what the absorbed
	// one fired: its old id redirects to it.
	const q = `SELECT DISTINCT k.value ->> 'rule_id', k.value ->> 'story_id', k.value ->> 'what' FROM json_each(?) k
		JOIN alert_fired f ON f.rule_id = k.value ->> 'rule_id' AND f.what = k.value ->> 'what'
		AND (f.story_id = k.value ->> 'story_id'
			OR f.story_id IN (SELECT from_id FROM story_redirects WHERE to_id = k.value ->> 'story_id'))`
	rows, err := queryAll(ctx, al.db, "fired alerts", q, func(row scanner, k *news.AlertKey) error {
		return row.Scan(&k.RuleID, &k.StoryID, &k.What)
	}, string(b))
	if err != nil {
		return nil, err
	}
	for _, k := range rows {
		out[k] = true
	}
	return out, nil
}

// CreateAlertPosts stores a round's posts with the keys they tell and moves
// the rules' cursors to until, in one transaction. A key that fired before
// is an ECONFLICT error, and nothing is stored.
func (al *AlertService) CreateAlertPosts(ctx context.Context, posts []news.AlertPost, rules []int64, until time.Time) error {
	return al.db.WriteTx(ctx, func(tx *sql.Tx) error {
		for i := range posts {
			if err := insertAlertPost(ctx, tx, &posts[i]); err != nil {
				return err
			}
		}
		for _, id := range rules {
			if _, err := tx.ExecContext(ctx, `UPDATE alert_rules SET cursor = max(cursor, ?) WHERE id = ?`,
				unix(until), id); err != nil {
				return fmt.Errorf("move alert cursor: %w", err)
			}
		}
		return nil
	})
}

func insertAlertPost(ctx context.Context, tx *sql.Tx, p *news.AlertPost) error {
	res, err := tx.ExecContext(ctx, `INSERT INTO alert_posts (rule_id, channel_id, role_id, content, marker,
		nonce, created) VALUES (?, ?, ?, ?, ?, ?, ?)`, p.RuleID, p.ChannelID, p.RoleID, p.Content, p.Marker,
		p.Nonce, unix(p.Created))
	if err != nil {
		return conflict(err, "alert post already stored", "insert alert post")
	}
	if p.ID, err = res.LastInsertId(); err != nil {
		return fmt.Errorf("insert alert post: %w", err)
	}
	for _, k := range p.Keys {
		if _, err := tx.ExecContext(ctx, `INSERT INTO alert_fired (rule_id, story_id, what, post_id)
			VALUES (?, ?, ?, ?)`, k.RuleID, k.StoryID, k.What, p.ID); err != nil {
			return conflict(err, "alert already fired", "insert fired alert")
		}
	}
	return nil
}

// PendingAlertPosts returns the posts neither sent nor parked, oldest first.
func (al *AlertService) PendingAlertPosts(ctx context.Context) ([]news.AlertPost, error) {
	const q = `SELECT id, rule_id, channel_id, role_id, content, marker, nonce, created FROM alert_posts
		WHERE sent = 0 AND parked = '' ORDER BY id`
	return queryAll(ctx, al.db, "pending alert posts", q, func(row scanner, p *news.AlertPost) error {
		var created int64
		err := row.Scan(&p.ID, &p.RuleID, &p.ChannelID, &p.RoleID, &p.Content, &p.Marker, &p.Nonce, &created)
		p.Created = fromUnix(created)
		return err
	})
}

// MarkAlertSent records that Discord accepted a post.
func (al *AlertService) MarkAlertSent(ctx context.Context, id int64, messageID string, at time.Time) error {
	return al.db.execOne(ctx, "mark alert sent", `UPDATE alert_posts SET sent = ?, message_id = ? WHERE id = ?`,
		max(unix(at), 1), messageID, id)
}

// ParkAlertPost records that Discord refused a post for good.
func (al *AlertService) ParkAlertPost(ctx context.Context, id int64, reason string) error {
	if reason == "" {
		reason = "refused"
	}
	return al.db.execOne(ctx, "park alert post", `UPDATE alert_posts SET parked = ? WHERE id = ?`, reason, id)
}

func (db *DB) execOne(ctx context.Context, op, q string, args ...any) error {
	return db.WriteTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, q, args...); err != nil {
			return fmt.Errorf("%s: %w", op, err)
		}
		return nil
	})
}

// AlertPostsSince counts the posts made for a channel since t.
func (al *AlertService) AlertPostsSince(ctx context.Context, channelID string, t time.Time) (int, error) {
	var n int
	err := al.db.ReadTx(ctx, func(tx *sql.Tx) error {
		return tx.QueryRowContext(ctx, `SELECT count(*) FROM alert_posts WHERE channel_id = ? AND created >= ?`,
			channelID, unix(t)).Scan(&n)
	})
	if err != nil {
		return 0, fmt.Errorf("count alert posts: %w", err)
	}
	return n, nil
}
