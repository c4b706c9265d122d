-- The sentence index for question answering (SQLite: 0004, 0021): one row
-- per sentence of each article, position 0 being the title, with its text
-- (so that an answer reads the sentences as the analysis split them) and
-- its tsvector under a GIN index.
CREATE TABLE sentences (
	article_id bigint  NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	pos        integer NOT NULL,
	text       text    NOT NULL,
	tsv        tsvector GENERATED ALWAYS AS (to_tsvector('simple', text)) STORED,
	PRIMARY KEY (article_id, pos)
);
CREATE INDEX sentences_tsv ON sentences USING gin (tsv);

-- Which articles are indexed, with how many sentences.
CREATE TABLE sentence_articles (
	article_id bigint  PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
	sentences  integer NOT NULL
);

-- A snapshot of the terms' document frequencies (in sentences), rebuilt by
-- RefreshSentenceTerms from ts_stat; terms it lacks are counted up to a cap.
CREATE TABLE sentence_terms (
	term text   PRIMARY KEY,
	docs bigint NOT NULL
);
