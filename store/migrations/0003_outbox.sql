-- The digest outbox: each digest and its rendered messages are stored in one
-- transaction before anything is sent; a message is marked sent in the step
-- that learns Discord accepted it; the last one finishes the digest and moves
-- the subscription's cursor to the window's end in the same transaction.

CREATE TABLE outbox_digests (
	id              INTEGER PRIMARY KEY,
	subscription_id INTEGER NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
	channel_id      TEXT    NOT NULL,
	since           INTEGER NOT NULL, -- window start, unix seconds
	until           INTEGER NOT NULL, -- window end, unix seconds: the next cursor
	story_ids       TEXT    NOT NULL DEFAULT '[]', -- JSON array
	created         INTEGER NOT NULL,
	finished        INTEGER NOT NULL DEFAULT 0, -- 0 while a message is unsent
	UNIQUE (subscription_id, until)
);
-- At most one unfinished digest per subscription.
CREATE UNIQUE INDEX outbox_digests_pending ON outbox_digests (subscription_id) WHERE finished = 0;

CREATE TABLE outbox_messages (
	digest_id  INTEGER NOT NULL REFERENCES outbox_digests (id) ON DELETE CASCADE,
	part       INTEGER NOT NULL,
	content    TEXT    NOT NULL,
	marker     TEXT    NOT NULL,
	nonce      TEXT    NOT NULL,
	files      TEXT    NOT NULL DEFAULT '[]', -- JSON array of {name, content_type, data (base64)}
	sent       INTEGER NOT NULL DEFAULT 0,   -- unix seconds; 0 while unsent
	message_id TEXT    NOT NULL DEFAULT '',
	PRIMARY KEY (digest_id, part)
);

-- A subscription's cursor never moves back: an update made from a copy read
-- before a delivery finished (a /subscribe edit racing a digest) would
-- otherwise send the delivered window again. Recursive triggers are off, so
-- the restoring UPDATE does not fire this trigger again.
CREATE TRIGGER subscriptions_cursor_never_back AFTER UPDATE OF cursor ON subscriptions
WHEN NEW.cursor < OLD.cursor
BEGIN
	UPDATE subscriptions SET cursor = OLD.cursor WHERE id = NEW.id;
END;
