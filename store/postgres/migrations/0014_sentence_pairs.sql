-- Pairs of adjacent words in the sentence postings (issue 15): beside each
-- word's blocks, sentence_postings holds blocks of the sentences holding
-- the pairs fold.Paired selects (a word of one letter or digit: the
-- possessive "s" of "Syria's Idlib"), under the term "first second" (a
-- word never holds a space). PhraseArticles then intersects a phrase's
-- short pair lists instead of its common words' long ones.
--
-- Articles posted before this migration have paired = false until the
-- catch-up indexer (IndexMissingSentences, or PairMissing) posts their
-- pairs; new rows are paired in the transaction that posts them. Until no
-- article is left unpaired, phrases are searched by their words.
ALTER TABLE sentence_articles ADD COLUMN paired boolean NOT NULL DEFAULT false;
ALTER TABLE sentence_articles ALTER COLUMN paired SET DEFAULT true;
CREATE INDEX sentence_articles_unpaired ON sentence_articles (article_id) WHERE NOT paired;
