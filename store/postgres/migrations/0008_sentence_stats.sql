-- The number of indexed sentences, kept by triggers on sentence_articles
-- (SQLite keeps its sentence_stats the same way, 0021): the asker reads it
-- for every question, and summing sentence_articles read a row per article
-- (a million at a million articles). Statement triggers see every way
-- sentences come and go: CreateArticles, the catch-up indexer, COPY, and
-- the cascades of a deleted article.
CREATE TABLE sentence_stats (
	id        integer PRIMARY KEY CHECK (id = 1),
	sentences bigint  NOT NULL
);
INSERT INTO sentence_stats (id, sentences)
	SELECT 1, coalesce(sum(sentences), 0) FROM sentence_articles;

CREATE FUNCTION sentence_stats_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE sentence_stats SET sentences = sentences + (SELECT coalesce(sum(sentences), 0) FROM added);
	RETURN NULL;
END $$;
CREATE FUNCTION sentence_stats_remove() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE sentence_stats SET sentences = sentences - (SELECT coalesce(sum(sentences), 0) FROM removed);
	RETURN NULL;
END $$;
CREATE TRIGGER sentence_articles_count_insert AFTER INSERT ON sentence_articles
	REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION sentence_stats_add();
CREATE TRIGGER sentence_articles_count_delete AFTER DELETE ON sentence_articles
	REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION sentence_stats_remove();
