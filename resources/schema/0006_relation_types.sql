-- Entente timeline, schema 6: relation types a user can add, rename, recolour and remove.
-- Relations name their type; the five types earlier versions knew are the first rows, with the
-- labels those versions showed.
CREATE TABLE relation_types (
    name TEXT PRIMARY KEY CHECK (name <> ''),
    label TEXT NOT NULL,
    color TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
INSERT INTO relation_types (name, label) VALUES
    ('led-to', 'led to'),
    ('response-to', 'response to'),
    ('violates', 'violates'),
    ('confirms', 'confirms'),
    ('related', 'related to');

-- SQLite cannot drop the CHECK that held relations to those five: the table is made anew
-- (https://www.sqlite.org/lang_altertable.html, "other kinds of table schema changes"). The
-- migrator runs this with foreign keys off and checks them before committing.
CREATE TABLE relations_new (
    id INTEGER PRIMARY KEY,
    from_event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    to_event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    type TEXT NOT NULL REFERENCES relation_types(name) ON UPDATE CASCADE,
    note TEXT NOT NULL DEFAULT ''
);
INSERT INTO relations_new (id, from_event_id, to_event_id, type, note)
    SELECT id, from_event_id, to_event_id, type, note FROM relations;
DROP TABLE relations;
ALTER TABLE relations_new RENAME TO relations;
CREATE INDEX relations_by_from ON relations(from_event_id);
CREATE INDEX relations_by_to ON relations(to_event_id);
-- What removing a type looks up.
CREATE INDEX relations_by_type ON relations(type);
