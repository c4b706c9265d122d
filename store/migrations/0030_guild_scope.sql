-- Guild scope (issue 11). An article from a source a guild added belongs
-- to that guild: readers see it only there (guild_id; '' for the
-- operator's sources, the curated defaults and the command line). When
-- its source is removed or the bot leaves the guild it is retired: kept,
-- for the stories it joined are aggregates of their members and a
-- reader's view of them is rebuilt from what that reader may see, but
-- shown to no one.
ALTER TABLE articles ADD COLUMN guild_id TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN retired INTEGER NOT NULL DEFAULT 0;
UPDATE articles SET guild_id = (SELECT s.guild_id FROM sources s WHERE s.id = articles.source_id)
	WHERE source_id IN (SELECT id FROM sources WHERE guild_id != '');
-- Which stories hold a guild's article (they need a reader's view), and a
-- guild's articles, found without reading the operator's.
CREATE INDEX articles_story_guild ON articles (story_id) WHERE guild_id != '';
CREATE INDEX articles_guild ON articles (guild_id) WHERE guild_id != '';

-- A guild's articles have their identity in their guild only: the UNIQUE
-- identity columns of articles are NULL for them and their keys are here,
-- so a guild's feed can neither shadow a curated article (claim its id or
-- URL first, and so keep it from everyone) nor be shadowed by another
-- guild's. key is 'id:' external id, 'url:' canonical URL or 'hash:'
-- content hash, as news.ArticleService.FindDuplicate ranks them.
CREATE TABLE guild_article_keys (
	guild_id   TEXT    NOT NULL,
	key        TEXT    NOT NULL,
	article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	PRIMARY KEY (guild_id, key)
) WITHOUT ROWID;
CREATE INDEX guild_article_keys_article ON guild_article_keys (article_id);

-- Articles a guild's feed stored before: their identity moves to the guild.
INSERT OR IGNORE INTO guild_article_keys (guild_id, key, article_id)
	SELECT guild_id, 'id:' || external_id, id FROM articles WHERE guild_id != '' AND external_id IS NOT NULL
	UNION ALL SELECT guild_id, 'url:' || canonical_url, id FROM articles WHERE guild_id != '' AND canonical_url IS NOT NULL
	UNION ALL SELECT guild_id, 'hash:' || content_hash, id FROM articles WHERE guild_id != '' AND content_hash IS NOT NULL;
UPDATE articles SET external_id = NULL, canonical_url = NULL, content_hash = NULL WHERE guild_id != '';
