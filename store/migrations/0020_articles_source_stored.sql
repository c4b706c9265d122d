-- Per-source daily limits of polling count the articles a source stored in
-- the last day: an index on (source, stored time) answers that from the
-- index alone, however many articles the source stored before.
CREATE INDEX articles_source_stored ON articles (source_id, stored) WHERE source_id IS NOT NULL;
