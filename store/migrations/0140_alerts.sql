-- Alert rules: a channel is told at once when a story it follows changes
-- state or its toll crosses a threshold (see news.AlertRule). Topics,
-- places and keywords are JSON arrays, as for subscriptions.
CREATE TABLE alert_rules (
	id         INTEGER PRIMARY KEY,
	guild_id   TEXT    NOT NULL,
	channel_id TEXT    NOT NULL,
	user_id    TEXT    NOT NULL DEFAULT '',
	topics     TEXT    NOT NULL DEFAULT '[]',
	places     TEXT    NOT NULL DEFAULT '[]',
	keywords   TEXT    NOT NULL DEFAULT '[]',
	role_id    TEXT    NOT NULL DEFAULT '',
	toll       INTEGER NOT NULL DEFAULT 0,
	cursor     INTEGER NOT NULL, -- stored time decided up to, unix seconds
	created    INTEGER NOT NULL
);
CREATE INDEX alert_rules_guild ON alert_rules (guild_id, channel_id);

-- The alert outbox: each post is stored, with the alerts it tells, before
-- it is sent; sent or parked ends it.
CREATE TABLE alert_posts (
	id         INTEGER PRIMARY KEY,
	rule_id    INTEGER NOT NULL REFERENCES alert_rules (id) ON DELETE CASCADE,
	channel_id TEXT    NOT NULL,
	role_id    TEXT    NOT NULL DEFAULT '',
	content    TEXT    NOT NULL,
	marker     TEXT    NOT NULL,
	nonce      TEXT    NOT NULL UNIQUE,
	created    INTEGER NOT NULL,
	sent       INTEGER NOT NULL DEFAULT 0,
	message_id TEXT    NOT NULL DEFAULT '',
	parked     TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX alert_posts_channel ON alert_posts (channel_id, created);
CREATE INDEX alert_posts_pending ON alert_posts (id) WHERE sent = 0 AND parked = '';

-- Every alert that fired, once per (rule, story, what) ever: the key is
-- stored with its post, so a crash or a second round never fires it again.
CREATE TABLE alert_fired (
	rule_id  INTEGER NOT NULL REFERENCES alert_rules (id) ON DELETE CASCADE,
	story_id INTEGER NOT NULL,
	what     TEXT    NOT NULL,
	post_id  INTEGER NOT NULL REFERENCES alert_posts (id) ON DELETE CASCADE,
	PRIMARY KEY (rule_id, story_id, what)
) WITHOUT ROWID;
CREATE INDEX alert_fired_post ON alert_fired (post_id);
