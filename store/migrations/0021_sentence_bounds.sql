-- Where each indexed sentence lies in its article's text, so that the
-- question answerer reads an article's sentences as the analysis split them
-- instead of splitting the text again (see store/sentence_bounds.go). NULL
-- for articles indexed before: their text is split when read.
ALTER TABLE sentence_articles ADD COLUMN bounds BLOB;
