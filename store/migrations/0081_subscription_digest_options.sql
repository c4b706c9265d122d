-- How a subscription's digest is sized and drawn: the most stories it shows
-- (0: the default, about ten) and whether it leaves the chart out.
ALTER TABLE subscriptions ADD COLUMN max_stories INTEGER NOT NULL DEFAULT 0;
ALTER TABLE subscriptions ADD COLUMN no_chart INTEGER NOT NULL DEFAULT 0;
