-- An article's identity is its external id, else its canonical URL, else its
-- content hash (issue 2). Two reports that carry their own ids are two
-- articles even when their texts are the same — the story layer groups them
-- — so the UNIQUE content_hash column now holds the hash only of articles
-- identified by it (no external id, no URL); every article's hash is kept in
-- text_hash.
ALTER TABLE articles ADD COLUMN text_hash TEXT NOT NULL DEFAULT '';
UPDATE articles SET text_hash = coalesce(content_hash, '');
UPDATE articles SET content_hash = NULL
	WHERE external_id IS NOT NULL OR canonical_url IS NOT NULL;
