-- The bot's own small records between restarts, as opaque values under keys:
-- the gateway session (to RESUME after a quick restart, and to keep Discord's
-- pace of session starts across restarts) and the rate-limit buckets (so the
-- first sends after a restart stay within what the killed process left).
-- The bot owns what the values mean; expired rows are dropped when read.

CREATE TABLE bot_state (
	key     TEXT    PRIMARY KEY,
	value   BLOB    NOT NULL,
	expires INTEGER NOT NULL DEFAULT 0, -- unix ms; 0: never
	updated INTEGER NOT NULL            -- unix ms
);
