-- A snapshot of the terms' document frequencies in whole articles (title
-- and text: the articles' tsvector), for /ask's plain bm25 floor; rebuilt
-- with sentence_terms by RefreshSentenceTerms from ts_stat. Counting a
-- term's articles live reads a heap row per article (a GIN index cannot
-- say whether a row is visible): up to 100,000 for a common word, seconds
-- at 1,000,000 articles. Terms it lacks are counted as before.
CREATE TABLE article_terms (
	term text   PRIMARY KEY,
	docs bigint NOT NULL
);
