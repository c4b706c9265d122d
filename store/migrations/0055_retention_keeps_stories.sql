-- Retention prunes old articles but keeps their stories' headlines,
-- summaries and figures (issue 16); any other deletion of a story's last
-- article still deletes the story (issue 9: no story without an article).
-- The prune transaction marks itself in store_flags, which the trigger
-- reads; one writer at a time, so the mark is the transaction's own.
CREATE TABLE store_flags (
	name TEXT PRIMARY KEY
);

DROP TRIGGER articles_story_orphan_delete;
CREATE TRIGGER articles_story_orphan_delete AFTER DELETE ON articles
	WHEN old.story_id IS NOT NULL
	AND NOT EXISTS (SELECT 1 FROM store_flags WHERE name = 'pruning')
	AND NOT EXISTS (SELECT 1 FROM articles WHERE story_id = old.story_id)
BEGIN
	DELETE FROM stories WHERE id = old.story_id;
	DELETE FROM story_redirects WHERE to_id = old.story_id;
END;
