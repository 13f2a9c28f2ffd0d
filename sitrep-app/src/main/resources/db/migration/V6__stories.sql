-- Sitrep store, schema 6: stories are stored and grow as articles arrive (stories.StoryClusterer
-- over store.StoryTables). The tables hold the clusterer's whole state, so that adding one
-- article reads and writes only what that addition needs: document frequencies of its own terms
-- and names, the inverted indexes (term -> stories, name -> stories) read from their most recent
-- end, and at most a fixed number of candidate stories. Same rules as V1-V5: plain SQL for both
-- PostgreSQL and H2 (MODE=PostgreSQL).

-- One row: how many articles and stories the clusterer has seen. Each addition locks it (SELECT
-- ... FOR UPDATE), so additions are serial across threads and processes.
CREATE TABLE story_state (
  id       INTEGER NOT NULL PRIMARY KEY,
  articles INTEGER NOT NULL,
  stories  INTEGER NOT NULL
);
INSERT INTO story_state (id, articles, stories) VALUES (1, 0, 0);

-- One row per story; centroid is stories.TermVec's text form; threads its number of threads.
-- merged_into names the story this one was merged into (its id then redirects there), and
-- merge_note the evidence.
CREATE TABLE stories (
  story_id    VARCHAR NOT NULL PRIMARY KEY,
  ordinal     INTEGER NOT NULL UNIQUE,
  title       VARCHAR,
  first_day   DATE,
  last_day    DATE,
  centroid    TEXT NOT NULL,
  threads     INTEGER NOT NULL,
  merged_into VARCHAR,
  merge_note  VARCHAR
);

-- One row per article ever added: why it joined its story (the scores and shared names, tab
-- separated) and its own heaviest terms (for near-duplicate checks against later articles).
CREATE TABLE story_members (
  article_id    VARCHAR NOT NULL PRIMARY KEY,
  story_ordinal INTEGER NOT NULL,
  seq           INTEGER NOT NULL UNIQUE,
  outlet        VARCHAR,
  started       BOOLEAN NOT NULL,
  score         DOUBLE PRECISION NOT NULL,
  text_score    DOUBLE PRECISION NOT NULL,
  names_score   DOUBLE PRECISION NOT NULL,
  time_factor   DOUBLE PRECISION NOT NULL,
  shared_names  VARCHAR NOT NULL,
  duplicate_of  VARCHAR,
  thread        INTEGER NOT NULL,
  vec           TEXT NOT NULL
);
CREATE INDEX story_members_by_story ON story_members (story_ordinal, seq);

CREATE TABLE story_term_df (
  term VARCHAR NOT NULL PRIMARY KEY,
  df   INTEGER NOT NULL
);

CREATE TABLE story_name_df (
  name_key VARCHAR NOT NULL PRIMARY KEY,
  df       INTEGER NOT NULL
);

-- term -> stories whose centroid holds it; seq is the addition that last brought it in.
CREATE TABLE story_term_postings (
  term          VARCHAR NOT NULL,
  story_ordinal INTEGER NOT NULL,
  seq           INTEGER NOT NULL,
  PRIMARY KEY (term, story_ordinal)
);
CREATE INDEX story_term_postings_recent ON story_term_postings (term, seq);

-- name key -> stories that name it, with the number of their articles that do.
CREATE TABLE story_names (
  story_ordinal INTEGER NOT NULL,
  name_key      VARCHAR NOT NULL,
  seq           INTEGER NOT NULL,
  mentions      INTEGER NOT NULL,
  PRIMARY KEY (story_ordinal, name_key)
);
CREATE INDEX story_names_recent ON story_names (name_key, seq);
