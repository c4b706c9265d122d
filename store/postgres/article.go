package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
	"github.com/jackc/pgx/v5"
)

// ingestLock names the advisory lock that orders stored times against the
// stored horizon: writers of articles hold it shared, StoredHorizon takes
// it exclusively (see StoredHorizon).
const ingestLock = "ingest"

// FindDuplicate returns the id of a stored article that is a by identity —
// the same ExternalID, else CanonicalURL, else (for an article with
// neither) ContentHash — among its guild's articles (the operator's for an
// operator's source), or an ENOTFOUND error.
func (ar *ArticleService) FindDuplicate(ctx context.Context, a *news.Article) (int64, error) {
	guild, err := sourceGuild(ctx, ar.db.pool, a.SourceID)
	if news.ErrorCode(err) == news.EINVALID {
		return 0, news.WrapError(news.ENOTFOUND, "no duplicate of an article of an unknown source", err)
	}
	if err != nil {
		return 0, err
	}
	return findDuplicate(ctx, ar.db.pool, a, guild)
}

// FindDuplicates is FindDuplicate for many articles: ids[i] is the stored
// duplicate of as[i], 0 when none.
func (ar *ArticleService) FindDuplicates(ctx context.Context, as []*news.Article) ([]int64, error) {
	ids := make([]int64, len(as))
	err := ar.db.inTx(ctx, func(tx pgx.Tx) error {
		for i, a := range as {
			guild, err := sourceGuild(ctx, tx, a.SourceID)
			if news.ErrorCode(err) == news.EINVALID {
				continue
			}
			if err != nil {
				return err
			}
			id, err := findDuplicate(ctx, tx, a, guild)
			switch news.ErrorCode(err) {
			case "":
				ids[i] = id
			case news.ENOTFOUND:
			default:
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("find duplicates: %w", err)
	}
	return ids, nil
}

const qFindDuplicate = `SELECT id FROM (
	SELECT id, 1 AS k FROM articles WHERE external_id = $1
	UNION ALL SELECT id, 2 FROM articles WHERE canonical_url = $2
	UNION ALL SELECT id, 3 FROM articles WHERE content_hash = $3
	) d ORDER BY k LIMIT 1`

const qFindGuildDuplicate = `SELECT article_id FROM guild_article_keys
	WHERE guild_id = $1 AND key IN ($2, $3, $4)
	ORDER BY CASE key WHEN $2 THEN 1 WHEN $3 THEN 2 ELSE 3 END LIMIT 1`

func findDuplicate(ctx context.Context, q querier, a *news.Article, guild string) (int64, error) {
	var row pgx.Row
	if guild == "" {
		row = q.QueryRow(ctx, qFindDuplicate, nullString(a.ExternalID), nullString(a.CanonicalURL),
			nullString(identityHash(a)))
	} else {
		k := guildKeys(a)
		row = q.QueryRow(ctx, qFindGuildDuplicate, guild, k[0], k[1], k[2])
	}
	var id int64
	err := row.Scan(&id)
	if errors.Is(err, pgx.ErrNoRows) {
		return 0, news.Errorf(news.ENOTFOUND, "no duplicate of article %q", a.ExternalID)
	}
	if err != nil {
		return 0, fmt.Errorf("find duplicate: %w", err)
	}
	return id, nil
}

// guildKeys are an article's identity keys among its guild's, in
// FindDuplicate's order; an absent key is NULL.
func guildKeys(a *news.Article) [3]*string {
	key := func(prefix, v string) *string {
		if v == "" {
			return nil
		}
		s := prefix + v
		return &s
	}
	return [3]*string{key("id:", a.ExternalID), key("url:", a.CanonicalURL), key("hash:", identityHash(a))}
}

// identityHash is the content hash when it is the article's identity (no
// external id, no canonical URL), else "".
func identityHash(a *news.Article) string {
	if a.ExternalID != "" || a.CanonicalURL != "" {
		return ""
	}
	return a.ContentHash
}

// sourceGuild returns the guild that added source id ("" for the
// operator's, and for no source); an unknown source is EINVALID.
func sourceGuild(ctx context.Context, q querier, id int64) (string, error) {
	if id == 0 {
		return "", nil
	}
	var guild string
	err := q.QueryRow(ctx, `SELECT guild_id FROM sources WHERE id = $1`, id).Scan(&guild)
	if errors.Is(err, pgx.ErrNoRows) {
		return "", news.Errorf(news.EINVALID, "unknown source %d", id)
	}
	if err != nil {
		return "", fmt.Errorf("find source guild: %w", err)
	}
	return guild, nil
}

// CreateArticle stores n's article, analysis and story in one transaction.
// A duplicate is an ECONFLICT error and stores nothing.
func (ar *ArticleService) CreateArticle(ctx context.Context, n *news.NewArticle) error {
	errs, err := ar.CreateArticles(ctx, []*news.NewArticle{n})
	if err != nil {
		return err
	}
	return errs[0]
}

// CreateArticles stores many articles in one transaction, each in a
// savepoint: an invalid or duplicate item (also of an earlier item of the
// batch, or of an article another instance stored at the same moment)
// fails alone. errs[i] is the outcome of items[i]; err is a failure of the
// whole batch, which then stored nothing.
func (ar *ArticleService) CreateArticles(ctx context.Context, items []*news.NewArticle) ([]error, error) {
	undos := make([]func(), len(items))
	for i, n := range items {
		undos[i] = snapshotIDs(n)
	}
	errs := make([]error, len(items))
	err := ar.db.inTx(ctx, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, qLockShared, ingestLock); err != nil {
			return fmt.Errorf("lock ingest: %w", err)
		}
		now := ar.db.now().UTC() // under the lock: see StoredHorizon
		for i, n := range items {
			// A failed item undoes only the ids it set itself: a story it
			// shares with an earlier, stored item keeps that item's id.
			undoItem := snapshotIDs(n)
			err := createInSavepoint(ctx, tx, n, now)
			if news.ErrorCode(err) == news.EINTERNAL {
				return fmt.Errorf("create article %d of %d: %w", i+1, len(items), err)
			}
			if err != nil {
				undoItem()
			}
			errs[i] = err
		}
		return indexStoredSentences(ctx, tx, items, errs)
	})
	if err != nil {
		for _, undo := range undos {
			undo()
		}
		return nil, err
	}
	return errs, nil
}

// snapshotIDs returns a function that restores the ids CreateArticle sets.
func snapshotIDs(n *news.NewArticle) func() {
	if n == nil {
		return func() {}
	}
	var aid, sid int64
	if n.Article != nil {
		aid = n.Article.ID
	}
	if n.Story != nil {
		sid = n.Story.ID
	}
	return func() {
		if n.Article != nil {
			n.Article.ID = aid
		}
		if n.Story != nil {
			n.Story.ID = sid
		}
	}
}

// createInSavepoint checks and writes n inside a savepoint, rolled back on
// failure: PostgreSQL aborts a transaction at its first error, so every
// item that may fail needs one.
func createInSavepoint(ctx context.Context, tx pgx.Tx, n *news.NewArticle, now time.Time) error {
	sp, err := tx.Begin(ctx)
	if err != nil {
		return fmt.Errorf("begin savepoint: %w", err)
	}
	defer sp.Rollback(ctx)
	if err := checkArticle(ctx, sp, n); err != nil {
		return err
	}
	if err := writeArticle(ctx, sp, n, now); err != nil {
		return err
	}
	if err := sp.Commit(ctx); err != nil {
		return fmt.Errorf("release savepoint: %w", err)
	}
	return nil
}

// checkArticle finds every expected reason not to store n and sets the
// article's GuildID from its source. A story id that vanished since the
// caller read it is resolved (resolveStories), not refused.
func checkArticle(ctx context.Context, tx pgx.Tx, n *news.NewArticle) error {
	if n == nil || n.Article == nil {
		return news.Errorf(news.EINVALID, "no article to store")
	}
	a := n.Article
	if a.ExternalID == "" && a.CanonicalURL == "" && a.ContentHash == "" {
		return news.Errorf(news.EINVALID, "article has no external id, canonical URL or content hash")
	}
	guild, err := sourceGuild(ctx, tx, a.SourceID)
	if err != nil {
		return err
	}
	a.GuildID = guild
	if id, err := findDuplicate(ctx, tx, a, guild); err == nil {
		return news.Errorf(news.ECONFLICT, "article %q is already stored as %d", a.ExternalID, id)
	} else if news.ErrorCode(err) != news.ENOTFOUND {
		return err
	}
	if n.Story != nil {
		return resolveStories(ctx, tx, n.Story)
	}
	return nil
}

// writeArticle writes n's story, article and analysis, and stretches the
// story's seen times.
func writeArticle(ctx context.Context, tx pgx.Tx, n *news.NewArticle, now time.Time) error {
	a := n.Article
	var storyID *int64
	if s := n.Story; s != nil {
		if err := saveStory(ctx, tx, s, now); err != nil {
			return err
		}
		storyID = &s.ID
	}
	if err := insertArticle(ctx, tx, a, storyID, eventDay(n.Analysis), now); err != nil {
		return err
	}
	if n.Analysis != nil {
		if err := insertAnalysis(ctx, tx, a.ID, n.Analysis); err != nil {
			return err
		}
	}
	if n.Story != nil {
		return widenStory(ctx, tx, n.Story, a.Published)
	}
	return nil
}

// eventDay is the event_day column of an analysis: its event date as days
// since 1970-01-01, NULL when it has none.
func eventDay(an *news.Analysis) *int64 {
	if an == nil {
		return nil
	}
	d, err := time.Parse(time.DateOnly, an.EventDate)
	if err != nil {
		return nil
	}
	day := d.Unix() / 86400
	return &day
}

// insertArticle writes a; a guild's article keeps its identity keys among
// its guild's, not in the operator's UNIQUE columns.
func insertArticle(ctx context.Context, tx pgx.Tx, a *news.Article, storyID, eventDay *int64, now time.Time) error {
	var sourceID *int64
	if a.SourceID != 0 {
		sourceID = &a.SourceID
	}
	ext, canon, hash := nullString(a.ExternalID), nullString(a.CanonicalURL), nullString(identityHash(a))
	if a.GuildID != "" {
		ext, canon, hash = nil, nil, nil
	}
	err := tx.QueryRow(ctx, `INSERT INTO articles (external_id, canonical_url, content_hash, text_hash,
		title, text, source_id, source_name, url, location, published, fetched, stored, story_id,
		event_day, guild_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
		RETURNING id`, ext, canon, hash, a.ContentHash, a.Title, a.Text, sourceID, a.SourceName, a.URL,
		a.Location, unix(a.Published), unix(a.Fetched), unix(now), storyID, eventDay, a.GuildID).Scan(&a.ID)
	if err != nil {
		return conflict(err, "article is already stored", "insert article")
	}
	if a.GuildID == "" {
		return nil
	}
	for _, k := range guildKeys(a) {
		if k == nil {
			continue
		}
		_, err := tx.Exec(ctx, `INSERT INTO guild_article_keys (guild_id, key, article_id) VALUES ($1, $2, $3)`,
			a.GuildID, *k, a.ID)
		if err != nil {
			return conflict(err, "article is already stored", "insert guild article key")
		}
	}
	return nil
}

func insertAnalysis(ctx context.Context, tx pgx.Tx, articleID int64, an *news.Analysis) error {
	full, err := json.Marshal(an)
	if err != nil {
		return news.WrapError(news.EINVALID, "analysis cannot be encoded", err)
	}
	var killed *int64
	var qual string
	if k := an.Facts.Killed; k != nil {
		v := int64(k.Value)
		killed, qual = &v, string(k.Qualifier)
	}
	_, err = tx.Exec(ctx, `INSERT INTO analyses (article_id, version, categories, ceasefire_status,
		humanitarian_types, killed, killed_qualifier, fingerprint, json)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`, articleID, an.Version, jsonList(an.Categories),
		string(an.CeasefireStatus), jsonList(an.HumanitarianTypes), killed, qual, int64(an.Fingerprint), string(full))
	if err != nil {
		return conflict(err, "analysis is already stored", "insert analysis")
	}
	return nil
}

// StoredHorizon returns a time before which every article's stored time is
// final and visible. Writers of articles hold the ingest lock shared and
// read their stored time under it; the horizon is read holding it
// exclusively, so it waits for the writers in flight, and every later one
// stores a time at or after it (on one clock: instances whose clocks
// differ by seconds widen this by their difference).
func (ar *ArticleService) StoredHorizon(ctx context.Context) (time.Time, error) {
	var t time.Time
	err := ar.db.inTx(ctx, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, qLock, ingestLock); err != nil {
			return err
		}
		t = fromUnix(unix(ar.db.now()))
		return nil
	})
	if err != nil {
		return time.Time{}, fmt.Errorf("read stored horizon: %w", err)
	}
	return t, nil
}

// ArticleCount returns how many articles are stored.
func (ar *ArticleService) ArticleCount(ctx context.Context) (int64, error) {
	var n int64
	if err := ar.db.pool.QueryRow(ctx, `SELECT count(*) FROM articles`).Scan(&n); err != nil {
		return 0, fmt.Errorf("count articles: %w", err)
	}
	return n, nil
}
