-- Databases created before 0001_init.sql lost its INSERT trigger on articles
-- still have it; the store now indexes new articles itself (see 0001), and
-- the trigger would index them twice.
DROP TRIGGER IF EXISTS articles_fts_insert;
