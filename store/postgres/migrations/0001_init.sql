-- The schema of the SQLite store at its migration 0082, in PostgreSQL's
-- dialect. Times are unix seconds, UTC (0: unknown), as in SQLite, so that
-- both stores map them the same way. JSON columns hold the same documents
-- as in SQLite (text), queried only where a filter needs them.

CREATE TABLE sources (
	id              bigserial PRIMARY KEY,
	url             text    NOT NULL,
	kind            text    NOT NULL,
	name            text    NOT NULL DEFAULT '',
	guild_id        text    NOT NULL DEFAULT '',
	etag            text    NOT NULL DEFAULT '',
	last_modified   text    NOT NULL DEFAULT '',
	next_check      bigint  NOT NULL DEFAULT 0,
	failures        integer NOT NULL DEFAULT 0,
	last_error      text    NOT NULL DEFAULT '',
	disabled_reason text    NOT NULL DEFAULT '',
	last_success    bigint  NOT NULL DEFAULT 0,
	created         bigint  NOT NULL,
	UNIQUE (guild_id, url)
);
CREATE INDEX sources_due ON sources (next_check) WHERE disabled_reason = '';

CREATE TABLE stories (
	id                    bigserial PRIMARY KEY,
	headline              text   NOT NULL DEFAULT '',
	summary               text   NOT NULL DEFAULT '',
	categories            text   NOT NULL DEFAULT '[]',
	ceasefire_status      text   NOT NULL DEFAULT '',
	prev_ceasefire_status text   NOT NULL DEFAULT '',
	humanitarian_types    text   NOT NULL DEFAULT '[]',
	places                text   NOT NULL DEFAULT '[]',
	actors                text   NOT NULL DEFAULT '[]',
	figures               text   NOT NULL DEFAULT '[]',
	changes               text   NOT NULL DEFAULT '[]',
	first_seen            bigint NOT NULL DEFAULT 0,
	last_seen             bigint NOT NULL DEFAULT 0,
	event_first           bigint NOT NULL DEFAULT 0,
	event_last            bigint NOT NULL DEFAULT 0,
	updated               bigint NOT NULL
);
CREATE INDEX stories_updated ON stories (updated);

CREATE TABLE story_categories (
	category text   NOT NULL,
	story_id bigint NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
	PRIMARY KEY (category, story_id)
);
CREATE INDEX story_categories_story ON story_categories (story_id);

-- place is stored lower-cased: SQLite's column is COLLATE NOCASE.
CREATE TABLE story_places (
	place    text   NOT NULL,
	story_id bigint NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
	PRIMARY KEY (place, story_id)
);
CREATE INDEX story_places_story ON story_places (story_id);

CREATE TABLE story_redirects (
	from_id bigint PRIMARY KEY,
	to_id   bigint NOT NULL
);

-- tsv is the article's full-text index: the title weighted A, the text B,
-- so that ts_rank ranks an article holding the words in its title first
-- (SQLite's Search orders by title hits, then bm25). The 'simple'
-- configuration folds case and does not stem, as SQLite's unicode61 does.
CREATE TABLE articles (
	id            bigserial PRIMARY KEY,
	external_id   text UNIQUE,
	canonical_url text UNIQUE,
	content_hash  text UNIQUE,
	text_hash     text    NOT NULL DEFAULT '',
	title         text    NOT NULL DEFAULT '',
	text          text    NOT NULL DEFAULT '',
	source_id     bigint REFERENCES sources (id) ON DELETE SET NULL,
	source_name   text    NOT NULL DEFAULT '',
	url           text    NOT NULL DEFAULT '',
	location      text    NOT NULL DEFAULT '',
	published     bigint  NOT NULL DEFAULT 0,
	fetched       bigint  NOT NULL DEFAULT 0,
	stored        bigint  NOT NULL,
	story_id      bigint REFERENCES stories (id) ON DELETE SET NULL,
	event_day     integer,
	guild_id      text    NOT NULL DEFAULT '',
	retired       boolean NOT NULL DEFAULT false,
	tsv           tsvector GENERATED ALWAYS AS (
		setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', text), 'B')
	) STORED
);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_stored ON articles (stored);
CREATE INDEX articles_story ON articles (story_id, published);
CREATE INDEX articles_event_day ON articles (event_day);
CREATE INDEX articles_source_stored ON articles (source_id, stored) WHERE source_id IS NOT NULL;
CREATE INDEX articles_story_guild ON articles (story_id) WHERE guild_id <> '';
CREATE INDEX articles_guild ON articles (guild_id) WHERE guild_id <> '';
CREATE INDEX articles_tsv ON articles USING gin (tsv);

CREATE TABLE analyses (
	article_id         bigint PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
	version            integer NOT NULL DEFAULT 0,
	categories         jsonb   NOT NULL DEFAULT '[]',
	ceasefire_status   text    NOT NULL DEFAULT '',
	humanitarian_types jsonb   NOT NULL DEFAULT '[]',
	killed             bigint,
	killed_qualifier   text    NOT NULL DEFAULT '',
	fingerprint        bigint  NOT NULL DEFAULT 0,
	json               jsonb   NOT NULL
);

CREATE TABLE guild_article_keys (
	guild_id   text   NOT NULL,
	key        text   NOT NULL,
	article_id bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	PRIMARY KEY (guild_id, key)
);
CREATE INDEX guild_article_keys_article ON guild_article_keys (article_id);

-- A story whose last article is deleted, or moved by a merge, goes with
-- its redirects: no story without an article (SQLite: 0010, 0055).
CREATE FUNCTION drop_orphan_story() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
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
CREATE TRIGGER articles_story_orphan AFTER DELETE OR UPDATE OF story_id ON articles
	FOR EACH ROW EXECUTE FUNCTION drop_orphan_story();

CREATE TABLE subscriptions (
	id            bigserial PRIMARY KEY,
	guild_id      text    NOT NULL DEFAULT '',
	channel_id    text    NOT NULL DEFAULT '',
	user_id       text    NOT NULL DEFAULT '',
	dm            boolean NOT NULL DEFAULT false,
	topics        text    NOT NULL DEFAULT '[]',
	places        text    NOT NULL DEFAULT '[]',
	keywords      text    NOT NULL DEFAULT '[]',
	schedule      text    NOT NULL,
	time_zone     text    NOT NULL DEFAULT 'UTC',
	quiet_note    boolean NOT NULL DEFAULT false,
	cursor        bigint  NOT NULL DEFAULT 0,
	paused_reason text    NOT NULL DEFAULT '',
	created       bigint  NOT NULL,
	updated       bigint  NOT NULL,
	max_stories   integer NOT NULL DEFAULT 0,
	no_chart      boolean NOT NULL DEFAULT false
);
CREATE INDEX subscriptions_guild ON subscriptions (guild_id, channel_id);
CREATE INDEX subscriptions_user ON subscriptions (user_id);

-- A subscription's cursor never moves back (SQLite: 0003).
CREATE FUNCTION cursor_never_back() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	NEW.cursor := greatest(NEW.cursor, OLD.cursor);
	RETURN NEW;
END $$;
CREATE TRIGGER subscriptions_cursor_never_back BEFORE UPDATE OF cursor ON subscriptions
	FOR EACH ROW EXECUTE FUNCTION cursor_never_back();

CREATE TABLE outbox_digests (
	id              bigserial PRIMARY KEY,
	subscription_id bigint  NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
	channel_id      text    NOT NULL,
	since           bigint  NOT NULL,
	until           bigint  NOT NULL,
	story_ids       text    NOT NULL DEFAULT '[]',
	created         bigint  NOT NULL,
	finished        integer NOT NULL DEFAULT 0,
	delivered       text    NOT NULL DEFAULT '[]',
	UNIQUE (subscription_id, until)
);
CREATE UNIQUE INDEX outbox_digests_pending ON outbox_digests (subscription_id) WHERE finished = 0;
CREATE INDEX outbox_digests_finished ON outbox_digests (created) WHERE finished > 0;

CREATE TABLE outbox_messages (
	digest_id  bigint  NOT NULL REFERENCES outbox_digests (id) ON DELETE CASCADE,
	part       integer NOT NULL,
	content    text    NOT NULL,
	marker     text    NOT NULL,
	nonce      text    NOT NULL,
	files      text    NOT NULL DEFAULT '[]',
	sent       bigint  NOT NULL DEFAULT 0,
	message_id text    NOT NULL DEFAULT '',
	embeds     text    NOT NULL DEFAULT '',
	parked     text    NOT NULL DEFAULT '',
	PRIMARY KEY (digest_id, part)
);

CREATE TABLE delivered_stories (
	subscription_id bigint NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
	story_id        bigint NOT NULL,
	state           text   NOT NULL,
	delivered       bigint NOT NULL,
	PRIMARY KEY (subscription_id, story_id)
);
CREATE INDEX delivered_stories_story ON delivered_stories (story_id);
