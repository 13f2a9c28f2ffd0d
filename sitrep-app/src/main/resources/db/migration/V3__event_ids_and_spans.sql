-- Sitrep store, schema 3: events get their stable id and the span of their trigger, figures the
-- span of their number (UTF-16 offsets into the article text, like every other span). Same rules
-- as V1 and V2: plain SQL for both PostgreSQL and H2 (MODE=PostgreSQL).
--
-- Rows stored before this schema get their spans filled from what they already hold: the first
-- occurrence of the trigger (of the figure's text) in the event's sentence. That is the real span
-- in all but rare cases (the same word earlier in the sentence; characters outside the Basic
-- Multilingual Plane before it, which PostgreSQL counts once and Java twice). A figure whose text
-- is not in its event's sentence (Sitrep never writes one) keeps NULL spans. Their event_id stays
-- NULL, since the id is a hash the database cannot compute portably; analysing the article again
-- fills it.

ALTER TABLE events ADD COLUMN event_id VARCHAR(64);
ALTER TABLE events ADD COLUMN trigger_start INTEGER;
ALTER TABLE events ADD COLUMN trigger_end INTEGER;

UPDATE events
   SET trigger_start = start_offset + POSITION(trigger_text IN sentence) - 1,
       trigger_end = start_offset + POSITION(trigger_text IN sentence) - 1
           + CHAR_LENGTH(trigger_text)
 WHERE trigger_text IS NOT NULL AND sentence IS NOT NULL
   AND POSITION(trigger_text IN sentence) > 0;

CREATE INDEX events_by_event_id ON events (event_id);

ALTER TABLE event_figures ADD COLUMN start_offset INTEGER;
ALTER TABLE event_figures ADD COLUMN end_offset INTEGER;

UPDATE event_figures
   SET start_offset = (SELECT e.start_offset + POSITION(event_figures.covered_text IN e.sentence) - 1
                         FROM events e
                        WHERE e.article_id = event_figures.article_id
                          AND e.version = event_figures.version
                          AND e.ordinal = event_figures.event_ordinal
                          AND POSITION(event_figures.covered_text IN e.sentence) > 0),
       end_offset = (SELECT e.start_offset + POSITION(event_figures.covered_text IN e.sentence) - 1
                           + CHAR_LENGTH(event_figures.covered_text)
                       FROM events e
                      WHERE e.article_id = event_figures.article_id
                        AND e.version = event_figures.version
                        AND e.ordinal = event_figures.event_ordinal
                        AND POSITION(event_figures.covered_text IN e.sentence) > 0);
