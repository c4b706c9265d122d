-- Digest messages may carry embeds (the bot renders scheduled digests as
-- embeds): the message's embeds array as Discord JSON, '' for plain content.
ALTER TABLE outbox_messages ADD COLUMN embeds TEXT NOT NULL DEFAULT '';
