package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/conflict-digest/conflict-digest/news"
)

const storyColumns = `s.id, s.headline, s.summary, s.categories, s.ceasefire_status,
	s.prev_ceasefire_status, s.humanitarian_types, s.places, s.actors, s.figures,
	s.first_seen, s.last_seen, s.updated,
	EXISTS (SELECT 1 FROM articles g WHERE g.story_id = s.id AND g.guild_id != ''), s.changes,
	s.event_first, s.event_last, s.development,
	s.other_event, s.other_event_place, s.other_event_source, s.other_event_day`

// Stories returns the stories that have an article the filter's reader
// (GuildID) may see in its window (published time, or stored time with
// ByStored) and match its topics and places (any, on the story) and
// keywords (any, in the title or text of one of those articles), newest
// change first, at most Limit of them, with the sources the reader may see.
// Keywords are searched as words and phrases, never as FTS5 syntax; when no
// keyword has a word (say "*"), nothing matches.
//
// A story that holds a guild's article comes with NeedsView: its aggregate
// (headline, summary, figures, categories, places) is of all its articles,
// and a reader's view must be rebuilt from the articles it may see
// (digest.Views) before it is shown. Its topics and places are not
// filtered here, for they are the view's.
func (sv *StoryService) Stories(ctx context.Context, f news.DigestFilter) ([]news.Story, error) {
	q, args, ok := storiesQuery(f)
	if !ok {
		return nil, nil
	}
	var out []news.Story
	err := sv.db.ReadTx(ctx, func(tx *sql.Tx) error {
		var err error
		out, err = queryStories(ctx, tx, f.GuildID, q, args...)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("query stories: %w", err)
	}
	return out, nil
}

// storiesQuery builds the SELECT for Stories; ok is false when the filter
// can match nothing.
func storiesQuery(f news.DigestFilter) (string, []any, bool) {
	var args []any
	window := windowConds(f, &args)
	inWindow := `SELECT a.story_id FROM articles a WHERE ` + strings.Join(window, " AND ") + ` AND ` + visible
	args = append(args, f.GuildID)
	if !f.ByStored {
		inWindow += ` UNION ` + misdatedInWindow(f, &args) + ` UNION ` + laterInWindow(f, &args)
	}
	conds := []string{`s.id IN (` + inWindow + `)`}
	if len(f.Topics) > 0 {
		conds = append(conds, `s.id IN (SELECT story_id FROM story_categories
			WHERE category IN (SELECT value FROM json_each(?)) UNION `+guildStories+`)`)
		args = append(args, jsonList(f.Topics))
	}
	if len(f.Places) > 0 {
		conds = append(conds, `s.id IN (SELECT story_id FROM story_places
			WHERE place IN (SELECT value FROM json_each(?)) UNION `+guildStories+`)`)
		args = append(args, jsonList(f.Places))
	}
	if len(f.Keywords) > 0 {
		c, a, ok := keywordCond("a", f.Keywords)
		if !ok {
			return "", nil, false
		}
		conds = append(conds, `s.id IN (SELECT a.story_id FROM articles a WHERE `+c+` AND `+visible+`)`)
		args = append(append(args, a...), f.GuildID)
	}
	q := `SELECT ` + storyColumns + ` FROM stories s WHERE ` + strings.Join(conds, " AND ") +
		` ORDER BY s.updated DESC, s.id DESC`
	if f.Limit > 0 {
		q += fmt.Sprintf(` LIMIT %d`, f.Limit)
	}
	return q, args, true
}

// storyEventDay is the first day of story t's events in stored seconds
// (news.Story.EventDay).
const storyEventDay = `(t.event_first - t.event_first % 86400)`

// misdatedInWindow selects the stories with an article a reader may see
// that was published before the first day of its story's events, when that
// day lies in f's window of published times: such a report counts at the
// day of its events (news.Story.PeriodTime). It selects too, in a window
// with an end, the stories whose events begin in it and that have a report
// published after it: a story first reported after its period is the news
// of its events' period, which the digests of later periods defer to
// (digest's outside; issue 13, 2016). The window is compared with
// the stored first event time (news.DayStartFrom), which the partial index
// stories_event_first serves.
func misdatedInWindow(f news.DigestFilter, args *[]any) string {
	q := `SELECT a.story_id FROM stories t JOIN articles a ON a.story_id = t.id
		WHERE t.event_first > 0 AND t.event_first >= ?`
	*args = append(*args, unix(news.DayStartFrom(f.Since)))
	if !f.Until.IsZero() {
		q += ` AND t.event_first < ?`
		*args = append(*args, unix(news.DayStartFrom(f.Until)))
	}
	late := ""
	if !f.Until.IsZero() {
		late = ` OR a.published >= ?`
		*args = append(*args, unix(f.Until))
	}
	*args = append(*args, f.GuildID)
	return q + ` AND a.published > 0 AND (a.published < ` + storyEventDay + late + `) AND ` + visible
}

// laterInWindow selects the stories with an article a reader may see that
// was published on a day before its own event day (its analysis's event
// date, read from its text), when that day lies in f's window of published
// times: no report is written before the event it tells, so it counts at
// that day (digest's window.in), even in a story whose first event is
// earlier (a report of Monday's assault that its feed stamped the week
// before, in the story of Sunday's fighting, is the news of Monday's
// period). The index articles_event_day serves it.
func laterInWindow(f news.DigestFilter, args *[]any) string {
	q := `SELECT a.story_id FROM articles a WHERE a.event_day >= ?`
	*args = append(*args, unix(news.DayStartFrom(f.Since))/86400)
	if !f.Until.IsZero() {
		q += ` AND a.event_day < ?`
		*args = append(*args, unix(news.DayStartFrom(f.Until))/86400)
	}
	*args = append(*args, f.GuildID)
	return q + ` AND a.published > 0 AND a.published < a.event_day * 86400 AND ` + visible
}

// guildStories selects the stories that hold a guild's article (from the
// partial index articles_story_guild): their topics and places are the
// reader's view's, not the stored ones.
const guildStories = `SELECT story_id FROM articles WHERE guild_id != '' AND story_id IS NOT NULL`

// queryStories runs q (selecting storyColumns) and attaches each story's
// sources that a reader of guild may see.
func queryStories(ctx context.Context, tx *sql.Tx, guild, q string, args ...any) ([]news.Story, error) {
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []news.Story
	for rows.Next() {
		var s news.Story
		if err := scanStory(rows, &s); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows.Close()
	if err := attachSources(ctx, tx, guild, out); err != nil {
		return nil, err
	}
	return out, nil
}

func scanStory(row scanner, s *news.Story) error {
	var cats, hum, places, actors, figures, status, prev, changes string
	var first, last, updated, eventFirst, eventLast, otherDay int64
	err := row.Scan(&s.ID, &s.Headline, &s.Summary, &cats, &status, &prev, &hum, &places,
		&actors, &figures, &first, &last, &updated, &s.NeedsView, &changes, &eventFirst, &eventLast, &s.Development,
		&s.OtherEvent, &s.OtherEventPlace, &s.OtherEventSource, &otherDay)
	if err != nil {
		return err
	}
	s.CeasefireStatus, s.PrevCeasefireStatus = news.CeasefireStatus(status), news.CeasefireStatus(prev)
	s.FirstSeen, s.LastSeen, s.Updated = fromUnix(first), fromUnix(last), fromUnix(updated)
	s.EventFirst, s.EventLast = fromUnix(eventFirst), fromUnix(eventLast)
	s.OtherEventDay = fromUnix(otherDay)
	for _, d := range []struct {
		src string
		dst any
	}{{cats, &s.Categories}, {hum, &s.HumanitarianTypes}, {places, &s.Places},
		{actors, &s.Actors}, {figures, &s.Figures}, {changes, &s.Changes}} {
		if err := json.Unmarshal([]byte(d.src), d.dst); err != nil {
			return fmt.Errorf("decode story %d: %w", s.ID, err)
		}
	}
	return nil
}

// attachSources loads the articles of the stories that a reader of guild
// may see in one query, newest first within each story.
func attachSources(ctx context.Context, tx *sql.Tx, guild string, stories []news.Story) error {
	if len(stories) == 0 {
		return nil
	}
	idx := make(map[int64]int, len(stories))
	ids := make([]int64, len(stories))
	for i, s := range stories {
		idx[s.ID], ids[i] = i, s.ID
	}
	b, _ := json.Marshal(ids) // a slice of ints always encodes
	const q = `SELECT a.story_id, a.id, coalesce(a.external_id, ''), a.title, a.source_name, a.url,
		a.published, a.guild_id, coalesce(json_extract(an.json, '$.dateline'), ''),
		coalesce(json_extract(an.json, '$.ceasefire_status'), '')
		FROM articles a LEFT JOIN analyses an ON an.article_id = a.id
		WHERE a.story_id IN (SELECT value FROM json_each(?)) AND ` + visible + `
		ORDER BY a.story_id, a.published DESC, a.id DESC`
	rows, err := tx.QueryContext(ctx, q, string(b), guild)
	if err != nil {
		return fmt.Errorf("query story sources: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var sid, published int64
		var src news.StorySource
		var dateline, truce string
		if err := rows.Scan(&sid, &src.ArticleID, &src.ExternalID, &src.Title, &src.SourceName,
			&src.URL, &published, &src.GuildID, &dateline, &truce); err != nil {
			return fmt.Errorf("scan story source: %w", err)
		}
		src.Published = fromUnix(published)
		src.Written = news.WrittenOn(&news.Analysis{Dateline: dateline})
		src.Ceasefire = news.CeasefireStatus(truce)
		s := &stories[idx[sid]]
		s.Sources = append(s.Sources, src)
	}
	return rows.Err()
}
