-- Capture search for 1–2 character Chinese queries (issue 15: p95 354 ms at 100 k captures, budget 50 ms): the
-- trigram index cannot serve them, so every non-ASCII character and every pair of adjacent non-ASCII characters
-- of url, title and unit key is stored as its own token ("召 召回 回") and looked up as one token.
-- Contentless, keyed by the capture's log index (unique, immutable, and unlike rowids kept by VACUUM and backups),
-- so a match yields log indexes that captures_log_received_idx turns into a sorted page without reading rows.
-- Positions come from json_each over a string of length(t) zeros: triggers may not use recursive CTEs, and a
-- helper numbers table would be copied by backups.
CREATE INDEX `captures_log_received_idx` ON `captures` (`log_index`,`received_at`,`id`);--> statement-breakpoint
CREATE INDEX `captures_received_id_log_idx` ON `captures` (`received_at`,`id`,`log_index`);
--> statement-breakpoint
CREATE VIRTUAL TABLE `captures_grams` USING fts5(grams, content = '', contentless_delete = 1, tokenize = 'unicode61', detail = 'none');
--> statement-breakpoint
CREATE TRIGGER `captures_grams_insert` AFTER INSERT ON `captures` BEGIN
  INSERT INTO captures_grams (rowid, grams)
  SELECT new.log_index, coalesce(group_concat(g, ' '), '') FROM (
    SELECT CASE WHEN unicode(substr(s.t, p.key + 2, 1)) > 127 THEN substr(s.t, p.key + 1, 1) || ' ' || substr(s.t, p.key + 1, 2) ELSE substr(s.t, p.key + 1, 1) END AS g
    FROM (SELECT substr(new.title || ' ' || new.url || ' ' || coalesce(new.unit_key, ''), 1, 4000) AS t) AS s,
         json_each('[' || replace(hex(zeroblob(length(s.t))), '00', '0,') || '0]') AS p
    WHERE p.key < length(s.t) AND unicode(substr(s.t, p.key + 1, 1)) > 127
  );
END;
--> statement-breakpoint
CREATE TRIGGER `captures_grams_delete` AFTER DELETE ON `captures` BEGIN
  DELETE FROM captures_grams WHERE rowid = old.log_index;
END;
--> statement-breakpoint
CREATE TRIGGER `captures_grams_update` AFTER UPDATE OF url, title, unit_key, log_index ON `captures` BEGIN
  DELETE FROM captures_grams WHERE rowid = old.log_index;
  INSERT INTO captures_grams (rowid, grams)
  SELECT new.log_index, coalesce(group_concat(g, ' '), '') FROM (
    SELECT CASE WHEN unicode(substr(s.t, p.key + 2, 1)) > 127 THEN substr(s.t, p.key + 1, 1) || ' ' || substr(s.t, p.key + 1, 2) ELSE substr(s.t, p.key + 1, 1) END AS g
    FROM (SELECT substr(new.title || ' ' || new.url || ' ' || coalesce(new.unit_key, ''), 1, 4000) AS t) AS s,
         json_each('[' || replace(hex(zeroblob(length(s.t))), '00', '0,') || '0]') AS p
    WHERE p.key < length(s.t) AND unicode(substr(s.t, p.key + 1, 1)) > 127
  );
END;
--> statement-breakpoint
INSERT INTO captures_grams (rowid, grams)
SELECT c.log_index, coalesce((
  SELECT group_concat(g, ' ') FROM (
    SELECT CASE WHEN unicode(substr(s.t, p.key + 2, 1)) > 127 THEN substr(s.t, p.key + 1, 1) || ' ' || substr(s.t, p.key + 1, 2) ELSE substr(s.t, p.key + 1, 1) END AS g
    FROM (SELECT substr(c.title || ' ' || c.url || ' ' || coalesce(c.unit_key, ''), 1, 4000) AS t) AS s,
         json_each('[' || replace(hex(zeroblob(length(s.t))), '00', '0,') || '0]') AS p
    WHERE p.key < length(s.t) AND unicode(substr(s.t, p.key + 1, 1)) > 127
  )), '')
FROM captures AS c;
