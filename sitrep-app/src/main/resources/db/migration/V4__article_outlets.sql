-- Sitrep store, schema 4: each stored article version keeps its outlet, where the outlet came from
-- (metadata, user, url, text or unknown) and the wire agency whose copy it carries, as the output
-- record does (AnalyzedArticle.outlet, outlet_from, wire). Same rules as V1-V3: plain SQL for both
-- PostgreSQL and H2 (MODE=PostgreSQL).
--
-- Rows stored before this schema knew only the metadata's source: that becomes their outlet, from
-- metadata, or unknown when there was none. Their wire credit stays NULL until they are analysed
-- again.

ALTER TABLE article_versions ADD COLUMN outlet VARCHAR;
ALTER TABLE article_versions ADD COLUMN outlet_from VARCHAR(16);
ALTER TABLE article_versions ADD COLUMN wire VARCHAR;

UPDATE article_versions SET outlet = source, outlet_from = 'metadata'
 WHERE source IS NOT NULL AND source <> '';
UPDATE article_versions SET outlet_from = 'unknown' WHERE outlet_from IS NULL;
