package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

const threadFollowColumns = `id, guild_id, channel_id, forum, user_id, topics, places, keywords, quiet_after,
	cursor, created`

// CreateThreadFollow stores f and sets f.ID; a follow starts deciding from
// its creation (or f.Cursor when later). A channel has one follow.
func (th *ThreadService) CreateThreadFollow(ctx context.Context, f *news.ThreadFollow) error {
	if f.GuildID == "" || f.ChannelID == "" {
		return news.Errorf(news.EINVALID, "a followed channel needs a guild channel")
	}
	now := fromUnix(unix(th.db.now()))
	if f.Cursor.Before(now) {
		f.Cursor = now
	}
	return th.db.WriteTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `INSERT INTO thread_follows (guild_id, channel_id, forum, user_id, topics,
			places, keywords, quiet_after, cursor, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			f.GuildID, f.ChannelID, f.Forum, f.UserID, jsonList(f.Topics), jsonList(f.Places), jsonList(f.Keywords),
			int64(f.QuietAfter/time.Second), unix(f.Cursor), unix(now))
		if err != nil {
			return conflict(err, "this channel is followed already", "insert thread follow")
		}
		f.Created = now
		f.ID, err = res.LastInsertId()
		return err
	})
}

// DeleteThreadFollow removes a guild's follow of a channel, its threads
// and its posts.
func (th *ThreadService) DeleteThreadFollow(ctx context.Context, guildID, channelID string) error {
	return th.db.WriteTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `DELETE FROM thread_follows WHERE guild_id = ? AND channel_id = ?`, guildID, channelID)
		if err != nil {
			return fmt.Errorf("delete thread follow: %w", err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return news.Errorf(news.ENOTFOUND, "This channel is not followed.")
		}
		return nil
	})
}

// ThreadFollows lists the follows of a guild ("": all), by id.
func (th *ThreadService) ThreadFollows(ctx context.Context, guildID string) ([]news.ThreadFollow, error) {
	q := `SELECT ` + threadFollowColumns + ` FROM thread_follows WHERE (? = '' OR guild_id = ?) ORDER BY id`
	return queryAll(ctx, th.db, "thread follows", q, scanThreadFollow, guildID, guildID)
}

func scanThreadFollow(row scanner, f *news.ThreadFollow) error {
	var topics, places, keywords string
	var quiet, cursor, created int64
	if err := row.Scan(&f.ID, &f.GuildID, &f.ChannelID, &f.Forum, &f.UserID, &topics, &places, &keywords,
		&quiet, &cursor, &created); err != nil {
		return err
	}
	f.QuietAfter, f.Cursor, f.Created = time.Duration(quiet)*time.Second, fromUnix(cursor), fromUnix(created)
	for _, d := range []struct {
		src string
		dst any
	}{{topics, &f.Topics}, {places, &f.Places}, {keywords, &f.Keywords}} {
		if err := json.Unmarshal([]byte(d.src), d.dst); err != nil {
			return fmt.Errorf("decode thread follow %d: %w", f.ID, err)
		}
	}
	return nil
}

// ReportedArticles returns which of ids a post of the follow reports.
func (th *ThreadService) ReportedArticles(ctx context.Context, followID int64, ids []int64) (map[int64]bool, error) {
	out := map[int64]bool{}
	if len(ids) == 0 {
		return out, nil
	}
	b, err := json.Marshal(ids)
	if err != nil {
		return nil, fmt.Errorf("encode article ids: %w", err)
	}
	const q = `SELECT r.article_id FROM json_each(?) k JOIN thread_reported r
		ON r.follow_id = ? AND r.article_id = k.value`
	rows, err := queryAll(ctx, th.db, "reported articles", q, func(row scanner, id *int64) error {
		return row.Scan(id)
	}, string(b), followID)
	if err != nil {
		return nil, err
	}
	for _, id := range rows {
		out[id] = true
	}
	return out, nil
}

const storyThreadColumns = `follow_id, story_id, thread_id, starter_id, marker, last_report, archived`

func scanStoryThread(row scanner, t *news.StoryThread) error {
	var last int64
	err := row.Scan(&t.FollowID, &t.StoryID, &t.ThreadID, &t.StarterID, &t.Marker, &last, &t.Archived)
	t.LastReport = fromUnix(last)
	return err
}

// StoryThreadOf returns the follow's thread of a story, or of a story that
// was merged into it (its old id redirects to it).
func (th *ThreadService) StoryThreadOf(ctx context.Context, followID, storyID int64) (news.StoryThread, bool, error) {
	q := `SELECT ` + storyThreadColumns + ` FROM story_threads WHERE follow_id = ? AND (story_id = ?
		OR story_id IN (SELECT from_id FROM story_redirects WHERE to_id = ?)) ORDER BY story_id = ? DESC, story_id LIMIT 1`
	ts, err := queryAll(ctx, th.db, "story thread", q, scanStoryThread, followID, storyID, storyID, storyID)
	if err != nil || len(ts) == 0 {
		return news.StoryThread{}, false, err
	}
	return ts[0], true, nil
}

// CreateThreadPosts stores a round's posts, what they report and the
// threads they open, and moves the follows' cursors, in one transaction.
func (th *ThreadService) CreateThreadPosts(ctx context.Context, posts []news.ThreadPost, follows []int64, until time.Time) error {
	return th.db.WriteTx(ctx, func(tx *sql.Tx) error {
		for i := range posts {
			if err := insertThreadPost(ctx, tx, &posts[i]); err != nil {
				return err
			}
		}
		for _, id := range follows {
			if _, err := tx.ExecContext(ctx, `UPDATE thread_follows SET cursor = max(cursor, ?) WHERE id = ?`,
				unix(until), id); err != nil {
				return fmt.Errorf("move thread cursor: %w", err)
			}
		}
		return nil
	})
}

func insertThreadPost(ctx context.Context, tx *sql.Tx, p *news.ThreadPost) error {
	res, err := tx.ExecContext(ctx, `INSERT INTO thread_posts (follow_id, story_id, kind, name, content, starter,
		marker, nonce, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, p.FollowID, p.StoryID, p.Kind, p.Name, p.Content,
		p.Starter, p.Marker, p.Nonce, unix(p.Created))
	if err != nil {
		return conflict(err, "thread post already stored", "insert thread post")
	}
	if p.ID, err = res.LastInsertId(); err != nil {
		return fmt.Errorf("insert thread post: %w", err)
	}
	for _, a := range p.Articles {
		if _, err := tx.ExecContext(ctx, `INSERT INTO thread_reported (follow_id, article_id, post_id)
			VALUES (?, ?, ?)`, p.FollowID, a, p.ID); err != nil {
			return conflict(err, "article already reported in its thread", "insert reported article")
		}
	}
	if p.Kind == news.ThreadOpen {
		if _, err := tx.ExecContext(ctx, `INSERT INTO story_threads (follow_id, story_id, marker, last_report)
			VALUES (?, ?, ?, ?)`, p.FollowID, p.StoryID, p.Marker, unix(p.Created)); err != nil {
			return conflict(err, "the story has a thread already", "insert story thread")
		}
		return nil
	}
	_, err = tx.ExecContext(ctx, `UPDATE story_threads SET last_report = ?, archived = 0 WHERE follow_id = ? AND story_id = ?`,
		unix(p.Created), p.FollowID, p.StoryID)
	if err != nil {
		return fmt.Errorf("update story thread: %w", err)
	}
	return nil
}

// PendingThreadPosts returns the posts neither sent nor parked, oldest first.
func (th *ThreadService) PendingThreadPosts(ctx context.Context) ([]news.ThreadPost, error) {
	const q = `SELECT id, follow_id, story_id, kind, name, content, starter, marker, nonce, created, message_id
		FROM thread_posts WHERE sent = 0 AND parked = '' ORDER BY id`
	return queryAll(ctx, th.db, "pending thread posts", q, func(row scanner, p *news.ThreadPost) error {
		var created int64
		err := row.Scan(&p.ID, &p.FollowID, &p.StoryID, &p.Kind, &p.Name, &p.Content, &p.Starter, &p.Marker, &p.Nonce,
			&created, &p.MessageID)
		p.Created = fromUnix(created)
		return err
	})
}

// MarkThreadPostSent records that Discord accepted a post, and for an open
// post the thread it made.
func (th *ThreadService) MarkThreadPostSent(ctx context.Context, id int64, threadID, messageID string) error {
	return th.db.WriteTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `UPDATE thread_posts SET sent = ?, message_id = ? WHERE id = ?`,
			max(unix(th.db.now()), 1), messageID, id); err != nil {
			return fmt.Errorf("mark thread post sent: %w", err)
		}
		if threadID == "" {
			return nil
		}
		_, err := tx.ExecContext(ctx, `UPDATE story_threads SET thread_id = ?, starter_id = ? WHERE (follow_id, story_id) =
			(SELECT follow_id, story_id FROM thread_posts WHERE id = ?)`, threadID, messageID, id)
		if err != nil {
			return fmt.Errorf("record story thread: %w", err)
		}
		return nil
	})
}

// MarkThreadStarter records the starter message of an unsent open post.
func (th *ThreadService) MarkThreadStarter(ctx context.Context, id int64, messageID string) error {
	return th.db.execOne(ctx, "mark thread starter", `UPDATE thread_posts SET message_id = ? WHERE id = ? AND sent = 0`, messageID, id)
}

// ParkThreadPost records that Discord refused a post for good.
func (th *ThreadService) ParkThreadPost(ctx context.Context, id int64, reason string) error {
	if reason == "" {
		reason = "refused"
	}
	return th.db.execOne(ctx, "park thread post", `UPDATE thread_posts SET parked = ? WHERE id = ?`, reason, id)
}

// QuietThreads returns the made, unarchived threads whose last report is
// older than their follow's QuietAfter at now.
func (th *ThreadService) QuietThreads(ctx context.Context, now time.Time) ([]news.StoryThread, error) {
	const q = `SELECT t.follow_id, t.story_id, t.thread_id, t.starter_id, t.marker, t.last_report, t.archived FROM story_threads t
		JOIN thread_follows f ON f.id = t.follow_id
		WHERE t.archived = 0 AND t.thread_id != '' AND t.last_report + f.quiet_after <= ? ORDER BY t.last_report`
	return queryAll(ctx, th.db, "quiet threads", q, scanStoryThread, unix(now))
}

// MarkThreadArchived records that a story's thread was archived.
func (th *ThreadService) MarkThreadArchived(ctx context.Context, followID, storyID int64) error {
	return th.db.execOne(ctx, "mark thread archived", `UPDATE story_threads SET archived = 1
		WHERE follow_id = ? AND story_id = ?`, followID, storyID)
}
