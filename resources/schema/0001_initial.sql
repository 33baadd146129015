-- Entente timeline, schema 1.
-- Dates are kept twice: as written (ISO 8601 with a trailing ~ when approximate) so that the
-- precision survives, and as integer seconds (naive calendar, since 1970) for range queries.

CREATE TABLE actors (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (name <> ''),
    short_name TEXT NOT NULL DEFAULT '',
    type TEXT NOT NULL CHECK (type IN ('state', 'organisation', 'person', 'group')),
    affiliation_id INTEGER REFERENCES actors(id) ON DELETE SET NULL,
    color TEXT NOT NULL DEFAULT ''
);
CREATE INDEX actors_by_affiliation ON actors(affiliation_id);

CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL CHECK (kind IN ('point', 'period')),
    start_date TEXT,           -- NULL: undated
    end_date TEXT,             -- periods only; NULL while ongoing
    ongoing INTEGER NOT NULL DEFAULT 0 CHECK (ongoing IN (0, 1)),
    category TEXT NOT NULL DEFAULT '',
    importance INTEGER NOT NULL DEFAULT 3 CHECK (importance BETWEEN 1 AND 5),
    location TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '', -- one tag per line
    start_key INTEGER,         -- earliest second the event may start
    end_key INTEGER,           -- latest second it may end (9999-12-31T23:59:59 when ongoing)
    span_class INTEGER         -- see EventStore: events grouped by how long they last
);

-- The visible-window query asks, per span class k, for start_key BETWEEN from - 3600*4^k AND to
-- with end_key >= from. Within one class every event lasts between a quarter and all of the
-- class bound, so the scan reads at most a window plus one class bound of rows: it grows with
-- what is visible, not with the size of the table (a plain (start, end) index must scan every
-- earlier start; an R*Tree joined back to events costs a lookup per row). end_key is in the
-- index so that the filter needs no table access.
CREATE INDEX events_by_span_and_start ON events(span_class, start_key, end_key);

CREATE TABLE event_actors (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    role TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL,
    PRIMARY KEY (event_id, position)
) WITHOUT ROWID;
CREATE INDEX event_actors_by_actor ON event_actors(actor_id);

CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    outlet TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT '',
    published TEXT,
    quote TEXT NOT NULL DEFAULT ''
);

CREATE TABLE event_sources (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (event_id, position)
) WITHOUT ROWID;
CREATE INDEX event_sources_by_source ON event_sources(source_id);

CREATE TABLE relations (
    id INTEGER PRIMARY KEY,
    from_event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    to_event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    type TEXT NOT NULL CHECK (type IN ('led-to', 'response-to', 'violates', 'confirms', 'related')),
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX relations_by_from ON relations(from_event_id);
CREATE INDEX relations_by_to ON relations(to_event_id);

CREATE TABLE eras (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL,
    color TEXT NOT NULL DEFAULT ''
);
