-- Followed channels: each story passing the filter lives in a thread of the
-- channel (see news.ThreadFollow). One follow per channel.
CREATE TABLE thread_follows (
	id          INTEGER PRIMARY KEY,
	guild_id    TEXT    NOT NULL,
	channel_id  TEXT    NOT NULL UNIQUE,
	forum       INTEGER NOT NULL DEFAULT 0,
	user_id     TEXT    NOT NULL DEFAULT '',
	topics      TEXT    NOT NULL DEFAULT '[]',
	places      TEXT    NOT NULL DEFAULT '[]',
	keywords    TEXT    NOT NULL DEFAULT '[]',
	quiet_after INTEGER NOT NULL, -- seconds without a report before archiving
	cursor      INTEGER NOT NULL, -- stored time decided up to, unix seconds
	created     INTEGER NOT NULL
);
CREATE INDEX thread_follows_guild ON thread_follows (guild_id);

-- A story's thread in a followed channel: one per (follow, story), made
-- with the post that opens it.
CREATE TABLE story_threads (
	follow_id   INTEGER NOT NULL REFERENCES thread_follows (id) ON DELETE CASCADE,
	story_id    INTEGER NOT NULL,
	thread_id   TEXT    NOT NULL DEFAULT '',
	starter_id  TEXT    NOT NULL DEFAULT '', -- its starter message
	marker      TEXT    NOT NULL DEFAULT '', -- the starter's marker line
	last_report INTEGER NOT NULL,
	archived    INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (follow_id, story_id)
) WITHOUT ROWID;
CREATE INDEX story_threads_quiet ON story_threads (last_report) WHERE archived = 0 AND thread_id != '';

-- The thread outbox: each post is stored, with the articles it reports,
-- before it is sent; sent or parked ends it.
CREATE TABLE thread_posts (
	id         INTEGER PRIMARY KEY,
	follow_id  INTEGER NOT NULL REFERENCES thread_follows (id) ON DELETE CASCADE,
	story_id   INTEGER NOT NULL,
	kind       TEXT    NOT NULL,
	name       TEXT    NOT NULL DEFAULT '',
	content    TEXT    NOT NULL,
	starter    TEXT    NOT NULL DEFAULT '', -- an update's new text of the starter, '' for none
	marker     TEXT    NOT NULL,
	nonce      TEXT    NOT NULL UNIQUE,
	created    INTEGER NOT NULL,
	sent       INTEGER NOT NULL DEFAULT 0,
	message_id TEXT    NOT NULL DEFAULT '',
	parked     TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX thread_posts_pending ON thread_posts (id) WHERE sent = 0 AND parked = '';

-- Every article a follow's thread reported, once ever: stored with its post.
CREATE TABLE thread_reported (
	follow_id  INTEGER NOT NULL REFERENCES thread_follows (id) ON DELETE CASCADE,
	article_id INTEGER NOT NULL,
	post_id    INTEGER NOT NULL REFERENCES thread_posts (id) ON DELETE CASCADE,
	PRIMARY KEY (follow_id, article_id)
) WITHOUT ROWID;
CREATE INDEX thread_reported_post ON thread_reported (post_id);
