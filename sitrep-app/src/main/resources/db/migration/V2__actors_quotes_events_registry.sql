-- Sitrep store, schema 2: output schema 2's actors, affiliations, places, quotes, claims and
-- events, and the canonical actor registry across articles. Same rules as V1: plain SQL for both
-- PostgreSQL and H2 (MODE=PostgreSQL); child rows keyed by (article_id, version, ordinal).
-- Doubles are DOUBLE PRECISION, which both keep exactly (IEEE 754 binary64), except that H2
-- folds -0.0 to 0.0.

CREATE TABLE actors (
  article_id VARCHAR NOT NULL,
  version    INTEGER NOT NULL,
  ordinal    INTEGER NOT NULL,
  entity_id  VARCHAR,
  name       VARCHAR NOT NULL,
  kind       VARCHAR(40) NOT NULL,
  country    VARCHAR(8),
  cameo_code VARCHAR(40),
  basis      VARCHAR NOT NULL,
  PRIMARY KEY (article_id, version, ordinal),
  FOREIGN KEY (article_id, version) REFERENCES article_versions (article_id, version)
);

CREATE INDEX actors_by_code ON actors (cameo_code);

CREATE TABLE affiliations (
  article_id      VARCHAR NOT NULL,
  version         INTEGER NOT NULL,
  ordinal         INTEGER NOT NULL,
  entity_id       VARCHAR,
  relation        VARCHAR(40) NOT NULL,
  other_name      VARCHAR NOT NULL,
  other_entity_id VARCHAR,
  start_offset    INTEGER NOT NULL,
  end_offset      INTEGER NOT NULL,
  covered_text    VARCHAR NOT NULL,
  PRIMARY KEY (article_id, version, ordinal),
  FOREIGN KEY (article_id, version) REFERENCES article_versions (article_id, version)
);

CREATE TABLE places (
  article_id      VARCHAR NOT NULL,
  version         INTEGER NOT NULL,
  ordinal         INTEGER NOT NULL,
  entity_id       VARCHAR,
  name            VARCHAR,
  place_precision VARCHAR(40),
  resolved_name   VARCHAR,
  country_code    VARCHAR(8),
  admin1          VARCHAR,
  latitude        DOUBLE PRECISION,
  longitude       DOUBLE PRECISION,
  basis           VARCHAR,
  PRIMARY KEY (article_id, version, ordinal),
  FOREIGN KEY (article_id, version) REFERENCES article_versions (article_id, version)
);

CREATE TABLE quotes (
  article_id     VARCHAR NOT NULL,
  version        INTEGER NOT NULL,
  ordinal        INTEGER NOT NULL,
  start_offset   INTEGER NOT NULL,
  end_offset     INTEGER NOT NULL,
  covered_text   VARCHAR NOT NULL,
  speaker        VARCHAR,
  speaker_id     VARCHAR,
  verb           VARCHAR,
  channel        VARCHAR,
  quote_kind     VARCHAR(20) NOT NULL,
  sentence_start INTEGER NOT NULL,
  sentence_end   INTEGER NOT NULL,
  PRIMARY KEY (article_id, version, ordinal),
  FOREIGN KEY (article_id, version) REFERENCES article_versions (article_id, version)
);

CREATE TABLE claims (
  article_id   VARCHAR NOT NULL,
  version      INTEGER NOT NULL,
  ordinal      INTEGER NOT NULL,
  claimant     VARCHAR,
  claimant_id  VARCHAR,
  verb         VARCHAR NOT NULL,
  accused      VARCHAR,
  accused_id   VARCHAR,
  content      VARCHAR NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset   INTEGER NOT NULL,
  PRIMARY KEY (article_id, version, ordinal),
  FOREIGN KEY (article_id, version) REFERENCES article_versions (article_id, version)
);

CREATE TABLE events (
  article_id     VARCHAR NOT NULL,
  version        INTEGER NOT NULL,
  ordinal        INTEGER NOT NULL,
  start_offset   INTEGER NOT NULL,
  end_offset     INTEGER NOT NULL,
  sentence       VARCHAR,
  trigger_text   VARCHAR,
  source_name    VARCHAR,
  source_id      VARCHAR,
  source_code    VARCHAR(40),
  target_name    VARCHAR,
  target_id      VARCHAR,
  target_code    VARCHAR(40),
  cameo_code     VARCHAR(16),
  cameo_root     VARCHAR(16),
  quad_class     INTEGER NOT NULL,
  goldstein      DOUBLE PRECISION NOT NULL,
  plover         VARCHAR(60),
  plover_mode    VARCHAR(60),
  acled_type     VARCHAR(60),
  acled_sub_type VARCHAR(80),
  event_date     VARCHAR,
  date_precision VARCHAR(20),
  date_basis     VARCHAR(20),
  modality       VARCHAR(20),
  reported_by    VARCHAR,
  PRIMARY KEY (article_id, version, ordinal),
  FOREIGN KEY (article_id, version) REFERENCES article_versions (article_id, version)
);

CREATE INDEX events_by_code ON events (cameo_code);

-- An event's place: a row exists exactly when the event has one.
CREATE TABLE event_places (
  article_id      VARCHAR NOT NULL,
  version         INTEGER NOT NULL,
  event_ordinal   INTEGER NOT NULL,
  entity_id       VARCHAR,
  name            VARCHAR,
  place_precision VARCHAR(40),
  resolved_name   VARCHAR,
  country_code    VARCHAR(8),
  admin1          VARCHAR,
  latitude        DOUBLE PRECISION,
  longitude       DOUBLE PRECISION,
  basis           VARCHAR,
  PRIMARY KEY (article_id, version, event_ordinal),
  FOREIGN KEY (article_id, version, event_ordinal) REFERENCES events (article_id, version, ordinal)
);

-- Scales kept beside the values, as for numbers in V1.
CREATE TABLE event_figures (
  article_id    VARCHAR NOT NULL,
  version       INTEGER NOT NULL,
  event_ordinal INTEGER NOT NULL,
  ordinal       INTEGER NOT NULL,
  kind          VARCHAR(20) NOT NULL,
  covered_text  VARCHAR NOT NULL,
  min_value     NUMERIC,
  min_scale     INTEGER,
  max_value     NUMERIC,
  max_scale     INTEGER,
  vague         BOOLEAN NOT NULL,
  PRIMARY KEY (article_id, version, event_ordinal, ordinal),
  FOREIGN KEY (article_id, version, event_ordinal) REFERENCES events (article_id, version, ordinal)
);

-- The canonical actor registry. One row per real-world actor (or place) across all articles;
-- entity_type is the entity class it was resolved within, kind/country/cameo_code the first
-- values any article gave it.
CREATE TABLE registry_actors (
  id             BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  canonical_name VARCHAR NOT NULL,
  entity_type    VARCHAR(40) NOT NULL,
  kind           VARCHAR(40),
  country        VARCHAR(8),
  cameo_code     VARCHAR(40)
);

-- Normalised names under which an actor is known, unique per entity type: the unique key is what
-- stops two concurrent saves from creating the same actor twice. first_letter and letters serve
-- the spelling-variant search; alias keeps the first surface form seen.
CREATE TABLE registry_aliases (
  entity_type  VARCHAR(40) NOT NULL,
  alias_key    VARCHAR NOT NULL,
  actor_id     BIGINT NOT NULL REFERENCES registry_actors (id),
  alias        VARCHAR NOT NULL,
  first_letter VARCHAR(4) NOT NULL,
  letters      INTEGER NOT NULL,
  PRIMARY KEY (entity_type, alias_key)
);

CREATE INDEX registry_aliases_by_actor ON registry_aliases (actor_id);
CREATE INDEX registry_aliases_by_shape ON registry_aliases (entity_type, first_letter, letters);

-- Which registry actor each stored entity is.
CREATE TABLE registry_links (
  article_id VARCHAR NOT NULL,
  version    INTEGER NOT NULL,
  entity_id  VARCHAR NOT NULL,
  actor_id   BIGINT NOT NULL REFERENCES registry_actors (id),
  PRIMARY KEY (article_id, version, entity_id),
  FOREIGN KEY (article_id, version) REFERENCES article_versions (article_id, version)
);

CREATE INDEX registry_links_by_actor ON registry_links (actor_id);

-- One row whose lock serialises registry maintenance: fuzzy matches (spelling variants) cannot be
-- protected by a unique key, so saves take this lock, after their article's row lock, before
-- resolving entities.
CREATE TABLE registry_lock (
  id INTEGER NOT NULL PRIMARY KEY
);

INSERT INTO registry_lock (id) VALUES (1);
