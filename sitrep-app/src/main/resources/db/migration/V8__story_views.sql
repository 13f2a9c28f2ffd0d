-- Sitrep store, schema 8: each story's computed page (its members, fused events, contradictions,
-- timeline and framing, as the API sends it) is kept with the story, so that reading a story
-- does not fuse its events again (fusion reads every article of the story: seconds for a story of
-- a thousand articles). fingerprint is a hash of what the page was computed from (the story's
-- members and each member article's latest version and when it was stored, and the code's
-- release): a page whose fingerprint no longer matches is stale and computed again
-- (store.StoryViews). Same rules as V1-V7: plain SQL for both PostgreSQL and H2
-- (MODE=PostgreSQL).

CREATE TABLE story_views (
  story_id    VARCHAR NOT NULL,
  kind        VARCHAR(40) NOT NULL,
  fingerprint VARCHAR(64) NOT NULL,
  body        TEXT NOT NULL,
  PRIMARY KEY (story_id, kind)
);
