-- What each subscription was told of each story, so that its next digest
-- can say what changed since ("toll rose 58 → 86 (SOHR)", "3 more sources").
-- A digest's outbox carries it (outbox_digests.delivered, a JSON array of
-- news.DeliveredStory); the transaction that finishes the digest, and moves
-- the cursor, copies it here: exactly once, like the cursor.
ALTER TABLE outbox_digests ADD COLUMN delivered TEXT NOT NULL DEFAULT '[]';

CREATE TABLE delivered_stories (
	subscription_id INTEGER NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
	story_id        INTEGER NOT NULL,
	state           TEXT    NOT NULL, -- JSON news.DeliveredStory
	delivered       INTEGER NOT NULL, -- unix seconds
	PRIMARY KEY (subscription_id, story_id)
) WITHOUT ROWID;
CREATE INDEX delivered_stories_story ON delivered_stories (story_id);
