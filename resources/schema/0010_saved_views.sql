-- Entente timeline, schema 10: saved views (issue 13). A name for a search and filters
-- (EventCriteria as JSON, actors by id), with the visible range in seconds (both null: keep
-- the current one) and the lane mode by name ("actor", "category", "packed"; "": keep the
-- current one). Names are unique whatever their case, as the menu lists them.
CREATE TABLE saved_views (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (name <> ''),
    criteria TEXT NOT NULL DEFAULT '{}',
    visible_from INTEGER,
    visible_to INTEGER,
    lanes TEXT NOT NULL DEFAULT ''
);
