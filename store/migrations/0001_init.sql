-- Sources, articles with their full-text index and analyses, and stories.
-- Times are unix seconds, UTC; 0 means unknown.

CREATE TABLE sources (
	id              INTEGER PRIMARY KEY,
	url             TEXT    NOT NULL,
	kind            TEXT    NOT NULL,
	name            TEXT    NOT NULL DEFAULT '',
	guild_id        TEXT    NOT NULL DEFAULT '',
	etag            TEXT    NOT NULL DEFAULT '',
	last_modified   TEXT    NOT NULL DEFAULT '',
	next_check      INTEGER NOT NULL DEFAULT 0,
	failures        INTEGER NOT NULL DEFAULT 0,
	last_error      TEXT    NOT NULL DEFAULT '',
	disabled_reason TEXT    NOT NULL DEFAULT '',
	last_success    INTEGER NOT NULL DEFAULT 0,
	created         INTEGER NOT NULL,
	UNIQUE (guild_id, url)
);
CREATE INDEX sources_due ON sources (next_check) WHERE disabled_reason = '';

CREATE TABLE stories (
	id                    INTEGER PRIMARY KEY,
	headline              TEXT    NOT NULL DEFAULT '',
	summary               TEXT    NOT NULL DEFAULT '',
	categories            TEXT    NOT NULL DEFAULT '[]', -- JSON array
	ceasefire_status      TEXT    NOT NULL DEFAULT '',
	prev_ceasefire_status TEXT    NOT NULL DEFAULT '',
	humanitarian_types    TEXT    NOT NULL DEFAULT '[]', -- JSON array
	places                TEXT    NOT NULL DEFAULT '[]', -- JSON array of entities
	actors                TEXT    NOT NULL DEFAULT '[]', -- JSON array of entities
	figures               TEXT    NOT NULL DEFAULT '[]', -- JSON array of story figures
	first_seen            INTEGER NOT NULL DEFAULT 0,
	last_seen             INTEGER NOT NULL DEFAULT 0,
	updated               INTEGER NOT NULL
);
CREATE INDEX stories_updated ON stories (updated);

-- Join tables for filtering stories by category and place with an index.
CREATE TABLE story_categories (
	category TEXT    NOT NULL,
	story_id INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
	PRIMARY KEY (category, story_id)
) WITHOUT ROWID;
CREATE INDEX story_categories_story ON story_categories (story_id);

CREATE TABLE story_places (
	place    TEXT    NOT NULL COLLATE NOCASE,
	story_id INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
	PRIMARY KEY (place, story_id)
) WITHOUT ROWID;
CREATE INDEX story_places_story ON story_places (story_id);

CREATE TABLE articles (
	id            INTEGER PRIMARY KEY,
	external_id   TEXT UNIQUE,          -- NULL when the source gave none
	canonical_url TEXT UNIQUE,          -- NULL when none
	content_hash  TEXT UNIQUE,          -- NULL when not computed
	title         TEXT    NOT NULL DEFAULT '',
	text          TEXT    NOT NULL DEFAULT '',
	source_id     INTEGER REFERENCES sources (id) ON DELETE SET NULL,
	source_name   TEXT    NOT NULL DEFAULT '',
	url           TEXT    NOT NULL DEFAULT '',
	location      TEXT    NOT NULL DEFAULT '',
	published     INTEGER NOT NULL DEFAULT 0,
	fetched       INTEGER NOT NULL DEFAULT 0,
	stored        INTEGER NOT NULL,
	story_id      INTEGER REFERENCES stories (id) ON DELETE SET NULL
);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_stored ON articles (stored);
CREATE INDEX articles_story ON articles (story_id, published);
CREATE INDEX articles_source ON articles (source_id) WHERE source_id IS NOT NULL;

-- External-content FTS5 index: the text is kept once, in articles.
-- remove_diacritics folds accents. New rows are indexed by the store's
-- CreateArticle(s) in one statement per transaction, not by an INSERT
-- trigger: FTS5 flushes its pending terms to a new segment at every
-- statement savepoint, and a trigger on a table with UNIQUE keys opens one
-- per article, which made storing twice as slow. Deletes and edits are rare
-- and kept in step by triggers.
CREATE VIRTUAL TABLE articles_fts USING fts5 (
	title, text,
	content = 'articles', content_rowid = 'id',
	tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
	INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
	INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
	INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;

CREATE TABLE analyses (
	article_id         INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
	version            INTEGER NOT NULL DEFAULT 0,
	categories         TEXT    NOT NULL DEFAULT '[]', -- JSON array
	ceasefire_status   TEXT    NOT NULL DEFAULT '',
	humanitarian_types TEXT    NOT NULL DEFAULT '[]', -- JSON array
	killed             INTEGER,                       -- NULL when no toll is stated
	killed_qualifier   TEXT    NOT NULL DEFAULT '',
	fingerprint        INTEGER NOT NULL DEFAULT 0,    -- uint64 bits
	json               TEXT    NOT NULL               -- the full news.Analysis
);
