-- Sitrep store, schema 1. Plain SQL that both PostgreSQL and H2 (MODE=PostgreSQL) accept:
-- no vendor types, no vendor syntax. Every child row is keyed by (article_id, version, ordinal)
-- so an article version can be rebuilt in its original list order.

-- One row per article id; latest_version points at its newest row in article_versions.
CREATE TABLE articles (
  id             VARCHAR NOT NULL PRIMARY KEY,
  latest_version INTEGER NOT NULL
);

-- One row per stored content of an article. A new content hash adds a version; a new analysis of
-- the same content replaces its version's rows in place.
CREATE TABLE article_versions (
  article_id         VARCHAR NOT NULL REFERENCES articles (id),
  version            INTEGER NOT NULL,
  schema_version     INTEGER NOT NULL,
  content_hash       VARCHAR(128) NOT NULL,
  analysis_version   VARCHAR NOT NULL,
  source             VARCHAR,
  url                VARCHAR,
  format             VARCHAR,
  title              VARCHAR,
  published_value    VARCHAR,
  published_inferred BOOLEAN NOT NULL,
  published_basis    VARCHAR,
  -- The calendar day of published_value, for SQL queries only; load reads published_value.
  published_on       DATE,
  dateline           VARCHAR,
  article_text       TEXT NOT NULL,
  stored_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (article_id, version)
);

CREATE TABLE structure_spans (
  article_id   VARCHAR NOT NULL,
  version      INTEGER NOT NULL,
  ordinal      INTEGER NOT NULL,
  span_type    VARCHAR(40) NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset   INTEGER NOT NULL,
  note         VARCHAR,
  PRIMARY KEY (article_id, version, ordinal),
  FOREIGN KEY (article_id, version) REFERENCES article_versions (article_id, version)
);

CREATE TABLE entities (
  article_id  VARCHAR NOT NULL,
  version     INTEGER NOT NULL,
  ordinal     INTEGER NOT NULL,
  entity_id   VARCHAR NOT NULL,
  name        VARCHAR NOT NULL,
  entity_type VARCHAR(40) NOT NULL,
  subtype     VARCHAR,
  PRIMARY KEY (article_id, version, ordinal),
  FOREIGN KEY (article_id, version) REFERENCES article_versions (article_id, version)
);

CREATE INDEX entities_by_name ON entities (name, entity_type);

CREATE TABLE entity_roles (
  article_id     VARCHAR NOT NULL,
  version        INTEGER NOT NULL,
  entity_ordinal INTEGER NOT NULL,
  ordinal        INTEGER NOT NULL,
  role           VARCHAR NOT NULL,
  PRIMARY KEY (article_id, version, entity_ordinal, ordinal),
  FOREIGN KEY (article_id, version, entity_ordinal) REFERENCES entities (article_id, version, ordinal)
);

CREATE TABLE mentions (
  article_id     VARCHAR NOT NULL,
  version        INTEGER NOT NULL,
  entity_ordinal INTEGER NOT NULL,
  ordinal        INTEGER NOT NULL,
  start_offset   INTEGER NOT NULL,
  end_offset     INTEGER NOT NULL,
  covered_text   VARCHAR NOT NULL,
  PRIMARY KEY (article_id, version, entity_ordinal, ordinal),
  FOREIGN KEY (article_id, version, entity_ordinal) REFERENCES entities (article_id, version, ordinal)
);

CREATE TABLE time_expressions (
  article_id   VARCHAR NOT NULL,
  version      INTEGER NOT NULL,
  ordinal      INTEGER NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset   INTEGER NOT NULL,
  covered_text VARCHAR NOT NULL,
  timex_type   VARCHAR(40) NOT NULL,
  timex_value  VARCHAR NOT NULL,
  PRIMARY KEY (article_id, version, ordinal),
  FOREIGN KEY (article_id, version) REFERENCES article_versions (article_id, version)
);

-- min_value/max_value are for SQL queries. SQL NUMERIC does not keep a BigDecimal's scale (H2
-- drops trailing zeros, PostgreSQL cannot hold a negative scale such as 3E+6), so the scale is
-- kept beside each value and load restores the exact BigDecimal.
CREATE TABLE numbers (
  article_id   VARCHAR NOT NULL,
  version      INTEGER NOT NULL,
  ordinal      INTEGER NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset   INTEGER NOT NULL,
  covered_text VARCHAR NOT NULL,
  min_value    NUMERIC,
  min_scale    INTEGER,
  max_value    NUMERIC,
  max_scale    INTEGER,
  vague        BOOLEAN NOT NULL,
  PRIMARY KEY (article_id, version, ordinal),
  FOREIGN KEY (article_id, version) REFERENCES article_versions (article_id, version)
);

CREATE TABLE warnings (
  article_id VARCHAR NOT NULL,
  version    INTEGER NOT NULL,
  ordinal    INTEGER NOT NULL,
  message    VARCHAR NOT NULL,
  PRIMARY KEY (article_id, version, ordinal),
  FOREIGN KEY (article_id, version) REFERENCES article_versions (article_id, version)
);
