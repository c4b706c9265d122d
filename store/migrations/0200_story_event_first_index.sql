-- The first day of a story's events selects the stories of a period whose
-- reports were published before it (news.Story.PeriodTime; the digest's
-- misdated reports): an index so that a period's lookup reads the stories
-- of its days, not every story. Stories with no event day (0) are left out.
CREATE INDEX IF NOT EXISTS stories_event_first ON stories(event_first) WHERE event_first > 0;
