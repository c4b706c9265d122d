package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"hash/maphash"
	"sync"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// ArticlesByEventDay returns the articles whose event day lies in [from, to]
// with their analyses and stories, oldest event first; with unknown, also
// those whose event day is unknown. Story assignment loads with it the days
// an article is matched against.
func (sv *StoryService) ArticlesByEventDay(ctx context.Context, from, to int32, unknown bool) ([]news.ArticleWithAnalysis, error) {
	q := `SELECT ` + articleColumns + ` FROM ` + articleFrom + ` WHERE a.event_day BETWEEN ? AND ?`
	if unknown {
		q += ` OR a.event_day IS NULL`
	}
	q += ` ORDER BY a.event_day, a.id`
	return queryAll(ctx, sv.db, "articles by event day", q, scanWithAnalysis, from, to)
}

// StoryArticles returns the articles of the given stories with their
// analyses, oldest first. Ingest reads a story's members back every batch
// the story grows: the analyses are decoded once (see analysisCache), and
// the slices and maps of one may be shared with those an earlier call
// returned: read them, do not change them.
func (sv *StoryService) StoryArticles(ctx context.Context, storyIDs []int64) ([]news.ArticleWithAnalysis, error) {
	if len(storyIDs) == 0 {
		return nil, nil
	}
	b, _ := json.Marshal(storyIDs) // a slice of ints always encodes
	q := `SELECT ` + articleColumns + ` FROM ` + articleFrom +
		` WHERE a.story_id IN (SELECT value FROM json_each(?)) ORDER BY a.published, a.id`
	return queryAll(ctx, sv.db, "story articles", q, func(row scanner, r *news.ArticleWithAnalysis) error {
		_, err := scanArticleWith(row, r, sv.db.analyses.decode)
		return err
	}, string(b))
}

// analysisCache keeps analyses decoded from their JSON, looked up by a
// 128-bit hash of the JSON itself, so that an analysis read again decodes
// to what it decoded to before (decoding was a sixth of the CPU of reading
// a story's members back; cmd/ingestbench). Bounded: each generation holds
// analysisCacheSize analyses, the older dropped when the newer fills. The
// zero value is ready.
type analysisCache struct {
	mu        sync.Mutex
	seeds     [2]maphash.Seed
	cur, prev map[[2]uint64]news.Analysis
}

const analysisCacheSize = 2048

func (c *analysisCache) decode(js string, an *news.Analysis) error {
	c.mu.Lock()
	if c.cur == nil {
		c.seeds = [2]maphash.Seed{maphash.MakeSeed(), maphash.MakeSeed()}
		c.cur = map[[2]uint64]news.Analysis{}
	}
	k := [2]uint64{maphash.String(c.seeds[0], js), maphash.String(c.seeds[1], js)}
	v, ok := c.cur[k]
	if !ok {
		if v, ok = c.prev[k]; ok {
			c.put(k, v)
		}
	}
	c.mu.Unlock()
	if ok {
		*an = v
		return nil
	}
	if err := json.Unmarshal([]byte(js), an); err != nil {
		return err
	}
	c.mu.Lock()
	c.put(k, *an)
	c.mu.Unlock()
	return nil
}

func (c *analysisCache) put(k [2]uint64, an news.Analysis) {
	if len(c.cur) >= analysisCacheSize {
		c.prev, c.cur = c.cur, make(map[[2]uint64]news.Analysis)
	}
	c.cur[k] = an
}

func scanWithAnalysis(row scanner, r *news.ArticleWithAnalysis) error {
	_, err := scanArticle(row, r)
	return err
}

// qStoryMembers lists every article with its story, the story's members in
// order of event day, then published time.
const qStoryMembers = `SELECT a.id, coalesce(a.external_id, a.canonical_url, ''), a.title, a.source_name,
	a.published, a.event_day, coalesce(a.story_id, 0), coalesce(s.headline, ''),
	coalesce(s.first_seen, 0), coalesce(s.last_seen, 0),
	count(*) OVER (PARTITION BY a.story_id)
	FROM articles a LEFT JOIN stories s ON s.id = a.story_id
	ORDER BY a.story_id, a.event_day, a.published, a.id`

// EachStoryMember calls fn for every stored article with its story, story by
// story and each story's articles in order of their events: the timeline.
// An error from fn stops the listing and is returned.
func (sv *StoryService) EachStoryMember(ctx context.Context, fn func(news.StoryMember) error) error {
	err := sv.db.ReadTx(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, qStoryMembers)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var m news.StoryMember
			var published, first, last int64
			var day sql.NullInt64
			if err := rows.Scan(&m.ArticleID, &m.ExternalID, &m.Title, &m.SourceName, &published, &day,
				&m.StoryID, &m.Headline, &first, &last, &m.Sources); err != nil {
				return err
			}
			m.Published, m.FirstSeen, m.LastSeen = fromUnix(published), fromUnix(first), fromUnix(last)
			if day.Valid {
				m.EventDate = time.Unix(day.Int64*86400, 0).UTC().Format(time.DateOnly)
			}
			if m.StoryID == 0 {
				m.Sources = 0
			}
			if err := fn(m); err != nil {
				return err
			}
		}
		return rows.Err()
	})
	if err != nil {
		return fmt.Errorf("list story members: %w", err)
	}
	return nil
}
