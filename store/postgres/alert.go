package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
	"github.com/jackc/pgx/v5"
)

const alertRuleColumns = `id, guild_id, channel_id, user_id, topics, places, keywords, role_id, toll,
	cursor, created`

// CreateAlertRule stores r and sets r.ID; the guild's rules are counted
// under an advisory lock on the guild, so two commands at once (on two
// instances too) cannot pass a cap. A rule decides from its creation (or
// r.Cursor when later).
func (al *AlertService) CreateAlertRule(ctx context.Context, r *news.AlertRule, max int) error {
	if r.GuildID == "" || r.ChannelID == "" {
		return news.Errorf(news.EINVALID, "an alert rule needs a guild channel")
	}
	now := fromUnix(unix(al.db.now()))
	if r.Cursor.Before(now) {
		r.Cursor = now
	}
	return al.db.inTx(ctx, func(tx pgx.Tx) error {
		if max > 0 {
			if err := lockKey(ctx, tx, "alerts/"+r.GuildID); err != nil {
				return err
			}
			var n int
			if err := tx.QueryRow(ctx, `SELECT count(*) FROM alert_rules WHERE guild_id = $1`, r.GuildID).Scan(&n); err != nil {
				return fmt.Errorf("count alert rules: %w", err)
			}
			if n >= max {
				return news.Errorf(news.ELIMIT, "the guild has %d alert rules, the limit is %d", n, max)
			}
		}
		err := tx.QueryRow(ctx, `INSERT INTO alert_rules (guild_id, channel_id, user_id, topics, places,
			keywords, role_id, toll, cursor, created) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
			r.GuildID, r.ChannelID, r.UserID, jsonList(r.Topics), jsonList(r.Places), jsonList(r.Keywords),
			r.RoleID, r.Toll, unix(r.Cursor), unix(now)).Scan(&r.ID)
		if err != nil {
			return fmt.Errorf("insert alert rule: %w", err)
		}
		r.Created = now
		return nil
	})
}

// DeleteAlertRule removes a guild's rule, its posts and what it fired.
func (al *AlertService) DeleteAlertRule(ctx context.Context, guildID string, id int64) error {
	tag, err := al.db.pool.Exec(ctx, `DELETE FROM alert_rules WHERE id = $1 AND guild_id = $2`, id, guildID)
	if err != nil {
		return fmt.Errorf("delete alert rule: %w", err)
	}
	return mustAffect(tag, fmt.Sprintf("This server has no alert #%d.", id))
}

// AlertRules lists the rules of a guild and channel ("": any), by id.
func (al *AlertService) AlertRules(ctx context.Context, guildID, channelID string) ([]news.AlertRule, error) {
	q := `SELECT ` + alertRuleColumns + ` FROM alert_rules WHERE ($1 = '' OR guild_id = $1)
		AND ($2 = '' OR channel_id = $2) ORDER BY id`
	return queryAll(ctx, al.db.pool, "alert rules", q, scanAlertRule, guildID, channelID)
}

func scanAlertRule(row pgx.Row, r *news.AlertRule) error {
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
	rules, stories, whats := make([]int64, len(keys)), make([]int64, len(keys)), make([]string, len(keys))
	for i, k := range keys {
		rules[i], stories[i], whats[i] = k.RuleID, k.StoryID, k.What
	}
	const q = `SELECT DISTINCT k.rule_id, k.story_id, k.what
		FROM unnest($1::bigint[], $2::bigint[], $3::text[]) AS k(rule_id, story_id, what)
		JOIN alert_fired f ON f.rule_id = k.rule_id AND f.what = k.what
		AND (f.story_id = k.story_id OR f.story_id IN (SELECT from_id FROM story_redirects WHERE to_id = k.story_id))`
	rows, err := queryAll(ctx, al.db.pool, "fired alerts", q, func(row pgx.Row, k *news.AlertKey) error {
		return row.Scan(&k.RuleID, &k.StoryID, &k.What)
	}, rules, stories, whats)
	if err != nil {
		return nil, err
	}
	for _, k := range rows {
		out[k] = true
	}
	return out, nil
}

// CreateAlertPosts stores a round's posts with the keys they tell and moves
// the rules' cursors to until (never back), in one transaction. A key that
// fired before is an ECONFLICT error, and nothing is stored; so is a lost
// lease of the round (the fence ctx carries).
func (al *AlertService) CreateAlertPosts(ctx context.Context, posts []news.AlertPost, rules []int64, until time.Time) error {
	ids := make([]int64, len(posts))
	err := al.db.inTx(ctx, func(tx pgx.Tx) error {
		if err := checkFence(ctx, tx); err != nil {
			return err
		}
		for i := range posts {
			if err := insertAlertPost(ctx, tx, &posts[i]); err != nil {
				return err
			}
			ids[i] = posts[i].ID
		}
		_, err := tx.Exec(ctx, `UPDATE alert_rules SET cursor = greatest(cursor, $1) WHERE id = ANY($2)`,
			unix(until), rules)
		if err != nil {
			return fmt.Errorf("move alert cursor: %w", err)
		}
		return nil
	})
	if err != nil {
		for i := range posts {
			posts[i].ID = 0
		}
	}
	return err
}

func insertAlertPost(ctx context.Context, tx pgx.Tx, p *news.AlertPost) error {
	err := tx.QueryRow(ctx, `INSERT INTO alert_posts (rule_id, channel_id, role_id, content, marker, nonce,
		created) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`, p.RuleID, p.ChannelID, p.RoleID, p.Content,
		p.Marker, p.Nonce, unix(p.Created)).Scan(&p.ID)
	if err != nil {
		return conflict(err, "alert post already stored", "insert alert post")
	}
	for _, k := range p.Keys {
		if _, err := tx.Exec(ctx, `INSERT INTO alert_fired (rule_id, story_id, what, post_id)
			VALUES ($1, $2, $3, $4)`, k.RuleID, k.StoryID, k.What, p.ID); err != nil {
			return conflict(err, "alert already fired", "insert fired alert")
		}
	}
	return nil
}

// PendingAlertPosts returns the posts neither sent nor parked, oldest first.
func (al *AlertService) PendingAlertPosts(ctx context.Context) ([]news.AlertPost, error) {
	const q = `SELECT id, rule_id, channel_id, role_id, content, marker, nonce, created FROM alert_posts
		WHERE sent = 0 AND parked = '' ORDER BY id`
	return queryAll(ctx, al.db.pool, "pending alert posts", q, func(row pgx.Row, p *news.AlertPost) error {
		var created int64
		err := row.Scan(&p.ID, &p.RuleID, &p.ChannelID, &p.RoleID, &p.Content, &p.Marker, &p.Nonce, &created)
		p.Created = fromUnix(created)
		return err
	})
}

// MarkAlertSent records that Discord accepted a post (fenced by ctx).
func (al *AlertService) MarkAlertSent(ctx context.Context, id int64, messageID string, at time.Time) error {
	return al.db.fencedExec(ctx, "mark alert sent", `UPDATE alert_posts SET sent = $1, message_id = $2 WHERE id = $3`,
		max(unix(at), 1), messageID, id)
}

// ParkAlertPost records that Discord refused a post for good (fenced by
// ctx).
func (al *AlertService) ParkAlertPost(ctx context.Context, id int64, reason string) error {
	if reason == "" {
		reason = "refused"
	}
	return al.db.fencedExec(ctx, "park alert post", `UPDATE alert_posts SET parked = $1 WHERE id = $2`, reason, id)
}

// AlertPostsSince counts the posts made for a channel since t.
func (al *AlertService) AlertPostsSince(ctx context.Context, channelID string, t time.Time) (int, error) {
	var n int
	err := al.db.pool.QueryRow(ctx, `SELECT count(*) FROM alert_posts WHERE channel_id = $1 AND created >= $2`,
		channelID, unix(t)).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("count alert posts: %w", err)
	}
	return n, nil
}
