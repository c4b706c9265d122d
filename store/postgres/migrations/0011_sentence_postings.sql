-- The sentence index's postings, ordered by sentence (issue 15): for each
-- term (fold.Words, the rule SQLite's FTS5 index and the in-memory store
-- cut words by), blocks of the sentences holding it, each block written
-- by one transaction (a batch of articles), keyed by its newest sentence.
-- A sentence is article_id * 4096 + pos, as SQLite's rowid. "The newest
-- 4,000 sentences holding killed" is then a backward walk of the primary
-- key reading a few blocks, where the GIN index returned every match in no
-- order and each match cost a heap row. refs holds the block's sentences
-- newest first as unsigned varint gaps (the first from last: 0); n counts
-- them.
CREATE TABLE sentence_postings (
	term text    NOT NULL,
	last bigint  NOT NULL,
	n    integer NOT NULL,
	refs bytea   NOT NULL,
	PRIMARY KEY (term, last)
);

-- Articles indexed before the postings existed have posted = false until
-- the catch-up indexer (IndexMissingSentences) posts them; new rows are
-- posted in the transaction that indexes them.
ALTER TABLE sentence_articles ADD COLUMN posted boolean NOT NULL DEFAULT false;
ALTER TABLE sentence_articles ALTER COLUMN posted SET DEFAULT true;

-- The sentences' stored tsvector and its GIN index are read no more.
ALTER TABLE sentences DROP COLUMN tsv;

-- Articles whose sentences left the index: their postings stay in the
-- blocks (a block holds many articles' sentences) and readers skip them.
-- RefreshSentenceTerms drops the blocks older than every indexed article.
CREATE TABLE sentence_removed (
	article_id bigint PRIMARY KEY
);
CREATE FUNCTION sentence_removed_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO sentence_removed (article_id) SELECT article_id FROM removed ON CONFLICT DO NOTHING;
	RETURN NULL;
END $$;
CREATE TRIGGER sentence_articles_removed AFTER DELETE ON sentence_articles
	REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION sentence_removed_add();
