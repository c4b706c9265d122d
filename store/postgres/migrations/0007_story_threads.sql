-- Followed channels, their story threads and the thread outbox (SQLite:
-- 0160): each story passing a follow's filter lives in a thread of the
-- channel (see news.ThreadFollow). One follow per channel.
CREATE TABLE thread_follows (
	id          bigserial PRIMARY KEY,
	guild_id    text    NOT NULL,
	channel_id  text    NOT NULL UNIQUE,
	forum       boolean NOT NULL DEFAULT false,
	user_id     text    NOT NULL DEFAULT '',
	topics      text    NOT NULL DEFAULT '[]',
	places      text    NOT NULL DEFAULT '[]',
	keywords    text    NOT NULL DEFAULT '[]',
	quiet_after bigint  NOT NULL, -- seconds without a report before archiving
	cursor      bigint  NOT NULL, -- stored time decided up to, unix seconds
	created     bigint  NOT NULL
);
CREATE INDEX thread_follows_guild ON thread_follows (guild_id);

-- A story's thread in a followed channel: one per (follow, story), made
-- with the post that opens it.
CREATE TABLE story_threads (
	follow_id   bigint  NOT NULL REFERENCES thread_follows (id) ON DELETE CASCADE,
	story_id    bigint  NOT NULL,
	thread_id   text    NOT NULL DEFAULT '',
	starter_id  text    NOT NULL DEFAULT '', -- its starter message
	marker      text    NOT NULL DEFAULT '', -- the starter's marker line
	last_report bigint  NOT NULL,
	archived    boolean NOT NULL DEFAULT false,
	PRIMARY KEY (follow_id, story_id)
);
CREATE INDEX story_threads_quiet ON story_threads (last_report) WHERE NOT archived AND thread_id <> '';

-- The thread outbox: each post is stored, with the articles it reports,
-- before it is sent; sent or parked ends it.
CREATE TABLE thread_posts (
	id         bigserial PRIMARY KEY,
	follow_id  bigint NOT NULL REFERENCES thread_follows (id) ON DELETE CASCADE,
	story_id   bigint NOT NULL,
	kind       text   NOT NULL,
	name       text   NOT NULL DEFAULT '',
	content    text   NOT NULL,
	starter    text   NOT NULL DEFAULT '', -- an update's new text of the starter, '' for none
	marker     text   NOT NULL,
	nonce      text   NOT NULL UNIQUE,
	created    bigint NOT NULL,
	sent       bigint NOT NULL DEFAULT 0,
	message_id text   NOT NULL DEFAULT '',
	parked     text   NOT NULL DEFAULT ''
);
CREATE INDEX thread_posts_follow ON thread_posts (follow_id);
CREATE INDEX thread_posts_pending ON thread_posts (id) WHERE sent = 0 AND parked = '';

-- Every article a follow's thread reported, once ever: stored with its post.
CREATE TABLE thread_reported (
	follow_id  bigint NOT NULL REFERENCES thread_follows (id) ON DELETE CASCADE,
	article_id bigint NOT NULL,
	post_id    bigint NOT NULL REFERENCES thread_posts (id) ON DELETE CASCADE,
	PRIMARY KEY (follow_id, article_id)
);
CREATE INDEX thread_reported_post ON thread_reported (post_id);
