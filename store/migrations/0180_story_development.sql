-- A second event a story's reports tell in a paragraph of their own (an
-- evacuation beside the day's strikes), shown apart from the summary and
-- not what the story is about: news.Story.Development, "" when none.
ALTER TABLE stories ADD COLUMN development TEXT NOT NULL DEFAULT '';

