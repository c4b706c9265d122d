package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// FindDuplicate returns the id of a stored article that is a by identity —
// the same ExternalID, or the same CanonicalURL (a URL names one page), or,
// for an article with neither, the same ContentHash — or an ENOTFOUND
// error. Two reports with their own ids and the same text are two articles.
// Identity is per guild: an article of a guild-added source (a.SourceID)
// is compared with that guild's articles only, any other with the
// operator's only. An article of a source that is gone has no duplicate:
// storing it is refused (CreateArticle), alone.
func (ar *ArticleService) FindDuplicate(ctx context.Context, a *news.Article) (int64, error) {
	var id int64
	err := ar.db.ReadTx(ctx, func(tx *sql.Tx) error {
		t := txn{tx: tx}
		guild, err := sourceGuild(ctx, t, a.SourceID)
		if news.ErrorCode(err) == news.EINVALID {
			return news.WrapError(news.ENOTFOUND, "no duplicate of an article of an unknown source", err)
		}
		if err != nil {
			return err
		}
		id, err = findDuplicate(ctx, t, a, guild)
		return err
	})
	return id, err
}

// FindDuplicates is FindDuplicate for many articles in one read
// transaction: ids[i] is the stored duplicate of as[i], 0 when none. Ingest
// asks it for a whole batch before analysing; a transaction per article cost
// as much as the lookups.
func (ar *ArticleService) FindDuplicates(ctx context.Context, as []*news.Article) ([]int64, error) {
	ids := make([]int64, len(as))
	err := ar.db.ReadTx(ctx, func(tx *sql.Tx) error {
		t := txn{tx: tx}
		for i, a := range as {
			guild, err := sourceGuild(ctx, t, a.SourceID)
			if news.ErrorCode(err) == news.EINVALID {
				continue // a gone source's article has no duplicate (see FindDuplicate)
			}
			if err != nil {
				return err
			}
			id, err := findDuplicate(ctx, t, a, guild)
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
	SELECT id, 1 AS k FROM articles WHERE external_id = ?1
	UNION ALL SELECT id, 2 FROM articles WHERE canonical_url = ?2
	UNION ALL SELECT id, 3 FROM articles WHERE content_hash = ?3
	) ORDER BY k LIMIT 1`

const qFindGuildDuplicate = `SELECT article_id FROM guild_article_keys
	WHERE guild_id = ?1 AND key IN (?2, ?3, ?4)
	ORDER BY CASE key WHEN ?2 THEN 1 WHEN ?3 THEN 2 ELSE 3 END LIMIT 1`

// findDuplicate looks the three keys up in one statement, in priority order,
// among the articles of guild ("" the operator's). Empty keys are bound as
// NULL and so match nothing.
func findDuplicate(ctx context.Context, t txn, a *news.Article, guild string) (int64, error) {
	var row *sql.Row
	if guild == "" {
		row = t.queryRow(ctx, qFindDuplicate, nullString(a.ExternalID), nullString(a.CanonicalURL),
			nullString(identityHash(a)))
	} else {
		k := guildKeys(a)
		row = t.queryRow(ctx, qFindGuildDuplicate, guild, k[0], k[1], k[2])
	}
	var id int64
	err := row.Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, news.Errorf(news.ENOTFOUND, "no duplicate of article %q", a.ExternalID)
	}
	if err != nil {
		return 0, fmt.Errorf("find duplicate: %w", err)
	}
	return id, nil
}

// guildKeys are an article's identity keys among its guild's, in
// FindDuplicate's order; an absent key is NULL.
func guildKeys(a *news.Article) [3]any {
	key := func(prefix, v string) any {
		if v == "" {
			return nil
		}
		return prefix + v
	}
	return [3]any{key("id:", a.ExternalID), key("url:", a.CanonicalURL), key("hash:", identityHash(a))}
}

const qSourceGuild = `SELECT guild_id FROM sources WHERE id = ?`

// sourceGuild returns the guild that added source id ("" for the
// operator's, and for no source); an unknown source is EINVALID.
func sourceGuild(ctx context.Context, t txn, id int64) (string, error) {
	if id == 0 {
		return "", nil
	}
	var guild string
	err := t.queryRow(ctx, qSourceGuild, id).Scan(&guild)
	if errors.Is(err, sql.ErrNoRows) {
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
	undo := snapshotIDs(n)
	err := ar.db.WriteTx(ctx, func(tx *sql.Tx) error {
		t := ar.db.txn(tx)
		// now is read under the write lock: see StoredHorizon.
		if err := createArticle(ctx, t, n, ar.db.now().UTC()); err != nil {
			return err
		}
		if err := indexText(ctx, t, []int64{n.Article.ID}); err != nil {
			return err
		}
		return indexStoredSentences(ctx, t, []*news.NewArticle{n})
	})
	if err != nil {
		undo()
	}
	return err
}

// snapshotIDs returns a function that restores the ids CreateArticle sets,
// for items whose transaction or savepoint was rolled back.
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

// createArticle is the body of CreateArticle: checks, then writes. The
// caller indexes the article's text (indexText) before commit.
func createArticle(ctx context.Context, t txn, n *news.NewArticle, now time.Time) error {
	if err := checkArticle(ctx, t, n); err != nil {
		return err
	}
	return writeArticle(ctx, t, n, now)
}

const qIndexText = `INSERT INTO articles_fts (rowid, title, text)
	SELECT id, title, text FROM articles WHERE id IN (SELECT value FROM json_each(?))`

// indexText adds the stored articles ids to the full-text index in one
// statement, as the last write of the transaction (see 0001_init.sql).
func indexText(ctx context.Context, t txn, ids []int64) error {
	if len(ids) == 0 {
		return nil
	}
	b, _ := json.Marshal(ids) // a slice of ints always encodes
	if _, err := t.exec(ctx, qIndexText, string(b)); err != nil {
		return fmt.Errorf("index article text: %w", err)
	}
	return nil
}

// checkArticle finds every expected reason not to store n — invalid input, an
// unknown source, a duplicate (also of an earlier item of the same
// transaction) — and writes nothing. A story id that vanished since the
// caller read it is resolved (resolveStories), not refused. It sets the article's GuildID from its
// source: the store, not the caller, says whose an article is.
func checkArticle(ctx context.Context, t txn, n *news.NewArticle) error {
	if n == nil || n.Article == nil {
		return news.Errorf(news.EINVALID, "no article to store")
	}
	a := n.Article
	if a.ExternalID == "" && a.CanonicalURL == "" && a.ContentHash == "" {
		return news.Errorf(news.EINVALID, "article has no external id, canonical URL or content hash")
	}
	guild, err := sourceGuild(ctx, t, a.SourceID)
	if err != nil {
		return err
	}
	a.GuildID = guild
	if id, err := findDuplicate(ctx, t, a, guild); err == nil {
		return news.Errorf(news.ECONFLICT, "article %q is already stored as %d", a.ExternalID, id)
	} else if news.ErrorCode(err) != news.ENOTFOUND {
		return err
	}
	if n.Story != nil && !t.saved[n.Story] { // saved in this transaction: live
		return resolveStories(ctx, t, n.Story)
	}
	return nil
}

// writeArticle writes n's story, article and analysis, and stretches the
// story's seen times. After checkArticle passed, any error is unexpected.
func writeArticle(ctx context.Context, t txn, n *news.NewArticle, now time.Time) error {
	a := n.Article
	var storyID any
	if s := n.Story; s != nil {
		if err := saveStory(ctx, t, s, now); err != nil {
			return err
		}
		storyID = s.ID
	}
	if err := insertArticle(ctx, t, a, storyID, eventDay(n.Analysis), now); err != nil {
		return err
	}
	if n.Analysis != nil {
		if err := insertAnalysis(ctx, t, a.ID, n.Analysis); err != nil {
			return err
		}
	}
	if n.Story != nil {
		return widenStory(ctx, t, n.Story, a.Published)
	}
	return nil
}

const qInsertArticle = `INSERT INTO articles (external_id, canonical_url, content_hash, text_hash, title, text,
	source_id, source_name, url, location, published, fetched, stored, story_id, event_day, guild_id)
	VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`

// eventDay is the event_day column of an analysis: its event date as days
// since 1970-01-01, NULL when it has none.
func eventDay(an *news.Analysis) any {
	if an == nil {
		return nil
	}
	d, err := time.Parse(time.DateOnly, an.EventDate)
	if err != nil {
		return nil
	}
	return d.Unix() / 86400
}

const qInsertGuildKey = `INSERT INTO guild_article_keys (guild_id, key, article_id) VALUES (?, ?, ?)`

// identityHash is the content hash when it is the article's identity (no
// external id, no canonical URL: see 0009_identity.sql), else "".
func identityHash(a *news.Article) string {
	if a.ExternalID != "" || a.CanonicalURL != "" {
		return ""
	}
	return a.ContentHash
}

// insertArticle writes a; a guild's article (a.GuildID, set by
// checkArticle) keeps its identity keys among its guild's, not in the
// operator's UNIQUE columns.
func insertArticle(ctx context.Context, t txn, a *news.Article, storyID, eventDay any, now time.Time) error {
	var sourceID any
	if a.SourceID != 0 {
		sourceID = a.SourceID
	}
	ext, canon, hash := nullString(a.ExternalID), nullString(a.CanonicalURL), nullString(identityHash(a))
	if a.GuildID != "" {
		ext, canon, hash = nil, nil, nil
	}
	res, err := t.exec(ctx, qInsertArticle, ext, canon, hash, a.ContentHash, a.Title, a.Text, sourceID,
		a.SourceName, a.URL, a.Location, unix(a.Published), unix(a.Fetched), unix(now), storyID, eventDay, a.GuildID)
	if err != nil {
		return conflict(err, "article is already stored", "insert article")
	}
	if a.ID, err = res.LastInsertId(); err != nil {
		return fmt.Errorf("insert article: %w", err)
	}
	if a.GuildID == "" {
		return nil
	}
	for _, k := range guildKeys(a) {
		if k == nil {
			continue
		}
		if _, err := t.exec(ctx, qInsertGuildKey, a.GuildID, k, a.ID); err != nil {
			return conflict(err, "article is already stored", "insert guild article key")
		}
	}
	return nil
}

const qInsertAnalysis = `INSERT INTO analyses (article_id, version, categories, ceasefire_status,
	humanitarian_types, killed, killed_qualifier, fingerprint, json)
	VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`

func insertAnalysis(ctx context.Context, t txn, articleID int64, an *news.Analysis) error {
	full, err := json.Marshal(an)
	if err != nil { // a NaN score, say: the item's fault, not the store's
		return news.WrapError(news.EINVALID, "analysis cannot be encoded", err)
	}
	var killed any
	var qual string
	if k := an.Facts.Killed; k != nil {
		killed, qual = k.Value, string(k.Qualifier)
	}
	_, err = t.exec(ctx, qInsertAnalysis, articleID, an.Version, jsonList(an.Categories),
		string(an.CeasefireStatus), jsonList(an.HumanitarianTypes), killed, qual,
		int64(an.Fingerprint), full)
	if err != nil {
		return conflict(err, "analysis is already stored", "insert analysis")
	}
	return nil
}

// jsonList encodes a string-like slice as a JSON array, never null.
func jsonList[T ~string](xs []T) string {
	if len(xs) == 0 {
		return "[]"
	}
	b, _ := json.Marshal(xs) // a slice of strings always encodes
	return string(b)
}

// Article returns one stored article by id with its analysis (nil when none
// was stored).
func (ar *ArticleService) Article(ctx context.Context, id int64) (*news.Article, *news.Analysis, error) {
	return ar.oneArticle(ctx, `a.id = ?`, id, fmt.Sprintf("no article %d", id))
}

// ArticleByExternalID returns one stored article by its external id.
func (ar *ArticleService) ArticleByExternalID(ctx context.Context, externalID string) (*news.Article, *news.Analysis, error) {
	return ar.oneArticle(ctx, `a.external_id = ?`, externalID, fmt.Sprintf("no article %q", externalID))
}

func (ar *ArticleService) oneArticle(ctx context.Context, where string, arg any, missing string) (*news.Article, *news.Analysis, error) {
	var r news.ArticleWithAnalysis
	var hasAnalysis bool
	err := ar.db.ReadTx(ctx, func(tx *sql.Tx) error {
		row := tx.QueryRowContext(ctx, `SELECT `+articleColumns+` FROM `+articleFrom+` WHERE `+where, arg)
		var err error
		hasAnalysis, err = scanArticle(row, &r)
		return err
	})
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil, news.Errorf(news.ENOTFOUND, "%s", missing)
	}
	if err != nil {
		return nil, nil, fmt.Errorf("query article: %w", err)
	}
	if !hasAnalysis {
		return &r.Article, nil, nil
	}
	return &r.Article, &r.Analysis, nil
}

// ArticleCount returns how many articles are stored.
func (ar *ArticleService) ArticleCount(ctx context.Context) (int64, error) {
	var n int64
	if err := ar.db.read.QueryRowContext(ctx, `SELECT count(*) FROM articles`).Scan(&n); err != nil {
		return 0, fmt.Errorf("count articles: %w", err)
	}
	return n, nil
}

// StoredHorizon returns a time before which every article's stored time is
// final and visible: articles get their stored time under the write lock,
// and the horizon is read under it too. A digest that takes it as its
// window's end (ByStored) and as the next window's start misses no article
// committed late, whatever the clock's resolution.
func (ar *ArticleService) StoredHorizon(ctx context.Context) (time.Time, error) {
	var t time.Time
	err := ar.db.WriteTx(ctx, func(*sql.Tx) error {
		t = fromUnix(unix(ar.db.now()))
		return nil
	})
	if err != nil {
		return time.Time{}, fmt.Errorf("read stored horizon: %w", err)
	}
	return t, nil
}
