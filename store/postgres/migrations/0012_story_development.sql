-- A second event a story's reports tell in a paragraph of their own (an
-- evacuation beside the day's strikes), shown apart from the summary and
-- not what the story is about: news.Story.Development, "" when none.
ALTER TABLE stories ADD COLUMN development text NOT NULL DEFAULT '';

-- For a few minutes (commit 1d2ce43, 2026-12-03 13:23 UTC, to this one) the
-- development was carried inside the summary after an "Also:" marker. The
-- stories written since are split here at the marker (its first place;
-- readers took the last, which differs only where the text said "Also:"
-- itself too); older summaries that say "Also:" are left whole. A story's
-- next article rebuilds both anyway.
UPDATE stories SET summary = '', development = substr(summary, 7)
	WHERE updated >= 1796304197 AND substr(summary, 1, 6) = 'Also: ';
UPDATE stories SET summary = substr(summary, 1, strpos(summary, ' Also: ') - 1),
	development = substr(summary, strpos(summary, ' Also: ') + 7)
	WHERE updated >= 1796304197 AND strpos(summary, ' Also: ') > 0;
