-- A story id is given once (issue 9). stories.id has no AUTOINCREMENT, so
-- SQLite gave a new story max(id) + 1: the id of the newest story once a
-- merge or the loss of its last article had deleted it. That id still
-- redirected to the merge's survivor, or named a story delivered, fired or
-- threaded; and the survivor's next save in the same batch absorbed the new
-- story again, so its next member was refused with "no story N". Rebuilding
-- the table with AUTOINCREMENT would run its foreign keys' ON DELETE actions,
-- so the highest id ever given is kept here and a new story takes the next
-- (insertStory). The start is the highest id anything still names.
CREATE TABLE story_id_high (
	id INTEGER NOT NULL
);
INSERT INTO story_id_high (id) SELECT max(
	(SELECT coalesce(max(id), 0) FROM stories),
	(SELECT coalesce(max(max(from_id, to_id)), 0) FROM story_redirects),
	(SELECT coalesce(max(story_id), 0) FROM articles),
	(SELECT coalesce(max(story_id), 0) FROM delivered_stories),
	(SELECT coalesce(max(story_id), 0) FROM alert_fired),
	(SELECT coalesce(max(story_id), 0) FROM story_threads),
	(SELECT coalesce(max(story_id), 0) FROM thread_posts),
	(SELECT coalesce(max(j.value), 0) FROM outbox_digests d, json_each(d.story_ids) j
		WHERE j.type = 'integer')
);
CREATE TRIGGER stories_id_high AFTER INSERT ON stories
	WHEN new.id > (SELECT id FROM story_id_high)
BEGIN
	UPDATE story_id_high SET id = new.id;
END;
