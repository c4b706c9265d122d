-- The bot's memory of what it told people: a paused subscription's owner is
-- told why once (the next time they use a command), not on every reply.
-- The row names the pause reason that was told; a new reason, or a
-- subscription resumed and paused again, is told again.

CREATE TABLE subscription_notices (
	subscription_id INTEGER PRIMARY KEY REFERENCES subscriptions (id) ON DELETE CASCADE,
	reason          TEXT    NOT NULL,
	told            INTEGER NOT NULL
);
