-- Retention prunes old articles but keeps their stories' headlines,
-- summaries and figures (SQLite: 0055); any other deletion of a story's
-- last article still deletes the story. The prune transaction sets
-- conflict_digest.pruning locally, which the trigger reads.
CREATE OR REPLACE FUNCTION drop_orphan_story() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'DELETE' AND coalesce(current_setting('conflict_digest.pruning', true), '') = 'on' THEN
		RETURN NULL;
	END IF;
	IF OLD.story_id IS NOT NULL
		AND (TG_OP = 'DELETE' OR NEW.story_id IS DISTINCT FROM OLD.story_id)
		AND NOT EXISTS (SELECT 1 FROM articles WHERE story_id = OLD.story_id) THEN
		DELETE FROM stories WHERE id = OLD.story_id;
		IF TG_OP = 'DELETE' THEN
			DELETE FROM story_redirects WHERE to_id = OLD.story_id;
		END IF;
	END IF;
	RETURN NULL;
END $$;

CREATE INDEX articles_published_known ON articles (published) WHERE published > 0;
CREATE INDEX articles_stored_undated ON articles (stored) WHERE published = 0;
