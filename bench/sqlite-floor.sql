-- What SQLite alone needs to store rows shaped like Entente's synthetic timeline on this
-- machine: no C++, no bindings, no density summaries; the text is made by printf() inside
-- SQLite. Compare with import_rate from entente_bench. Run with
--   rm -f /tmp/floor.db*; sqlite3 /tmp/floor.db < bench/sqlite-floor.sql
-- (1,000,000 events; the same page size, journal mode and cache as EventStore).
PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
PRAGMA cache_size = -32768;
CREATE TABLE events (id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, title TEXT NOT NULL,
    description TEXT NOT NULL, kind TEXT NOT NULL, start_date TEXT, end_date TEXT,
    ongoing INTEGER NOT NULL, category TEXT NOT NULL, importance INTEGER NOT NULL,
    location TEXT NOT NULL, tags TEXT NOT NULL, start_key INTEGER, end_key INTEGER,
    span_class INTEGER);
CREATE TABLE sources (id INTEGER PRIMARY KEY, outlet TEXT NOT NULL, title TEXT NOT NULL,
    url TEXT NOT NULL, published TEXT, quote TEXT NOT NULL);
CREATE TABLE event_actors (event_id INTEGER NOT NULL, actor_id INTEGER NOT NULL,
    role TEXT NOT NULL, position INTEGER NOT NULL, PRIMARY KEY (event_id, position))
    WITHOUT ROWID;
CREATE TABLE event_sources (event_id INTEGER NOT NULL, source_id INTEGER NOT NULL,
    position INTEGER NOT NULL, PRIMARY KEY (event_id, position)) WITHOUT ROWID;
.timer on
BEGIN;
-- Texts of the synthetic timeline's mean lengths: title 60, description 400, quote 170.
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000)
INSERT INTO events SELECT i, printf('%08x-0000-7000-8000-%012x', i, i), printf('%.60c', 't'),
    printf('%.400c', 'd'), 'point', '2014-03-01', NULL, 0, 'military', 3, 'near the village',
    '', i * 1000, i * 1000 + 86400, 4 FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000)
INSERT INTO sources SELECT i, 'Reuters', printf('%.60c', 't'),
    'https://example.org/news/' || i, NULL, printf('%.170c', 'q') FROM n;
-- 1.55 actors per event, as generated.
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000)
INSERT INTO event_actors SELECT i, i % 200, 'party', 0 FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000)
INSERT INTO event_actors SELECT i, (i * 7) % 200, 'mediator', 1 FROM n WHERE i % 20 < 11;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000)
INSERT INTO event_sources SELECT i, i, 0 FROM n;
CREATE INDEX events_by_span_and_start ON events(span_class, start_key, end_key, importance);
CREATE INDEX event_actors_by_actor ON event_actors(actor_id);
CREATE INDEX event_sources_by_source ON event_sources(source_id);
COMMIT;
