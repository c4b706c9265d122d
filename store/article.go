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

// FindDuplicate returns the id of a stored article with the same ExternalID,
// else CanonicalURL, else ContentHash as a, or an ENOTFOUND error.
func (db *DB) FindDuplicate(ctx context.Context, a *news.Article) (int64, error) {
	var id int64
	err := db.ReadTx(ctx, func(tx *sql.Tx) error {
		var err error
		id, err = findDuplicate(ctx, tx, a)
		return err
	})
	return id, err
}

// findDuplicate looks the three keys up in one statement, in priority order.
// Empty keys are bound as NULL and so match nothing.
func findDuplicate(ctx context.Context, tx *sql.Tx, a *news.Article) (int64, error) {
	const q = `SELECT id FROM (
		SELECT id, 1 AS k FROM articles WHERE external_id = ?1
		UNION ALL SELECT id, 2 FROM articles WHERE canonical_url = ?2
		UNION ALL SELECT id, 3 FROM articles WHERE content_hash = ?3
	) ORDER BY k LIMIT 1`
	var id int64
	err := tx.QueryRowContext(ctx, q, nullString(a.ExternalID), nullString(a.CanonicalURL),
		nullString(a.ContentHash)).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, news.Errorf(news.ENOTFOUND, "no duplicate of article %q", a.ExternalID)
	}
	if err != nil {
		return 0, fmt.Errorf("find duplicate: %w", err)
	}
	return id, nil
}

// CreateArticle stores n's article, analysis and story in one transaction.
// A duplicate is an ECONFLICT error and stores nothing.
func (db *DB) CreateArticle(ctx context.Context, n *news.NewArticle) error {
	undo := snapshotIDs(n)
	err := db.WriteTx(ctx, func(tx *sql.Tx) error {
		return createArticle(ctx, tx, n, db.now().UTC())
	})
	if err != nil {
		undo()
	}
	return err
}

// CreateArticles stores many articles in one transaction, each under its own
// SAVEPOINT so that a duplicate or invalid item fails alone. errs[i] is the
// outcome of items[i]; err is a failure of the whole batch, which then
// stored nothing.
func (db *DB) CreateArticles(ctx context.Context, items []*news.NewArticle) ([]error, error) {
	errs := make([]error, len(items))
	undos := make([]func(), len(items))
	for i, n := range items {
		undos[i] = snapshotIDs(n)
	}
	now := db.now().UTC()
	err := db.WriteTx(ctx, func(tx *sql.Tx) error {
		for i, n := range items {
			err := createInSavepoint(ctx, tx, n, now)
			if err != nil && news.ErrorCode(err) == news.EINTERNAL {
				return fmt.Errorf("create article %d of %d: %w", i+1, len(items), err)
			}
			if err != nil {
				undos[i]()
			}
			errs[i] = err
		}
		return nil
	})
	if err != nil {
		for _, undo := range undos {
			undo()
		}
		return nil, err
	}
	return errs, nil
}

// createInSavepoint runs createArticle between SAVEPOINT and RELEASE, rolling
// back to the savepoint on failure.
func createInSavepoint(ctx context.Context, tx *sql.Tx, n *news.NewArticle, now time.Time) error {
	if _, err := tx.ExecContext(ctx, `SAVEPOINT item`); err != nil {
		return fmt.Errorf("begin savepoint: %w", err)
	}
	err := createArticle(ctx, tx, n, now)
	if err != nil {
		if _, rerr := tx.ExecContext(ctx, `ROLLBACK TO item`); rerr != nil {
			return fmt.Errorf("roll back savepoint: %w", rerr)
		}
	}
	if _, rerr := tx.ExecContext(ctx, `RELEASE item`); rerr != nil {
		return fmt.Errorf("release savepoint: %w", rerr)
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

// createArticle is the body of CreateArticle: duplicate check, story, article,
// analysis, and the story's first and last seen times.
func createArticle(ctx context.Context, tx *sql.Tx, n *news.NewArticle, now time.Time) error {
	if n == nil || n.Article == nil {
		return news.Errorf(news.EINVALID, "no article to store")
	}
	a := n.Article
	if a.ExternalID == "" && a.CanonicalURL == "" && a.ContentHash == "" {
		return news.Errorf(news.EINVALID, "article has no external id, canonical URL or content hash")
	}
	if id, err := findDuplicate(ctx, tx, a); err == nil {
		return news.Errorf(news.ECONFLICT, "article %q is already stored as %d", a.ExternalID, id)
	} else if news.ErrorCode(err) != news.ENOTFOUND {
		return err
	}
	var storyID any
	if s := n.Story; s != nil {
		if err := saveStory(ctx, tx, s, now); err != nil {
			return err
		}
		storyID = s.ID
	}
	if err := insertArticle(ctx, tx, a, storyID, now); err != nil {
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

func insertArticle(ctx context.Context, tx *sql.Tx, a *news.Article, storyID any, now time.Time) error {
	const q = `INSERT INTO articles (external_id, canonical_url, content_hash, title, text,
		source_id, source_name, url, location, published, fetched, stored, story_id)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	var sourceID any
	if a.SourceID != 0 {
		sourceID = a.SourceID
	}
	res, err := tx.ExecContext(ctx, q, nullString(a.ExternalID), nullString(a.CanonicalURL),
		nullString(a.ContentHash), a.Title, a.Text, sourceID, a.SourceName, a.URL, a.Location,
		unix(a.Published), unix(a.Fetched), unix(now), storyID)
	if err != nil {
		return conflict(err, "article is already stored", "insert article")
	}
	if a.ID, err = res.LastInsertId(); err != nil {
		return fmt.Errorf("insert article: %w", err)
	}
	return nil
}

func insertAnalysis(ctx context.Context, tx *sql.Tx, articleID int64, an *news.Analysis) error {
	const q = `INSERT INTO analyses (article_id, version, categories, ceasefire_status,
		humanitarian_types, killed, killed_qualifier, fingerprint, json)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
	full, err := json.Marshal(an)
	if err != nil {
		return fmt.Errorf("encode analysis: %w", err)
	}
	var killed any
	var qual string
	if k := an.Facts.Killed; k != nil {
		killed, qual = k.Value, string(k.Qualifier)
	}
	_, err = tx.ExecContext(ctx, q, articleID, an.Version, jsonList(an.Categories),
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
func (db *DB) Article(ctx context.Context, id int64) (*news.Article, *news.Analysis, error) {
	return db.oneArticle(ctx, `a.id = ?`, id, fmt.Sprintf("no article %d", id))
}

// ArticleByExternalID returns one stored article by its external id.
func (db *DB) ArticleByExternalID(ctx context.Context, externalID string) (*news.Article, *news.Analysis, error) {
	return db.oneArticle(ctx, `a.external_id = ?`, externalID, fmt.Sprintf("no article %q", externalID))
}

func (db *DB) oneArticle(ctx context.Context, where string, arg any, missing string) (*news.Article, *news.Analysis, error) {
	var r news.ArticleWithAnalysis
	var hasAnalysis bool
	err := db.ReadTx(ctx, func(tx *sql.Tx) error {
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
func (db *DB) ArticleCount(ctx context.Context) (int64, error) {
	var n int64
	if err := db.read.QueryRowContext(ctx, `SELECT count(*) FROM articles`).Scan(&n); err != nil {
		return 0, fmt.Errorf("count articles: %w", err)
	}
	return n, nil
}
