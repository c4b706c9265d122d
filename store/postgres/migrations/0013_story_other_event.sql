-- An event of another town than the story's that one of its reports also
-- tells (the evacuation of a district of Homs, in a report of strikes on
-- Aleppo): news.Story.OtherEvent, its town, the report's outlet and the
-- day it happened (unix seconds, 0 when not known); "" when none.
ALTER TABLE stories ADD COLUMN other_event text NOT NULL DEFAULT '';
ALTER TABLE stories ADD COLUMN other_event_place text NOT NULL DEFAULT '';
ALTER TABLE stories ADD COLUMN other_event_source text NOT NULL DEFAULT '';
ALTER TABLE stories ADD COLUMN other_event_day bigint NOT NULL DEFAULT 0;
