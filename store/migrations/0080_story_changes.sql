-- The changes of state a story reports (a truce collapsed, talks opened, a
-- siege lifted), decided by the analyses of its articles: a JSON array of
-- news.StoryChange, oldest first. Stories stored before it have none until
-- their next article rebuilds them.
ALTER TABLE stories ADD COLUMN changes TEXT NOT NULL DEFAULT '[]';

-- The days of the story's events as its articles tell them (their event
-- dates, unix seconds of midnight UTC; 0 when none tells one): a digest
-- dates a story by them, not by when its reports were published or stored.
ALTER TABLE stories ADD COLUMN event_first INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stories ADD COLUMN event_last INTEGER NOT NULL DEFAULT 0;
