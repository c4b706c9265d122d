package postgres

import (
	"context"
	"fmt"

	"github.com/conflict-digest/conflict-digest/news"
	"github.com/jackc/pgx/v5"
)

// RetireGuild retires what a guild owns, when the bot left it, in one
// transaction: its sources are removed, its channel subscriptions (and
// their unsent digests) and alert rules deleted, the DM subscriptions made in it keep only
// the operator's sources, and its articles are retired and lose their
// identity keys.
func (gs *GuildService) RetireGuild(ctx context.Context, guildID string) (news.RetiredGuild, error) {
	var r news.RetiredGuild
	if guildID == "" {
		return r, news.Errorf(news.EINVALID, "no guild to retire")
	}
	err := gs.db.inTx(ctx, func(tx pgx.Tx) error {
		ids, err := queryAll(ctx, tx, "subscriptions", `SELECT id FROM subscriptions WHERE guild_id = $1 AND NOT dm ORDER BY id`,
			func(row pgx.Row, id *int64) error { return row.Scan(id) }, guildID)
		if err != nil {
			return err
		}
		r.Subscriptions = ids
		steps := []struct {
			q string
			n *int
		}{
			{`UPDATE articles SET retired = true WHERE guild_id = $1 AND NOT retired`, &r.Articles},
			{`DELETE FROM guild_article_keys WHERE guild_id = $1`, nil},
			{`DELETE FROM sources WHERE guild_id = $1`, &r.Sources},
			{`DELETE FROM subscriptions WHERE guild_id = $1 AND NOT dm`, nil},
			{`DELETE FROM alert_rules WHERE guild_id = $1`, nil},    // with their unsent posts
			{`DELETE FROM thread_follows WHERE guild_id = $1`, nil}, // with their threads' posts
			{`UPDATE subscriptions SET guild_id = '' WHERE guild_id = $1 AND dm`, &r.DMSubscriptions},
		}
		for _, st := range steps {
			tag, err := tx.Exec(ctx, st.q, guildID)
			if err != nil {
				return fmt.Errorf("retire guild: %w", err)
			}
			if st.n != nil {
				*st.n = int(tag.RowsAffected())
			}
		}
		return nil
	})
	if err != nil {
		return news.RetiredGuild{}, err
	}
	return r, nil
}
