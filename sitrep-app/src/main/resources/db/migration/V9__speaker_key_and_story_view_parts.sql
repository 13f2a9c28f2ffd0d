-- Sitrep store, schema 9 (issue 8, the load test on 10,000 articles):
--
-- 1. The quotes listing's speaker filter compared LOWER(speaker), which no index serves, so it
--    read the whole quotes table. As schema 7 did for events: a lower-cased copy, written by the
--    store beside the original with the same SQL function the query applied (so the copy selects
--    exactly the rows the expression did), filled here for rows stored before, and an index
--    ending in the listing's order (article_id, ordinal).
--
-- 2. A story's stored page (schema 8) was one document: a story of 1,400 articles made it
--    megabytes, read whole and hashed for its ETag on every request. The page is now stored in
--    parts: its head (everything but the long lists) and the long lists (members, each fused
--    event's reports) in pages of fixed size, each part with the ETag of what the API sends for
--    it, so that a request reads one small part, and a conditional request compares the stored
--    ETag without reading the body at all. A part belongs to a document of story_views (same
--    story, kind and fingerprint); parts of a stale document are replaced with it.
--
-- Same rules as V1-V8: plain SQL for both PostgreSQL and H2 (MODE=PostgreSQL).

ALTER TABLE quotes ADD COLUMN speaker_key VARCHAR;
UPDATE quotes SET speaker_key = LOWER(speaker);
CREATE INDEX quotes_by_speaker ON quotes (speaker_key, article_id, ordinal);

CREATE TABLE story_view_parts (
  story_id    VARCHAR NOT NULL,
  kind        VARCHAR(40) NOT NULL,
  part        VARCHAR(80) NOT NULL,
  fingerprint VARCHAR(64) NOT NULL,
  etag        VARCHAR(80) NOT NULL,
  body        TEXT NOT NULL,
  PRIMARY KEY (story_id, kind, part)
);
