-- Entente timeline, schema 8: what is said of the timeline as a whole, one value per key. Its
-- title ("title") first, which TimelineJS, Timeline and Entente JSON files bring on import and
-- the window shows; absent keys have no value.
CREATE TABLE properties (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
