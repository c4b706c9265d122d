package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// StoryMembers returns, for each story of ids, its articles that a reader
// of guildID may see ("" the operator's only), oldest first, with their
// analyses: what a reader's view of a story holding a guild's article is
// rebuilt from (digest.Views).
func (sv *StoryService) StoryMembers(ctx context.Context, ids []int64, guildID string) (map[int64][]news.ArticleWithAnalysis, error) {
	out := make(map[int64][]news.ArticleWithAnalysis, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	b, _ := json.Marshal(ids) // a slice of ints always encodes
	q := `SELECT ` + articleColumns + ` FROM ` + articleFrom + `
		WHERE a.story_id IN (SELECT value FROM json_each(?)) AND ` + visible + `
		ORDER BY a.story_id, a.published, a.id`
	rows, err := queryAll(ctx, sv.db, "story members", q, func(row scanner, r *news.ArticleWithAnalysis) error {
		_, err := scanArticle(row, r)
		return err
	}, string(b), guildID)
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		out[r.StoryID] = append(out[r.StoryID], r)
	}
	return out, nil
}

// RetireGuild retires what a guild owns, when the bot left it, in one
// transaction: its sources are removed, its channel subscriptions (and
// their unsent digests) and its alert rules deleted, the DM subscriptions made in it keep
// only the operator's sources, and its articles are retired: no reader
// sees them again, and its identity keys go, so that a source added again
// stores them afresh and counts against the caps as new.
func (gs *GuildService) RetireGuild(ctx context.Context, guildID string) (news.RetiredGuild, error) {
	var r news.RetiredGuild
	if guildID == "" {
		return r, news.Errorf(news.EINVALID, "no guild to retire")
	}
	err := gs.db.WriteTx(ctx, func(tx *sql.Tx) error {
		ids, err := subscriptionIDs(ctx, tx, `SELECT id FROM subscriptions WHERE guild_id = ? AND dm = 0`, guildID)
		if err != nil {
			return err
		}
		r.Subscriptions = ids
		steps := []struct {
			q string
			n *int
		}{
			{`UPDATE articles SET retired = 1 WHERE guild_id = ? AND retired = 0`, &r.Articles},
			{`DELETE FROM guild_article_keys WHERE guild_id = ?`, nil},
			{`DELETE FROM sources WHERE guild_id = ?`, &r.Sources},
			{`DELETE FROM subscriptions WHERE guild_id = ? AND dm = 0`, nil},
			{`DELETE FROM alert_rules WHERE guild_id = ?`, nil},    // with their unsent posts
			{`DELETE FROM thread_follows WHERE guild_id = ?`, nil}, // with their threads' posts
			{`UPDATE subscriptions SET guild_id = '' WHERE guild_id = ? AND dm = 1`, &r.DMSubscriptions},
		}
		for _, st := range steps {
			res, err := tx.ExecContext(ctx, st.q, guildID)
			if err != nil {
				return fmt.Errorf("retire guild: %w", err)
			}
			if st.n != nil {
				n, _ := res.RowsAffected()
				*st.n = int(n)
			}
		}
		return nil
	})
	if err != nil {
		return news.RetiredGuild{}, err
	}
	return r, nil
}

func subscriptionIDs(ctx context.Context, tx *sql.Tx, q string, args ...any) ([]int64, error) {
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("list subscriptions: %w", err)
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("list subscriptions: %w", err)
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// retireSourceArticles retires the articles of a guild's source that is
// being removed (an operator's source's articles stay: they are the
// operator's news).
func retireSourceArticles(ctx context.Context, tx *sql.Tx, sourceID int64) error {
	for _, q := range []string{
		`DELETE FROM guild_article_keys WHERE article_id IN
			(SELECT id FROM articles WHERE source_id = ? AND guild_id != '')`,
		`UPDATE articles SET retired = 1 WHERE source_id = ? AND guild_id != ''`,
	} {
		if _, err := tx.ExecContext(ctx, q, sourceID); err != nil {
			return fmt.Errorf("retire source articles: %w", err)
		}
	}
	return nil
}

// ReaderIndex is the sentence index as one reader may use it: questions
// asked in a guild (GuildID) are answered from the operator's articles and
// that guild's own, never another guild's or a retired one.
type ReaderIndex struct {
	*SentenceIndex
	guild string
}

// SentenceIndexFor returns the sentence index for readers of guildID ("":
// the operator's articles only, as the command line and DMs read).
func (sr *SearchService) SentenceIndexFor(guildID string) *ReaderIndex {
	return &ReaderIndex{SentenceIndex: sr.SentenceIndex(), guild: guildID}
}

// ArticleDates returns the published time of the articles among ids the
// reader may see; the others are left out, as unknown ids are.
func (x *ReaderIndex) ArticleDates(ctx context.Context, ids []int64) (map[int64]time.Time, error) {
	seen, err := x.visibleIDs(ctx, ids)
	if err != nil {
		return nil, err
	}
	return x.SentenceIndex.ArticleDates(ctx, keys(seen))
}

// Articles returns the articles among ids the reader may see, each with
// its GuildID.
func (x *ReaderIndex) Articles(ctx context.Context, ids []int64) ([]news.Article, error) {
	seen, err := x.visibleIDs(ctx, ids)
	if err != nil {
		return nil, err
	}
	arts, err := x.SentenceIndex.Articles(ctx, keys(seen))
	if err != nil {
		return nil, err
	}
	for i := range arts {
		arts[i].GuildID = seen[arts[i].ID]
	}
	return arts, nil
}

// visibleIDs returns the ids among ids the reader may see, with the guild
// of each ("" the operator's).
func (x *ReaderIndex) visibleIDs(ctx context.Context, ids []int64) (map[int64]string, error) {
	out := make(map[int64]string, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	b, _ := json.Marshal(ids) // a slice of ints always encodes
	type scope struct {
		id    int64
		guild string
	}
	rows, err := queryAll(ctx, x.db, "article scope", `SELECT a.id, a.guild_id FROM articles a
		WHERE a.id IN (SELECT value FROM json_each(?)) AND `+visible,
		func(row scanner, s *scope) error { return row.Scan(&s.id, &s.guild) }, string(b), x.guild)
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		out[r.id] = r.guild
	}
	return out, nil
}

func keys(m map[int64]string) []int64 {
	out := make([]int64, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}
