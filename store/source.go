package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

const sourceColumns = `id, url, kind, name, guild_id, etag, last_modified, next_check, failures,
	last_error, disabled_reason, last_success, created`

// CreateSource stores s and sets s.ID and s.Created; the same URL for the
// same guild is an ECONFLICT error.
func (sc *SourceService) CreateSource(ctx context.Context, s *news.Source) error {
	return sc.createSourceWithin(ctx, s, 0)
}

// createSourceWithin is CreateSource unless s's guild has limit sources or
// more (0: no cap), counted in the insert's transaction.
func (sc *SourceService) createSourceWithin(ctx context.Context, s *news.Source, limit int) error {
	if err := news.ValidSource(s); err != nil {
		return err
	}
	now := sc.db.now().UTC()
	return sc.db.WriteTx(ctx, func(tx *sql.Tx) error {
		if limit > 0 {
			var n int
			err := tx.QueryRowContext(ctx, `SELECT count(*) FROM sources WHERE guild_id = ?`, s.GuildID).Scan(&n)
			if err != nil {
				return fmt.Errorf("count sources: %w", err)
			}
			if n >= limit {
				return news.Errorf(news.ELIMIT, "the guild has %d sources, the limit is %d", n, limit)
			}
		}
		return insertSource(ctx, tx, s, now)
	})
}

const qInsertSource = `INSERT INTO sources (url, kind, name, guild_id, etag, last_modified, next_check,
	failures, last_error, disabled_reason, last_success, created)
	VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`

func insertSource(ctx context.Context, tx *sql.Tx, s *news.Source, now time.Time) error {
	res, err := tx.ExecContext(ctx, qInsertSource, s.URL, string(s.Kind), s.Name, s.GuildID, s.ETag,
		s.LastModified, unix(s.NextCheck), s.Failures, s.LastError, s.DisabledReason,
		unix(s.LastSuccess), unix(now))
	if err != nil {
		return conflict(err, fmt.Sprintf("source %s is already added", s.URL), "insert source")
	}
	if s.ID, err = res.LastInsertId(); err != nil {
		return fmt.Errorf("insert source: %w", err)
	}
	s.Created = fromUnix(unix(now))
	return nil
}

// UpdateSource saves s's name, kind and polling state (ETag, Last-Modified,
// next check, failures, last error, disabled reason, last success).
func (sc *SourceService) UpdateSource(ctx context.Context, s *news.Source) error {
	if s == nil {
		return news.Errorf(news.EINVALID, "no source to update")
	}
	const q = `UPDATE sources SET kind = ?, name = ?, etag = ?, last_modified = ?, next_check = ?,
		failures = ?, last_error = ?, disabled_reason = ?, last_success = ? WHERE id = ?`
	return sc.db.WriteTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, q, string(s.Kind), s.Name, s.ETag, s.LastModified,
			unix(s.NextCheck), s.Failures, s.LastError, s.DisabledReason, unix(s.LastSuccess), s.ID)
		if err != nil {
			return fmt.Errorf("update source: %w", err)
		}
		return mustAffect(res, fmt.Sprintf("no source %d", s.ID))
	})
}

// DeleteSource removes a source. An operator's source's articles stay,
// with no source id; a guild's source's articles are retired (see
// RetireGuild): a guild that removes a feed removes what it brought.
func (sc *SourceService) DeleteSource(ctx context.Context, id int64) error {
	return sc.db.WriteTx(ctx, func(tx *sql.Tx) error {
		if err := retireSourceArticles(ctx, tx, id); err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, `DELETE FROM sources WHERE id = ?`, id)
		if err != nil {
			return fmt.Errorf("delete source: %w", err)
		}
		return mustAffect(res, fmt.Sprintf("no source %d", id))
	})
}

// mustAffect returns an ENOTFOUND error with msg when res changed no row.
func mustAffect(res sql.Result, msg string) error {
	n, err := res.RowsAffected()
	if err != nil {
		return fmt.Errorf("count affected rows: %w", err)
	}
	if n == 0 {
		return news.Errorf(news.ENOTFOUND, "%s", msg)
	}
	return nil
}

// Source returns one source by id.
func (sc *SourceService) Source(ctx context.Context, id int64) (*news.Source, error) {
	var s news.Source
	err := sc.db.ReadTx(ctx, func(tx *sql.Tx) error {
		return scanSource(tx.QueryRowContext(ctx, `SELECT `+sourceColumns+` FROM sources WHERE id = ?`, id), &s)
	})
	if errors.Is(err, sql.ErrNoRows) {
		return nil, news.Errorf(news.ENOTFOUND, "no source %d", id)
	}
	if err != nil {
		return nil, fmt.Errorf("query source: %w", err)
	}
	return &s, nil
}

// Sources lists the sources of a guild ("": the operator's and built-in
// ones), by id.
func (sc *SourceService) Sources(ctx context.Context, guildID string) ([]news.Source, error) {
	return sc.querySources(ctx, `SELECT `+sourceColumns+` FROM sources WHERE guild_id = ? ORDER BY id`, guildID)
}

// DueSources lists the enabled sources whose next check is at or before
// now, most overdue first.
func (sc *SourceService) DueSources(ctx context.Context, now time.Time) ([]news.Source, error) {
	return sc.querySources(ctx, `SELECT `+sourceColumns+` FROM sources
		WHERE disabled_reason = '' AND next_check <= ? ORDER BY next_check, id`, unix(now))
}

func (sc *SourceService) querySources(ctx context.Context, q string, args ...any) ([]news.Source, error) {
	return queryAll(ctx, sc.db, "sources", q, scanSource, args...)
}

func scanSource(row scanner, s *news.Source) error {
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
