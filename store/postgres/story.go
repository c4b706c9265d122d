package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
	"github.com/jackc/pgx/v5"
)

// CreateStory stores s and sets s.ID and s.Updated.
func (sv *StoryService) CreateStory(ctx context.Context, s *news.Story) error {
	if s == nil {
		return news.Errorf(news.EINVALID, "no story to store")
	}
	now := sv.db.now().UTC()
	err := sv.db.inTx(ctx, func(tx pgx.Tx) error { return insertStory(ctx, tx, s, now) })
	if err != nil {
		s.ID = 0
	}
	return err
}

// UpdateStory replaces the aggregate fields of a stored story. When
// s.PrevCeasefireStatus is empty and the ceasefire status changes, the
// stored status becomes the previous one.
func (sv *StoryService) UpdateStory(ctx context.Context, s *news.Story) error {
	if s == nil {
		return news.Errorf(news.EINVALID, "no story to update")
	}
	now := sv.db.now().UTC()
	return sv.db.inTx(ctx, func(tx pgx.Tx) error { return updateStory(ctx, tx, s, now) })
}

func saveStory(ctx context.Context, tx pgx.Tx, s *news.Story, now time.Time) error {
	if s.ID == 0 {
		if err := insertStory(ctx, tx, s, now); err != nil {
			return err
		}
		return absorbStories(ctx, tx, s)
	}
	return updateStory(ctx, tx, s, now)
}

// resolveStories brings s.ID, read by the caller before this transaction,
// up to date, so that an article never names a story that is gone (issue
// 9): an id merged into another story since stands for the survivor (its
// redirect), and an id whose story went with its last article is stored as
// a new story. An id never given is the caller's mistake: ENOTFOUND. The
// ids s absorbs resolve when they are merged (absorbStories). It reads
// only (SQLite: store/story.go).
func resolveStories(ctx context.Context, tx pgx.Tx, s *news.Story) error {
	if s.ID == 0 {
		return nil
	}
	id, err := liveStory(ctx, tx, s.ID)
	if err != nil {
		return err
	}
	s.ID = id
	return nil
}

// liveStory returns the stored story id stands for: itself, the survivor
// of its merge, or 0 when its story is gone.
func liveStory(ctx context.Context, tx pgx.Tx, id int64) (int64, error) {
	if id <= 0 {
		return 0, nil
	}
	var live int64
	err := tx.QueryRow(ctx, `SELECT coalesce((SELECT id FROM stories WHERE id = $1),
		(SELECT to_id FROM story_redirects WHERE from_id = $1),
		CASE WHEN $1 > coalesce(pg_sequence_last_value(pg_get_serial_sequence('stories', 'id')), 0)
		THEN -1 ELSE 0 END)`, id).Scan(&live)
	if err != nil {
		return 0, fmt.Errorf("resolve story %d: %w", id, err)
	}
	if live < 0 {
		return 0, news.Errorf(news.ENOTFOUND, "no story %d", id)
	}
	return live, nil
}

type storyJSON struct {
	categories, humanitarian, places, actors, figures, changes string
}

func encodeStory(s *news.Story) (storyJSON, error) {
	j := storyJSON{categories: jsonList(s.Categories), humanitarian: jsonList(s.HumanitarianTypes)}
	for _, f := range []struct {
		dst *string
		v   any
		n   int
	}{{&j.places, s.Places, len(s.Places)}, {&j.actors, s.Actors, len(s.Actors)},
		{&j.figures, s.Figures, len(s.Figures)}, {&j.changes, s.Changes, len(s.Changes)}} {
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

func insertStory(ctx context.Context, tx pgx.Tx, s *news.Story, now time.Time) error {
	j, err := encodeStory(s)
	if err != nil {
		return err
	}
	err = tx.QueryRow(ctx, `INSERT INTO stories (headline, summary, categories, ceasefire_status,
		prev_ceasefire_status, humanitarian_types, places, actors, figures, first_seen, last_seen, updated,
		changes, event_first, event_last, development, other_event, other_event_place, other_event_source,
		other_event_day)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)
		RETURNING id`, s.Headline, s.Summary, j.categories, string(s.CeasefireStatus),
		string(s.PrevCeasefireStatus), j.humanitarian, j.places, j.actors, j.figures, unix(s.FirstSeen),
		unix(s.LastSeen), unix(now), j.changes, unix(s.EventFirst), unix(s.EventLast), s.Development,
		s.OtherEvent, s.OtherEventPlace, s.OtherEventSource, unix(s.OtherEventDay)).Scan(&s.ID)
	if err != nil {
		return fmt.Errorf("insert story: %w", err)
	}
	s.Updated = now
	return indexStory(ctx, tx, s, false)
}

func updateStory(ctx context.Context, tx pgx.Tx, s *news.Story, now time.Time) error {
	if err := absorbStories(ctx, tx, s); err != nil {
		return err
	}
	var status, prev string
	var first, last int64
	err := tx.QueryRow(ctx, `SELECT ceasefire_status, prev_ceasefire_status, first_seen, last_seen
		FROM stories WHERE id = $1 FOR UPDATE`, s.ID).Scan(&status, &prev, &first, &last)
	if errors.Is(err, pgx.ErrNoRows) {
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
	s.FirstSeen, s.LastSeen = news.WidenSpan(fromUnix(first), fromUnix(last), s.FirstSeen, s.LastSeen)
	j, err := encodeStory(s)
	if err != nil {
		return err
	}
	_, err = tx.Exec(ctx, `UPDATE stories SET headline = $1, summary = $2, categories = $3,
		ceasefire_status = $4, prev_ceasefire_status = $5, humanitarian_types = $6, places = $7, actors = $8,
		figures = $9, first_seen = $10, last_seen = $11, updated = $12, changes = $13, event_first = $14,
		event_last = $15, development = $16, other_event = $17, other_event_place = $18,
		other_event_source = $19, other_event_day = $20 WHERE id = $21`, s.Headline, s.Summary, j.categories,
		string(s.CeasefireStatus), string(s.PrevCeasefireStatus), j.humanitarian, j.places, j.actors, j.figures,
		unix(s.FirstSeen), unix(s.LastSeen), unix(now), j.changes, unix(s.EventFirst), unix(s.EventLast),
		s.Development, s.OtherEvent, s.OtherEventPlace, s.OtherEventSource, unix(s.OtherEventDay), s.ID)
	if err != nil {
		return fmt.Errorf("update story: %w", err)
	}
	s.Updated = now
	return indexStory(ctx, tx, s, true)
}

// absorbStories merges the stories s.Absorbed into s: their articles move
// to s, their ids (and those that redirected to them) redirect to s.ID,
// and their rows go. An absorbed id is resolved first (SQLite:
// store/story.go): merged into s since, there is nothing to do; merged into
// a third story, that one is absorbed; gone or never given, it is passed
// over. Saving s again does nothing more.
func absorbStories(ctx context.Context, tx pgx.Tx, s *news.Story) error {
	for _, id := range s.Absorbed {
		from, err := liveStory(ctx, tx, id)
		if news.ErrorCode(err) == news.ENOTFOUND {
			continue
		}
		if err != nil {
			return err
		}
		if from == 0 || from == s.ID {
			continue
		}
		steps := []struct {
			q    string
			args []any
		}{
			{`UPDATE articles SET story_id = $1 WHERE story_id = $2`, []any{s.ID, from}},
			{`INSERT INTO story_redirects (from_id, to_id) VALUES ($1, $2)
				ON CONFLICT (from_id) DO UPDATE SET to_id = excluded.to_id`, []any{from, s.ID}},
			{`UPDATE story_redirects SET to_id = $1 WHERE to_id = $2`, []any{s.ID, from}},
			{`DELETE FROM stories WHERE id = $1`, []any{from}},
		}
		for _, st := range steps {
			if _, err := tx.Exec(ctx, st.q, st.args...); err != nil {
				return fmt.Errorf("merge story %d into %d: %w", from, s.ID, err)
			}
		}
	}
	return nil
}

// indexStory writes the story's categories and places into the join
// tables the digest filters on; places lower-cased.
func indexStory(ctx context.Context, tx pgx.Tx, s *news.Story, replace bool) error {
	if replace {
		for _, q := range []string{`DELETE FROM story_categories WHERE story_id = $1`,
			`DELETE FROM story_places WHERE story_id = $1`} {
			if _, err := tx.Exec(ctx, q, s.ID); err != nil {
				return fmt.Errorf("clear story index: %w", err)
			}
		}
	}
	places := make([]string, 0, len(s.Places))
	for _, p := range s.Places {
		if p.Name != "" {
			places = append(places, strings.ToLower(p.Name))
		}
	}
	_, err := tx.Exec(ctx, `INSERT INTO story_categories (category, story_id)
		SELECT DISTINCT unnest($1::text[]), $2::bigint ON CONFLICT DO NOTHING`, stringList(s.Categories), s.ID)
	if err != nil {
		return fmt.Errorf("index story categories: %w", err)
	}
	_, err = tx.Exec(ctx, `INSERT INTO story_places (place, story_id)
		SELECT DISTINCT unnest($1::text[]), $2::bigint ON CONFLICT DO NOTHING`, places, s.ID)
	if err != nil {
		return fmt.Errorf("index story places: %w", err)
	}
	return nil
}

// widenStory stretches the story's first and last seen times to cover an
// article published at t.
func widenStory(ctx context.Context, tx pgx.Tx, s *news.Story, published time.Time) error {
	if published.IsZero() {
		return nil
	}
	s.FirstSeen, s.LastSeen = news.WidenSpan(s.FirstSeen, s.LastSeen, published, published)
	_, err := tx.Exec(ctx, `UPDATE stories SET first_seen = $1, last_seen = $2 WHERE id = $3`,
		unix(s.FirstSeen), unix(s.LastSeen), s.ID)
	if err != nil {
		return fmt.Errorf("update story times: %w", err)
	}
	return nil
}

// Story returns one story with the operator's sources; the id of a story
// merged into another finds the other.
func (sv *StoryService) Story(ctx context.Context, id int64) (*news.Story, error) {
	var stories []news.Story
	err := sv.db.inTx(ctx, func(tx pgx.Tx) error {
		var err error
		stories, err = queryStories(ctx, tx, "", `SELECT `+storyColumns+` FROM stories s
			WHERE s.id = coalesce((SELECT to_id FROM story_redirects WHERE from_id = $1), $1)`, id)
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
