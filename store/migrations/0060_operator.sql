-- The operator's kit (issue 16).
--
-- /readyz proves the database writable by writing this one row through a
-- fresh connection: a file made read-only, a volume remounted read-only or
-- a database file deleted under the running bot all fail it.
CREATE TABLE health_probe (
	id      INTEGER PRIMARY KEY CHECK (id = 1),
	checked INTEGER NOT NULL -- unix seconds of the last probe
);

-- Retention deletes delivered digests by age in small batches; without an
-- index every batch would scan the whole outbox.
CREATE INDEX outbox_digests_finished ON outbox_digests (created) WHERE finished > 0;
