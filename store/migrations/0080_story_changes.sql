-- The changes of state a story reports (a truce collapsed, talks opened, a
-- siege lifted), decided by the analyses of its articles: a JSON array of
-- news.StoryChange, oldest first. Stories stored before it have none until
-- their next article rebuilds them.
ALTER TABLE stories ADD COLUMN changes TEXT NOT NULL DEFAULT '[]';
