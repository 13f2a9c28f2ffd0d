-- Sitrep store, schema 7: the event listing's filters become index lookups (issue 8: events by
-- actor, CAMEO root or outlet took up to 1.6 s on 10,000 articles because every filter compared
-- UPPER/LOWER of a column, which no index serves, so each query read the whole events table).
-- Each filtered column gets a normalised copy, written by the store beside the original with the
-- same SQL function the query used to apply (UPPER for codes and PLOVER types, LOWER for names,
-- modalities and outlets, the first ten characters of the date), so a filter on the copy selects
-- exactly the rows the old expression did. Same rules as V1-V6: plain SQL for both PostgreSQL
-- and H2 (MODE=PostgreSQL).
--
-- Rows stored before this schema get their copies filled here, with the same functions.
-- Indexes end in (article_id, ordinal), the listing's order, so an engine can read one key's
-- rows already sorted.

ALTER TABLE events ADD COLUMN source_code_key VARCHAR(40);
ALTER TABLE events ADD COLUMN target_code_key VARCHAR(40);
ALTER TABLE events ADD COLUMN source_name_key VARCHAR;
ALTER TABLE events ADD COLUMN target_name_key VARCHAR;
ALTER TABLE events ADD COLUMN plover_key VARCHAR(60);
ALTER TABLE events ADD COLUMN modality_key VARCHAR(20);
ALTER TABLE events ADD COLUMN event_day VARCHAR(10);

UPDATE events
   SET source_code_key = UPPER(source_code),
       target_code_key = UPPER(target_code),
       source_name_key = LOWER(source_name),
       target_name_key = LOWER(target_name),
       plover_key = UPPER(plover),
       modality_key = LOWER(modality),
       event_day = SUBSTRING(event_date, 1, 10);

CREATE INDEX events_by_source_code ON events (source_code_key, article_id, ordinal);
CREATE INDEX events_by_target_code ON events (target_code_key, article_id, ordinal);
CREATE INDEX events_by_source_name ON events (source_name_key, article_id, ordinal);
CREATE INDEX events_by_target_name ON events (target_name_key, article_id, ordinal);
CREATE INDEX events_by_root ON events (cameo_root, article_id, ordinal);
CREATE INDEX events_by_plover ON events (plover_key, article_id, ordinal);
CREATE INDEX events_by_day ON events (event_day, article_id, ordinal);

-- The outlet filter (schema 4's resolved outlet), lower-cased as the query compared it.
ALTER TABLE article_versions ADD COLUMN outlet_key VARCHAR;
UPDATE article_versions SET outlet_key = LOWER(outlet);
CREATE INDEX article_versions_by_outlet ON article_versions (outlet_key, article_id, version);

-- A registry actor's events: its links, then the event rows of the same article version.
CREATE INDEX registry_links_by_actor_version ON registry_links (actor_id, article_id, version,
  entity_id);
