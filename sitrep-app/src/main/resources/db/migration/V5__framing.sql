-- Sitrep store, schema 5: each stored article version keeps its framing layer (framing.Framing):
-- the labels the article attaches to its actors and its loaded-language terms, each with its voice
-- (OWN or QUOTED, with the speaker when named) and its span into the article text, so that stories
-- can compare outlets' framing from the store. Same rules as V1-V4: plain SQL for both PostgreSQL
-- and H2 (MODE=PostgreSQL). Rows stored before this schema have no framing rows; they read back
-- with an empty framing until they are analysed again.

CREATE TABLE framing_labels (
  article_id   VARCHAR NOT NULL,
  version      INTEGER NOT NULL,
  ordinal      INTEGER NOT NULL,
  actor        VARCHAR NOT NULL,
  actor_id     VARCHAR,
  label_text   VARCHAR NOT NULL,
  form         VARCHAR(16) NOT NULL,
  voice        VARCHAR(8) NOT NULL,
  speaker      VARCHAR,
  start_offset INTEGER NOT NULL,
  end_offset   INTEGER NOT NULL,
  PRIMARY KEY (article_id, version, ordinal),
  FOREIGN KEY (article_id, version) REFERENCES article_versions (article_id, version)
);

CREATE TABLE loaded_terms (
  article_id   VARCHAR NOT NULL,
  version      INTEGER NOT NULL,
  ordinal      INTEGER NOT NULL,
  term         VARCHAR NOT NULL,
  category     VARCHAR(32) NOT NULL,
  voice        VARCHAR(8) NOT NULL,
  speaker      VARCHAR,
  actor        VARCHAR,
  actor_id     VARCHAR,
  start_offset INTEGER NOT NULL,
  end_offset   INTEGER NOT NULL,
  PRIMARY KEY (article_id, version, ordinal),
  FOREIGN KEY (article_id, version) REFERENCES article_versions (article_id, version)
);
