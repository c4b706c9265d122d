-- Leases (issue 15, item 3): a named piece of work (a digest slot, a
-- source's poll, a gateway shard) claimed by one instance until its lease
-- expires. id is the fencing token: every grant takes a new, larger one, so
-- a holder that paused past its expiry finds its token stale and can no
-- longer renew or write under it. Times are the server's (clock_timestamp),
-- so instances whose clocks differ agree on who holds what.
CREATE SEQUENCE lease_tokens;
CREATE TABLE leases (
	name    text        PRIMARY KEY,
	holder  text        NOT NULL,
	token   bigint      NOT NULL,
	expires timestamptz NOT NULL
);
