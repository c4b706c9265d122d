package postgres

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
	"github.com/jackc/pgx/v5"
)

const sourceColumns = `id, url, kind, name, guild_id, etag, last_modified, next_check, failures,
	last_error, disabled_reason, last_success, created`

// CreateSource stores s and sets s.ID and s.Created; the same URL for the
// same guild is an ECONFLICT error.
func (sc *SourceService) CreateSource(ctx context.Context, s *news.Source) error {
	return sc.createSourceWithin(ctx, s, 0)
}

// createSourceWithin is CreateSource unless s's guild has limit sources or
// more (0: no cap). The count and the insert hold a transaction-level
// advisory lock on the guild, so two instances cannot both pass a count
// of limit-1.
func (sc *SourceService) createSourceWithin(ctx context.Context, s *news.Source, limit int) error {
	if err := news.ValidSource(s); err != nil {
		return err
	}
	now := sc.db.now().UTC()
	return sc.db.inTx(ctx, func(tx pgx.Tx) error {
		if limit > 0 {
			if err := lockKey(ctx, tx, "sources/"+s.GuildID); err != nil {
				return err
			}
			var n int
			if err := tx.QueryRow(ctx, `SELECT count(*) FROM sources WHERE guild_id = $1`, s.GuildID).Scan(&n); err != nil {
				return fmt.Errorf("count sources: %w", err)
			}
			if n >= limit {
				return news.Errorf(news.ELIMIT, "the guild has %d sources, the limit is %d", n, limit)
			}
		}
		err := tx.QueryRow(ctx, `INSERT INTO sources (url, kind, name, guild_id, etag, last_modified,
			next_check, failures, last_error, disabled_reason, last_success, created)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
			s.URL, string(s.Kind), s.Name, s.GuildID, s.ETag, s.LastModified, unix(s.NextCheck), s.Failures,
			s.LastError, s.DisabledReason, unix(s.LastSuccess), unix(now)).Scan(&s.ID)
		if err != nil {
			return conflict(err, fmt.Sprintf("source %s is already added", s.URL), "insert source")
		}
		s.Created = fromUnix(unix(now))
		return nil
	})
}

// lockKey takes a transaction-level advisory lock on key: counts checked
// against a cap and the insert they allow are serialised across instances.
func lockKey(ctx context.Context, tx pgx.Tx, key string) error {
	if _, err := tx.Exec(ctx, qLock, key); err != nil {
		return fmt.Errorf("lock %s: %w", key, err)
	}
	return nil
}

// UpdateSource saves s's name, kind and polling state.
func (sc *SourceService) UpdateSource(ctx context.Context, s *news.Source) error {
	if s == nil {
		return news.Errorf(news.EINVALID, "no source to update")
	}
	tag, err := sc.db.pool.Exec(ctx, `UPDATE sources SET kind = $1, name = $2, etag = $3, last_modified = $4,
		next_check = $5, failures = $6, last_error = $7, disabled_reason = $8, last_success = $9 WHERE id = $10`,
		string(s.Kind), s.Name, s.ETag, s.LastModified, unix(s.NextCheck), s.Failures, s.LastError,
		s.DisabledReason, unix(s.LastSuccess), s.ID)
	if err != nil {
		return fmt.Errorf("update source: %w", err)
	}
	return mustAffect(tag, fmt.Sprintf("no source %d", s.ID))
}

// DeleteSource removes a source. An operator's source's articles stay,
// with no source id; a guild's source's articles are retired.
func (sc *SourceService) DeleteSource(ctx context.Context, id int64) error {
	return sc.db.inTx(ctx, func(tx pgx.Tx) error {
		if err := retireSourceArticles(ctx, tx, id); err != nil {
			return err
		}
		tag, err := tx.Exec(ctx, `DELETE FROM sources WHERE id = $1`, id)
		if err != nil {
			return fmt.Errorf("delete source: %w", err)
		}
		return mustAffect(tag, fmt.Sprintf("no source %d", id))
	})
}

// retireSourceArticles retires the articles of a guild's source and drops
// their identity keys, so that the feed added again stores them afresh.
func retireSourceArticles(ctx context.Context, tx pgx.Tx, sourceID int64) error {
	_, err := tx.Exec(ctx, `DELETE FROM guild_article_keys WHERE article_id IN
		(SELECT id FROM articles WHERE source_id = $1 AND guild_id <> '')`, sourceID)
	if err != nil {
		return fmt.Errorf("drop guild article keys: %w", err)
	}
	_, err = tx.Exec(ctx, `UPDATE articles SET retired = true WHERE source_id = $1 AND guild_id <> ''`, sourceID)
	if err != nil {
		return fmt.Errorf("retire source articles: %w", err)
	}
	return nil
}

// Source returns one source by id.
func (sc *SourceService) Source(ctx context.Context, id int64) (*news.Source, error) {
	var s news.Source
	err := scanSource(sc.db.pool.QueryRow(ctx, `SELECT `+sourceColumns+` FROM sources WHERE id = $1`, id), &s)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, news.Errorf(news.ENOTFOUND, "no source %d", id)
	}
	if err != nil {
		return nil, fmt.Errorf("query source: %w", err)
	}
	return &s, nil
}

// Sources lists the sources of a guild ("": the operator's), by id.
func (sc *SourceService) Sources(ctx context.Context, guildID string) ([]news.Source, error) {
	return queryAll(ctx, sc.db.pool, "sources", `SELECT `+sourceColumns+` FROM sources WHERE guild_id = $1 ORDER BY id`,
		scanSource, guildID)
}

// DueSources lists the enabled sources whose next check is at or before
// now, most overdue first.
func (sc *SourceService) DueSources(ctx context.Context, now time.Time) ([]news.Source, error) {
	return queryAll(ctx, sc.db.pool, "sources", `SELECT `+sourceColumns+` FROM sources
		WHERE disabled_reason = '' AND next_check <= $1 ORDER BY next_check, id`, scanSource, unix(now))
}

// CountSourceArticles returns how many articles of the source were stored
// at or after since.
func (sc *SourceService) CountSourceArticles(ctx context.Context, sourceID int64, since time.Time) (int, error) {
	var n int
	err := sc.db.pool.QueryRow(ctx, `SELECT count(*) FROM articles WHERE source_id = $1 AND stored >= $2`,
		sourceID, unix(since)).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("count source articles: %w", err)
	}
	return n, nil
}

func scanSource(row pgx.Row, s *news.Source) error {
	var kind string
	var next, success, created int64
	err := row.Scan(&s.ID, &s.URL, &kind, &s.Name, &s.GuildID, &s.ETag, &s.LastModified, &next,
		&s.Failures, &s.LastError, &s.DisabledReason, &success, &created)
	if err != nil {
		return err
	}
	s.Kind = news.SourceKind(kind)
	s.NextCheck, s.LastSuccess, s.Created = fromUnix(next), fromUnix(success), fromUnix(created)
	return nil
}
