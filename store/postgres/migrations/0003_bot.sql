-- The bot's small records (SQLite: 0005, 0040, 0060): the pause notices
-- told, its opaque state under keys (gateway session, rate-limit buckets),
-- and the row /readyz writes to prove the database writable.
CREATE TABLE subscription_notices (
	subscription_id bigint PRIMARY KEY REFERENCES subscriptions (id) ON DELETE CASCADE,
	reason          text   NOT NULL,
	told            bigint NOT NULL
);

CREATE TABLE bot_state (
	key     text   PRIMARY KEY,
	value   bytea  NOT NULL,
	expires bigint NOT NULL DEFAULT 0, -- unix ms; 0: never
	updated bigint NOT NULL            -- unix ms
);

CREATE TABLE health_probe (
	id      integer PRIMARY KEY CHECK (id = 1),
	checked bigint  NOT NULL
);
