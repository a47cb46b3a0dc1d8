-- Full-text search over capture URLs, titles and unit keys (issue 6). Trigram, so Chinese substrings of 3+
-- characters match; shorter queries fall back to LIKE. Keyed by capture id (UNINDEXED) rather than rowid,
-- because captures has a text primary key and VACUUM may renumber its rowids.
CREATE VIRTUAL TABLE `captures_fts` USING fts5(capture_id UNINDEXED, url, title, unit_key, tokenize = 'trigram');
--> statement-breakpoint
CREATE TRIGGER `captures_fts_insert` AFTER INSERT ON `captures` BEGIN
  INSERT INTO captures_fts (capture_id, url, title, unit_key) VALUES (new.id, new.url, new.title, coalesce(new.unit_key, ''));
END;
--> statement-breakpoint
CREATE TRIGGER `captures_fts_delete` AFTER DELETE ON `captures` BEGIN
  DELETE FROM captures_fts WHERE capture_id = old.id;
END;
--> statement-breakpoint
INSERT INTO captures_fts (capture_id, url, title, unit_key) SELECT id, url, title, coalesce(unit_key, '') FROM captures;
