package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/store/fold"
	"github.com/jackc/pgx/v5"
)

const (
	articleColumns = `a.id, coalesce(a.external_id, ''), coalesce(a.source_id, 0), a.source_name,
		a.url, coalesce(a.canonical_url, ''), a.text_hash, a.title, a.text,
		a.location, a.published, a.fetched, a.stored, coalesce(a.story_id, 0), a.guild_id, an.json::text`
	articleFrom = `articles a LEFT JOIN analyses an ON an.article_id = a.id`

	storyColumns = `s.id, s.headline, s.summary, s.categories, s.ceasefire_status,
	s.prev_ceasefire_status, s.humanitarian_types, s.places, s.actors, s.figures,
	s.first_seen, s.last_seen, s.updated,
	EXISTS (SELECT 1 FROM articles g WHERE g.story_id = s.id AND g.guild_id <> ''), s.changes,
	s.event_first, s.event_last, s.development,
	s.other_event, s.other_event_place, s.other_event_source, s.other_event_day`
)

// scanArticle reads one row of articleColumns into r and reports whether
// the article had an analysis.
func scanArticle(row pgx.Row, r *news.ArticleWithAnalysis) (bool, error) {
	a := &r.Article
	var published, fetched, stored int64
	var analysis *string
	err := row.Scan(&a.ID, &a.ExternalID, &a.SourceID, &a.SourceName, &a.URL, &a.CanonicalURL,
		&a.ContentHash, &a.Title, &a.Text, &a.Location, &published, &fetched, &stored,
		&r.StoryID, &a.GuildID, &analysis)
	if err != nil {
		return false, err
	}
	a.Published, a.Fetched, r.Stored = fromUnix(published), fromUnix(fetched), fromUnix(stored)
	if analysis == nil {
		return false, nil
	}
	if err := json.Unmarshal([]byte(*analysis), &r.Analysis); err != nil {
		return false, fmt.Errorf("decode analysis of article %d: %w", a.ID, err)
	}
	return true, nil
}

func scanWithAnalysis(row pgx.Row, r *news.ArticleWithAnalysis) error {
	_, err := scanArticle(row, r)
	return err
}

// Article returns one stored article by id with its analysis (nil when
// none was stored).
func (ar *ArticleService) Article(ctx context.Context, id int64) (*news.Article, *news.Analysis, error) {
	return ar.oneArticle(ctx, `a.id = $1`, id, fmt.Sprintf("no article %d", id))
}

// ArticleByExternalID returns one stored article by its external id.
func (ar *ArticleService) ArticleByExternalID(ctx context.Context, externalID string) (*news.Article, *news.Analysis, error) {
	return ar.oneArticle(ctx, `a.external_id = $1`, externalID, fmt.Sprintf("no article %q", externalID))
}

func (ar *ArticleService) oneArticle(ctx context.Context, where string, arg any, missing string) (*news.Article, *news.Analysis, error) {
	var r news.ArticleWithAnalysis
	has, err := scanArticle(ar.db.pool.QueryRow(ctx, `SELECT `+articleColumns+` FROM `+articleFrom+` WHERE `+where, arg), &r)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, nil, news.Errorf(news.ENOTFOUND, "%s", missing)
	}
	if err != nil {
		return nil, nil, fmt.Errorf("query article: %w", err)
	}
	if !has {
		return &r.Article, nil, nil
	}
	return &r.Article, &r.Analysis, nil
}

// args collects query parameters and names them $1, $2, ...
type args []any

func (a *args) add(v any) string {
	*a = append(*a, v)
	return fmt.Sprintf("$%d", len(*a))
}

// timeColumn is the articles column the filter's window applies to.
func timeColumn(f news.DigestFilter) string {
	if f.ByStored {
		return "stored"
	}
	return "published"
}

// windowConds returns the time-window conditions on articles a.
func windowConds(f news.DigestFilter, p *args) []string {
	col := "a." + timeColumn(f)
	conds := []string{col + ` >= ` + p.add(unix(f.Since))}
	if !f.Until.IsZero() {
		conds = append(conds, col+` < `+p.add(unix(f.Until)))
	}
	return conds
}

// visible is "a reader of guild may see article a": the operator's
// articles, and the guild's own that are not retired.
func visible(guild string, p *args) string {
	return `a.guild_id IN ('', ` + p.add(guild) + `) AND NOT a.retired`
}

// keywordCond is "article a holds one of the phrases, word after word, in
// its title or text", or ok false when no phrase has a word. Each phrase
// is passed as words to phraseto_tsquery, never as query syntax.
func keywordCond(phrases []string, p *args) (string, bool) {
	var parts []string
	for _, ph := range phrases {
		words := fold.Split(strings.ToLower(ph))
		if len(words) == 0 {
			continue
		}
		parts = append(parts, `a.tsv @@ phraseto_tsquery('simple', `+p.add(strings.Join(words, " "))+`)`)
	}
	if len(parts) == 0 {
		return "", false
	}
	return "(" + strings.Join(parts, " OR ") + ")", true
}

// Articles returns the stored articles in the filter's window matching its
// topics, places and keywords (each: any), newest first, with their
// analyses; every guild's, retired ones too (it is not for readers).
func (ar *ArticleService) Articles(ctx context.Context, f news.DigestFilter) ([]news.ArticleWithAnalysis, error) {
	var p args
	conds := windowConds(f, &p)
	if len(f.Topics) > 0 {
		conds = append(conds, `an.categories ?| `+p.add(stringList(f.Topics)))
	}
	if len(f.Places) > 0 {
		lower := make([]string, len(f.Places))
		for i, pl := range f.Places {
			lower[i] = strings.ToLower(pl)
		}
		conds = append(conds, `EXISTS (SELECT 1 FROM jsonb_array_elements(CASE jsonb_typeof(an.json->'places')
			WHEN 'array' THEN an.json->'places' ELSE '[]' END) pl
			WHERE lower(pl->>'name') = ANY(`+p.add(lower)+`))`)
	}
	if len(f.Keywords) > 0 {
		c, ok := keywordCond(f.Keywords, &p)
		if !ok {
			return nil, nil
		}
		conds = append(conds, c)
	}
	col := timeColumn(f)
	q := `SELECT ` + articleColumns + ` FROM ` + articleFrom + ` WHERE ` + strings.Join(conds, " AND ") +
		` ORDER BY a.` + col + ` DESC, a.id DESC`
	if f.Limit > 0 {
		q += fmt.Sprintf(` LIMIT %d`, f.Limit)
	}
	return queryAll(ctx, ar.db.pool, "articles", q, scanWithAnalysis, p...)
}

// ArticlesByEventDay returns the articles whose event day lies in
// [from, to] with their analyses and stories, oldest event first; with
// unknown, also those whose event day is unknown.
func (sv *StoryService) ArticlesByEventDay(ctx context.Context, from, to int32, unknown bool) ([]news.ArticleWithAnalysis, error) {
	q := `SELECT ` + articleColumns + ` FROM ` + articleFrom + ` WHERE a.event_day BETWEEN $1 AND $2`
	if unknown {
		q += ` OR a.event_day IS NULL`
	}
	q += ` ORDER BY a.event_day NULLS FIRST, a.id`
	return queryAll(ctx, sv.db.pool, "articles by event day", q, scanWithAnalysis, from, to)
}

// StoryArticles returns the articles of the given stories with their
// analyses, oldest first.
func (sv *StoryService) StoryArticles(ctx context.Context, storyIDs []int64) ([]news.ArticleWithAnalysis, error) {
	if len(storyIDs) == 0 {
		return nil, nil
	}
	q := `SELECT ` + articleColumns + ` FROM ` + articleFrom + ` WHERE a.story_id = ANY($1) ORDER BY a.published, a.id`
	return queryAll(ctx, sv.db.pool, "story articles", q, scanWithAnalysis, storyIDs)
}

// StoryMembers returns, for each story of ids, its articles that a reader
// of guildID may see, oldest first, with their analyses.
func (sv *StoryService) StoryMembers(ctx context.Context, ids []int64, guildID string) (map[int64][]news.ArticleWithAnalysis, error) {
	out := make(map[int64][]news.ArticleWithAnalysis, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	p := args{ids}
	q := `SELECT ` + articleColumns + ` FROM ` + articleFrom + ` WHERE a.story_id = ANY($1) AND ` +
		visible(guildID, &p) + ` ORDER BY a.story_id, a.published, a.id`
	rows, err := queryAll(ctx, sv.db.pool, "story members", q, scanWithAnalysis, p...)
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		out[r.StoryID] = append(out[r.StoryID], r)
	}
	return out, nil
}

// EachStoryMember calls fn for every stored article with its story, story
// by story and each story's articles in order of their events (unknown
// ones first, as in SQLite). An error from fn stops the listing.
func (sv *StoryService) EachStoryMember(ctx context.Context, fn func(news.StoryMember) error) error {
	rows, err := sv.db.pool.Query(ctx, `SELECT a.id, coalesce(a.external_id, a.canonical_url, ''), a.title,
		a.source_name, a.published, a.event_day, coalesce(a.story_id, 0), coalesce(s.headline, ''),
		coalesce(s.first_seen, 0), coalesce(s.last_seen, 0), count(*) OVER (PARTITION BY a.story_id)
		FROM articles a LEFT JOIN stories s ON s.id = a.story_id
		ORDER BY a.story_id NULLS FIRST, a.event_day NULLS FIRST, a.published, a.id`)
	if err != nil {
		return fmt.Errorf("list story members: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var m news.StoryMember
		var published, first, last int64
		var day *int64
		if err := rows.Scan(&m.ArticleID, &m.ExternalID, &m.Title, &m.SourceName, &published, &day,
			&m.StoryID, &m.Headline, &first, &last, &m.Sources); err != nil {
			return fmt.Errorf("list story members: %w", err)
		}
		m.Published, m.FirstSeen, m.LastSeen = fromUnix(published), fromUnix(first), fromUnix(last)
		if day != nil {
			m.EventDate = time.Unix(*day*86400, 0).UTC().Format(time.DateOnly)
		}
		if m.StoryID == 0 {
			m.Sources = 0
		}
		if err := fn(m); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("list story members: %w", err)
	}
	return nil
}
