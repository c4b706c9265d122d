-- The sentence index for question answering: one row per sentence of each
-- article (position 0 is the title), with rowid = article id * 4096 +
-- position, so that a hit names its article and position with no join.
-- Contentless (the text stays in articles) and detail=none (no positions):
-- the index only finds sentences holding terms; phrases are matched on
-- articles_fts, and in Go on the few candidate articles.

CREATE VIRTUAL TABLE sentences_fts USING fts5 (
	text,
	content = '', contentless_delete = 1, detail = none,
	tokenize = 'unicode61 remove_diacritics 2'
);

-- Document frequencies of terms (in sentences), for query planning.
CREATE VIRTUAL TABLE sentences_vocab USING fts5vocab (sentences_fts, 'row');

-- A snapshot of the vocabulary's document frequencies: fts5vocab counts a
-- term's documents by walking its postings, far too slow for "killed" at a
-- million articles. RefreshSentenceTerms rebuilds it; terms it lacks are
-- counted up to a cap.
CREATE TABLE sentence_terms (
	term TEXT PRIMARY KEY,
	docs INTEGER NOT NULL
) WITHOUT ROWID;

-- Which articles are indexed, with how many sentences.
CREATE TABLE sentence_articles (
	article_id INTEGER PRIMARY KEY,
	sentences  INTEGER NOT NULL
);

-- Running total of indexed sentences (one row): counting a contentless
-- FTS5 table would scan it.
CREATE TABLE sentence_stats (
	id        INTEGER PRIMARY KEY CHECK (id = 1),
	sentences INTEGER NOT NULL
);
INSERT INTO sentence_stats (id, sentences) VALUES (1, 0);

CREATE TRIGGER sentences_article_delete AFTER DELETE ON articles BEGIN
	DELETE FROM sentences_fts WHERE rowid >= old.id * 4096 AND rowid < (old.id + 1) * 4096;
	UPDATE sentence_stats SET sentences = sentences -
		coalesce((SELECT sentences FROM sentence_articles WHERE article_id = old.id), 0);
	DELETE FROM sentence_articles WHERE article_id = old.id;
END;
