-- Entente timeline, schema 2: per-lane event density at four resolutions, kept up to date on
-- every write, so that a zoomed-out frame reads a few hundred summary rows per lane instead of
-- every event. bucket = (start_key - origin) / (86400 * 8^level), origin = 0001-01-01, for
-- levels 0 (a day), 1 (8 days), 2 (64 days) and 3 (512 days). actor_id 0 counts events without
-- actors, -1 all events. top_event_id is the most important event of the bucket (then the
-- earliest id), drawn individually over the density.
CREATE TABLE density (
    level INTEGER NOT NULL,
    actor_id INTEGER NOT NULL,
    bucket INTEGER NOT NULL,
    count INTEGER NOT NULL,
    top_event_id INTEGER NOT NULL,
    top_importance INTEGER NOT NULL,
    PRIMARY KEY (level, actor_id, bucket)
) WITHOUT ROWID;
-- Filled from the existing events by EventStore right after this migration.

-- The span index also carries importance, so that a tile can pick the long events crossing it
-- that matter enough to draw without reading the rows of those that do not.
DROP INDEX events_by_span_and_start;
CREATE INDEX events_by_span_and_start ON events(span_class, start_key, end_key, importance);
