-- Alert rules and the alert outbox (SQLite: 0140): a channel told at once
-- when a story it follows changes state or its toll crosses a threshold.
CREATE TABLE alert_rules (
	id         bigserial PRIMARY KEY,
	guild_id   text   NOT NULL,
	channel_id text   NOT NULL,
	user_id    text   NOT NULL DEFAULT '',
	topics     text   NOT NULL DEFAULT '[]',
	places     text   NOT NULL DEFAULT '[]',
	keywords   text   NOT NULL DEFAULT '[]',
	role_id    text   NOT NULL DEFAULT '',
	toll       bigint NOT NULL DEFAULT 0,
	cursor     bigint NOT NULL,
	created    bigint NOT NULL
);
CREATE INDEX alert_rules_guild ON alert_rules (guild_id, channel_id);

CREATE TABLE alert_posts (
	id         bigserial PRIMARY KEY,
	rule_id    bigint NOT NULL REFERENCES alert_rules (id) ON DELETE CASCADE,
	channel_id text   NOT NULL,
	role_id    text   NOT NULL DEFAULT '',
	content    text   NOT NULL,
	marker     text   NOT NULL,
	nonce      text   NOT NULL UNIQUE,
	created    bigint NOT NULL,
	sent       bigint NOT NULL DEFAULT 0,
	message_id text   NOT NULL DEFAULT '',
	parked     text   NOT NULL DEFAULT ''
);
CREATE INDEX alert_posts_channel ON alert_posts (channel_id, created);
CREATE INDEX alert_posts_pending ON alert_posts (id) WHERE sent = 0 AND parked = '';

-- Every alert that fired, once per (rule, story, what) ever.
CREATE TABLE alert_fired (
	rule_id  bigint NOT NULL REFERENCES alert_rules (id) ON DELETE CASCADE,
	story_id bigint NOT NULL,
	what     text   NOT NULL,
	post_id  bigint NOT NULL REFERENCES alert_posts (id) ON DELETE CASCADE,
	PRIMARY KEY (rule_id, story_id, what)
);
CREATE INDEX alert_fired_post ON alert_fired (post_id);
