-- Stories by event day, merged stories that redirect, no orphan stories
-- (issue 9).
--
-- event_day is the day (days since 1970-01-01, UTC) of the article's event
-- as story assignment used it: the pipeline matches an article against the
-- articles of nearby event days and loads them by this column. Articles
-- stored before it get their published day; NULL when unknown.
ALTER TABLE articles ADD COLUMN event_day INTEGER;
UPDATE articles SET event_day = published / 86400 WHERE published > 0;
CREATE INDEX articles_event_day ON articles (event_day);

-- A report that bridges two stories merges them: the surviving story keeps
-- its id, the other id redirects to it, so a story id that was delivered
-- (outbox.story_ids) still finds its story.
CREATE TABLE story_redirects (
	from_id INTEGER PRIMARY KEY,
	to_id   INTEGER NOT NULL
);

-- A story whose last article is deleted, or moved by a merge, is deleted
-- with its redirects: no story without an article.
CREATE TRIGGER articles_story_orphan_delete AFTER DELETE ON articles
	WHEN old.story_id IS NOT NULL
	AND NOT EXISTS (SELECT 1 FROM articles WHERE story_id = old.story_id)
BEGIN
	DELETE FROM stories WHERE id = old.story_id;
	DELETE FROM story_redirects WHERE to_id = old.story_id;
END;
CREATE TRIGGER articles_story_orphan_move AFTER UPDATE OF story_id ON articles
	WHEN old.story_id IS NOT NULL AND old.story_id IS NOT new.story_id
	AND NOT EXISTS (SELECT 1 FROM articles WHERE story_id = old.story_id)
BEGIN
	DELETE FROM stories WHERE id = old.story_id;
END;
