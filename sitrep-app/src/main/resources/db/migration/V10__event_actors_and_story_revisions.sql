-- Sitrep store, schema 10 (issue 8, the load test on 10,000 articles: two query kinds over the
-- 100 ms target):
--
-- 1. Events by registry actor walked the actor's registry links and joined each to the events
--    of its article version whose source or target is the linked entity; the links come in
--    (actor, article, version, entity) order, not in the listing's (article, ordinal), so every
--    request sorted a common actor's rows (306 ms p99). event_actors holds the result of that
--    join, one row per event and registry actor it involves, keyed in the listing's order, so
--    the listing reads an actor's events already sorted and stops at the page's limit. The store
--    writes it with the links (same join, restricted to the saved version), removes it with them,
--    and moves it when two registry actors are merged. Rows stored before are filled here with
--    the same join. Finding the actor a name denotes needs its number of articles only when
--    several actors know the name (store.Registry#findId); the key lookup gets an index.
--
-- 2. A story's stored page (schema 8, 9) was looked up by a fingerprint that read every member
--    article's latest version and its time (one read per 500 members, every request: 192 ms p99
--    for one story). stories.revision counts the changes to what a story's page is computed from:
--    an article added to the story, a merge into or out of it, a member article stored in a new
--    version or analysed again. The fingerprint is now the story's id with the revisions of the
--    stories folded into it, read in one indexed query. Existing stories start at 0; their pages
--    carry the old fingerprint and are computed once again.
--
-- Same rules as V1-V9: plain SQL for both PostgreSQL and H2 (MODE=PostgreSQL).

CREATE TABLE event_actors (
  actor_id   BIGINT NOT NULL,
  article_id VARCHAR NOT NULL,
  ordinal    INTEGER NOT NULL,
  version    INTEGER NOT NULL,
  PRIMARY KEY (actor_id, article_id, ordinal, version)
);
CREATE INDEX event_actors_by_version ON event_actors (article_id, version);

INSERT INTO event_actors (actor_id, article_id, ordinal, version)
SELECT DISTINCT l.actor_id, t.article_id, t.ordinal, t.version
  FROM registry_links l
  JOIN events t ON t.article_id = l.article_id AND t.version = l.version
   AND (t.source_id = l.entity_id OR t.target_id = l.entity_id);

-- The listing finds the actor a name denotes by alias key, which no index led with.
CREATE INDEX registry_aliases_by_key ON registry_aliases (alias_key);

ALTER TABLE stories ADD COLUMN revision BIGINT NOT NULL DEFAULT 0;
CREATE INDEX stories_by_merge ON stories (merged_into);
