-- The article index keeps no positions (detail=none): it finds the articles
-- holding words, which is all its users ask of SQLite. Phrases (keyword
-- filters, names for ask) are matched on the words, then checked in order
-- on the few candidate articles by fts_phrase (store/fts.go); the title
-- weight of Search comes from fts_title_hits. With positions the index was
-- 0.66-0.68 x the text; without, about 0.12 x, so that it and the sentence
-- index (0.40 x) stay within 0.6 x the text together.
DROP TABLE articles_fts;
CREATE VIRTUAL TABLE articles_fts USING fts5 (
	title, text,
	content = 'articles', content_rowid = 'id', detail = none,
	tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
