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

// CreateStory stores s and sets s.ID and s.Updated.
func (sv *StoryService) CreateStory(ctx context.Context, s *news.Story) error {
	if s == nil {
		return news.Errorf(news.EINVALID, "no story to store")
	}
	now := sv.db.now().UTC()
	err := sv.db.WriteTx(ctx, func(tx *sql.Tx) error { return insertStory(ctx, sv.db.txn(tx), s, now) })
	if err != nil {
		s.ID = 0
	}
	return err
}

// UpdateStory replaces the aggregate fields of a stored story. When
// s.PrevCeasefireStatus is empty and the ceasefire status changes, the stored
// status becomes the previous one.
func (sv *StoryService) UpdateStory(ctx context.Context, s *news.Story) error {
	if s == nil {
		return news.Errorf(news.EINVALID, "no story to update")
	}
	now := sv.db.now().UTC()
	return sv.db.WriteTx(ctx, func(tx *sql.Tx) error { return updateStory(ctx, sv.db.txn(tx), s, now) })
}

// saveStory creates s when s.ID is 0, else updates it. A story saved
// already in this transaction (t.saved) is not written again: the second
// write would be the first's (its seen times are kept by widenStory), and a
// batch's shared story was rewritten, with its categories and places, once
// per member (~5 % of a whole-process ingest, cmd/ingestbench).
func saveStory(ctx context.Context, t txn, s *news.Story, now time.Time) error {
	if s.ID != 0 && t.saved[s] {
		return nil
	}
	var err error
	if s.ID == 0 {
		err = insertStory(ctx, t, s, now)
		if err == nil {
			err = absorbStories(ctx, t, s)
		}
	} else {
		err = updateStory(ctx, t, s, now)
	}
	if err == nil && t.saved != nil {
		t.saved[s] = true
	}
	return err
}

const qLiveStory = `SELECT coalesce((SELECT id FROM stories WHERE id = ?1),
	(SELECT to_id FROM story_redirects WHERE from_id = ?1),
	CASE WHEN ?1 > (SELECT id FROM story_id_high) THEN -1 ELSE 0 END)`

// resolveStories brings s.ID, read by the caller before this transaction,
// up to date, so that an article never names a story that is gone (issue
// 9): an id merged into another story since stands for the survivor (its
// redirect), and an id whose story went with its last article is stored as
// a new story. An id never given is the caller's mistake: ENOTFOUND. The
// ids s absorbs resolve when they are merged (absorbStories). It reads
// only.
func resolveStories(ctx context.Context, t txn, s *news.Story) error {
	if s.ID == 0 {
		return nil
	}
	id, err := liveStory(ctx, t, s.ID)
	if err != nil {
		return err
	}
	s.ID = id
	return nil
}

// liveStory returns the stored story id stands for: itself, the survivor
// of its merge, or 0 when its story is gone.
func liveStory(ctx context.Context, t txn, id int64) (int64, error) {
	if id <= 0 {
		return 0, nil
	}
	var live int64
	if err := t.queryRow(ctx, qLiveStory, id).Scan(&live); err != nil {
		return 0, fmt.Errorf("resolve story %d: %w", id, err)
	}
	if live < 0 {
		return 0, news.Errorf(news.ENOTFOUND, "no story %d", id)
	}
	return live, nil
}

// storyJSON holds the JSON-encoded columns of a story.
type storyJSON struct {
	categories, humanitarian, places, actors, figures, changes string
}

func encodeStory(s *news.Story) (storyJSON, error) {
	var j storyJSON
	j.categories = jsonList(s.Categories)
	j.humanitarian = jsonList(s.HumanitarianTypes)
	for _, f := range []struct {
		dst *string
		v   any
		n   int
	}{{&j.places, s.Places, len(s.Places)}, {&j.actors, s.Actors, len(s.Actors)}, {&j.figures, s.Figures, len(s.Figures)},
		{&j.changes, s.Changes, len(s.Changes)}} {
		*f.dst = "[]"
		if f.n == 0 {
			continue
		}
		b, err := json.Marshal(f.v)
		if err != nil {
			return j, fmt.Errorf("encode story: %w", err)
		}
		*f.dst = string(b)
	}
	return j, nil
}

// qInsertStory gives the story the next id never given (0170_story_ids_never_reused.sql).
const qInsertStory = `INSERT INTO stories (id, headline, summary, categories, ceasefire_status,
	prev_ceasefire_status, humanitarian_types, places, actors, figures, first_seen,
	last_seen, updated, changes, event_first, event_last, development, other_event, other_event_place,
	other_event_source, other_event_day)
	VALUES ((SELECT id + 1 FROM story_id_high), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`

func insertStory(ctx context.Context, t txn, s *news.Story, now time.Time) error {
	j, err := encodeStory(s)
	if err != nil {
		return err
	}
	res, err := t.exec(ctx, qInsertStory, s.Headline, s.Summary, j.categories, string(s.CeasefireStatus),
		string(s.PrevCeasefireStatus), j.humanitarian, j.places, j.actors, j.figures,
		unix(s.FirstSeen), unix(s.LastSeen), unix(now), j.changes, unix(s.EventFirst), unix(s.EventLast), s.Development,
		s.OtherEvent, s.OtherEventPlace, s.OtherEventSource, unix(s.OtherEventDay))
	if err != nil {
		return fmt.Errorf("insert story: %w", err)
	}
	if s.ID, err = res.LastInsertId(); err != nil {
		return fmt.Errorf("insert story: %w", err)
	}
	s.Updated = now
	return indexStory(ctx, t, s, false)
}

const qStoryState = `SELECT ceasefire_status, prev_ceasefire_status, first_seen, last_seen
	FROM stories WHERE id = ?`

const qUpdateStory = `UPDATE stories SET headline = ?, summary = ?, categories = ?, ceasefire_status = ?,
	prev_ceasefire_status = ?, humanitarian_types = ?, places = ?, actors = ?, figures = ?,
	first_seen = ?, last_seen = ?, updated = ?, changes = ?, event_first = ?, event_last = ?,
	development = ?, other_event = ?, other_event_place = ?, other_event_source = ?, other_event_day = ?
	WHERE id = ?`

func updateStory(ctx context.Context, t txn, s *news.Story, now time.Time) error {
	if err := absorbStories(ctx, t, s); err != nil {
		return err
	}
	var status, prev string
	var first, last int64
	err := t.queryRow(ctx, qStoryState, s.ID).Scan(&status, &prev, &first, &last)
	if errors.Is(err, sql.ErrNoRows) {
		return news.Errorf(news.ENOTFOUND, "no story %d", s.ID)
	}
	if err != nil {
		return fmt.Errorf("query story: %w", err)
	}
	if s.PrevCeasefireStatus == "" {
		s.PrevCeasefireStatus = news.CeasefireStatus(prev)
		if string(s.CeasefireStatus) != status {
			s.PrevCeasefireStatus = news.CeasefireStatus(status)
		}
	}
	// The seen times come from the articles: an update only widens them.
	s.FirstSeen, s.LastSeen = news.WidenSpan(fromUnix(first), fromUnix(last), s.FirstSeen, s.LastSeen)
	j, err := encodeStory(s)
	if err != nil {
		return err
	}
	_, err = t.exec(ctx, qUpdateStory, s.Headline, s.Summary, j.categories, string(s.CeasefireStatus),
		string(s.PrevCeasefireStatus), j.humanitarian, j.places, j.actors, j.figures,
		unix(s.FirstSeen), unix(s.LastSeen), unix(now), j.changes, unix(s.EventFirst), unix(s.EventLast),
		s.Development, s.OtherEvent, s.OtherEventPlace, s.OtherEventSource, unix(s.OtherEventDay), s.ID)
	if err != nil {
		return fmt.Errorf("update story: %w", err)
	}
	s.Updated = now
	return indexStory(ctx, t, s, true)
}

const (
	qMoveArticles      = `UPDATE articles SET story_id = ?1 WHERE story_id = ?2`
	qRedirectStory     = `INSERT OR REPLACE INTO story_redirects (from_id, to_id) VALUES (?2, ?1)`
	qRedirectRedirects = `UPDATE story_redirects SET to_id = ?1 WHERE to_id = ?2`
	qDeleteStory       = `DELETE FROM stories WHERE id = ?2`
)

// absorbStories merges the stories s.Absorbed into s: their articles move to
// s, their ids (and the ids that redirected to them) redirect to s.ID, and
// their rows go. An absorbed id is resolved first: merged since into s (by
// an earlier save of s in this batch, or another writer), there is nothing
// to do; merged into a third story, that story is absorbed; gone or never
// given, it is passed over. So the merge is stored with whichever of the
// story's articles is stored first.
func absorbStories(ctx context.Context, t txn, s *news.Story) error {
	for _, from := range s.Absorbed {
		live, err := liveStory(ctx, t, from)
		if news.ErrorCode(err) == news.ENOTFOUND {
			continue
		}
		if err != nil {
			return err
		}
		if live == 0 || live == s.ID {
			continue
		}
		for _, q := range []string{qMoveArticles, qRedirectStory, qRedirectRedirects, qDeleteStory} {
			if _, err := t.exec(ctx, q, s.ID, live); err != nil {
				return fmt.Errorf("merge story %d into %d: %w", live, s.ID, err)
			}
		}
	}
	return nil
}

// resolveStory returns the id a story id now stands for: itself, or the
// story it was merged into.
func resolveStory(ctx context.Context, tx *sql.Tx, id int64) (int64, error) {
	var to int64
	err := tx.QueryRowContext(ctx, `SELECT to_id FROM story_redirects WHERE from_id = ?`, id).Scan(&to)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return id, nil
	case err != nil:
		return 0, err
	}
	return to, nil
}

const (
	qClearStoryCategories = `DELETE FROM story_categories WHERE story_id = ?`
	qClearStoryPlaces     = `DELETE FROM story_places WHERE story_id = ?`
	qIndexStoryCategory   = `INSERT OR IGNORE INTO story_categories (category, story_id) VALUES (?, ?)`
	qIndexStoryPlace      = `INSERT OR IGNORE INTO story_places (place, story_id) VALUES (?, ?)`
)

// indexStory writes the story's categories and places into the join tables
// that the digest filters on.
func indexStory(ctx context.Context, t txn, s *news.Story, replace bool) error {
	if replace {
		for _, q := range []string{qClearStoryCategories, qClearStoryPlaces} {
			if _, err := t.exec(ctx, q, s.ID); err != nil {
				return fmt.Errorf("clear story index: %w", err)
			}
		}
	}
	for _, c := range s.Categories {
		_, err := t.exec(ctx, qIndexStoryCategory, string(c), s.ID)
		if err != nil {
			return fmt.Errorf("index story category: %w", err)
		}
	}
	for _, p := range s.Places {
		if p.Name == "" {
			continue
		}
		_, err := t.exec(ctx, qIndexStoryPlace, p.Name, s.ID)
		if err != nil {
			return fmt.Errorf("index story place: %w", err)
		}
	}
	return nil
}

const qWidenStory = `UPDATE stories SET first_seen = ?, last_seen = ? WHERE id = ?`

// widenStory stretches the story's first and last seen times to cover an
// article published at t.
func widenStory(ctx context.Context, t txn, s *news.Story, published time.Time) error {
	if published.IsZero() {
		return nil
	}
	s.FirstSeen, s.LastSeen = news.WidenSpan(s.FirstSeen, s.LastSeen, published, published)
	if _, err := t.exec(ctx, qWidenStory, unix(s.FirstSeen), unix(s.LastSeen), s.ID); err != nil {
		return fmt.Errorf("update story times: %w", err)
	}
	return nil
}

// Story returns one story with the operator's sources, newest first;
// NeedsView says whether it holds a guild's article (see Stories). The id
// of a story that was merged into another finds the other (its ID is the
// other's).
func (sv *StoryService) Story(ctx context.Context, id int64) (*news.Story, error) {
	var stories []news.Story
	err := sv.db.ReadTx(ctx, func(tx *sql.Tx) error {
		to, err := resolveStory(ctx, tx, id)
		if err != nil {
			return err
		}
		stories, err = queryStories(ctx, tx, "", `SELECT `+storyColumns+` FROM stories s WHERE s.id = ?`, to)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("query story: %w", err)
	}
	if len(stories) == 0 {
		return nil, news.Errorf(news.ENOTFOUND, "no story %d", id)
	}
	return &stories[0], nil
}
