-- A digest message Discord refuses for good (an invalid form body, or any 4xx
-- that retrying cannot fix) is parked with its reason instead of being retried
-- before every later digest: the rest of the digest goes out, and a digest
-- whose messages are all sent or parked is finished and moves the cursor.
ALTER TABLE outbox_messages ADD COLUMN parked TEXT NOT NULL DEFAULT '';
