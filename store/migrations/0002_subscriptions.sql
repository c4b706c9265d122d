-- Digest subscriptions. Topics, places and keywords are JSON arrays.

CREATE TABLE subscriptions (
	id            INTEGER PRIMARY KEY,
	guild_id      TEXT    NOT NULL DEFAULT '',
	channel_id    TEXT    NOT NULL DEFAULT '',
	user_id       TEXT    NOT NULL DEFAULT '',
	dm            INTEGER NOT NULL DEFAULT 0,
	topics        TEXT    NOT NULL DEFAULT '[]',
	places        TEXT    NOT NULL DEFAULT '[]',
	keywords      TEXT    NOT NULL DEFAULT '[]',
	schedule      TEXT    NOT NULL,
	time_zone     TEXT    NOT NULL DEFAULT 'UTC',
	quiet_note    INTEGER NOT NULL DEFAULT 0,
	cursor        INTEGER NOT NULL DEFAULT 0,
	paused_reason TEXT    NOT NULL DEFAULT '',
	created       INTEGER NOT NULL,
	updated       INTEGER NOT NULL
);
CREATE INDEX subscriptions_guild ON subscriptions (guild_id, channel_id);
CREATE INDEX subscriptions_user ON subscriptions (user_id);
