-- Entente timeline, schema 4: lanes by category. The density table also counts each category,
-- under a lane key derived from the category's name (DensityIndex::categoryKey, always <= -3,
-- so it never meets an actor id, 0 "no actor", -1 "all" or the tiles' -2 "all lanes"), so
-- that category lanes summarize a million events as cheaply as actor lanes. category_lanes
-- names those keys; a category is in use while its key has density rows.
CREATE TABLE category_lanes (
    lane_key INTEGER PRIMARY KEY,
    name TEXT NOT NULL
);
-- Filled, with the category rows of density, by EventStore right after this migration.
