package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/store/fold"
	"github.com/jackc/pgx/v5"
)

// guildStories selects the stories that hold a guild's article: their
// topics and places are the reader's view's, not the stored ones.
const guildStories = `SELECT story_id FROM articles WHERE guild_id <> '' AND story_id IS NOT NULL`

// Stories returns the stories that have an article the filter's reader
// may see in its window and match its topics and places (any, on the
// story) and keywords (any, in one of those articles), newest change
// first, with the sources the reader may see. A story holding a guild's
// article comes with NeedsView, its topics and places unfiltered.
func (sv *StoryService) Stories(ctx context.Context, f news.DigestFilter) ([]news.Story, error) {
	q, p, ok := storiesQuery(f)
	if !ok {
		return nil, nil
	}
	var out []news.Story
	err := sv.db.inTx(ctx, func(tx pgx.Tx) error {
		var err error
		out, err = queryStories(ctx, tx, f.GuildID, q, p...)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("query stories: %w", err)
	}
	return out, nil
}

func storiesQuery(f news.DigestFilter) (string, args, bool) {
	var p args
	window := windowConds(f, &p)
	inWindow := `SELECT a.story_id FROM articles a WHERE ` + strings.Join(window, " AND ") +
		` AND ` + visible(f.GuildID, &p)
	if !f.ByStored {
		inWindow += ` UNION ` + misdatedInWindow(f, &p) + ` UNION ` + laterInWindow(f, &p)
	}
	conds := []string{`s.id IN (` + inWindow + `)`}
	if len(f.Topics) > 0 {
		conds = append(conds, `s.id IN (SELECT story_id FROM story_categories WHERE category = ANY(`+
			p.add(stringList(f.Topics))+`) UNION `+guildStories+`)`)
	}
	if len(f.Places) > 0 {
		lower := make([]string, len(f.Places))
		for i, pl := range f.Places {
			lower[i] = strings.ToLower(pl)
		}
		conds = append(conds, `s.id IN (SELECT story_id FROM story_places WHERE place = ANY(`+
			p.add(lower)+`) UNION `+guildStories+`)`)
	}
	if len(f.Keywords) > 0 {
		c, ok := keywordCond(f.Keywords, &p)
		if !ok {
			return "", nil, false
		}
		conds = append(conds, `s.id IN (SELECT a.story_id FROM articles a WHERE `+c+` AND `+visible(f.GuildID, &p)+`)`)
	}
	q := `SELECT ` + storyColumns + ` FROM stories s WHERE ` + strings.Join(conds, " AND ") +
		` ORDER BY s.updated DESC, s.id DESC`
	if f.Limit > 0 {
		q += fmt.Sprintf(` LIMIT %d`, f.Limit)
	}
	return q, p, true
}

// storyEventDay is the first day of story t's events in stored seconds
// (news.Story.EventDay).
const storyEventDay = `(t.event_first - t.event_first % 86400)`

// misdatedInWindow selects the stories with an article a reader may see
// that was published before the first day of its story's events, when that
// day lies in f's window of published times: such a report counts at the
// day of its events (news.Story.PeriodTime), and, in a window with an
// end, the stories whose events begin in it with a report published after
// it (see store.misdatedInWindow). The window is compared with
// the stored first event time (news.DayStartFrom), which the partial index
// stories_event_first serves.
func misdatedInWindow(f news.DigestFilter, p *args) string {
	q := `SELECT a.story_id FROM stories t JOIN articles a ON a.story_id = t.id
		WHERE t.event_first > 0 AND t.event_first >= ` + p.add(unix(news.DayStartFrom(f.Since)))
	if !f.Until.IsZero() {
		q += ` AND t.event_first < ` + p.add(unix(news.DayStartFrom(f.Until)))
	}
	late := ""
	if !f.Until.IsZero() {
		late = ` OR a.published >= ` + p.add(unix(f.Until))
	}
	return q + ` AND a.published > 0 AND (a.published < ` + storyEventDay + late + `) AND ` + visible(f.GuildID, p)
}

// laterInWindow selects the stories with an article a reader may see that
// was published on a day before its own event day, when that day lies in
// f's window of published times: such a report counts at that day (see
// store.laterInWindow).
func laterInWindow(f news.DigestFilter, p *args) string {
	q := `SELECT a.story_id FROM articles a WHERE a.event_day >= ` + p.add(unix(news.DayStartFrom(f.Since))/86400)
	if !f.Until.IsZero() {
		q += ` AND a.event_day < ` + p.add(unix(news.DayStartFrom(f.Until))/86400)
	}
	return q + ` AND a.published > 0 AND a.published < a.event_day * 86400 AND ` + visible(f.GuildID, p)
}

// queryStories runs q (selecting storyColumns) and attaches each story's
// sources that a reader of guild may see.
func queryStories(ctx context.Context, tx pgx.Tx, guild, q string, p ...any) ([]news.Story, error) {
	out, err := queryAll(ctx, tx, "stories", q, scanStory, p...)
	if err != nil {
		return nil, err
	}
	if err := attachSources(ctx, tx, guild, out); err != nil {
		return nil, err
	}
	return out, nil
}

func scanStory(row pgx.Row, s *news.Story) error {
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
func attachSources(ctx context.Context, tx pgx.Tx, guild string, stories []news.Story) error {
	if len(stories) == 0 {
		return nil
	}
	idx := make(map[int64]int, len(stories))
	ids := make([]int64, len(stories))
	for i, s := range stories {
		idx[s.ID], ids[i] = i, s.ID
	}
	p := args{ids}
	q := `SELECT a.story_id, a.id, coalesce(a.external_id, ''), a.title, a.source_name, a.url,
		a.published, a.guild_id, coalesce(an.json->>'dateline', ''), coalesce(an.json->>'ceasefire_status', '')
		FROM articles a LEFT JOIN analyses an ON an.article_id = a.id
		WHERE a.story_id = ANY($1) AND ` + visible(guild, &p) + `
		ORDER BY a.story_id, a.published DESC, a.id DESC`
	rows, err := tx.Query(ctx, q, p...)
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

// SearchHit is one article found by Search; its Rank is ts_rank: higher is better.
type SearchHit = news.SearchHit

// Search returns up to limit articles holding every word of query, best
// first by ts_rank over the article's index (its title weighs more than
// its text). Any input is safe: it is cut into words, never read as
// tsquery syntax. A query with no words finds nothing.
func (sr *SearchService) Search(ctx context.Context, query string, limit int) ([]SearchHit, error) {
	words := fold.Split(strings.ToLower(query))
	if len(words) == 0 || limit <= 0 {
		return nil, nil
	}
	const q = `SELECT a.id, coalesce(a.external_id, ''), a.title, a.source_name, a.url, a.published,
		coalesce(a.story_id, 0), ts_rank(a.tsv, query) AS rank
		FROM articles a, plainto_tsquery('simple', $1) query
		WHERE a.tsv @@ query ORDER BY rank DESC, a.id DESC LIMIT $2`
	hits, err := queryAll(ctx, sr.db.pool, "search", q, func(row pgx.Row, h *SearchHit) error {
		var published int64
		var rank float32
		if err := row.Scan(&h.ArticleID, &h.ExternalID, &h.Title, &h.SourceName, &h.URL, &published,
			&h.StoryID, &rank); err != nil {
			return err
		}
		h.Published, h.Rank = fromUnix(published), float64(rank)
		return nil
	}, strings.Join(words, " "), limit)
	if err != nil {
		return nil, fmt.Errorf("search articles: %w", err)
	}
	return hits, nil
}
